"""Round 28b agents: the doer named in another sentence and taken up by a bare pronoun subject that
is no personal pronoun, a pronoun of part ("Certains bloquent") or of the last-named ("Ces
derniers", "Celui-ci") (``event_agent_anaphors``), and a count of a count ("des centaines de
milliers de manifestants"); a pronoun's chain through the same pronoun the parser took for an
expletive ("Il est boulanger"). Sentences written for these tests. Each row: (text, trigger, name): the
last event whose trigger starts with ``trigger`` names ``name`` among its agents (a lowercase
substring), or no agent when ``name`` is "-"."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, names, xfail

PART = [
    (
        "Les agriculteurs sont en colère. Certains bloquent les routes depuis lundi.",
        "bloquent",
        "agriculteurs",
    ),
    ("Les routiers sont mécontents. Tous ont fait grève lundi.", "grève", "routiers"),
    ("Les infirmières sont épuisées. Certaines ont manifesté devant l'hôpital.", "manifesté", "infirmières"),
    # another noun of people between them: which? neither
    ("Les policiers ont interpellé des manifestants. Certains ont attaqué un fourgon.", "attaqué", "-"),
]

LATTER = [
    (
        "Les policiers ont interpellé trois jeunes. Ces derniers ont agressé un chauffeur.",
        "agressé",
        "jeunes",
    ),
    ("Le ministre a reçu le maire de Lyon. Celui-ci a démissionné le lendemain.", "démissionné", "maire"),
    (
        "La directrice a convoqué la déléguée syndicale. Cette dernière a appelé à la grève.",
        "grève",
        "déléguée",
    ),
    # the last-named is no actor: no agent, not an actor named earlier
    ("La ministre a visité l'usine. Celle-ci a fermé ses portes en mars.", "fermé", "-"),
    (
        "Les gendarmes ont retrouvé les voitures volées. Ces dernières avaient été incendiées.",
        "incendiées",
        "-",
    ),
]

COUNTS = [
    ("Des centaines de milliers de manifestants ont défilé samedi à Paris.", "défilé", "manifestants"),
    (
        "Des dizaines de milliers d'agriculteurs ont convergé vers Bruxelles. Ils ont manifesté devant le"
        " Parlement.",
        "manifesté",
        "agriculteurs",
    ),
]

CHAINS = [
    # the same pronoun before it, taken by the parser for an expletive ("Il est boulanger"): still a link
    (
        "Marc Dubois a été augmenté cet été de 1,4 %. Il est conducteur de bus à Lille depuis 14 ans. Il"
        " touche 2 000 euros nets par mois, dont 300 euros de prime. Il réclame 5 % d'augmentation.",
        "réclame",
        "marc dubois",
    ),
    (
        "Jean Martin a quitté la ville. Il est boulanger de métier depuis vingt ans. Il touche 1 800 euros"
        " par mois. Il réclame une hausse de salaire.",
        "réclame",
        "jean martin",
    ),
]

NONE = [
    # the pronoun takes up a thing: no agent
    ("Les orages ont frappé le Gard. Ils ont provoqué des inondations.", "inondations", "-"),
    # a quoted "ils" of people the speaker does not name
    (
        "Des milliers de voyageurs sont bloqués. « Pourquoi ils ne font pas grève un autre jour ? »",
        "grève",
        "-",
    ),
]

GAPS = [
    xfail(
        "La télévision diffuse des images d'habitants épuisés. Ils viennent de fuir la ville.",
        "fuir",
        "habitants",
        reason="the antecedent is the complement of an object, not a subject: a personal pronoun takes up"
        " subjects only",
    ),
    xfail(
        "Marc Dubois vit à Lille. Il est interdit de fumer dans les bus.",
        "interdit",
        "-",
        reason="the impersonal 'il' of 'il est interdit de' is read as a person's pronoun",
    ),
    xfail(
        "Une commerçante a vu disparaître ses vêtements. Elle a déclaré le vol à la police.",
        "vol",
        "-",
        reason="the person who reports a theft is taken for its doer: the light verb 'déclarer' hands its"
        " subject to the act it reports",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "name"), PART + LATTER + COUNTS + CHAINS + NONE + GAPS)
def test_round28b_agents(nlp, text, trigger, name):
    found = [e for e in events_of(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    event = found[-1]
    if name == "-":
        assert not names(event, "agent"), event.actors
    else:
        assert name in names(event, "agent"), event.actors
