"""Who a pronoun or a description speaking in an incise stands for: the person named before it in
the article, found through the shapes of TV and web reports (a name after a fronted place, a name
in a relative clause, a first name alone, a role subject before a quote of several sentences).

Every sentence here was written for these tests (none is taken from an evaluation text). A row is
(construction id, text, speaker part, content part, direct): exactly one statement must hold the
content part, said by a speaker whose name holds the speaker part. A construction that fails today
is marked ``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements

# (construction, text, speaker part, content part, direct)
ANTECEDENTS = [
    (
        "name-after-fronted-place",
        "Le directeur du club, Paul Renaud, a parlé aux joueurs. À Lorient, Sandrine Colas et l'équipe "
        "du marché ouvrent les stands à six heures. Elle travaille sans relâche depuis mars. "
        "« Nous n'avons jamais vendu autant de poisson », raconte-t-elle.",
        "Sandrine Colas",
        "jamais vendu autant de poisson",
        True,
    ),
    (
        "name-in-subject-relative",
        "« Le quartier a changé en dix ans », regrette Bernard Lucas, un commerçant. Le débat profite à "
        "des élus comme Hervé Garnier, qui a choisi le marché couvert pour présenter son projet. « Le "
        "marché couvert a été le cœur du quartier pendant un siècle, avant que les supermarchés ne "
        "s'installent en périphérie et que les producteurs ne partent. Il faut rouvrir la halle aux "
        "producteurs », explique-t-il devant la foule.",
        "Hervé Garnier",
        "rouvrir la halle",
        True,
    ),
    (
        "first-name-alone-in-passing",
        "Une équipe de France 3 s'est rendue chez Mathieu. Son atelier est installé au fond du jardin, "
        "derrière la serre et le vieux poulailler, à l'abri des regards. « J'ai tout construit moi-même "
        "avec du bois de récupération, en deux hivers, sans aide et presque sans outils, en suivant des "
        "plans trouvés dans une revue de bricolage des années soixante-dix », explique-t-il.",
        "Mathieu",
        "tout construit moi-même",
        True,
    ),
    (
        "role-subject-before-long-quote",
        "Le gérant du camping a dû tout nettoyer. « En trente ans, je n'ai jamais vu une chose pareille. "
        "Les allées sont ravagées », se désole-t-il.",
        "gérant",
        "jamais vu une chose pareille",
        True,
    ),
    (
        "surname-with-article",
        "Le ministre a critiqué Sophie Le Gall. « Elle n'a aucun projet », a-t-il lancé. Sophie Le Gall "
        "a répondu lundi soir, sur le plateau de France 2. « C'est une caricature », a-t-elle déclaré.",
        "Sophie Le Gall",
        "une caricature",
        True,
    ),
    (
        "demonstrative-description-takes-up-speaker",
        "Au marché, Karim Benali vend ses melons depuis l'aube. « Les clients reviennent enfin », "
        "explique-t-il. Ce jeune maraîcher espère doubler ses ventes cet été.",
        "Karim Benali",
        "doubler ses ventes",
        False,
    ),
    (
        "person-named-after-earlier-subject",
        "Une maison de retraite de Vannes a adopté un service de visio. « Les résidents parlent à leurs "
        "petits-enfants chaque semaine », explique Colette Ravel, la directrice. L'idée vient de Bruno "
        "Lemaire. Il voulait rapprocher les familles. « Ma grand-mère a pleuré en voyant son "
        "arrière-petit-fils », raconte-t-il.",
        "Bruno Lemaire",
        "a pleuré en voyant",
        True,
    ),
    (
        "subject-kept-over-object-in-its-sentence",
        "Le maire de Lannion a reçu Paul Garnier dans son bureau. « Nous allons rénover la gare », "
        "a-t-il promis.",
        "maire",
        "rénover la gare",
        True,
    ),
]


@pytest.mark.parametrize(
    ("construction", "text", "speaker", "content", "direct"),
    [pytest.param(*row, id=row[0]) for row in ANTECEDENTS],
)
def test_construction(nlp, construction: str, text: str, speaker: str, content: str, direct: bool) -> None:
    check_construction(nlp, text, speaker, content, direct)


def test_demonstrative_after_someone_else_is_someone_new(nlp) -> None:
    """ "raconte cette habitante" right after a named man's words introduces a new speaker."""
    found = statements(
        nlp,
        "« La digue a tenu », affirme Marc Dubreuil, le maire. « On a eu très peur cette nuit », "
        "raconte cette habitante.",
    )
    hits = [s for s in found if "très peur" in s.content]
    assert len(hits) == 1 and "habitante" in hits[0].speaker.name, described(found)
