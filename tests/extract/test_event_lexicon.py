"""The wider French lexicon of events: one row per word family, light verb, passive or
nominalisation, for CAMEO roots and for our own types, from sentences written for these tests.

Each row: (sentence, type, agent, place): agent/place are lowercase substrings of an actor's name
(any role) and of the place, None for "not checked". A case failing today is
``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, no_event


def xfail(*row, reason: str):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


CAMEO_ROWS = [
    # 03 intent
    ("Berlin a promis des chars Leopard à Kiev.", "promise_aid", "allemagne", None),
    ("La direction a proposé une augmentation de 5 % aux salariés.", "propose_talks", "direction", None),
    # 04 consult
    ("Le chef de l'État s'est déplacé à Marseille jeudi.", "visit", "chef", "marseille"),
    ("Le Premier ministre a consulté les syndicats mardi.", "consult", "premier", None),
    # 05 cooperation
    ("Moscou a reconnu l'indépendance des deux républiques séparatistes.", "recognize", "russie", None),
    ("La Suède a officiellement demandé son adhésion à l'Otan.", "join_alliance", "suède", None),
    # 07 aid
    ("L'Allemagne a accueilli un million de réfugiés syriens.", "grant_asylum", "allemagne", None),
    # the parser makes 'ressortissants' a second root; the lead's other words tell the sense (round 36)
    ("L'armée a rapatrié 200 ressortissants français de Kaboul.", "rescue", "armée", "kaboul"),
    ("Les pompiers ont évacué le camping de Biscarrosse.", "rescue", "pompiers", "biscarrosse"),
    # 08 yield
    ("Le gouvernement a renoncé à la hausse de la taxe carbone.", "concede", "gouvernement", None),
    ("Les défenseurs de l'usine se sont rendus aux soldats russes.", "withdraw", None, None),
    # 09 investigate
    ("Les inspecteurs de l'AIEA ont inspecté la centrale de Zaporijia.", "investigate", "inspecteurs", None),
    ("Une autopsie du corps a été pratiquée lundi à Lyon.", "investigate", None, "lyon"),
    # 12 reject
    ("Les grévistes ont refusé la proposition de la direction.", "reject", "grévistes", None),
    # 14 protest
    ("Des heurts ont opposé des manifestants et des policiers à Nantes.", "riot", None, "nantes"),
    ("Les salariés de la raffinerie ont cessé le travail lundi.", "strike_or_boycott", "salariés", None),
    ("Des milliers de jeunes sont descendus dans la rue à Téhéran.", "demonstrate", "jeunes", "téhéran"),
    # 15 posture
    ("Washington a envoyé 3 000 soldats en Pologne.", "deploy", "états-unis", "pologne"),
    # 16 reduce relations
    ("Gazprom a coupé les livraisons de gaz à la Finlande.", "reduce_relations", "gazprom", None),
    ("Le Canada a fermé son espace aérien aux avions russes.", "reduce_relations", "canada", None),
    # 17 coerce
    ("Le préfet a réquisitionné les salariés du dépôt de Feyzin.", "requisition", "préfet", None),
    ("L'ancien maire a écopé de deux ans de prison avec sursis.", "sentence", "maire", None),
    (
        "Le préfet a imposé le port du masque dans le centre-ville de Rennes.",
        "impose_restrictions",
        "préfet",
        None,
    ),
    # 18 assault, crimes against persons
    ("Le meurtre d'un adolescent à Reims a choqué le quartier.", "kill", None, "reims"),
    (
        "Des pirates informatiques ont visé l'hôpital de Corbeil-Essonnes par une cyberattaque.",
        "cyber_attack",
        None,
        None,
    ),
    # 19 fight
    ("Un missile est tombé sur un immeuble de Dnipro samedi.", "air_strike", None, "dnipro"),
    ("Les troupes russes ont avancé vers Bakhmout.", "attack", "troupes russes", "bakhmout"),
    ("Le croiseur Moskva a coulé en mer Noire.", "accident", None, None),
    ("Un missile ukrainien a coulé le croiseur Moskva.", "attack", None, None),
    ("Les enquêteurs ont découvert un charnier près d'Izioum.", "mass_killing", None, "izioum"),
]

OWN_ROWS = [
    # elections and votes
    ("Les électeurs sont appelés aux urnes dimanche dans toute la France.", "vote", "électeurs", None),
    ("Emmanuel Macron l'emporte avec 58 % des voix.", "win_election", "macron", None),
    ("Le président a prononcé la dissolution de l'Assemblée nationale.", "dissolve_parliament", None, None),
    # appointments
    ("Jean Castex a remis sa démission au président.", "resign", "castex", None),
    ("Le nouveau Premier ministre a pris ses fonctions mardi à Matignon.", "appoint", "premier", "matignon"),
    ("Le sélectionneur a été limogé après la défaite.", "dismiss", "sélectionneur", None),
    # laws, parliament and policy
    ("Les députés examinent le projet de loi sur l'immigration.", "examine_law", "députés", None),
    ("Le gouvernement a décidé de geler les prix du gaz.", "policy_measure", "gouvernement", None),
    ("Une remise de 30 centimes sur le carburant entre en vigueur jeudi.", "policy_measure", None, None),
    # justice
    ("Le tribunal administratif a annulé l'arrêté du maire.", "court_ruling", "tribunal", None),
    ("Le procureur a requis dix ans de réclusion contre l'accusé.", "trial", "procureur", None),
    ("Le prévenu a été reconnu coupable de fraude fiscale.", "court_ruling", None, None),
    # disasters, accidents, outages
    ("Les flammes ont parcouru 500 hectares dans le Var.", "fire", None, "var"),
    ("Une vague de chaleur frappe l'Espagne depuis lundi.", "heat_wave", None, "espagne"),
    ("Des pluies diluviennes se sont abattues sur le Gard.", "flood", None, "gard"),
    ("Un motard a été fauché par une voiture à Toulouse.", "accident", None, "toulouse"),
    ("Une panne géante d'électricité a privé Buenos Aires de courant.", "outage", None, None),
    ("La pénurie de moutarde inquiète les industriels.", "shortage", None, None),
    # epidemics
    ("Les cas de variole du singe se multiplient en Europe.", "epidemic", None, "europe"),
    # deaths and ceremonies
    ("Le chanteur a succombé à ses blessures dimanche.", "death", "chanteur", None),
    ("Les funérailles de la reine ont eu lieu à Londres.", "ceremony", "reine", "londres"),
    # crimes
    ("Deux hommes ont cambriolé une bijouterie de Cannes.", "crime", "hommes", "cannes"),
    ("La police a démantelé un réseau de trafic de drogue à Marseille.", "crime", "police", "marseille"),
    # economy
    ("Le groupe a annoncé la fermeture de son usine de Bordeaux.", "closure", "groupe", "bordeaux"),
    ("L'entreprise va supprimer 500 postes en France.", "layoff", "entreprise", "france"),
    ("Le géant américain a racheté la société Activision.", "takeover", None, None),
    ("La flambée des prix de l'énergie inquiète les ménages.", "price_change", None, None),
    # sport
    ("Les Bleus se sont inclinés face à l'Argentine en finale.", "sport_result", None, None),
    ("La skieuse française a décroché la médaille d'or à Pékin.", "sport_result", None, "pékin"),
]


def names(event) -> str:
    return " | ".join(r.name for r in event.actors).lower()


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), CAMEO_ROWS + OWN_ROWS)
def test_lexicon_row(nlp, sentence, type_, actor, place):
    events = events_of(nlp, sentence)
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.trigger) for e in events]}"
    if actor:
        assert any(actor in names(e) for e in found), [names(e) for e in found]
    if place:
        assert any(e.location is not None and place in e.location.name.lower() for e in found), [
            e.location for e in found
        ]


OTHER_SENSES = [
    ("Le vol Paris-New York a été annulé.", "crime"),
    ("Elle a perdu ses clés dans le métro.", "death"),
    ("Le restaurant propose des plats du jour.", "propose_talks"),
    ("Au fur et à mesure, la salle se remplit.", "policy_measure"),
    ("La finale du concours de pâtisserie aura lieu demain.", "sport_result"),
    ("Les prix augmentent au supermarché.", "closure"),
    ("Il faut fermer les yeux un instant.", "closure"),
    ("Le chef a tranché la viande.", "kill"),
    ("Dans ce cas, il faudra attendre.", "epidemic"),
    ("Le match sera diffusé sur France 2.", "sport_result"),
    ("Nous avons passé une audience record devant la télévision.", "trial"),
    ("La trêve hivernale protège les locataires jusqu'au printemps.", "ceasefire"),
]


@pytest.mark.parametrize(("sentence", "type_"), OTHER_SENSES)
def test_other_senses_give_no_event(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


# -- arguments read off the surroundings -----------------------------------------------------
def only(nlp, text: str, type_: str):
    found = [e for e in events_of(nlp, text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger) for e in events_of(nlp, text)]
    return found[0]


def test_a_possessive_names_the_agent(nlp):
    e = only(nlp, "Le ministre de la Santé a remis sa démission vendredi.", "resign")
    assert "ministre" in names(e)


def test_a_subject_pronoun_is_the_person_named_just_before(nlp):
    text = "Élisabeth Borne a reçu les syndicats lundi. Elle a ensuite rencontré Patrick Martin à Paris."
    e = only(nlp, text, "meet")
    assert "borne" in names(e)


def test_a_pronoun_without_a_person_before_stays_unresolved(nlp):
    e = only(nlp, "Il a rencontré Patrick Martin à Paris.", "meet")
    assert "il" not in [r.name.lower() for r in e.actors]


def test_a_city_of_the_sentence_wins_over_the_country_of_the_lead(nlp):
    text = "En Ukraine, les habitants fêtent la libération de la ville, Kherson revit."
    e = only(nlp, text, "capture")
    assert e.location is not None and e.location.name == "Kherson"


def test_deciding_to_act_is_one_event_the_act(nlp):
    events = events_of(nlp, "Le gouvernement a décidé de plafonner les loyers.")
    assert [(e.type, e.trigger) for e in events] == [("policy_measure", "plafonner les loyers")]
    assert "gouvernement" in names(events[0])


def test_a_people_occupying_a_city(nlp):
    e = only(nlp, "Les Russes occupaient Kherson depuis le mois de mars.", "capture")
    assert e.location is not None and e.location.name == "Kherson"


def test_the_reports_own_investigation_is_no_event(nlp):
    assert [e for e in events_of(nlp, "Le 20H de TF1 a mené l'enquête.") if e.type == "investigate"] == []


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Pour anticiper les sécheresses, les agriculteurs creusent des réserves.", "drought"),
        ("L'armée chinoise simule un blocus de l'île.", "blockade"),
    ],
)
def test_anticipated_or_simulated_events_are_hypothetical(nlp, sentence, type_):
    assert only(nlp, sentence, type_).modality == "hypothetical"
