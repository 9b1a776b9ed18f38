"""Reported speech of the seventeenth round (issue 14), each in sentences of our own.

- A demonstrative subject takes up the last one named before it: "Ces derniers demandent que …"
  (the parser hangs "Ces derniers" on the verb as a determiner and an adjective, so the verb has no
  subject), "Cette dernière lui a dit …" (the clitic "lui" read as the subject), "Celui-ci
  affirme …" (the tokenizer cuts "Celui", "-", "ci"). The speaker is the antecedent, never the
  pronoun's words nor the clitic.
- A subject the parser hung on the auxiliary of a compound tense that an incise and a quotation
  mark split from its participle ("Le ministre a, lors de la réunion, « réaffirmé … »", relayed by a
  correspondent): the subject speaks, not the correspondent.
- A compound tense split by a long incise ("Le maire a, lors du conseil municipal de mardi soir,
  annoncé …"): the participle has its "avoir" before the incise, and the subject's name stops
  before that "a".
- Negative rows: a demonstrative that is no anaphor ("ce qui rapporte …"), narration and things
  ("celui-ci fonctionne au gazole"), and a demonstrative whose antecedent is no speaker give no
  statement of that speaker."""

from __future__ import annotations

import pytest
from speech import described, find, statements

# (text, speaker name part, content part): one statement of that speaker holds the content
FOUND = [
    (
        "Les infirmières de la clinique ont défilé mardi dans le centre-ville. Ces dernières demandent que"
        " les gardes de nuit soient mieux payées.",
        "infirmières",
        "les gardes de nuit soient mieux payées",
    ),
    (
        "Le maire a reçu les commerçants du marché. Ces derniers lui ont dit qu'ils ne pouvaient plus"
        " payer les loyers.",
        "commerçants",
        "ils ne pouvaient plus payer les loyers",
    ),
    (
        "Le préfet a reçu la présidente de l'association. Cette dernière a annoncé qu'elle porterait"
        " plainte contre la commune.",
        "présidente",
        "elle porterait plainte contre la commune",
    ),
    (
        "Le député a rencontré la ministre de la Santé. Cette dernière lui a promis que l'hôpital"
        " resterait ouvert.",
        "ministre",
        "l'hôpital resterait ouvert",
    ),
    (
        "Les journalistes ont interrogé le directeur de l'usine. Celui-ci affirme que la production"
        " reprendra lundi.",
        "directeur",
        "la production reprendra lundi",
    ),
    (
        "Les parents ont écrit à la directrice de l'école. Celle-ci leur a répondu que les cours seraient"
        " maintenus.",
        "directrice",
        "les cours seraient maintenus",
    ),
    (
        # round 28: a body that can speak ("le lycée") named as the complement of a role is not the one
        # the demonstrative takes up
        "Les élèves ont interrogé la proviseure du lycée. Celle-ci leur a expliqué que les examens auraient"
        " lieu en juin.",
        "proviseure",
        "les examens auraient lieu en juin",
    ),
    (
        "Les syndicats ont rencontré les dirigeants du groupe. Ceux-ci ont promis de maintenir tous les"
        " emplois du site.",
        "dirigeants",
        "maintenir tous les emplois",
    ),
    (
        "Le policier a interpellé le conducteur. Ce dernier a reconnu qu'il avait bu avant de prendre le"
        " volant.",
        "conducteur",
        "il avait bu avant de prendre le volant",
    ),
    # the subject hung on the auxiliary of a compound tense split by an incise and a quotation mark
    (
        "Le ministre a, lors de la réunion de lundi, « réaffirmé son soutien total aux éleveurs de la"
        " région », explique notre journaliste.",
        "ministre",
        "son soutien total aux éleveurs",
    ),
    # a compound tense split by a long incise: the participle is still the speech verb
    (
        "Le maire a, lors du conseil municipal de mardi soir, annoncé la fermeture de la piscine municipale.",
        "maire",
        "la fermeture de la piscine municipale",
    ),
    (
        "La députée a, pour la première fois depuis le début de la crise, évoqué une hausse des impôts"
        " locaux.",
        "députée",
        "une hausse des impôts locaux",
    ),
    (
        "La présidente de la région a, dans un courrier, « réclamé des moyens supplémentaires pour les"
        " lycées », rapporte le correspondant.",
        "présidente",
        "des moyens supplémentaires pour les lycées",
    ),
    # a plural people noun is a group speaker and an antecedent (col19, round 19)
    (
        "Les industriels ont été contactés par nos équipes. Ceux-ci assurent vouloir réduire les additifs.",
        "industriels",
        "réduire les additifs",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), FOUND)
def test_reported_found(nlp, text, speaker, content):
    found = statements(nlp, text)
    hits = [s for s in find(found, content) if speaker.lower() in s.speaker.name.lower()]
    assert hits, described(found)


# (text, content part): no statement holds the content
ABSENT = [
    (
        "Les foyers paient 138 euros par an, ce qui rapporte trois milliards d'euros à l'État.",
        "trois milliards",
    ),
    (
        "Le car a été livré en mars. Celui-ci fonctionne au gazole et roule six heures sans recharge.",
        "gazole",
    ),
    (
        "La centrale a été rénovée. Celle-ci devrait produire de l'électricité dès l'été prochain.",
        "électricité",
    ),
    (
        "Le vaccin a été testé sur des souris. Celui-ci se dissémine dans l'organisme en quelques heures.",
        "organisme",
    ),
    (
        "Les tarifs, qui ont été publiés lundi par la mairie, confirmés par la préfecture, montrent une"
        " hausse nette.",
        "par la préfecture",
    ),
    (
        "Le stade a, depuis sa rénovation de l'an dernier, accueilli des milliers de spectateurs.",
        "spectateurs",
    ),
    (
        "Les habitants ont reçu les pompiers. Ces derniers ont éteint le feu en moins d'une heure.",
        "le feu en moins",
    ),
]


@pytest.mark.parametrize(("text", "content"), ABSENT)
def test_reported_absent(nlp, text, content):
    found = statements(nlp, text)
    assert not find(found, content), described(found)


# (text, content part, wrong speaker part): the content is not given to that speaker
NOT_THEIRS = [
    (
        "Le maire a reçu la ministre. Cette dernière lui a dit qu'elle voulait rouvrir la maternité.",
        "rouvrir la maternité",
        "maire",
    ),
    (
        "Les élus ont reçu les agriculteurs. Ces derniers leur ont expliqué que la récolte était perdue.",
        "la récolte était perdue",
        "élus",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), NOT_THEIRS)
def test_reported_not_theirs(nlp, text, content, speaker):
    found = statements(nlp, text)
    assert not [s for s in find(found, content) if speaker.lower() in s.speaker.name.lower()], described(
        found
    )
