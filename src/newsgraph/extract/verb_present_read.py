"""A present tense the tagger reads as a past participle.

The verbs in "-ire" whose third person singular present is their past participle ("dit", "fait",
"écrit", "décrit", "prédit", "traduit") are often tagged ``VerbForm=Part|Tense=Past`` when nothing
before them says which they are: "Le dernier bilan fait état de dix morts", "Un nouveau rapport
dit que …". A participle has no subject of its own without an auxiliary ("les propos tenus", "le
bilan fait par la préfecture"); one with its own nominal subject and no auxiliary is the present.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.tokens import morph_of

AUXILIARY_DEPS = frozenset({"aux", "aux:pass", "aux:tense", "cop"})


def present_read_as_participle(verb: Token) -> bool:
    """A "-ire" verb's form shared by its present and its participle, tagged a participle, with
    its own active subject and no auxiliary: "Le dernier bilan fait état de …"."""
    morph = morph_of(verb)
    if "Part" not in morph.get("VerbForm", []) or "Past" not in morph.get("Tense", []):
        return False
    lemma, form = verb.lemma_.lower(), verb.lower_
    if not lemma.endswith("ire") or form != lemma[:-2] + "t":
        return False
    children = list(verb.children)
    return any(c.dep_ == "nsubj" for c in children) and not any(c.dep_ in AUXILIARY_DEPS for c in children)
