"""A source phrase with a relative clause of its own: "Selon les habitants que nous avons
rencontrés, l'eau manque", "selon les commandants avec qui nous parlons depuis lundi, les troupes
avancent". The relative clause describes the source (often the correspondent meeting it: "nous
avons rencontrés"): it is part of the phrase, and the source's words start after the comma that
closes it, not inside it ("nous avons rencontrés, l'eau manque …" is no one's claim)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.speech_common import MIN_CONTENT_WORDS, Candidate, words

RELATIVE_WORDS = frozenset(
    {"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"}
)
"""The pronouns that open a relative clause on the source noun."""
MAX_LEAD = 3  # words between the source noun and its relative pronoun ("de Kiev", "avec", "auprès de")


def relative_after(head: Token) -> Token | None:
    """The relative pronoun that opens a clause on ``head`` within a few words after it: "les
    habitants que …", "les commandants avec qui …", "les élus de la ville qui …"; None when a verb,
    a punctuation mark or a sentence end comes first."""
    doc = head.doc
    for t in doc[head.i + 1 : min(len(doc), head.i + 2 + MAX_LEAD)]:
        if t.is_sent_start or t.is_punct or t.pos_ in {"VERB", "AUX"}:
            return None
        if t.lower_ in RELATIVE_WORDS and (t.pos_ == "PRON" or "Rel" in t.morph.get("PronType", [])):
            return t
    return None


def past_source_relative(text: str, c: Candidate, rules: frozenset[str]) -> Candidate:
    """A source candidate (rule in ``rules``) whose words start inside the relative clause of its
    source phrase starts after the comma that closes that clause, in the same sentence; unchanged
    when there is no such comma (no telling where the clause ends) or too few words follow it."""
    head, cue = c.speaker_head, c.cue_token
    if c.rule not in rules or head is None or cue is None or c.direct or head.i <= cue.i:
        return c
    rel = relative_after(head)
    if rel is None or not head.idx + len(head.text) <= c.content[0] < c.content[1]:
        return c
    sent_end = rel.sent.end_char
    comma = text.find(",", rel.idx, min(sent_end, c.content[1]))
    if comma < 0 or c.content[0] > comma:
        return c
    start = comma + 1
    while start < c.content[1] and text[start].isspace():
        start += 1
    if words(text[start : c.content[1]]) < MIN_CONTENT_WORDS:
        return c
    c.content = (start, c.content[1])
    return c
