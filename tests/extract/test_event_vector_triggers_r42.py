"""Event triggers found through word vectors, round 42 (evt42v, issue 17, Build 2): the nearest
vectors of fr_core_news_md to each type's own triggers, not yet in ``event_triggers.tsv``, kept where
any reader gives the word that type in its usual sense (a prefixed variant, a synonym), each with the
requirement of its nearest sibling row (benchmarks/results/event_vector_triggers_evt42v.txt). The
list comes from the lexicon's meaning, not from the development texts' misses. Sentences written for
these tests, each after a neutral lead sentence as in ``test_event_types_r41``. Rows: (sentence,
type) a positive event of that type; negatives: the word in another sense, or without the
requirement its sibling rows ask for."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event

LEAD = "Le journal régional du soir, présenté par notre équipe."
"""A lead sentence that names no happening (the summary ends at ".X", the corpus's own join)."""


def xfail(*row, reason: str):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


NEIGHBOURS = [
    ("Une contre-manifestation a réuni deux cents personnes devant la mairie.", "demonstrate"),
    ("Le redéploiement des troupes russes vers le Donbass a commencé.", "deploy"),
    ("Les députés ont réexaminé le projet de loi mardi.", "examine_law"),
    xfail(
        "Les députés réexamineront le projet de loi la semaine prochaine.",
        "examine_law",
        reason="the model tags the rare future form an adjective of the subject (lemma not found)",
    ),
    ("Le carnage a fait quarante morts dans le village.", "mass_killing"),
    ("Un pogrom a visé la communauté juive de la ville en 1905.", "mass_killing"),
    ("Le ministre veut remobiliser les réservistes pour défendre la frontière.", "mobilize"),
    ("La bastonnade du jeune homme a été filmée par un passant.", "physical_assault"),
    ("Le tabassage d'un chauffeur de bus choque la ville.", "physical_assault"),
    ("Deux individus ont assommé un commerçant à coups de barre de fer.", "physical_assault"),
    ("L'usine a réembauché quarante ouvriers licenciés l'an dernier.", "recruitment"),
    ("La réfection de la chaussée durera trois semaines.", "renovation"),
    ("Les deux pays ont cosigné un accord sur le gaz.", "sign"),
    ("Le juge d'instruction a prononcé un non-lieu dans l'affaire.", "court_ruling"),
    ("La cour d'appel a infirmé le jugement du tribunal de Lyon.", "court_ruling"),
    xfail(
        "La renégociation du contrat gazier a débuté lundi.",
        "engage_in_negotiation",
        reason="row dropped: on fresh reports it named a consumer's advice (renegotiating one's contracts)",
    ),
    ("La pullulation des moustiques inquiète les habitants du littoral.", "infestation"),
    ("La famille a obtenu une contre-enquête sur la mort de son fils.", "investigate"),
    ("Le patient a bénéficié d'une autogreffe de peau après l'incendie.", "medical_procedure"),
    ("La réédition du roman de Camus paraît en mars.", "publication"),
    ("Les manifestants ont déboulonné la statue du général.", "removal"),
    ("La prérentrée des enseignants a lieu jeudi.", "school_start"),
    ("La kermesse de l'école a attiré trois cents familles.", "celebration"),
    ("La pianiste a donné un récital à la salle Pleyel.", "cultural_event"),
    ("Le referendum sur l'indépendance a eu lieu dimanche.", "election"),
    ("Un baigneur est mort d'une hydrocution dans le lac.", "accident"),
    ("Les soldats ont fusillé trois otages dans la cour de la prison.", "kill"),
    ("Le détenu évadé a été recapturé par les gendarmes.", "arrest"),
    ("Deux hommes ont dévalisé une bijouterie du centre-ville.", "crime"),
    ("La pharmacie a été dévalisée dans la nuit.", "crime"),
    ("Il a extorqué trente mille euros à une retraitée.", "crime"),
    ("Le prix du gaz a quadruplé en un an.", "price_change"),
    ("Le chômage a regrimpé au deuxième trimestre.", "indicator_change"),
    ("Le fléchissement de la croissance inquiète le gouvernement.", "indicator_change"),
]

OTHER_SENSE = [
    ("La chaleur a assommé les coureurs dans la montée.", "physical_assault"),
    ("Le gouvernement a assommé les ménages de taxes.", "physical_assault"),
    ("Le chef de l'opposition veut remobiliser ses électeurs.", "mobilize"),
    ("Le directeur a paraphé chaque page du registre.", "sign"),
    ("Ces chiffres infirment l'hypothèse du ministre.", "court_ruling"),
    ("Le nombre de visiteurs a quadruplé depuis l'ouverture.", "price_change"),
    ("La réfection du menu de la cantine plaît aux élèves.", "renovation"),
    ("Le fléchissement du genou soulage le dos.", "indicator_change"),
    ("Le photographe a fusillé la vedette du regard.", "kill"),
    ("C'est un carnage pour les vignes après la grêle.", "mass_killing"),
    ("Les rayons de pâtes ont été dévalisés par les clients.", "crime"),
    ("Les frontaliers viennent dévaliser les supermarchés de la région.", "crime"),
]


@pytest.mark.parametrize(("sentence", "type_"), NEIGHBOURS)
def test_vector_neighbour(nlp, sentence, type_):
    check_row(nlp, LEAD + sentence, type_, None, None)


@pytest.mark.parametrize(("sentence", "type_"), OTHER_SENSE)
def test_other_sense(nlp, sentence, type_):
    no_event(nlp, LEAD + sentence, type_)
