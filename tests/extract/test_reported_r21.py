"""Reported speech of the twenty-first round, in sentences of our own: a speech verb in a relative
clause set off by a comma whose antecedent the parser lost (``speech_report_antecedents``:
"…, témoigne l'une d'elles, qui explique que …"), a gerund that shares the main clause's subject
("… a fait bondir la droite en souhaitant …"), "prévoir" with a que-clause or a noun of change,
"clamer" with its object, "se souvenir que", and a verb of finding with a quoted object
("constate des « traces d'humidité »"). Near misses say nothing: a defining relative or
participle, a plan in the infinitive, a thing planned, a memory of a thing."""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements

# (text, speaker name part, content part, direct)
CASES = [
    # a relative clause after a comma: the noun phrase ending at the comma speaks
    (
        "« On dort dans la voiture, c'est affreux », témoigne l'une d'entre elles, qui explique "
        "qu'elles ont décidé de rentrer plus tôt.",
        "l'une d'entre elles",
        "décidé de rentrer plus tôt",
        False,
    ),
    (
        "« Je serai le candidat du peuple », indique jeudi Paul Martin, candidat à l'élection "
        "municipale, qui souhaite supprimer la taxe foncière.",
        "Paul Martin",
        "supprimer la taxe foncière",
        False,
    ),
    (
        "« Ce sont des bénévoles qui le font », décrit Claire Dubois, qui précise aussi que "
        "d'autres associations existent.",
        "Claire Dubois",
        "d'autres associations existent",
        False,
    ),
    (
        "Le maire, qui a annoncé que l'école fermera en juin, était absent du conseil.",
        "maire",
        "l'école fermera en juin",
        False,
    ),
    (
        "Une pratique que dénonce l'association des consommateurs, qui demande au gouvernement d'agir vite.",
        "association des consommateurs",
        "agir vite",
        False,
    ),
    (
        "« Les prix vont baisser », assure Marie Durand, directrice de Renault, qui a affirmé "
        "mardi sa volonté d'aider les petits rouleurs.",
        "Marie Durand",
        "aider les petits rouleurs",
        False,
    ),
    # a content that opens with "quelques" keeps its first word ("que" is stripped only as a word)
    (
        "Le ministre a annoncé quelques mesures pour la rentrée des classes.",
        "ministre",
        "quelques mesures pour la rentrée",
        False,
    ),
    # a gerund: the subject of the main clause speaks, not its object
    (
        "L'ancien ministre a fait bondir une partie de la droite en souhaitant le retour du "
        "service militaire.",
        "ministre",
        "retour du service militaire",
        False,
    ),
    (
        "Le maire a surpris les habitants en annonçant que l'école fermera en juin.",
        "maire",
        "l'école fermera en juin",
        False,
    ),
    # a forecast: a que-clause or a noun of change
    (
        "Météo France prévoit une baisse des températures dès mardi.",
        "Météo France",
        "baisse des températures",
        False,
    ),
    (
        "L'institut prévoit que la croissance ralentira l'an prochain.",
        "institut",
        "la croissance ralentira",
        False,
    ),
    (
        "Le gouvernement prévoit une progression de 2,5 % du produit intérieur brut en 2022.",
        "gouvernement",
        "progression de 2,5 %",
        False,
    ),
    # "clamer" with its object, "se souvenir" / "se rappeler" with a que-clause
    (
        "Les accusés clament leur innocence devant le tribunal.",
        "accusés",
        "leur innocence",
        False,
    ),
    (
        "Les habitants se souviennent que la rivière avait débordé en 2010.",
        "habitants",
        "la rivière avait débordé",
        False,
    ),
    (
        "Le vieil ouvrier se rappelle que l'usine employait deux mille personnes.",
        "ouvrier",
        "l'usine employait deux mille personnes",
        False,
    ),
    # a verb of finding with a quoted object: the speaker's own words, whatever the noun
    (
        "L'inspecteur y décrit un « plafond malpropre », et constate des « traces d'humidité » "
        "dans la cuisine.",
        "inspecteur",
        "traces d'humidité",
        False,
    ),
    (
        "Les commerçants observent des « clients plus rares » depuis la rentrée.",
        "commerçants",
        "clients plus rares",
        False,
    ),
    # a one-word object of "parler de" in quotation marks: the word the speaker used (round 24)
    ("Le président a répliqué mardi en parlant de « mensonges ».", "président", "mensonges", False),
]


@pytest.mark.parametrize(("text", "speaker", "content", "direct"), CASES)
def test_reported_r21(nlp, text, speaker, content, direct):
    check_construction(nlp, text, speaker, content, direct)


# (text, a content part no statement may hold)
NEAR_MISSES = [
    ("Les ménages qui souhaitent changer de chaudière peuvent demander une aide.", "chaudière"),
    ("De nombreux migrants souhaitant rejoindre l'Angleterre ont été secourus.", "Angleterre"),
    ("La mairie prévoit de fermer l'école en juin.", "fermer l'école"),
    ("Le projet prévoit la construction de 200 logements.", "200 logements"),
    ("La commune prévoit des travaux sur la route départementale.", "travaux"),
    ("Il se souvient de son enfance à la campagne.", "enfance"),
    ("Les économistes ne prévoient pas de baisse des loyers cette année.", "baisse"),
    ("Les libraires ne constatent aucune hausse des ventes depuis janvier.", "hausse"),
    ("Les pompiers constatent les dégâts dans la cuisine.", "dégâts"),
    ("Le visiteur observe « La Joconde » au musée du Louvre.", "Joconde"),
    ("Les enfants apprennent en jouant avec leurs parents.", "parents"),
]


@pytest.mark.parametrize(("text", "content"), NEAR_MISSES)
def test_reported_r21_near_misses(nlp, text, content):
    found = statements(nlp, text)
    assert not [s for s in found if content.lower() in s.content.lower()], described(found)
