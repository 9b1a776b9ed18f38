"""Who "il", "elle", "ils", "elles" are, round 24: the people of a singular subject's "de X" for a
plural pronoun ("une grève des contrôleurs [...]. Ils": the controllers), two people coordinated as a
subject ("Maurice et Édith [...]. Ils": both), a first name the tagger took for a place that speaks
in an incise or is described by an apposition ("« … », confie Vincent, boulanger. Il": Vincent), and
the pronouns that must stay without an antecedent (impersonal "il", a disagreeing gender).

Every text here was written for these tests (none is taken from an evaluation text or a report).
Event rows as in test_event_constructions (text, type, agent, target, place; substrings, None: not
checked, "-": none); statement rows (text, speaker part, content part)."""

from __future__ import annotations

import pytest
from speech import described, find, statements
from test_event_constructions import check, xfail

EVENT_ROWS = [
    # the people of a singular subject's "de X" for a plural pronoun
    (
        "Un mouvement de grève des chauffeurs perturbe le réseau de bus. Ils ont manifesté devant la mairie.",
        "demonstrate",
        "chauffeurs",
        None,
        None,
    ),
    (
        "Le syndicat des pilotes a appelé à la grève. Ils réclament de meilleures conditions de travail.",
        "demand",
        "pilotes",
        None,
        None,
    ),
    # near miss: a "de X" of things is nobody; the plural pronoun finds no agent there
    (
        "La hausse des loyers se poursuit en ville. Ils ont manifesté devant la préfecture.",
        "demonstrate",
        "-",
        None,
        None,
    ),
    # two people coordinated: both act
    (
        "Maurice et Édith se sont rencontrés en 1950. Ils ont manifesté devant la mairie de Lille.",
        "demonstrate",
        "édith",
        None,
        None,
    ),
    (
        "Maurice et Édith se sont rencontrés en 1950. Ils ont manifesté devant la mairie de Lille.",
        "demonstrate",
        "maurice",
        None,
        None,
    ),
    xfail(
        "Le ministre et son conseiller ont quitté Paris. Ils ont rencontré le président ukrainien.",
        "meet",
        "ministre",
        None,
        None,
        reason="no meeting is read from this sentence at all (the trigger, not the pronoun)",
    ),
    # a first name taken for a place, speaking in an incise after a quote
    (
        "« Les clients se font rares », confie Vincent, boulanger. Il a manifesté devant la préfecture.",
        "demonstrate",
        "vincent",
        None,
        None,
    ),
    # near miss: a woman's first name is no "il"
    (
        "« Les clients se font rares », confie Sophie, boulangère. Il a manifesté devant la préfecture.",
        "demonstrate",
        "-",
        None,
        None,
    ),
    # near miss: a quoted speaker's "ils" is not the people of the narration before the quote
    (
        "Une mère et son bébé ont été blessés hier. « Ils tuent des gens sans raison », dit un voisin.",
        "kill",
        "-",
        None,
        None,
    ),
    xfail(
        "Un père et ses deux fils sont morts hier. « Ils tuent des gens sans raison », dit un voisin.",
        "kill",
        "-",
        None,
        None,
        reason="a plural subject noun before the quote is still taken by the older agreement rule",
    ),
    # the name a pronoun subject is given with "s'appeler", "se nommer": the person later pronouns take up
    (
        "Le profil du chauffeur se précise. Il s'appelle Marc Dubois, 45 ans. Il a été interpellé samedi.",
        "arrest",
        "-",
        "marc dubois",
        None,
    ),
    (
        "Le profil du chauffeur se précise. Il s'appelle Marc Dubois, 45 ans. Il a été interpellé samedi. "
        "Il avait agressé un voisin en 2020.",
        "physical_assault",
        "marc dubois",
        None,
        None,
    ),
    # people said as the "par X" of an act or a passive, when no subject before the pronoun agrees
    (
        "Un rationnement est dû au blocage des dépôts par les pêcheurs. Ils protestaient contre les taxes.",
        "protest",
        "pêcheurs",
        None,
        None,
    ),
    (
        "La boutique a été cambriolée par un adolescent. Il a été interpellé samedi.",
        "arrest",
        None,
        "adolescent",
        None,
    ),
    # near miss: a subject that agrees comes first
    (
        "Le maire a été bousculé par un manifestant. Il a été interpellé samedi par les gendarmes.",
        "arrest",
        "gendarmes",
        "maire",
        None,
    ),
    # impersonal "il": no antecedent
    (
        "Les policiers ont interpellé le suspect. Il faut maintenant retrouver son complice.",
        "arrest",
        "policiers",
        "suspect",
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), EVENT_ROWS)
def test_pronoun_agent(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


def test_impersonal_il_gives_no_agent(nlp):
    """ "Il faut …", "il y a …" after a subject name no one: the arrest keeps its own agent only."""
    from test_event_constructions import events_of

    found = events_of(
        nlp, "Le préfet a interdit le rassemblement. Il y a eu des manifestations devant la mairie."
    )
    demos = [e for e in found if e.type == "demonstrate"]
    assert demos and all(not any(r.role == "agent" for r in e.actors) for e in demos)


STATEMENT_ROWS = [
    # two people coordinated before a plural pronoun speak together, without the clitic after them
    (
        "Lucien et Odette se sont mariés en 1962. Ils affirment que le secret est la patience.",
        "Lucien et Odette",
        "le secret est la patience",
    ),
    (
        "Un éleveur et sa femme ont tout perdu dans l'incendie. Ils estiment que l'État doit les aider.",
        "éleveur et sa femme",
        "l'État doit les aider",
    ),
    # a first name taken for a place, who spoke in an incise, then speaks as "il"
    (
        "« Les clients se font rares », confie Vincent, boulanger à Lyon. Il estime que la crise va durer.",
        "Vincent",
        "la crise va durer",
    ),
    xfail(
        "Une grève des contrôleurs a paralysé le trafic. Ils estiment que leurs salaires sont trop bas.",
        "contrôleurs",
        "leurs salaires sont trop bas",
        reason="no statement is kept for a plural pronoun whose antecedent is a subject's 'de X'",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), STATEMENT_ROWS)
def test_pronoun_speaker(nlp, text, speaker, content):
    found = statements(nlp, text)
    hits = find(found, content)
    assert len(hits) == 1, described(found)
    assert hits[0].speaker.name.lower() == speaker.lower(), described(found)


def test_disagreeing_gender_speaks_for_no_one(nlp):
    """ "Sophie Martin [...]. Il a expliqué": no statement is given to her."""
    found = statements(nlp, "Sophie Martin a quitté la réunion. Il a expliqué que le projet était abandonné.")
    assert not any("sophie" in s.speaker.name.lower() for s in found), described(found)


CHAIN_ROWS = [
    # the name a pronoun subject is given with "se nommer" is whom the pronouns after it take up
    (
        "Le profil du chauffeur se précise. Il se nomme Marc Dubois, 45 ans. Il avait été condamné en 2019.",
        "Dubois",
    ),
]


@pytest.mark.parametrize(("text", "word"), CHAIN_ROWS)
def test_antecedent_of_last_pronoun(nlp, text, word):
    """``antecedent`` of the text's last subject "il" is the word (a token of the person's name)."""
    from newsgraph.extract.entities import find_mentions
    from newsgraph.extract.event_parse import MentionIndex
    from newsgraph.extract.event_reference import antecedent

    doc = nlp(text)
    last = [t for t in doc if t.lower_ == "il" and t.dep_.startswith("nsubj")][-1]
    found = antecedent(last, MentionIndex(doc, find_mentions(doc)))
    assert found is not None and word in " ".join(
        t.text for t in found.sent[found.i - found.sent.start :][:3]
    )
