"""Event types of our own (no CAMEO root) told by a construction of fresh news, round 23: water that runs
dry (drought), workers missing (shortage), abstention rising (election), a study told by what it finds
(report_release), goods put up for sale and collectors' fairs (sales), land or ice that recedes
(erosion, a type of round 23), rock breaking away (landslide), buildings pulled down (removal), stenches
and discharges (pollution), pests spreading (infestation), wild animals attacking (predation), whales
and ships aground (stranding), three types of round 23; with the other senses of their words as
negatives ("les dons se tarissent", "trois joueurs manquent à l'appel", "appeler à l'abstention", "un
bureau d'études", "la fonte des neiges", "l'érosion du pouvoir d'achat", "un coureur s'est détaché", "le
rejet de la motion", "la Bourse de Paris", "une bourse d'études"). Sentences written for these tests.
Rows: (sentence, type, actor, place) as in ``test_event_constructions.check_row`` (lowercase substrings;
None: not checked); negatives: (sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, events_of, no_event

DROUGHT = [
    ("Dans le Lot, la source du village s'est tarie au mois d'août.", "drought", None, None),
    ("Le lac de Vassivière s'est asséché en quelques semaines.", "drought", None, None),
    ("Plusieurs rivières sont asséchées dans le Gers.", "drought", None, None),
    ("Les fortes chaleurs ont asséché les puits de la commune.", "drought", None, None),
    ("Dans l'Aude, plusieurs ruisseaux sont à sec depuis juin.", "drought", None, None),
]
NOT_DROUGHT = [
    ("Les dons aux associations se tarissent depuis la rentrée.", "drought"),
    ("Cette taxe risque d'assécher les finances des petites communes.", "drought"),
    ("Les commandes se sont taries après la crise.", "drought"),
    ("Dans le Var, les stations-service sont à sec.", "drought"),
]

SHORTAGE = [
    (
        "Cet été, des milliers de saisonniers manquent à l'appel dans les stations balnéaires.",
        "shortage",
        None,
        None,
    ),
    ("À l'hôpital de Rodez, les soignants manquent à l'appel.", "shortage", None, None),
]
NOT_SHORTAGE = [
    ("Trois joueurs manquent à l'appel pour le match de samedi.", "shortage"),
    ("Deux élèves manquaient à l'appel ce matin.", "shortage"),
    ("Malades, plusieurs candidats manquaient à l'appel le jour de l'examen.", "shortage"),
]

ABSTENTION = [
    ("Dans les quartiers nord, l'abstention gagne du terrain.", "election", None, None),
    ("L'abstention a atteint un niveau record au premier tour.", "election", None, None),
    ("Une abstention record a marqué le scrutin de dimanche.", "election", None, None),
]
NOT_ABSTENTION = [
    ("Le parti appelle ses électeurs à l'abstention.", "election"),
    ("Le député a choisi l'abstention sur ce texte.", "election"),
]

STUDIES = [
    ("Une étude britannique s'est intéressée au sommeil des adolescents.", "report_release", None, None),
    ("Une étude de l'Inserm a analysé les dossiers de 3 000 patients.", "report_release", None, None),
    ("Une étude a mesuré le temps passé devant les écrans par les enfants.", "report_release", None, None),
]
NOT_STUDIES = [
    ("Il travaille dans un bureau d'études qui estime le coût à deux millions.", "report_release"),
    ("Elle a repris ses études de droit à quarante ans.", "report_release"),
]

SALES = [
    ("Après vingt ans sur le canal, ils ont mis leur bateau en vente.", "sales", None, None),
    ("Le château a été mis en vente par la commune de Vitré.", "sales", None, None),
    ("La mise en vente des billets aura lieu mardi matin.", "sales", None, None),
    ("Une bourse aux jouets se tient ce dimanche à Colmar.", "sales", None, None),
    (
        "La braderie de Lille attire chaque année des centaines de milliers de chineurs.",
        "sales",
        None,
        "lille",
    ),
]
NOT_SALES = [
    ("La Bourse de Paris a terminé la séance en hausse.", "sales"),
    ("Il a obtenu une bourse d'études pour partir au Canada.", "sales"),
    ("La vente de ces produits est interdite depuis janvier.", "sales"),
]

EROSION = [
    ("Depuis vingt ans, le recul des glaciers s'accélère dans les Alpes.", "erosion", None, None),
    ("Sur cette plage, le trait de côte recule de deux mètres par an.", "erosion", None, None),
    ("La fonte de la banquise inquiète les scientifiques.", "erosion", None, None),
    ("L'érosion du littoral menace des dizaines de maisons en Charente-Maritime.", "erosion", None, None),
]
NOT_EROSION = [
    ("Au printemps, la fonte des neiges gonfle les torrents.", "erosion"),
    ("L'érosion du pouvoir d'achat inquiète les ménages.", "erosion"),
    ("Le chômage recule au troisième trimestre.", "erosion"),
    ("Il a fondu en larmes devant les caméras.", "erosion"),
]

LANDSLIDES = [
    ("Un pan de falaise s'est détaché à Étretat dimanche matin.", "landslide", None, "étretat"),
    ("Des blocs de roche se sont détachés au-dessus de la route.", "landslide", None, None),
    ("Un pan du glacier s'est effondré dimanche en Italie.", "landslide", None, None),
]
NOT_LANDSLIDES = [
    ("Le coureur belge s'est détaché du peloton à dix kilomètres de l'arrivée.", "landslide"),
    ("Elle s'est détachée de sa famille après le drame.", "landslide"),
]

DEMOLITIONS = [
    (
        "Plus bas dans le texte, on apprend que la barre d'immeubles a été démolie à Grigny.",
        "removal",
        None,
        None,
    ),
    ("Les élus l'ont confirmé hier : la démolition de l'ancienne usine a commencé.", "removal", None, None),
]

POLLUTION = [
    (
        "Depuis des mois, les riverains se plaignent d'odeurs pestilentielles venues de l'usine.",
        "pollution",
        None,
        None,
    ),
    ("Le site est accusé de rejets toxiques dans la Garonne.", "pollution", None, None),
    ("Ces nuisances olfactives exaspèrent les habitants de Tarbes.", "pollution", None, None),
]
NOT_POLLUTION = [
    ("Le rejet de la motion de censure a été annoncé dans la soirée.", "pollution"),
    ("Une bonne odeur de pain chaud s'échappe de la boulangerie.", "pollution"),
    ("Les médecins craignent un rejet de la greffe.", "pollution"),
    ("Les riverains dénoncent des nuisances sonores la nuit.", "pollution"),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "place"),
    DROUGHT + SHORTAGE + ABSTENTION + STUDIES + SALES + EROSION + LANDSLIDES + DEMOLITIONS + POLLUTION,
)
def test_event_type_r23(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    NOT_DROUGHT
    + NOT_SHORTAGE
    + NOT_ABSTENTION
    + NOT_STUDIES
    + NOT_SALES
    + NOT_EROSION
    + NOT_LANDSLIDES
    + NOT_POLLUTION,
)
def test_other_senses_r23(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


PESTS_AND_ANIMALS = [
    ("Des punaises de lit ont été repérées dans un lycée de Marseille.", "infestation", None, None),
    ("Des algues sargasses envahissent les côtes de la Martinique.", "infestation", None, None),
    ("La prolifération des rats exaspère les habitants du quartier.", "infestation", None, None),
    ("Cette nuit, un loup a attaqué un troupeau de moutons dans le Jura.", "predation", None, None),
    ("Un dauphin s'est échoué sur une plage de Vendée.", "stranding", None, None),
    ("Le porte-conteneurs s'est échoué dans le canal de Suez.", "stranding", None, None),
]
NOT_PESTS_AND_ANIMALS = [
    ("Le quartier est infesté de dealers selon les riverains.", "infestation"),
    ("Les touristes envahissent les plages de Bretagne.", "infestation"),
    ("La prolifération nucléaire inquiète les Nations unies.", "infestation"),
    ("Il a échoué à l'examen du permis de conduire.", "stranding"),
    ("Le chien a été attaqué par un automobiliste.", "predation"),
]

OTHERS = [
    ("Le bistrot a décroché sa première étoile Michelin.", "award", None, None),
    ("Un avion de ligne a dû atterrir en urgence à Lyon.", "accident", None, None),
    ("Le château de Versailles a battu son record de fréquentation.", "indicator_change", None, None),
    ("La comédienne s'est éteinte lundi dans sa maison de Bretagne.", "death", "comédienne", None),
    ("Dans la nuit, 300 d'entre eux ont traversé la Manche.", "displacement", None, None),
    ("Un doublé de Griezmann a offert la victoire à l'Atlético.", "sport_result", "griezmann", None),
    ("La skieuse savoyarde a terminé troisième du géant.", "sport_result", None, None),
    ("Le navigateur a franchi la ligne d'arrivée à Pointe-à-Pitre.", "sport_result", None, "pointe-à-pitre"),
]
NOT_OTHERS = [
    ("Les Bleus rêvent d'une troisième étoile sur leur maillot.", "award"),
    ("L'avion a atterri à l'heure à Roissy.", "accident"),
    ("La lumière s'est éteinte dans la salle.", "death"),
    ("La polémique s'est vite éteinte.", "death"),
    ("Le nageur a traversé la Manche à la nage.", "displacement"),
    ("Elle a terminé deuxième de sa promotion à l'école de commerce.", "sport_result"),
    ("Le gouvernement a franchi la ligne rouge.", "sport_result"),
    ("Le club a arraché le match nul dans les arrêts de jeu.", "removal"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), PESTS_AND_ANIMALS + OTHERS)
def test_other_types_r23(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(("sentence", "type_"), NOT_PESTS_AND_ANIMALS + NOT_OTHERS)
def test_other_senses_more_r23(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


# -- a generic head named with its qualifier, so the trigger says what kind it is
TRIGGER_TEXTS = [
    ("Les salariés sont en chômage technique depuis l'incendie.", "chômage technique"),
    ("Le Conseil des ministres a eu lieu mercredi à l'Élysée.", "Conseil des ministres"),
    ("La fonte des glaciers s'accélère avec le réchauffement.", "fonte des glaciers"),
]


@pytest.mark.parametrize(("sentence", "trigger"), TRIGGER_TEXTS)
def test_trigger_named_with_its_kind_r23(nlp, sentence, trigger):
    assert trigger in [e.trigger for e in events_of(nlp, sentence)]
