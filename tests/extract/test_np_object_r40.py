"""A stance or speech verb and its noun-phrase object, as one frame group (round 40, stm40np; issue 14).

- The ``np`` frame of the graded lexicon (``speech_verbs.txt``) reports the object of a verb of
  stance as what was said: "l'opposition dénonce la hausse des prix", "la ministre salue la
  décision", "les syndicats défendent la retraite à soixante ans", "le ministre n'exclut pas un
  confinement", "la présidente prône la modération salariale" (défendre, avouer, exclure given the
  frame and prôner added this round, then reverted).
- Its negative twins (``speech_np_objects``, reverted): a person or a group alone as object, a gesture or a
  deed ("salue la foule", "salue Emmanuel Macron", "remercie les pompiers", "exclut un joueur"),
  and ground a verb of claiming holds as a deed ("défend son titre", "les soldats défendent la
  ville"); a finding of fact that is no view ("la police constate les dégâts"), a thing asked
  for oneself ("réclame un colis").

The group (the frame given to défendre, avouer, exclure and prôner, and ``speech_np_objects``, the
person-alone check) was measured and REVERTED (check half +1 matched, +1 unmatched;
``benchmarks/results/reported_np_stm40np.txt``): its rows are strict xfail; the rows that pass are the
np frame of before (dénoncer, saluer, déplorer, réclamer) and the twins the base already leaves alone.

Every sentence here was written for these tests (none is taken from an evaluation text). A row is
(construction id, text, speaker part, content part): exactly one statement holds the content part,
reported, said by a speaker whose name holds the speaker part.
"""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements, xfail

SAID = [
    (
        "denounce",
        "L'opposition dénonce la hausse des prix de l'énergie.",
        "opposition",
        "la hausse des prix de l'énergie",
    ),
    (
        "salute-decision",
        "La ministre salue la décision du Conseil d'État.",
        "ministre",
        "la décision du Conseil",
    ),
    (
        "deplore",
        "Le président de l'association déplore l'absence de médecins dans le canton.",
        "président",
        "l'absence de médecins",
    ),
    ("demand", "Les enseignants réclament des moyens pour les écoles rurales.", "enseignants", "des moyens"),
    xfail(
        "defend-view",
        "Les syndicats défendent depuis des années la retraite à soixante ans.",
        "syndicats",
        "la retraite à soixante ans",
        reason="the np frame group (stm40np) was reverted: +1 matched for +1 unmatched on the check half",
    ),
    xfail(
        "defend-own-reform",
        "Le maire défend sa réforme des cantines scolaires.",
        "maire",
        "sa réforme des cantines scolaires",
        reason="the np frame group (stm40np) was reverted: +1 matched for +1 unmatched on the check half",
    ),
    xfail(
        "not-exclude",
        "Le ministre n'exclut pas un confinement régional.",
        "ministre",
        "un confinement régional",
        reason="the np frame group (stm40np) was reverted: +1 matched for +1 unmatched on the check half",
    ),
    xfail(
        "admit",
        "Le syndicat avoue une certaine impuissance face aux fermetures d'usines.",
        "syndicat",
        "une certaine impuissance",
        reason="the np frame group (stm40np) was reverted: +1 matched for +1 unmatched on the check half",
    ),
    xfail(
        "advocate",
        "La présidente de la fédération prône la modération salariale.",
        "présidente",
        "la modération salariale",
        reason="the np frame group (stm40np) was reverted: +1 matched for +1 unmatched on the check half",
    ),
    (
        "congratulate-for",
        "La ministre félicite l'équipe de France pour sa victoire.",
        "ministre",
        "pour sa victoire",
    ),
    (
        "congratulate-of",
        "La ministre félicite la nouvelle présidente de sa nomination.",
        "ministre",
        "de sa nomination",
    ),
    xfail(
        "consider-as",
        "La Russie considère ces soldats comme des prisonniers de guerre.",
        "Russie",
        "comme des prisonniers de guerre",
        reason="considérer X comme Y: an object and its attribute, no frame reads it",
    ),
    xfail(
        "coordinated-participle",
        "Le maire a tenu une conférence de presse et défendu son projet de rocade.",
        "maire",
        "son projet de rocade",
        reason="the second participle of a shared auxiliary is not read as a speech verb",
    ),
    xfail(
        "recall-advice",
        "La fédération rappelle la plus grande prudence aux randonneurs.",
        "fédération",
        "la plus grande prudence",
        reason="rappeler has no np frame: 'rappelle son ambassadeur' is a deed",
    ),
]


@pytest.mark.parametrize(("cid", "text", "speaker", "content"), SAID)
def test_np_object_is_said(nlp, cid, text, speaker, content):
    check_construction(nlp, text, speaker, content, False)


NOT_SAID = [
    ("sport-title", "Le champion défend son titre dimanche à Roland-Garros."),
    ("held-place", "Les soldats défendent la ville depuis trois semaines."),
    xfail(
        "gesture-crowd",
        "Le président salue la foule depuis le balcon.",
        reason="the np frame group (stm40np) was reverted: +1 matched for +1 unmatched on the check half",
    ),
    xfail(
        "gesture-person",
        "Le maire salue Emmanuel Macron.",
        reason="the np frame group (stm40np) was reverted: +1 matched for +1 unmatched on the check half",
    ),
    xfail(
        "thank-people",
        "Le maire remercie les pompiers.",
        reason="the np frame group (stm40np) was reverted: +1 matched for +1 unmatched on the check half",
    ),
    xfail(
        "people-with-complement",
        "Le maire salue les salariés de l'usine.",
        reason="the np frame group (stm40np) was reverted: +1 matched for +1 unmatched on the check half",
    ),
    ("defend-people", "L'avocate défend aussi la mère et la soeur de l'enfant."),
    ("defend-kin", "L'avocat défend la mère et le frère du jeune homme."),
    ("exclude-player", "Le club exclut un joueur après la bagarre."),
    ("finding", "La police constate les dégâts après la tempête."),
    ("parcel", "Il réclame un colis à la poste."),
    (
        "defend-kin-argument",
        "L'avocate défend la mère et la soeur de la victime.",
    ),
    (
        "defend-client",
        "L'avocat défend un homme accusé de vol.",
    ),
]


@pytest.mark.parametrize(("cid", "text"), NOT_SAID)
def test_np_object_not_said(nlp, cid, text):
    assert statements(nlp, text) == [], described(statements(nlp, text))
