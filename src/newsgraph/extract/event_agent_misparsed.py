"""The subject of a finite verb the parser hung on it as a modifier: in "Des milliers d'habitants
manifestent", "Au Sri Lanka, des milliers d'habitants manifestent et accusent le gouvernement",
the parser often makes "manifestent" an ``amod`` of "habitants" (and "milliers" the root), so the
verb has no subject of its own. A finite verb (indicative, conditional, subjunctive) cannot
modify a noun without a relative pronoun, so the noun it hangs on, before it and agreeing in
number, is its subject."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_cache import morph_feats

MODIFIER_DEPS = frozenset({"amod", "acl"})


def hung_subject(verb: Token) -> list[Token]:
    """[the noun] a finite verb with no subject was hung on as an ``amod``/``acl`` ("des milliers
    d'habitants manifestent": habitants), when the noun comes before the verb and agrees with it
    in number; [] otherwise ("les soldats tués": a participle; "ceux qui manifestent": a
    relative, ``acl:relcl``)."""
    if (
        verb.pos_ != "VERB"
        or verb.dep_ not in MODIFIER_DEPS
        or "Fin" not in morph_feats(verb).get("VerbForm", [])
    ):
        return []
    noun = verb.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.i >= verb.i:
        return []
    if any("Rel" in morph_feats(c).get("PronType", []) for c in verb.children):
        return []
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return []
    number, own = morph_feats(verb).get("Number", []), morph_feats(noun).get("Number", [])
    if not number or not own or number != own:
        return []
    return [noun]
