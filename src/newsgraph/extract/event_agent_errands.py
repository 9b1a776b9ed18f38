"""Who does what an infinitive says when the verb that governs it is a participle qualifying a noun:
the noun ("les agriculteurs venus manifester", "une femme venue rendre hommage", "des secouristes
envoyés pour aider les sinistrés"). The participle has no subject of its own (``subject_chain``
stops at a noun's participle: "des soldats tués" names no subject), so the infinitive of purpose
it carries was left with no doer, though French gives it the one the participle qualifies, as a
finite verb gives its subject ("les agriculteurs sont venus manifester")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_cache import morph_feats


def errand_doer(verb: Token) -> list[Token]:
    """The noun that the participle governing the infinitive ``verb`` qualifies (the parser's
    ``acl``: "les agriculteurs venus manifester", "envoyés pour aider"); [] for a verb that is no
    infinitive or is governed otherwise."""
    governor = verb.head
    return (
        [governor.head]
        if "Inf" in morph_feats(verb).get("VerbForm", [])
        and governor.i != verb.i
        and governor.dep_ == "acl"
        and governor.pos_ == "VERB"
        and "Part" in morph_feats(governor).get("VerbForm", [])
        and governor.head.pos_ in {"NOUN", "PROPN"}
        and governor.head.i < governor.i
        else []
    )
