"""Mask page debris (app promotions, share buttons, comment boxes, photo credits) before analysis.

The result has the same length as the input, so offsets stay exact: debris characters become
spaces and newlines are kept. Patterns are generic for French news pages: whole debris lines
(``LINE_PATTERNS``) and debris inside a line (``INLINE_PATTERNS``).
"""

from __future__ import annotations

import re

from newsgraph import lexicons
from newsgraph.lexicons import alternation

CREDIT_AGENCIES = tuple(
    name.upper() for name, uses in lexicons.rows("media.txt", 2) if "credit" in uses.split()
)
"""Agencies that sign photo credits (``ontology/lexicons/media.txt``)."""

_L = r"^[ \t]*"  # start of a line, leading blanks
_E = r"[ \t]*$"  # end of a line, trailing blanks

# A whole line is debris when it matches one of these (case-insensitive, the line stripped).
LINE_PATTERNS: tuple[str, ...] = (
    # comment boxes, log-in and subscription prompts
    _L + r"(?:\d+\s+)?(?:commentaires?|réagir|réactions?|laisser un commentaire)(?:\s*\(\d+\))?" + _E,
    _L + r"(?:connectez-vous|identifiez-vous|inscrivez-vous|abonnez-vous|créez (?:un|votre) compte|"
    r"déjà abonné|s['’]abonner|se connecter|newsletter|recevez (?:notre|nos|gratuitement))\b.*$",
    # share buttons, reading tools
    _L + r"(?:partager|partagez|copier le lien|lien copié|envoyer par (?:e-?mail|courriel)|imprimer|"
    r"offrir cet article|ajouter à (?:vos|mes) (?:sélections|favoris)|écouter cet article|"
    r"sauvegarder|enregistrer)(?:\s+(?:sur|via|par|cet article|l['’]article)\b.*)?" + _E,
    _L + r"(?:facebook|twitter|x|linkedin|whatsapp|messenger|e-?mail|flipboard|pinterest)" + _E,
    # bylines, publication stamps, reading time
    _L + r"article rédigé par\b.*$",
    _L + r"(?:publié|mis à jour|modifié)(?:\s+le)?\b[^.!?]{0,60}?(?:mis à jour\b[^.!?]{0,40})?" + _E,
    _L + r"temps de lecture\s*:?.*$",
    _L + r"(?:lecture|durée)\s*:\s*\d+\s*min.*$",
    # "read more" and related-content blocks
    _L + r"(?:prolongez votre lecture|à lire aussi|a lire aussi|lire aussi|voir aussi|lire la suite|"
    r"sur le même sujet|nos articles sur|tout l['’]univers|découvrez|regarder la vidéo|vidéo\s*[-:]|"
    r"plus d['’]infos|en savoir plus|suivez-nous|retrouvez-nous)\b.*$",
    # app promotions (often in capitals)
    _L + r".{0,40}\b(?:cliquez ici|téléchargez|télécharger) .{0,80}$",
    _L + r".{0,60}\bl['’]application\b.{0,40}" + _E,
    # ads, source links, credits
    _L + r"(?:publicité|advertisement|sponsorisé|contenu sponsorisé)" + _E,
    _L + r"source link\b.*$",
    _L + r"(?:crédits?(?: photo)?|photo|©)\s*:?\s*[^.]{0,60}" + _E,
    # a caption line: ends with a photo credit in parentheses "(NAME / AGENCY / AFP)"
    _L + r".{0,400}\((?:[^()\n]{0,60}/\s*)?(?:[A-Z][A-Z .'\-]{1,40}/\s*)*"
    rf"(?:{alternation(CREDIT_AGENCIES)})[^()\n]{{0,40}}\)" + _E,
)

# Debris inside a line (the rest of the line is kept).
INLINE_PATTERNS: tuple[str, ...] = (
    # a stray page header at the start of a line: " date 2022-11 ", "date: 12/11/2022"
    r"^[ \t]*date\s*:?\s*\d{1,4}(?:[-/.]\d{1,2}){0,2}\b[ \t]*",
    # a bare photo credit "(STRINGER / ANADOLU AGENCY / AFP)" or "© AFP"
    r"\((?:[A-Z][A-Za-z .'\-]{0,40}\s*/\s*)+[A-Z][A-Z .'\-]{1,40}\)",
    r"©\s*[A-Z][\w .'\-/]{1,40}",
)

_LINE_RE = re.compile("|".join(f"(?:{p})" for p in LINE_PATTERNS), re.IGNORECASE | re.MULTILINE)
_INLINE_RE = [re.compile(p, re.MULTILINE) for p in INLINE_PATTERNS]
# A byline's name line follows "Article rédigé par" alone on its line.
_BYLINE_RE = re.compile(
    r"^[ \t]*(?:article )?rédigé par[ \t]*\n((?:[^\s.!?]+[ \t]*){1,5})$", re.IGNORECASE | re.MULTILINE
)


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def debris_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of page debris in ``text``."""
    spans = [m.span() for m in _LINE_RE.finditer(text) if m.end() > m.start()]
    spans += [m.span(1) for m in _BYLINE_RE.finditer(text)]
    for pattern in _INLINE_RE:
        spans += [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
    return sorted(spans)


# Long runs of punctuation ("=====", "««««") are layout, never language, and spaCy's tokenizer is
# quadratic on them; lone surrogates (possible in strings, never in UTF-8 files) crash it.
_PUNCTUATION_RUN = re.compile(r"[^\w\s]{40,}")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def mask_debris(text: str) -> str:
    """Return ``text`` with debris replaced by spaces (same length, newlines kept).

    >>> mask_debris("Commentaires\\nIl a dit.") == " " * 12 + "\\nIl a dit."
    True
    >>> mask_debris("Titre" + "=" * 50 + "Texte") == "Titre" + " " * 50 + "Texte"
    True
    """
    text = _SURROGATE.sub("\ufffd", text)
    chars = list(text)
    for start, end in debris_spans(text):
        _blank(chars, start, end)
    for m in _PUNCTUATION_RUN.finditer(text):
        _blank(chars, *m.span())
    return "".join(chars)
