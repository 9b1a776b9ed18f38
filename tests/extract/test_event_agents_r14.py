"""Who acts, round 14: a pronoun of quantity that acts through its "de X" ("beaucoup de salariés",
"certains des manifestants"), a name in apposition with a state "en X" ("Emmanuel Macron, en visite
à Berlin"), "prendre" and "poser" carrying the act they take ("le gouvernement a pris des
sanctions"), who calls for a strike ("les syndicats ont lancé un appel à la grève"), a demonstrative
taking up a report of a kin type ("ont envahi [...]. Cette offensive"), people named by their
situation ("les administrés"). Sentences written for these tests; rows as in
test_event_constructions (sentence, type, agent, target, place; substrings, None: not checked, "-":
none)."""

from __future__ import annotations

import pytest
from test_event_constructions import check

ROWS = [
    # a pronoun of quantity acts through its "de X"
    ("Beaucoup de cheminots sont en grève depuis lundi.", "strike_or_boycott", "cheminots", None, None),
    ("Certains des manifestants ont bloqué le périphérique.", "obstruct", "manifestants", None, None),
    (
        "Plusieurs de ces agriculteurs ont manifesté devant la préfecture.",
        "demonstrate",
        "agriculteurs",
        None,
        None,
    ),
    # a name in apposition with a state "en X": the name is in it
    ("Olaf Scholz, en visite à Madrid, a rencontré le roi.", "visit", "scholz", None, "madrid"),
    ("La ministre, en déplacement à Lyon, a inauguré une école.", "visit", "ministre", None, "lyon"),
    # "prendre" carries the measure or the act its object names
    ("Le gouvernement a pris de nouvelles sanctions contre Moscou.", "sanction", "gouvernement", None, None),
    ("La municipalité a pris un arrêté de péril pour la rue.", "policy_measure", "municipalité", None, None),
    ("Les rebelles ont pris le contrôle de l'aéroport.", "capture", "rebelles", None, None),
    # "prendre part à": the object "part" keeps the subject in the event it names
    ("Les réservistes ont pris part aux combats.", "fight", "réservistes", None, None),
    # people named by their situation or their sport act
    ("Les administrés manifestent contre le projet du maire.", "demonstrate", "administrés", None, None),
    ("Des cyclistes ont manifesté devant la mairie de Nantes.", "demonstrate", "cyclistes", None, "nantes"),
    (
        "Les contribuables ont manifesté contre la hausse des impôts.",
        "demonstrate",
        "contribuables",
        None,
        None,
    ),
    (
        "Des parlementaires envisagent de plafonner la hausse des loyers.",
        "policy_measure",
        "parlementaires",
        None,
        None,
    ),
    # no one acts in a state of the weather
    ("Beaucoup de départements sont en vigilance orange.", "natural_disaster", "-", None, None),
    # a pronoun of quantity with no "de X" names nobody
    ("Certains ont manifesté devant la préfecture.", "demonstrate", "-", None, None),
    # a demonstrative takes up an earlier report of the same CAMEO family, and its agent
    (
        "Les Russes ont bombardé Kharkiv. Ces frappes ont détruit une école.",
        "air_strike",
        "russes",
        None,
        None,
    ),
    ("Les Russes ont envahi l'Ukraine. Cette offensive a surpris l'Europe.", "attack", "russes", None, None),
    # not across a whole CAMEO root: an annexation is no offensive
    (
        "Les Ukrainiens poursuivent leur offensive. Ces annexions changent-elles la guerre ?",
        "annex",
        "-",
        None,
        None,
    ),
    # the definite article keeps to the same type: "la grève" may be another one
    (
        "Les infirmiers ont manifesté lundi. La grève a fermé deux services.",
        "strike_or_boycott",
        "-",
        None,
        None,
    ),
    # "un mouvement de grève": its "de X" is the event itself, nobody acts in it
    ("Un mouvement de grève touche les raffineries du groupe.", "strike_or_boycott", "-", None, None),
    # "mettre en cause X": the subject judges the event, it does not act in it
    ("La direction met en cause la grève des dockers.", "strike_or_boycott", "dockers", None, None),
    ("La direction met en cause la grève.", "strike_or_boycott", "-", None, None),
    # "le cours du pétrole" is a price, no court
    ("Le cours du pétrole a bondi de 5 % lundi.", "price_change", "-", None, None),
    # who calls for a strike is its agent: the subject issuing the call, the call's "par X" or "de X"
    ("Les syndicats ont lancé un appel à la grève pour jeudi.", "strike_or_boycott", "syndicats", None, None),
    ("L'appel à la grève lancé par la CGT a été suivi.", "strike_or_boycott", "cgt", None, None),
    ("L'appel des cheminots à la grève a été entendu.", "strike_or_boycott", "cheminots", None, None),
    # not who receives or rejects the call
    ("Les infirmières ont reçu un appel à la grève.", "strike_or_boycott", "-", None, None),
    ("La direction a rejeté l'appel à la grève.", "strike_or_boycott", "-", None, None),
    # "poser" carries the act its object names
    ("Le ministre a posé un ultimatum aux grévistes.", "threaten", "ministre", None, None),
    # a possessive in a fronted adjunct stands for the subject after it
    (
        "Après son meeting à Toulon, la candidate a rencontré des commerçants.",
        "campaign_rally",
        "candidate",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), ROWS)
def test_agents_r14(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)
