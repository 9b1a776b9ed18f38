"""Event words by lexical family, round 39 (evt39n, issue 17): the verbs and nouns of a type's French
family the lexicon held only in part, one table per family, its positive rows and the negative twins
(the word in a sense that names no happening of the type). The families were chosen by the read half's
census of misses whose word is in no lexicon row (benchmarks/results/event_lexicon_evt39n.txt) and by
``benchmarks/event_lexicon_families.py`` (a verb with a row whose noun has none, and the converse),
never by one sentence; the rows come from French, not from the development texts. Sentences written for
these tests; each follows a neutral lead sentence (a report's lead is also read against
``event_main.tsv``, whose rows are wider). A negated or hypothetical use keeps its event, with its
modality. Rows: (sentence, type, actor, place) as in ``test_event_constructions.check_row``;
negatives: (sentence, type); modality rows: (sentence, type, modality)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event, of_type

LEAD = "Le journal régional du soir, présenté par notre équipe."
"""A lead sentence that names no happening (the summary ends at ".X", the corpus's own join)."""


NARROWING = (
    "the narrowing that refused it (commit e6dbc366) was measured and reverted (evt39n): on the check half it"
    " cut 2 matching events and no other, and its group then failed the precision rule"
)


def xfail(*row, reason: str):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


AID = [  # offrir, donner, don, donation, acheminer, acheminement, envoi, livraison, fourniture, loger,
    # hébergement
    (
        "Des bénévoles offrent des repas chauds aux réfugiés à la gare de Lyon.",
        "provide_humanitarian_aid",
        "bénévoles",
        None,
    ),
    (
        "La mairie a donné des couvertures et des vêtements aux sinistrés.",
        "provide_humanitarian_aid",
        "mairie",
        None,
    ),
    ("Les dons de vêtements affluent à la mairie de Lille.", "provide_humanitarian_aid", None, None),
    ("Le groupe LVMH a fait une donation de deux millions d'euros à l'hôpital.", "provide_aid", "lvmh", None),
    (
        "Des camions ont acheminé l'aide humanitaire jusqu'à Kharkiv.",
        "provide_humanitarian_aid",
        None,
        "kharkiv",
    ),
    ("L'acheminement des vivres vers la ville assiégée a repris.", "provide_humanitarian_aid", None, None),
    ("L'envoi de médicaments vers l'Ukraine se poursuit.", "provide_humanitarian_aid", None, None),
    ("La livraison de l'aide humanitaire a commencé samedi.", "provide_humanitarian_aid", None, None),
    (
        "Washington annonce la fourniture de missiles antichars à Kiev.",
        "provide_military_aid",
        "états-unis",
        None,
    ),
    (
        "La Croix-Rouge a logé une trentaine de réfugiés ukrainiens dans une ancienne école.",
        "grant_asylum",
        "croix-rouge",
        None,
    ),
    ("L'hébergement des réfugiés est assuré par des familles d'accueil.", "grant_asylum", None, None),
]
NOT_AID = [
    ("Le magasin offre une réduction de dix pour cent à ses clients.", "provide_humanitarian_aid"),
    ("Il a offert un bouquet de fleurs à sa mère.", "provide_humanitarian_aid"),
    ("Elle a donné naissance à des jumeaux au printemps.", "provide_humanitarian_aid"),
    ("L'établissement français du sang appelle au don du sang avant l'été.", "provide_humanitarian_aid"),
    ("Il a un don pour la musique depuis l'enfance.", "provide_humanitarian_aid"),
    xfail(
        "L'infirmière lui a donné un médicament contre la douleur.",
        "provide_humanitarian_aid",
        reason=NARROWING,
    ),
    xfail(
        "Un appel aux dons est lancé pour restaurer la toiture du château.",
        "provide_humanitarian_aid",
        reason=NARROWING,
    ),
    xfail(
        "Beaucoup de contribuables font des dons à des associations en fin d'année.",
        "provide_humanitarian_aid",
        reason=NARROWING,
    ),
    ("Les droits de donation seront allégés pour les petits-enfants.", "provide_aid"),
    ("Le gazoduc achemine le gaz russe jusqu'en Allemagne.", "provide_humanitarian_aid"),
    ("La livraison des colis est retardée par la neige.", "provide_humanitarian_aid"),
    ("La fourniture d'électricité a été coupée dans le quartier.", "provide_aid"),
    ("Les étudiants peinent à se loger dans la capitale.", "grant_asylum"),
    ("Les prix de l'hébergement touristique flambent cet été.", "grant_asylum"),
]
AID_MODALITY = [
    ("Les bénévoles n'ont pas pu offrir de repas aux réfugiés.", "provide_humanitarian_aid", "negated"),
]


FAMILY_HALVES = [  # the noun of a verb with rows, or the verb of a noun (event_lexicon_families.py)
    ("Le ministre a quitté la tribune sous les huées des agriculteurs.", "protest", "agriculteurs", None),
    ("La propagation du virus s'accélère dans les écoles de Lyon.", "epidemic", None, None),
    ("Les pompiers tentent de freiner la propagation des flammes vers le village.", "fire", None, None),
    ("Plus de cent résidents ont été contaminés par le covid dans cet Ehpad.", "epidemic", None, None),
    ("L'académie veut dépister tous les élèves après les vacances.", "health_measure", None, None),
    ("Des milliers de civils ont été déportés en Russie depuis Marioupol.", "expel", None, None),
    ("Kiev dénonce la déportation d'enfants ukrainiens vers la Russie.", "expel", None, None),
    (
        "Le gouvernement annonce un allégement des restrictions sanitaires.",
        "ease_sanctions",
        "gouvernement",
        None,
    ),
    ("L'instauration d'un chèque carburant a été votée par les députés.", "policy_measure", None, None),
    ("La police a démonté le campement de migrants installé près du canal.", "removal", "police", None),
    ("Le démontage du campement a commencé à l'aube.", "removal", None, None),
    ("Une femme a été condamnée à mort par lapidation.", "physical_assault", None, None),
    (
        "Les enquêteurs documentent les exactions commises contre les civils à Boutcha.",
        "physical_assault",
        None,
        None,
    ),
    ("La mairie va reconstruire le pont emporté par la crue.", "renovation", "mairie", None),
    ("La reconstruction de l'école détruite par l'incendie a débuté.", "renovation", None, None),
    ("La réhabilitation de l'immeuble a coûté trois millions d'euros.", "renovation", None, None),
]
NOT_FAMILY_HALVES = [
    ("La propagation des fausses nouvelles inquiète les experts.", "epidemic"),
    ("L'eau du puits a été contaminée par des pesticides.", "epidemic"),
    ("La voiture s'est déportée sur la gauche avant de percuter un arbre.", "expel"),
    ("Les élèves ont visité le mémorial de la déportation des juifs de France.", "expel"),
    ("Le chanteur a démonté les critiques de la presse.", "removal"),
    ("La réhabilitation de l'officier a été prononcée par la justice.", "renovation"),
    ("Il faut reconstruire la confiance entre les partenaires.", "renovation"),
    ("L'allégement fiscal profitera aux ménages modestes.", "ease_sanctions"),
]
FAMILY_MODALITY = [
    ("La commune ne reconstruira pas le pont emporté par la crue.", "renovation", "negated"),
]


OWN_TYPES = [  # désignation, reconduction, validation, censure, abroger, abrogation, déraper, dérapage,
    # encastrer, électrocution, ébouler
    ("La désignation du candidat de la droite aura lieu samedi.", "appoint", None, None),
    ("Le président a annoncé la reconduction de la ministre à son poste.", "appoint", None, None),
    (
        "La validation de la loi par le Conseil constitutionnel est attendue jeudi.",
        "court_ruling",
        None,
        None,
    ),
    ("Le Conseil constitutionnel a prononcé la censure de cet article.", "court_ruling", None, None),
    ("Le gouvernement a abrogé le décret sur les retraites.", "policy_measure", "gouvernement", None),
    ("L'abrogation de la loi Sécurité globale est réclamée.", "policy_measure", None, None),
    ("La voiture a dérapé sur le verglas près de Grenoble.", "accident", None, "grenoble"),
    ("Un dérapage de camion sur la chaussée glissante a bloqué l'autoroute.", "accident", None, None),
    ("Une camionnette s'est encastrée sous un poids-lourd sur l'A7.", "accident", None, None),
    ("Un ouvrier est mort par électrocution sur un chantier de Toulouse.", "accident", None, None),
    ("Une partie de la falaise s'est éboulée sur la plage d'Étretat.", "natural_disaster", None, None),
]
NOT_OWN_TYPES = [
    ("La désignation du coupable ne suffira pas à apaiser les familles.", "appoint"),
    ("La reconduction tacite du contrat surprend les abonnés.", "appoint"),
    ("La motion de censure a été rejetée par l'Assemblée.", "court_ruling"),
    ("Les journalistes dénoncent la censure de la presse en Russie.", "court_ruling"),
    ("Le débat a dérapé sur la question de l'immigration.", "accident"),
    ("Le ministre regrette un dérapage verbal de son collègue.", "accident"),
    ("Électrocution, brûlure : ces chargeurs bon marché présentent des risques.", "accident"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), AID + FAMILY_HALVES + OWN_TYPES)
def test_event_word(nlp, sentence, type_, actor, place):
    check_row(nlp, LEAD + sentence, type_, actor, place)


@pytest.mark.parametrize(("sentence", "type_"), NOT_AID + NOT_FAMILY_HALVES + NOT_OWN_TYPES)
def test_other_sense(nlp, sentence, type_):
    no_event(nlp, LEAD + sentence, type_)


@pytest.mark.parametrize(("sentence", "type_", "modality"), AID_MODALITY + FAMILY_MODALITY)
def test_modality_kept(nlp, sentence, type_, modality):
    assert of_type(nlp, LEAD + sentence, type_)[0].modality == modality
