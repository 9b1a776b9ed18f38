"""Where "on" speaks for a place named before it: "Du côté de Matignon, on estime que …", "À
l'Élysée, on reconnaît que …", "Chez Renault, on affirme …", "Dans l'entourage du président, on
explique …"; and for the body or side a side phrase names (round 44): "Côté syndicats, on dénonce
…", "Au sein du gouvernement, on estime …", "Dans les rangs de l'opposition, on …", "Dans le camp
présidentiel, on …" (the camp keeps its noun), "Côté russe, on affirme …" (a nationality adjective
stands for its state). At the head of a sentence, of a line or of a quotation (a correspondent
relaying the Élysée: "« À l'Élysée, on reconnaît que … », rapporte le journaliste"). A town or a
country with a bare "à" is left alone ("À Kiev, on redoute …" is what people there say)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.extract.context import doc_text
from newsgraph.extract.speech_quotes import OPENING_CHARS
from newsgraph.geo_demonyms import demonym_country

OPENERS = ".!?\n" + OPENING_CHARS
"""What a side phrase stands right after: the end of the sentence before, a new line, a quotation
mark that opens the words."""
OF = r"(?:de l['’]|de la |du |des |d['’]|de )"
"""The article or preposition between a side noun and the body it names ("du côté *du* ministère")."""
SIDE_RE = re.compile(
    r"(?:^|[.!?\n«“\"]\s*)(?:du côté " + OF + r"?|côté |chez |"
    r"dans l['’]entourage " + OF + r"|au sein " + OF + r"|dans les rangs " + OF + r"|"
    r"dans le (?=camp )|à l['’]|au |à la )"
    r"([^,.;:!?\n«»“”\"]{2,60}),\s*on\b",
    re.IGNORECASE,
)


def side_phrase(on: Token) -> tuple[int, int] | None:
    """The characters of the place that "on" speaks for, or None: "Du côté de Matignon, on …"
    gives "Matignon"."""
    if on.lower_ != "on":
        return None
    text = doc_text(on.doc)
    start = max(text.rfind(c, 0, on.idx) for c in OPENERS)
    m = SIDE_RE.search(text, max(0, start), on.idx + 2)
    if m is None or m.end() != on.idx + 2:
        return None
    return m.start(1), m.end(1)


def side_state(name: str) -> str | None:
    """The state a side phrase of one nationality adjective stands for ("Côté russe, on …" gives
    "Russie"), or None."""
    return demonym_country(name.lower()) if name.isalpha() and name.islower() else None
