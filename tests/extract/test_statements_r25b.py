"""Reported statements of round 25b, in sentences of our own.

- a public body named by an abstract noun and the word after it ("la sécurité civile", "la santé
  publique", "l'assurance maladie") is a speaker, the abstract noun alone is not ("la sécurité
  renforcée", "la santé des enfants");
- an incise whose verb has an object clitic before it ("…, nous assure la direction."): "nous" and
  "vous" are the subject only of a verb of their own person, so the noun after the verb speaks, also
  inside a correspondent's quote;
- a fronted "Pour X, <clause>" is read for X a role only: with a noun of people known by its shape
  ("Pour les débutants", "Pour un couple, c'est 245 euros") it says mostly what X is offered or
  pays, not X's view (a strict xfail and no-statement rows).
"""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements, xfail

# (text, speaker name part, content part, direct, speaker type)
CASES = [
    # a public body of an abstract noun and its adjective
    (
        "La sécurité civile assure que la route du col sera rouverte demain matin.",
        "sécurité civile",
        "la route du col sera rouverte",
        False,
        "organization",
    ),
    (
        "Malgré les contrôles, la sécurité routière estime que la vitesse reste la première cause "
        "d'accident.",
        "sécurité routière",
        "la vitesse reste la première cause",
        False,
        "organization",
    ),
    (
        "L'assurance maladie rappelle que les consultations de dépistage sont gratuites.",
        "assurance maladie",
        "les consultations de dépistage sont gratuites",
        False,
        "organization",
    ),
    # "Pour X," with X a noun of people known by its shape only (not a role): left out, measured
    xfail(
        "Les ventes de romans ont bondi. Pour les libraires, ce regain s'explique par les confinements.",
        "libraires",
        "ce regain s'explique par les confinements",
        False,
        "group",
        reason="'Pour X' takes roles only: nouns of people by shape added more wrong than right",
    ),
    # an incise with an object clitic before its verb: the noun after the verb speaks
    (
        "Les stocks de farine tiendront jusqu'au printemps, nous assure la direction de la coopérative.",
        "direction de la coopérative",
        "les stocks de farine tiendront",
        False,
        "organization",
    ),
    (
        "« Pour le moment, aucune hausse n'est prévue, nous assure la direction du magasin. Mais "
        "d'autres rayons pourraient suivre », explique la journaliste Claire Dupont.",
        "direction",
        "aucune hausse n'est prévue",
        False,
        "organization",
    ),
    (
        "Les horaires du marché changeront en mars, vous confirme la mairie de Rodez.",
        "mairie",
        "les horaires du marché changeront",
        False,
        None,
    ),
    # a quantifier pronoun after "pour": no noun says who holds the view
    xfail(
        "La France a perdu son dernier match. Pour beaucoup, il n'y a pourtant pas lieu de s'inquiéter.",
        "beaucoup",
        "il n'y a pourtant pas lieu de s'inquiéter",
        False,
        "group",
        reason="'pour beaucoup' is read neither as a view nor as a circumstance",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content", "direct", "kind"), CASES)
def test_construction(nlp, text: str, speaker: str, content: str, direct: bool, kind: str | None) -> None:
    check_construction(nlp, text, speaker, content, direct, kind)


# (text, words that are no statement's content)
NOT_SAID = [
    # the abstract noun alone, or with another adjective or a complement, is no body
    ("La sécurité renforcée assure que personne ne franchit la grille.", "personne ne franchit"),
    ("La protection rapprochée affirme que le ministre est en sécurité.", "le ministre est en sécurité"),
    ("La santé des enfants inquiète les pédiatres.", "les pédiatres"),
    # "nous" / "vous" with a verb of their own person are its subject: no incise
    xfail(
        "Les récoltes sont finies, nous assurons la vente des légumes au marché.",
        "les récoltes sont finies",
        reason="the unquoted-incise rule (speech_unquoted) takes any verb after a comma and a clitic",
    ),
    xfail(
        "Les récoltes sont finies, vous assurez la vente des légumes au marché.",
        "les récoltes sont finies",
        reason="the unquoted-incise rule (speech_unquoted) takes any verb after a comma and a clitic",
    ),
    # "Pour X," saying what X goes through, not what X thinks
    ("Les pluies ont cessé. Pour les agriculteurs, la saison est difficile.", "la saison est difficile"),
    ("Pour les locataires, la priorité est de trouver un logement.", "la priorité"),
    ("Pour les débutants, des bénévoles animent des ateliers de couture.", "des bénévoles animent"),
    ("Pour un couple, c'est 300 euros par an pour la cantine des enfants.", "300 euros par an"),
]


@pytest.mark.parametrize(("text", "words"), NOT_SAID)
def test_no_statement(nlp, text: str, words: str) -> None:
    found = statements(nlp, text)
    assert not [s for s in found if words.lower() in s.content.lower()], described(found)


@pytest.mark.parametrize(
    "text",
    [
        "« Les feux sont contenus, nous disent les pompiers ce soir. Le vent est tombé », rapporte "
        "le journaliste Paul Martin.",
        "« Pour le moment, aucune hausse n'est prévue, assure la direction. Mais d'autres produits "
        "pourraient suivre », explique la journaliste Claire Dupont.",
    ],
)
def test_incise_in_relay_without_mark(nlp, text: str) -> None:
    """An incise inside a correspondent's quote: its words start after the opening mark."""
    found = statements(nlp, text)
    inner = [s for s in found if not s.direct]
    assert inner, described(found)
    assert not [s for s in inner if s.content[:1] in '«“"'], described(found)
