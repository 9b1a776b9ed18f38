"""Event types of round 27 (evt27), read where the newer sets lost the type: solidarity that organises
itself, a rule that becomes mandatory, a company halting or selling its business, soil or water
polluted, frauds that spread, a show cancelled, people who find refuge, a retirement, a trend told by
a copula, wages indexed on prices, an airport paralysed, a charity drive, a court seized, purchases
limited, and the whole name of a cup as trigger; with the other senses of their words as negatives.
Sentences written for these tests. Rows: (sentence, type, actor, place) as in
``test_event_constructions.check_row`` (lowercase substrings; None: not checked); negatives:
(sentence, type); triggers: (sentence, type, trigger)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, events_of, no_event, of_type, xfail

FOUND = [
    ("Dans le village sinistré, la solidarité s'est vite mise en place.", "provide_aid", None, None),
    ("Un formidable élan de solidarité est né autour de la famille.", "provide_aid", None, None),
    ("Dans les quartiers inondés, la solidarité s'organise.", "provide_aid", None, None),
    ("Une vague d'entraide a suivi l'incendie de l'immeuble.", "provide_aid", None, None),
    (
        "À partir de lundi, le port du casque devient obligatoire sur les trottinettes.",
        "impose_restrictions",
        None,
        None,
    ),
    ("Le pass vaccinal deviendra obligatoire dans les restaurants.", "impose_restrictions", None, None),
    (
        "Le constructeur suédois suspend ses activités en Russie.",
        "reduce_production",
        "constructeur",
        "russie",
    ),
    ("L'usine de Dunkerque a suspendu son activité pendant dix jours.", "reduce_production", None, None),
    ("Le groupe a finalisé la vente de sa filiale polonaise.", "takeover", "groupe", None),
    ("Le brasseur a cédé ses usines à un concurrent néerlandais.", "takeover", None, None),
    ("Les nappes phréatiques ont été polluées par une ancienne décharge.", "pollution", None, None),
    ("Les escroqueries au faux conseiller bancaire se multiplient.", "crime", None, None),
    ("Les contrefaçons de jouets prolifèrent avant les fêtes.", "crime", None, None),
    ("Le carnaval de la ville a été annulé à cause du vent.", "postponement", None, None),
    (
        "Des centaines de familles ont trouvé refuge dans le gymnase de Bayonne.",
        "flee",
        "familles",
        "bayonne",
    ),
    ("Le boulanger du village fête son départ à la retraite samedi.", "retirement", None, None),
    ("La consommation de tabac est en hausse chez les jeunes.", "indicator_change", None, None),
    ("Le nombre d'accidents de ski est en forte baisse cette saison.", "indicator_change", None, None),
    ("Le Portugal a décidé d'indexer les pensions sur l'inflation.", "policy_measure", "portugal", None),
    ("L'aéroport de Nantes est paralysé par la neige.", "traffic_disruption", None, "nantes"),
    (
        "La collecte nationale de la Banque alimentaire est organisée ce week-end.",
        "provide_humanitarian_aid",
        None,
        None,
    ),
    ("Les parents de l'élève ont décidé de saisir la justice.", "sue", None, None),
    (
        "Une pharmacie de Tours limite l'achat de masques à une boîte par client.",
        "impose_restrictions",
        None,
        "tours",
    ),
    xfail(
        "Une nouvelle arnaque au faux livreur sévit sur les messageries.",
        "crime",
        None,
        None,
        reason="the tagger reads this 'arnaque' as an adjective of no lemma, the sentence's head",
    ),
    # "couple" a people noun since round 28 (event_nouns.tsv): the couple seizes the court
    ("Le couple a décidé de saisir la justice.", "sue", "couple", None),
]

OTHER_SENSES = [
    ("Il faut mettre la solidarité au cœur du projet.", "provide_aid"),
    ("La ministre des Solidarités a visité un centre d'accueil.", "provide_aid"),
    ("Les artisans dépendent encore du fonds de solidarité.", "provide_aid"),
    ("Le syndicat appelle à suspendre les activités non essentielles.", "reduce_production"),
    ("Le joueur a dû céder sa place à la mi-temps.", "takeover"),
    ("La vente de billets a commencé lundi matin.", "takeover"),
    ("Ces vieilles voitures polluent beaucoup.", "pollution"),
    ("Méfiez-vous des arnaques en ligne.", "crime"),
    xfail(
        "Après le deuil, il a trouvé refuge dans la lecture.",
        "flee",
        reason="a figurative refuge (in reading, in work) is read as people finding shelter",
    ),
    ("Le candidat propose un départ à la retraite à 65 ans.", "retirement"),
    ("Il faudra limiter l'achat de carburant.", "impose_restrictions"),
    ("Les syndicats réclament l'indexation des salaires sur les prix.", "policy_measure"),
    ("La collecte des déchets est organisée le mardi.", "provide_humanitarian_aid"),
    ("Le risque d'orage reste en hausse.", "indicator_change"),
    ("Se pose alors la question de l'indexation des salaires sur les prix.", "policy_measure"),
    ("Selon l'adjointe au maire, il est plutôt en baisse.", "indicator_change"),
]

TRIGGERS = [
    ("Le Qatar accueille la Coupe du monde de football en novembre.", "sport_competition", "coupe du monde"),
    ("La Rochelle a remporté la Coupe d'Europe de rugby.", "sport_competition", "coupe d'europe"),
    ("Le couple a décidé de saisir la justice.", "sue", "saisir la justice"),
    (
        "Certains magasins limitent l'achat à deux boîtes par client.",
        "impose_restrictions",
        "limitent l'achat",
    ),
    ("Ses élèves l'ont surpris avant son départ en retraite.", "retirement", "départ en retraite"),
]


@pytest.mark.parametrize("sentence,type_,actor,place", FOUND)
def test_found(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize("sentence,type_", OTHER_SENSES)
def test_other_senses(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


@pytest.mark.parametrize("sentence,type_,trigger", TRIGGERS)
def test_whole_trigger(nlp, sentence, type_, trigger):
    assert any(e.trigger.lower() == trigger for e in of_type(nlp, sentence, type_)), [
        (e.type, e.trigger) for e in events_of(nlp, sentence)
    ]
