"""Who acts, round 12: a first name the NER took for a place ("Laurent a porté plainte"), an arm
of the forces in the "de X" of a strike ("les bombardements de l'aviation russe"), the host of a
meeting whose "pour X" the parser hung on the object ("a reçu les syndicats pour une
consultation"), a town standing for its club in a match, the name a common noun introduces ("le
constructeur Renault"). Sentences written for these tests; rows as in test_event_constructions
(sentence, type, agent, target, place; substrings, None: not checked, "-": none)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from test_event_constructions import check, events_of

from newsgraph.extract.context import Mention
from newsgraph.extract.event_parse import MentionIndex
from newsgraph.extract.event_reference import antecedent

ROWS = [
    # a first name tagged a place is a person
    ("Laurent a porté plainte contre son voisin.", "sue", "laurent", None, None),
    ("Pendant le débat, Lula a attaqué son rival sur sa gestion de la crise.", "attack", "lula", None, None),
    # an arm of the forces in the "de X" of a strike is who strikes
    ("Les bombardements de l'aviation russe ont repris dans la nuit.", "shell", "aviation", None, None),
    ("Les frappes de l'aviation israélienne ont visé un immeuble.", "air_strike", "aviation", None, None),
    ("Les bombardements de la marine ukrainienne ont touché le port.", "shell", "marine", None, None),
    # the host of a meeting held "pour X", "pour X" hung on the object
    (
        "Le Premier ministre a reçu, mardi, les représentants syndicaux pour une consultation.",
        "consult",
        None,
        None,
        None,
    ),
    # a place that "tombe aux mains de X" is taken by X
    ("La ville de Kherson est tombée aux mains des soldats russes.", "capture", "soldats", None, "kherson"),
    ("La capitale Kiev n'est pas tombée aux mains des Russes.", "capture", "russes", None, None),
    # the one charged with, convicted of or held for an act did it
    (
        "Le chauffeur a été condamné à deux ans de prison pour violences conjugales.",
        "physical_assault",
        "chauffeur",
        None,
        None,
    ),
    ("Un homme de 40 ans, mis en examen pour meurtre, a été écroué.", "kill", "homme", None, None),
    ("Le gérant a été condamné pour escroquerie.", "crime", "gérant", None, None),
    # a town standing for its club
    ("Lyon a battu Marseille dimanche soir.", "sport_result", "lyon", "marseille", None),
    ("Nantes a battu Toulouse samedi.", "sport_result", "nantes", "toulouse", None),
    # the name a common noun introduces
    ("Le constructeur Renault va fermer son usine de Flins.", "closure", "renault", None, None),
    ("L'entreprise Michelin a fermé son usine de Cholet.", "closure", "michelin", None, None),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), ROWS)
def test_agent(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor"),
    [
        (
            "Le Premier ministre a reçu, mardi, les représentants syndicaux pour une consultation.",
            "consult",
            "ministre",
        ),
        ("La ministre s'est rendue à Berlin pour des pourparlers.", "engage_in_negotiation", "ministre"),
    ],
)
def test_meeting_host(nlp, sentence, type_, actor):
    """The host or visitor takes part in the meeting its "pour X" names."""
    found = [e for e in events_of(nlp, sentence) if e.type == type_]
    assert found and actor in " | ".join(r.name for r in found[0].actors).lower()


@pytest.mark.parametrize(
    ("sentence", "type_", "not_actor"),
    [
        # a "pour X" of a verb that is no going nor hosting names no meeting's host
        ("Le tribunal a condamné les militants pour une réunion interdite.", "meet", "tribunal"),
        # a town that is no side of a match stays a place, and a city named like a person stays a place
        ("Les habitants de Lyon ont manifesté samedi.", "demonstrate", "lyon"),
        ("Des milliers de personnes ont manifesté à Florence.", "demonstrate", "florence"),
        # a charge of another's act: the victim is no agent
        ("La victime a été entendue pour le viol qu'elle a subi.", "physical_assault", "victime"),
        # who accuses is no agent (the accused is, round 35: test_event_agents_r35)
        ("Le gérant est accusé d'escroquerie par ses associés.", "crime", "associés"),
    ],
)
def test_no_actor(nlp, sentence, type_, not_actor):
    for e in events_of(nlp, sentence):
        if e.type == type_:
            assert all(r.name.lower() != not_actor for r in e.actors), e.actors


# parses the parser gives to some sentences, built by hand: (words, heads, deps, pos, sentence starts)
MISPARSED = [
    # "Champion, Paul Durand parle. Il a gagné.": the name hung as a conjunct of the noun before it
    (
        ["Champion", ",", "Paul", "Durand", "parle", ".", "Il", "a", "gagné", "."],
        [4, 2, 0, 2, 4, 4, 8, 8, 8, 8],
        ["nsubj", "punct", "conj", "flat:name", "ROOT", "punct", "nsubj", "aux:tense", "ROOT", "punct"],
        ["NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "PRON", "AUX", "VERB", "PUNCT"],
    ),
    # "Paul Durand, boulanger, fier. Il a gagné.": the name left the root of its sentence
    (
        ["Paul", "Durand", ",", "boulanger", ",", "fier", ".", "Il", "a", "gagné", "."],
        [0, 0, 3, 0, 5, 0, 0, 9, 9, 9, 9],
        [
            "ROOT",
            "flat:name",
            "punct",
            "appos",
            "punct",
            "amod",
            "punct",
            "nsubj",
            "aux:tense",
            "ROOT",
            "punct",
        ],
        ["PROPN", "PROPN", "PUNCT", "NOUN", "PUNCT", "ADJ", "PUNCT", "PRON", "AUX", "VERB", "PUNCT"],
    ),
]


@pytest.mark.parametrize(("words", "heads", "deps", "pos"), MISPARSED)
def test_pronoun_takes_up_misparsed_name(nlp, words, heads, deps, pos):
    """ "Il" stands for the person named before it where the parser missed that name's subject."""
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=starts)
    name = doc[words.index("Paul") : words.index("Durand") + 1]
    mention = Mention(name.start_char, name.end_char, name.text, "PER", "paul-durand", name.text)
    found = antecedent(doc[words.index("Il")], MentionIndex(doc, [mention]))
    assert found is not None and found.text in {"Paul", "Durand"}
