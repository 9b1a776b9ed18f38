"""An event's agent, ninth round: who acts when the parse hides it. A strike said with a copula ("sont
en grève") or on its strikers ("les contrôleurs en grève"); the "par X" right after a noun ("la prise
de X par Y"); a subject the parser hung on a fronted place; the subject of a predicate noun read
through its participle; the object of a verb of accusing or forcing as the agent of its infinitive
(never the accuser); a possessive whose owner is the previous sentence's subject; a participle
coordinated with a passive is passive too; a state's weapons or forces named by an adjective act
for the state. Sentences written for these tests; rows as in test_event_constructions (sentence,
type, agent, target, place; substrings, None: not checked, "-": none)."""

from __future__ import annotations

import pytest
from test_event_constructions import check, events_of, names, xfail

ROWS = [
    # a copula with "en grève": its subject strikes; "X en grève": X strikes
    ("Les contrôleurs aériens sont en grève depuis lundi.", "strike_or_boycott", "contrôleurs", None, None),
    ("Les pilotes de la compagnie étaient en grève samedi.", "strike_or_boycott", "pilotes", None, None),
    # "en X" on a verb: its subject does X, unless X is undergone
    (
        "Sous le feu ennemi, les rebelles battent en retraite vers le nord.",
        "withdraw",
        "rebelles",
        None,
        None,
    ),
    ("Les infirmières restent en grève malgré les annonces.", "strike_or_boycott", "infirmières", None, None),
    # an infinitive's agent is its governor's subject, through coordinated verbs
    (
        "Sur des images de propagande, des soldats russes paradent et affirment avoir pris le contrôle "
        "de la centrale.",
        "capture",
        "soldats russes",
        None,
        None,
    ),
    # "pour" a meeting: who goes or gathers for it takes part
    (
        "Le négociateur ukrainien est venu à Istanbul pour des pourparlers avec la délégation russe.",
        "engage_in_negotiation",
        "négociateur",
        None,
        "istanbul",
    ),
    (
        "Les dirigeants européens se retrouvent à Bruxelles pour un sommet sur l'énergie.",
        "meet",
        "dirigeants",
        None,
        "bruxelles",
    ),
    # but nobody acts in a weather alert
    ("Trente départements sont en vigilance rouge canicule.", "heat_wave", "-", None, None),
    # "par X" right after the noun's phrase, whatever the parser hung it on
    (
        "Rien n'a changé depuis la prise de la ville par les rebelles.",
        "capture",
        "rebelles",
        None,
        None,
    ),
    (
        "Les prix ont flambé depuis l'invasion du pays par l'armée voisine.",
        "invade",
        "armée",
        None,
        None,
    ),
    # a nominal trigger subject of a misparsed participle, the passive verb's agent is its agent
    (
        "La grève lancée il y a une quinzaine de jours a été prolongée mardi par les syndicats.",
        "strike_or_boycott",
        "syndicats",
        None,
        None,
    ),
    (
        "La grève commencée il y a deux semaines a été prolongée mardi par les syndicats.",
        "strike_or_boycott",
        "syndicats",
        None,
        None,
    ),
    # a subject hung on a fronted place: the noun before the verb, agreeing with it
    (
        "Dans la région de Kherson, les soldats ukrainiens pro-occidentaux chargent les canons, et "
        "bombardent les lignes.",
        "shell",
        "soldats ukrainiens",
        None,
        None,
    ),
    # a predicate noun's participle and its infinitive share the copula's subject
    (
        "Les secouristes sont sur place, mobilisés pour évacuer les habitants.",
        "rescue",
        "secouristes",
        None,
        None,
    ),
    # the object of a verb of accusing or forcing does what the infinitive says
    (
        "Une militante accuse Paul Girard d'avoir tenté de l'agresser en 2015.",
        "physical_assault",
        "girard",
        None,
        None,
    ),
    (
        "La journaliste accuse le député d'avoir agressé un collaborateur.",
        "physical_assault",
        "député",
        None,
        None,
    ),
    # "l'" as the forced one: no agent rather than the one who forces
    ("Le patron l'a contraint à signer un accord.", "sign", "-", None, None),
    # a possessive whose owner is the previous sentence's subject
    (
        "Les troupes ennemies progressent vers la capitale. Leur convoi militaire est bloqué depuis "
        "trois jours.",
        "deploy",
        "troupes",
        None,
        None,
    ),
    # a state's weapons act for it, as its forces (round 34); people of a nation (plural) act as a group
    ("Les chars russes ont pilonné le village pendant la nuit.", "shell", "forces russes", None, None),
    ("Les drones iraniens ont frappé un dépôt de carburant.", "air_strike", "iran", None, None),
    ("Les sénateurs américains ont voté une aide à Taïwan.", "vote", "sénateurs américains", None, None),
    # the passive "visé" and its agent of force are one event, of the agent's type (evp20)
    ("Le théâtre a été visé par des frappes russes.", "air_strike", "forces russes", None, None),
    # an act or a weapon as the subject: who acts through it
    ("La frappe russe a détruit une école à Kharkiv.", "attack", "forces russes", None, "kharkiv"),
    ("L'immeuble a été détruit par un missile iranien.", "attack", "iran", None, None),
    ("Les tirs de l'armée ont tué deux civils.", "kill", "armée", "civils", None),
    # a first conjunct the parser broke off
    (
        "Washington et Londres ont imposé de nouvelles sanctions à la Russie.",
        "sanction",
        "états-unis",
        None,
        None,
    ),
    # not a singular abstract noun
    ("La démocratie française, attaquée de toutes parts, vacille.", "attack", "-", None, None),
    # a state one is in: "en garde à vue" is undergone
    ("Depuis mardi soir, un adolescent est en garde à vue.", "arrest", "-", "adolescent", None),
    # the "par X" of a passive verb of accusing is not the agent of its "de" noun; the accused is (round 35)
    ("Le directeur est accusé d'agression par deux collègues.", "physical_assault", "directeur", None, None),
    # the former holder of a title
    (
        "L'ex-ministre a porté plainte pour diffamation contre le journal.",
        "sue",
        "ex-ministre",
        None,
        None,
    ),
    # a participle coordinated with a passive verb is passive: who is wounded is no agent
    (
        "Six personnes ont été tuées et des dizaines blessées dans l'explosion du marché.",
        "wound",
        "-",
        None,
        None,
    ),
    xfail(
        "Ils ont peur des sanctions occidentales contre Moscou.",
        "sanction",
        "occident",
        None,
        None,
        reason="'occidental' names no single state or body: the adjective is left alone",
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), ROWS)
def test_agent9(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


def test_a_governor_subject_is_not_the_agent_of_an_accused_act(nlp):
    text = "La journaliste accuse le député d'avoir agressé un collaborateur."
    found = [e for e in events_of(nlp, text) if e.type == "physical_assault"]
    assert found
    assert "journaliste" not in " | ".join(r.name for r in found[0].actors).lower()


def test_no_stranded_subject_across_a_clause_mark(nlp):
    # "que" closes the search: the noun before it is not the subject of the later verb
    text = "Les habitants savent que tirent encore les canons."
    for e in events_of(nlp, text):
        assert "habitants" not in names(e, "agent")
