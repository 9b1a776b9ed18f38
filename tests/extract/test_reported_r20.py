"""Reported speech of the twentieth round, in sentences of our own: a verb of protest or demand in
an infinitive of purpose (``speech_purpose``: "ont bloqué l'autoroute pour réclamer …"), a belief
held by the speaker ("ont l'impression que …", ``speech_stances.tsv``), a plan or an expectation
("envisage de …", "s'attendent à …") and "protester contre …". Near misses say nothing: a purpose
that is no speech ("pour attaquer", "afin de rassurer"), a negated purpose, an impression given by a
thing ("le film donne l'impression de …"), a generic "on"."""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements, xfail

# (text, speaker name part, content part, direct)
CASES = [
    # an infinitive of purpose of a verb of protest or demand: the main clause's subject speaks
    (
        "Les agriculteurs ont bloqué l'autoroute pour exiger une baisse du prix du gazole.",
        "agriculteurs",
        "baisse du prix du gazole",
        False,
    ),
    (
        "Les retraités étaient dans la rue afin de réclamer une augmentation de leur pension.",
        "retraités",
        "augmentation de leur pension",
        False,
    ),
    (
        "Les infirmières manifestent devant l'hôpital pour demander des moyens supplémentaires.",
        "infirmières",
        "moyens supplémentaires",
        False,
    ),
    (
        "Les salariés se sont mis en grève pour protester contre la fermeture du site.",
        "salariés",
        "fermeture du site",
        False,
    ),
    (
        "Pour dénoncer un protocole jugé ingérable, les syndicats appellent à la grève.",
        "syndicats",
        "protocole jugé ingérable",
        False,
    ),
    # a belief or an impression with what is believed
    (
        "Les commerçants ont l'impression que les clients ne reviendront pas.",
        "commerçants",
        "clients ne reviendront pas",
        False,
    ),
    (
        "Les touristes ont l'impression de dormir dans une boîte de conserve.",
        "touristes",
        "dormir dans une boîte de conserve",
        False,
    ),
    (
        "La ministre a bon espoir que l'accord sera signé avant l'été.",
        "ministre",
        "accord sera signé",
        False,
    ),
    # a plan, an expectation
    (
        "Le gouvernement envisage de prolonger le bouclier tarifaire jusqu'à la fin de l'année.",
        "gouvernement",
        "prolonger le bouclier tarifaire",
        False,
    ),
    (
        "Les économistes s'attendent à voir les prix augmenter encore.",
        "économistes",
        "voir les prix augmenter",
        False,
    ),
    (
        "Le maire s'attend à ce que les travaux durent deux ans.",
        "maire",
        "travaux durent deux ans",
        False,
    ),
    # a subject phrase the parser cut in two before its last word
    (
        "Le président de la région Grand Est affirme que les travaux commenceront en mai.",
        "président de la région",
        "travaux commenceront en mai",
        False,
    ),
    (
        "La présidente de la région Grand Est assure que les trains rouleront cet été.",
        "présidente de la région",
        "trains rouleront cet été",
        False,
    ),
    # a "que" of comparison opens no clause: the infinitive is what was expected
    (
        "Le couple ne s'attendait pas à devoir payer sa maison plus cher que le prix convenu.",
        "couple",
        "devoir payer sa maison",
        False,
    ),
    xfail(
        "Le maire proteste contre la fermeture de la maternité.",
        "maire",
        "fermeture de la maternité",
        False,
        reason="the parser reads 'proteste' as a modifier (acl) of a root 'maire'",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content", "direct"), CASES)
def test_reported_r20(nlp, text, speaker, content, direct):
    check_construction(nlp, text, speaker, content, direct)


# (text, a content part no statement may hold)
NEAR_MISSES = [
    ("Le ministre s'est rendu à Kiev afin de rassurer les autorités ukrainiennes.", "autorités"),
    ("Les soldats ont avancé de nuit pour attaquer les positions ennemies.", "positions ennemies"),
    ("Ils ont manifesté pour ne pas dénoncer leurs collègues.", "collègues"),
    ("Le film donne l'impression de voler au-dessus des montagnes.", "voler"),
    ("On a l'impression que la crise ne finira jamais.", "crise"),
    ("Les habitants n'envisagent pas de partir.", "partir"),
    ("Le garage envisage de baisser ses prix pour que les voitures se vendent enfin.", "se vendent"),
    ("Il a acheté une voiture pour appeler ses amis plus souvent.", "amis"),
]

# (text, speaker name part, content part): a headline glued to the text keeps the text's subject
HEADLINES = [
    (
        "Des salaires en hausse de cinq pour cent Les syndicats se félicitent de cette décision.",
        "syndicats",
        "cette décision",
    ),
    (
        "Une prime de mille euros Plusieurs syndicats saluent cette mesure.",
        "syndicats",
        "cette mesure",
    ),
    (
        "Crise à Marseille Emmanuel Macron affirme que la ville sera aidée.",
        "Macron",
        "la ville sera aidée",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), HEADLINES)
def test_reported_r20_headlines(nlp, text, speaker, content):
    check_construction(nlp, text, speaker, content, False)


@pytest.mark.parametrize(("text", "content"), NEAR_MISSES)
def test_reported_r20_near_misses(nlp, text, content):
    found = statements(nlp, text)
    assert not [s for s in found if content.lower() in s.content.lower()], described(found)
