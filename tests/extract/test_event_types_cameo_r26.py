"""CAMEO-rooted events of round 26, read among the type misses of the sets r and s: an investigation
told by its course, its findings or its needs, by the investigators who set out to determine what
happened, by the investigators' findings on the spot (09); goods seized by customs or police and a
requisition told by the authority that orders it, a curfew in force (17); families rehoused after a
disaster (07, aid); a refusal to act by a government or an authority whose "de" infinitive the
parser hangs on the "de X" (12). And the other senses of the same words: opinion polls and public
inquiries, a survey that "takes into account", scientific investigations, a report's findings, a
case brought before a court, data typed in, a prosecutor's "réquisitions", a curfew lifted or as a
topic, a duty or a wish to rehouse, rehousing as a topic or as a habit, an insurer's rehousing, a
child's or a person's refusal. Sentences written for these tests. Rows: (sentence, type, actor,
place) as in ``test_event_constructions.check_row`` (lowercase substrings; None: not checked);
negatives: (sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_modality, check_row, no_event

INVESTIGATE = [  # 09
    ("L'enquête sur la disparition du randonneur s'enlise.", "investigate", None, None),
    ("L'enquête sur le naufrage du chalutier va durer plusieurs mois.", "investigate", None, None),
    ("L'enquête se poursuit pour retrouver le chauffard.", "investigate", None, None),
    (
        "D'après les premiers éléments de l'enquête, le feu serait parti d'une cuisine.",
        "investigate",
        None,
        None,
    ),
    ("Pour les besoins de l'enquête, la rue a été fermée.", "investigate", None, None),
    ("Les enquêteurs cherchent à déterminer l'origine de l'explosion.", "investigate", "enquêteurs", None),
    ("Les enquêteurs tentent d'identifier le tireur à Marseille.", "investigate", "enquêteurs", "marseille"),
    (
        "Les investigations de la police judiciaire ont permis de remonter jusqu'au réseau.",
        "investigate",
        "police judiciaire",
        None,
    ),
    ("Les investigations se poursuivent à Lille.", "investigate", None, "lille"),
    (
        "Les constatations de la police scientifique ont duré toute la nuit.",
        "investigate",
        "police scientifique",
        None,
    ),
]
NOT_INVESTIGATE = [
    ("Selon une enquête de l'Ifop, les Français sont pessimistes.", "investigate"),
    ("Une enquête d'opinion se poursuit jusqu'à vendredi.", "investigate"),
    ("L'enquête publique commence lundi en mairie.", "investigate"),
    ("Cette enquête prend en compte 2 000 foyers.", "investigate"),
    ("Les investigations scientifiques sur le climat avancent.", "investigate"),
    ("Les constatations du rapport sont sévères.", "investigate"),
]
COERCE = [  # 17
    ("Les douaniers ont saisi 40 000 paquets de cigarettes à Calais.", "seize", "douaniers", "calais"),
    ("Plus de 3 000 médicaments contrefaits ont été saisis au port du Havre.", "seize", None, "havre"),
    ("Des munitions ont été saisies lors de la perquisition.", "seize", None, None),
    ("La saisie de 500 kilos de résine de cannabis à Perpignan.", "seize", None, "perpignan"),
    ("La réquisition préfectorale vise le dépôt de Feyzin.", "requisition", None, "feyzin"),
    ("Le dépôt est visé par une réquisition du gouvernement.", "requisition", "gouvernement", None),
    ("Un couvre-feu nocturne est en vigueur à Bamako depuis lundi.", "impose_restrictions", None, "bamako"),
]
NOT_COERCE = [
    ("Elle a saisi l'occasion de partir.", "seize"),
    ("Les données ont été saisies dans le logiciel.", "seize"),
    ("La saisie des données prend du temps.", "seize"),
    ("Il a saisi le Conseil d'État.", "seize"),
    ("Les réquisitions de l'avocat général sont attendues jeudi.", "requisition"),
    ("Les réquisitions contre l'accusé ont duré deux heures.", "requisition"),
    ("La question du couvre-feu divise le gouvernement.", "impose_restrictions"),
    ("Le couvre-feu a été levé lundi matin.", "impose_restrictions"),
    ("La fin du couvre-feu est prévue pour dimanche.", "impose_restrictions"),
]
AID = [  # 07: shelter given
    (
        "Après l'incendie, vingt familles ont été relogées par la mairie.",
        "provide_humanitarian_aid",
        "familles",
        None,
    ),
    (
        "La commune a relogé les habitants évacués dans un gymnase.",
        "provide_humanitarian_aid",
        "habitants",
        None,
    ),
    (
        "Le relogement des habitants de l'immeuble effondré a commencé.",
        "provide_humanitarian_aid",
        "habitants",
        None,
    ),
]
REJECT = [  # 12: a refusal to act by a government or an authority, its "de" infinitive under the "de X"
    (
        "Le refus du gouvernement de négocier a provoqué la colère des syndicats.",
        "reject",
        "gouvernement",
        None,
    ),
    ("Le refus du Kremlin de prolonger l'accord céréalier inquiète l'Afrique.", "reject", "kremlin", None),
    ("Le refus des autorités de rendre les corps a choqué les familles.", "reject", "autorités", None),
]
NOT_REJECT = [
    ("Le refus de l'enfant de manger inquiète ses parents.", "reject"),
    ("Son refus de répondre aux questions a surpris.", "reject"),
    ("Le refus de vacciner son enfant reste rare en France.", "reject"),
]
NOT_AID = [
    ("Le maire doit reloger les familles.", "provide_aid"),
    ("Les habitants réclament leur relogement.", "provide_aid"),
    ("La question du relogement reste entière.", "provide_aid"),
    ("Il cherche à se reloger près de son travail.", "provide_aid"),
    ("Les expulsés sont rarement relogés faute de place.", "provide_aid"),
    ("Après le dégât des eaux, elle a été relogée par son assurance.", "provide_aid"),
]
XFAIL = [
    pytest.param(
        "Des représailles ont suivi le refus des deux pays de livrer du gaz.",
        "reject",
        None,
        None,
        marks=pytest.mark.xfail(strict=True, reason="the 'de' infinitive hung on the verb, not on the noun"),
    ),
    pytest.param(
        "Le travail d'enquête ne fait que commencer.",
        "investigate",
        None,
        None,
        marks=pytest.mark.xfail(
            strict=True, reason="an investigation named by a bare 'd'enquête' complement"
        ),
    ),
    pytest.param(
        "Les sinistrés sont pris en charge par la protection civile.",
        "provide_aid",
        None,
        None,
        marks=pytest.mark.xfail(strict=True, reason="'prendre en charge' by rescuers: a light verb not read"),
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), INVESTIGATE + COERCE + AID + REJECT + XFAIL)
def test_cameo_r26(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(("sentence", "type_"), NOT_INVESTIGATE + NOT_COERCE + NOT_AID + NOT_REJECT)
def test_other_senses_r26(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


@pytest.mark.parametrize(
    ("sentence", "type_", "modality"),
    [
        ("Les familles seront relogées la semaine prochaine.", "provide_humanitarian_aid", "future"),
        ("Les familles ont été relogées en urgence.", "provide_humanitarian_aid", "asserted"),
    ],
)
def test_modality_r26(nlp, sentence, type_, modality):
    check_modality(nlp, sentence, type_, modality)
