"""How the grammar of reporting names its speaker: noun phrases with adjectives before the noun,
possessive roles ("notre envoyé spécial", "sa mère"), topics taken up by a pronoun ("Quant au
maire, il …"), pronouns whose antecedent is outside the quoted words, and infinitive complements
with a copula ("assure être prête à …").

Every sentence here was written for these tests (none is taken from an evaluation text). A row is
(construction id, text, speaker part, content part, direct): exactly one statement must hold the
content part, said by a speaker whose name holds the speaker part. A construction that fails today
is marked ``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements

# (construction, text, speaker part, content part, direct)
ADJECTIVE_BEFORE_NOUN = [
    # « … », VERB DET ADJ NOUN: the noun names the speaker, not the adjective before it
    (
        "future-noun",
        "« On attend des réponses depuis des semaines », explique la future maman.",
        "future maman",
        "attend des réponses",
        True,
    ),
    (
        "ancienne-noun",
        "« Je n'ai jamais vu une telle pagaille », confie l'ancienne directrice de l'école.",
        "ancienne directrice",
        "une telle pagaille",
        True,
    ),
    (
        "nouveau-noun",
        "« Les horaires changeront dès la rentrée », précise le nouveau principal du collège.",
        "nouveau principal",
        "horaires changeront",
        True,
    ),
]

POSSESSIVE_ROLES = [
    # a role with a possessive determiner: the newsroom's own journalist, someone's relative
    (
        "notre-journaliste",
        "« La situation reste très tendue dans le quartier », rapporte notre envoyé spécial.",
        "envoyé spécial",
        "reste très tendue",
        True,
    ),
    (
        "notre-specialiste",
        "« Les taux remonteront encore avant l'été », rappelle notre spécialiste économie.",
        "spécialiste",
        "taux remonteront",
        True,
    ),
    (
        "sa-mere",
        "« Il rentrait toujours avant minuit », raconte sa mère.",
        "mère",
        "rentrait toujours avant minuit",
        True,
    ),
]

CLOSE_PEOPLE = [
    # the people around someone speak as a group
    (
        "ses-proches",
        "Ses proches expliquaient qu'il n'avait jamais reçu de menaces.",
        "proches",
        "jamais reçu de menaces",
        False,
    ),
    (
        "la-famille",
        "La famille de la victime affirme que l'enquête a été bâclée.",
        "famille",
        "enquête a été bâclée",
        False,
    ),
]

TOPIC_PRONOUN = [
    # "Quant à X, il/elle VERB …": the pronoun takes up the topic named before it
    (
        "quant-a-role",
        "Quant au maire, il affirme que de nouvelles pistes cyclables seront construites.",
        "maire",
        "pistes cyclables seront construites",
        False,
    ),
    (
        "quant-a-name",
        "Quant à Hélène Marchand, elle estime que le vote doit être reporté.",
        "Hélène Marchand",
        "vote doit être reporté",
        False,
    ),
    (
        "quant-a-institution",
        "Le conseil a voté. Quant à la préfecture, elle assure que les travaux commenceront en mai.",
        "préfecture",
        "travaux commenceront en mai",
        False,
    ),
]

PRONOUN_OUTSIDE_QUOTE = [
    # the incise's pronoun takes up a person named before the quote, never one the quote names
    (
        "quote-names-a-thing",
        "Sophie Dupont a visité l'usine mardi. "
        "« C'est une entreprise qui doit rester ici », a-t-elle déclaré.",
        "Sophie Dupont",
        "une entreprise qui doit rester ici",
        True,
    ),
    (
        "quote-names-a-person",
        "Paul Renaud a parlé aux salariés. « Un ouvrier m'a dit qu'il avait peur », raconte-t-il.",
        "Paul Renaud",
        "Un ouvrier m'a dit",  # the worker's own words are a nested statement (test_reported_r16)
        True,
    ),
]

INFINITIVE_COPULA = [
    # speech verb + être/avoir + predicate: the infinitive clause is the content
    (
        "assure-etre",
        "La direction de l'usine assure être prête à rouvrir les discussions.",
        "direction",
        "être prête à rouvrir les discussions",
        False,
    ),
    (
        "dit-etre",
        "Le suspect dit être innocent de tous les faits qui lui sont reprochés.",
        "suspect",
        "être innocent",
        False,
    ),
    (
        "affirme-etre-topic",
        "L'association, elle, affirme être favorable au projet de parc.",
        "association",
        "être favorable au projet",
        False,
    ),
]

CLAUSE_BOUNDS = [
    # where reported words stop, and who says them
    (
        "pour-pronoun",
        "L'atelier compte vingt couturières. Parmi elles, Martine Lefèvre, 59 ans. "
        "Pour elle, deux années de plus à la machine, c'est impossible.",
        "Martine Lefèvre",
        "deux années de plus à la machine",
        False,
    ),
    (
        "incidental-relative",
        "Les infirmiers, qui réclament des renforts, défilaient samedi devant l'hôpital.",
        "infirmiers",
        "des renforts",
        False,
    ),
    (
        "relative-dont",
        "Le hameau, dont la mairie a annoncé hier avoir fermé la route, reste coupé du monde.",
        "mairie",
        "avoir fermé la route",
        False,
    ),
    (
        "coordinated-speech-verbs",
        "Le président du conseil régional, Marc Tessier, dénonce une décision injuste et menace "
        "de saisir la justice.",
        "Marc Tessier",
        "une décision injuste",
        False,
    ),
]

SIDE_SPEAKERS = [
    # "Du côté de X, on …" anywhere in a report, not only in its first sentence
    (
        "side-after-a-sentence",
        "Les experts sont partagés. Du côté du ministère, on estime que la compagnie doit investir plus.",
        "ministère",
        "la compagnie doit investir plus",
        False,
    ),
    (
        "side-new-paragraph",
        "La grève continue.\nÀ l'Élysée, on assure que le calendrier de la réforme sera tenu.",
        "Élysée",
        "calendrier de la réforme sera tenu",
        False,
    ),
]

QUOTE_THEN_PERSON = [
    # a quote of its own with no attribution, then a sentence about a named person: the lead quote
    (
        "lead-quote-then-name",
        "Le stade était plein dimanche. « Ce titre, on l'attendait depuis vingt ans. » Julien Marchetti, "
        "capitaine de l'équipe, ne cachait pas sa joie après la finale.",
        "Julien Marchetti",
        "on l'attendait depuis vingt ans",
        True,
    ),
    (
        "lead-quote-then-role-name",
        "« Nous ne fermerons aucune école cette année. » La rectrice Hélène Brunet était l'invitée de "
        "France Bleu lundi matin.",
        "Hélène Brunet",
        "aucune école cette année",
        True,
    ),
    (
        "lead-quote-then-name-apposition",
        'Le texte a été voté dans la nuit."Nous avons enfin un cadre clair pour les saisonniers." '
        "Amélie Vasseur, présidente de la fédération des campings, semblait soulagée après le vote.",
        "Amélie Vasseur",
        "un cadre clair pour les saisonniers",
        True,
    ),
]

KNOWN_LIMITS = [
    (
        "partitive-apposition",  # the noun after "une de" heads the subject
        "« Nous irons jusqu'au bout », a dit une de ses avocates, Claire Morel.",
        "Claire Morel",
        "jusqu'au bout",
        True,
    ),
]


@pytest.mark.parametrize(
    ("construction", "text", "speaker", "content", "direct"),
    [
        pytest.param(*row, id=row[0])
        for row in ADJECTIVE_BEFORE_NOUN
        + POSSESSIVE_ROLES
        + CLOSE_PEOPLE
        + TOPIC_PRONOUN
        + PRONOUN_OUTSIDE_QUOTE
        + INFINITIVE_COPULA
        + CLAUSE_BOUNDS
        + QUOTE_THEN_PERSON
        + SIDE_SPEAKERS
    ]
    + KNOWN_LIMITS,
)
def test_construction(nlp, construction: str, text: str, speaker: str, content: str, direct: bool) -> None:
    check_construction(nlp, text, speaker, content, direct)


@pytest.mark.parametrize(
    ("text", "content", "not_in"),
    [
        (
            "Les infirmiers, qui réclament des renforts, défilaient samedi devant l'hôpital.",
            "des renforts",
            "défilaient",
        ),
        (
            "Le hameau, dont la mairie a annoncé hier avoir fermé la route, reste coupé du monde.",
            "route",
            "reste",
        ),
        (
            "Le maire dénonce une décision injuste et menace de saisir la justice.",
            "décision injuste",
            "menace",
        ),
    ],
)
def test_content_stops_at_the_clause(nlp, text: str, content: str, not_in: str) -> None:
    found = statements(nlp, text)
    hits = [s for s in found if content in s.content]
    assert len(hits) == 1, described(found)
    assert not_in not in hits[0].content and "dont" not in hits[0].speaker.name, described(found)


@pytest.mark.parametrize(
    "text",
    [
        "« Le pont restera fermé jusqu'à lundi. » La mairie a publié un arrêté dans la soirée.",
        "« Le pont restera fermé jusqu'à lundi » samedi, Julien Marchetti a quitté la ville.",
    ],
)
def test_quote_then_no_person(nlp, text: str) -> None:
    """No person as the subject of the next sentence, or a quote that does not end its sentence:
    the quote has no speaker."""
    assert statements(nlp, text) == [], described(statements(nlp, text))


def test_anonymous_relative_is_a_node_of_its_document(nlp) -> None:
    """ "sa mère" is someone of this report: an anonymous speaker, not a group or an institution."""
    found = statements(nlp, "« Il rentrait toujours avant minuit », raconte sa mère.")
    assert [s.speaker.type for s in found] == ["anonymous"], described(found)
