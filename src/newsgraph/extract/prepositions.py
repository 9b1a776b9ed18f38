"""The forms of the French preposition "de" the rules read, one set for every stage.

"de" elides before a vowel ("d'", with either apostrophe) and merges with the plural and the masculine
article ("des", "du"): a rule that reads a "de" complement ("la ville de Lyon", "l'arrivée d'Emmanuel
Macron", "le départ du Premier ministre", "la colère des syndicats") reads all five.
"""

from __future__ import annotations

DE_FORMS = frozenset({"de", "d'", "d’", "du", "des"})
"""The preposition "de": full, elided (two apostrophes) and merged with the article."""
