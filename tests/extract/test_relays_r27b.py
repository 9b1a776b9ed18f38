"""Speech relayed inside a speaker's quote, round 27b, in sentences of our own.

- a country's people named by a capitalised plural demonym ("les Allemands", "les Américains")
  as subject of a speech verb inside the quote: their own reported statement, the quoting speaker
  keeps the quote;
- "tous" / "toutes" alone as subject inside the quote, or a dislocated "eux, ils …": the plural
  noun of people just named, in the sentences before; with none, no statement of its own; "nous
  avons tous dit" stays the quoting speaker's, and a correspondent keeps the sentences before;
- a capitalised name after a determiner that the tagger read as an adjective ("Le Giec nous le
  dit : …") names a body, as a noun would.
"""

from __future__ import annotations

import pytest
from speech import check_not_said_by, described, find, statements, xfail

# (text, speaker name part, content part, direct, speaker type)
CASES = [
    (
        "« Les écoles restent fermées. Les Allemands ont annoncé une aide de dix millions d'euros », "
        "explique Paul Martin, un habitant.",
        "Allemands",
        "une aide de dix millions d'euros",
        False,
        None,
    ),
    (
        "« Les écoles restent fermées. Les Allemands ont annoncé une aide de dix millions d'euros », "
        "explique Paul Martin, un habitant.",
        "Paul Martin",
        "Les écoles restent fermées",
        True,
        None,
    ),
    (
        "Le port est bloqué. « Rien ne bouge depuis lundi. Les Canadiens ont promis des vivres pour la "
        "fin de la semaine », raconte Julie Roche, une commerçante.",
        "Canadiens",
        "des vivres pour la fin de la semaine",
        False,
        "group",
    ),
    xfail(
        "Les grévistes sont devant l'usine. « Tous nous ont dit qu'ils resteraient jusqu'au bout », "
        "raconte Paul Martin, un voisin.",
        "grévistes",
        "ils resteraient jusqu'au bout",
        False,
        "group",
        reason="'Tous nous' opening a quote is parsed as a determiner on 'nous': no subject 'tous'",
    ),
    (
        "Les grévistes sont devant l'usine. « On est fatigués. Tous nous ont dit qu'ils resteraient "
        "jusqu'au bout », raconte Paul Martin, un voisin.",
        "grévistes",
        "ils resteraient jusqu'au bout",
        False,
        "group",
    ),
    (
        "« Nous avons rencontré des éleveurs ce matin. Tous nous ont dit que la sécheresse leur coûte "
        "très cher », raconte Julie Roche, une élue.",
        "éleveurs",
        "la sécheresse leur coûte très cher",
        False,
        "group",
    ),
    (
        "« Nous avons tous dit que la grève continuerait », raconte Paul Martin, un gréviste.",
        "Paul Martin",
        "Nous avons tous dit que la grève continuerait",
        True,
        None,
    ),
    (
        "« Les prix montent aussi pour les boulangers. Eux, ils évoquent des risques de faillite avant "
        "l'été », conclut Paul Martin, un économiste.",
        "boulangers",
        "des risques de faillite",
        False,
        "group",
    ),
    (
        "Le journaliste Marc Petit est sur le plateau. « Les hausses touchent surtout les éleveurs. Eux, "
        "ils réclament une aide immédiate de l'État », explique le journaliste.",
        "éleveurs",
        "une aide immédiate de l'État",
        False,
        "group",
    ),
    (
        "Le journaliste Marc Petit est sur le plateau. « Les hausses touchent surtout les éleveurs. Eux, "
        "ils réclament une aide immédiate de l'État », explique le journaliste.",
        "Marc Petit",
        "Les hausses touchent surtout les éleveurs",
        True,
        None,
    ),
    (
        "« Le Giec nous le dit : les glaciers auront fondu avant la fin du siècle », poursuit Julie Roche, "
        "une élue.",
        "Giec",
        "les glaciers auront fondu avant la fin du siècle",
        False,
        None,
    ),
    xfail(
        "« La Pologne parle de sanctions, mais rien n'est décidé », raconte Paul Martin, un diplomate.",
        "Pologne",
        "de sanctions",
        False,
        None,
        reason="'parler de' with a noun object inside a quote gives no reported statement",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content", "direct", "kind"), CASES)
def test_relay_construction(nlp, text, speaker, content, direct, kind):
    """Exactly one statement of that speaker holds the content part (the quote around it holds it
    too, for the quoting speaker), direct or not as told, of the speaker type when given."""
    found = statements(nlp, text)
    hits = [s for s in find(found, content) if speaker.lower() in s.speaker.name.lower()]
    assert len(hits) == 1, described(found)
    assert hits[0].direct is direct, described(found)
    if kind is not None:
        assert hits[0].speaker.type == kind, described(found)


NOT_SAID = [
    # "tous" with no people named before it names no one
    (
        "« On est fatigués. Tous nous ont dit qu'ils resteraient jusqu'au bout », raconte Paul Martin.",
        "tous",
        "ils resteraient",
    ),
    (
        "« Tous nous ont dit qu'ils resteraient jusqu'au bout », raconte Paul Martin.",
        "tous",
        "ils resteraient",
    ),
]


@pytest.mark.parametrize(("text", "wrong", "content"), NOT_SAID)
def test_not_said_by(nlp, text, wrong, content):
    check_not_said_by(nlp, text, wrong, content)
