"""The two halves of a French negation of a verb, from ``ontology/lexicons/negation.tsv``: the
particle before the verb ("ne", "n'") and the adverb after it that makes it a negation ("pas",
"plus", "jamais", "guère", "point"). One list for the statement and event rules that read them."""

from __future__ import annotations

from newsgraph import lexicons

_NEGATION = lexicons.tagged("negation.tsv")
NE = _NEGATION["ne"]
"""The particle: "ne dit pas", "n'exclut pas"; alone, expletive ("avant qu'il ne parte") or restrictive
("n'a dit qu'un mot")."""
NOT_ADVERBS = _NEGATION["adverb"]
"""The adverbs that make "ne" a negation: "ne croit pas", "ne dit plus", "n'a jamais dit"."""
