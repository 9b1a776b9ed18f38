"""Who acts, round 15: the subject of a relative clause whose object is the event noun ("les
sanctions que l'UE a adoptées", "l'offensive que mène l'armée"), the people a noun of number
counts as the antecedent of a plural pronoun ("La plupart des habitants [...]. Ils ont fui"), the
"quant à" topic before any earlier name ("Quant à l'agresseur, il a été arrêté"), the subject of
the verb of a batch noun whose bare "de X" is the act ("a lancé une vague de frappes"), the subject of
a verb an infinitive of purpose depends on ("se sont arrêtés pour prendre part aux funérailles"),
a predicate noun with a bare "de" ("les touristes sont de retour") and trades the lists missed
("la grève des généralistes"). Sentences written for these tests; rows as in
test_event_constructions (sentence, type, agent, target, place; substrings, None: not checked,
"-": none)."""

from __future__ import annotations

import pytest
from test_event_constructions import check, events_of

ROWS = [
    # the subject of a relative clause that carries the event noun as its object
    (
        "Les sanctions que l'Union européenne a adoptées visent les banques.",
        "sanction",
        "union européenne",
        None,
        None,
    ),
    ("L'offensive que mène l'armée russe dans le Donbass piétine.", "attack", "armée russe", None, None),
    (
        "Les manifestations qu'ont organisées les syndicats ont rassemblé du monde.",
        "demonstrate",
        "syndicats",
        None,
        None,
    ),
    # a verb that does not carry the noun gives no agent
    ("Les sanctions que redoutent les patrons frapperont les banques.", "sanction", "-", None, None),
    # who launches or leads a batch of acts does the act its bare "de X" names
    ("L'armée russe a lancé une vague de frappes sur Kiev.", "air_strike", "armée russe", None, None),
    ("Les pompiers ont mené une opération de sauvetage.", "rescue", "pompiers", None, None),
    # a batch that is itself the subject: no one named acts
    ("Une vague de frappes a touché Kiev.", "air_strike", "-", None, None),
    # a plural pronoun stands for the people a noun of number counts
    (
        "La plupart de ces habitants ne savent pas où ils iront. Ils ont fui la ville.",
        "flee",
        "habitants",
        None,
        None,
    ),
    # "quant à X, il": X before the names of the sentences before
    (
        "Un prêtre a été agressé dans l'église. Quant à l'agresseur, il a été arrêté.",
        "arrest",
        None,
        "agresseur",
        None,
    ),
    # an infinitive of purpose takes the subject of the verb it depends on
    (
        "Des dizaines d'habitants se sont arrêtés pour prendre part aux funérailles.",
        "ceremony",
        "habitants",
        None,
        None,
    ),
    ("Une soixantaine de salariés sont venus protester devant le siège.", "protest", "salariés", None, None),
    # a predicate noun with a bare "de", as with "en"
    ("Les touristes sont de retour sur la côte.", "tourism_season", "touristes", None, None),
    # trades named in the "de X" of a strike
    ("Les patients subissent la grève des généralistes.", "strike_or_boycott", "généralistes", None, None),
    ("La grève des convoyeurs perturbe les livraisons.", "strike_or_boycott", "convoyeurs", None, None),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), ROWS)
def test_agent_r15(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


@pytest.mark.parametrize(
    ("sentence", "type_", "not_actor"),
    [
        # a verb of undergoing in the relative clause: its subject is no agent
        ("L'enfant a témoigné du harcèlement qu'il a subi à l'école.", "physical_assault", "enfant"),
        # "quant à" a thing: the pronoun stands for it, not for a person named before
        ("Le maire a présenté la réforme. Quant à la réforme, elle a été adoptée.", "adopt_law", "maire"),
    ],
)
def test_no_agent_r15(nlp, sentence, type_, not_actor):
    for e in events_of(nlp, sentence):
        if e.type == type_:
            assert all(r.name.lower() != not_actor or r.role != "agent" for r in e.actors), e.actors
