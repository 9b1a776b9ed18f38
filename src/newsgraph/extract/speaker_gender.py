"""The grammatical gender of a speaker, for pronouns to agree with ("elle" takes up a woman): from
the determiners and civil titles of its mentions, the gender spaCy gives their heads, else the
first name (``first_names_fr.tsv``)."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.context import PLACE_LABELS, DocContext, Mention, doc_text
from newsgraph.extract.entities import is_role_word, looks_like_person
from newsgraph.extract.entity_spans import first_names
from newsgraph.extract.speaker_nouns import FEMININE_AGENT_ENDINGS, agent_noun, person_noun
from newsgraph.geo import geocode
from newsgraph.names import fold_spaced as fold


class Speaker(Protocol):
    """What the gender is read from: a speaker of ``speech_speakers`` (its key among the mentions)."""

    @property
    def name(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def key(self) -> str: ...


_WORDS = lexicons.tagged("speaker_words.tsv")
FEMININE_DETS = _WORDS["feminine_det"]
MASCULINE_DETS = _WORDS["masculine_det"]
FEMININE_TITLES = _WORDS["feminine_title"]
MASCULINE_TITLES = _WORDS["masculine_title"]
HONORIFICS = _WORDS["honorific"]


def word_gender(word: str) -> str | None:
    """The gender a determiner or civil title before a name gives it ("la", "une", "Mme", "M.")."""
    word = word.lower()
    if word in FEMININE_DETS or word in FEMININE_TITLES:
        return "f"
    if word in MASCULINE_DETS or word in MASCULINE_TITLES:
        return "m"
    return None


ONE_OF_GENDER = {"l'un": "m", "l'une": "f"}
"""A partitive speaker ("l'un des fondateurs", "l'une d'elles") has the gender of its pronoun,
whatever its group noun's (a plural noun of people is often masculine for a mixed group)."""


def gender(ctx: DocContext, speaker: Speaker) -> str | None:
    """ "f", "m" or None: from the determiners and civil titles of the speaker's mentions and titles
    ("une créatrice", "la ministre", "Mme Borne"), the grammatical gender spaCy gives their heads,
    else the first name (ontology/lexicons/first_names_fr.tsv). Cached per document."""
    cache = ctx.sdoc.user_data.setdefault("newsgraph.gender", {})
    key = (speaker.key, speaker.name, speaker.type)
    if key not in cache:
        cache[key] = _gender(ctx, speaker)
    found: str | None = cache[key]
    return found


def _gender(ctx: DocContext, speaker: Speaker) -> str | None:
    """Determiners, civil titles and words after a name decide first; then a known first name;
    then the grammatical gender of the mentions' nouns, which is weak for a role in apposition
    ("Véronique Lefauvre, agent immobilier": French often keeps a role noun masculine)."""
    one = ONE_OF_GENDER.get(speaker.name.replace("’", "'").split(" ")[0].lower())
    if one is not None:  # "l'un des fondateurs" is a man, "l'une des élues" a woman
        return one
    text = doc_text(ctx.sdoc)
    votes = {"f": 0, "m": 0}
    nouns = {"f": 0, "m": 0}
    for m in ctx.mentions:
        if m.key != speaker.key:
            continue
        before = text[max(0, m.start - 12) : m.start].replace("’", "'").split()
        inner = m.text.split()
        if before and before[-1] in {"Le", "La"} and len(inner) == 1 and m.text[:1].isupper():
            before = before[:-1]  # "Marine Le Pen" found as "Pen": the article is the name's
        for word in ([before[-1]] if before else []) + inner[:1]:
            g = word_gender(word)
            if g is not None:
                votes[g] += 1
        after = text[m.end : m.end + 30].lstrip(", ").split()
        if (
            m.label == "PER"
            and m.text[:1].isupper()  # a name, not its apposition ("…, avocat des parties, la décision …")
            and after
            and word_gender(after[0]) in {"f", "m"}
            and after[0].lower() not in MASCULINE_TITLES
        ):
            votes[word_gender(after[0])] += 1  # type: ignore[index]
        if m.label in {"ANON", "PER"}:
            span = ctx.sdoc.char_span(m.start, m.end, alignment_mode="expand")
            head = span.root if span is not None else None
            if head is not None and head.pos_ == "NOUN" and head.text[:1].islower():  # a role, not a name
                for g in head.morph.get("Gender", []):
                    nouns["f" if g == "Fem" else "m"] += 1
    if votes["f"] != votes["m"]:
        return "f" if votes["f"] > votes["m"] else "m"
    known = first_name_gender(speaker) if speaker.type == "person" else None
    if known is not None:
        return known
    if nouns["f"] != nouns["m"]:
        return "f" if nouns["f"] > nouns["m"] else "m"
    start = getattr(speaker, "start", None)  # a speaker of ``speech_speakers`` knows where it stands
    return described_gender(ctx, speaker.name, start) if speaker.type == "anonymous" and start else None


FEMININE_POSSESSIVES = {"sa", "ma", "ta"}
"""Possessives only a feminine noun takes ("sa mère", "ma voisine"; "son" also goes before a
feminine noun opening on a vowel: "son amie")."""


def described_gender(ctx: DocContext, name: str, start: int) -> str | None:
    """The gender of an anonymous speaker that no mention holds ("raconte sa mère"): the determiner
    of its noun ("sa", "la", "une"), else a feminine agent ending ("une agricultrice" tagged
    masculine); not the noun's tagged gender alone, which the tagger often gets wrong."""
    words = set(name.lower().split())
    span = ctx.sdoc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not words:
        return None
    # the phrase's start, or the position of its speech verb (the speakers a pronoun looks back at)
    near = ctx.sdoc[max(0, span.start - 8) : span.start + 8]
    nouns = [t for t in near if t.lower_ in words and t.pos_ == "NOUN"]
    noun = min(nouns, key=lambda t: (t.i < span.start, abs(t.i - span.start)), default=None)
    if noun is None:
        return None
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    if det is not None and (det.lower_ in FEMININE_POSSESSIVES or word_gender(det.lower_) is not None):
        return "f" if det.lower_ in FEMININE_POSSESSIVES else word_gender(det.lower_)
    if noun.lower_.endswith(FEMININE_AGENT_ENDINGS):
        return "f"
    if det is not None and det.lower_ in MASCULINE_POSSESSIVES and noun.text[:1].lower() not in VOWEL_ONSETS:
        return "m"  # "son compagnon": "son" before a consonant is masculine ("son amie" is not)
    return None


MASCULINE_POSSESSIVES = {"son", "mon", "ton"}
VOWEL_ONSETS = frozenset("aàâeéèêëiîïoôuùûyh")
"""Possessives masculine before a consonant, the form a feminine noun also takes before a vowel
or a mute h ("son amie", "mon héroïne")."""


def first_name_gender(speaker: Speaker) -> str | None:
    """The gender of a person's first name ("Yann", named by first name alone as TV reports do;
    "Marie-Paule", a compound first name, by its first part)."""
    parts = speaker.name.replace("’", "'").split()
    while len(parts) > 1 and parts[0].lower() in HONORIFICS:
        parts = parts[1:]  # "Me Benoît Coussy", "Dr Anne Roux": the first name follows
    first = parts[0] if parts else ""
    known = first_names().get(fold(first))
    if known is None and "-" in first.strip("-"):
        known = first_names().get(fold(first.split("-")[0]))
    if known is not None:
        return known
    if first.endswith("a") and len(first) > 2 and len(parts) > 1:
        return "f"
    return None


def aged_name(ctx: DocContext, m: Mention) -> bool:
    """A one-word name the tagger took for a place or an organisation, given an age or a person
    noun in apposition: "Jules, 17 ans", "Kimia, une lycéenne" (the first names of vox-pop), or a
    known first name standing bare ("Le soir, Émilie garde trois enfants")."""
    if m.label not in PLACE_LABELS | {"ORG"} or " " in m.name.strip():
        return False
    span = ctx.sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    if looks_like_person(span) or given_name(ctx, span.text) or bare_first_name(span[0]):
        return True
    # "Lucas, attaquant des U9": a known first name with a noun of a person in apposition
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or fold(span.text) not in first_names():
        return False
    noun = doc[span.end + 1]
    return noun.pos_ in {"NOUN", "ADJ", "VERB"} and (
        person_noun(noun) or is_role_word(noun.lemma_, noun.lower_) or agent_noun(noun.lower_)
    )  # the tagger often reads "attaquant", "gérante" as participles here


NOT_BEFORE_PERSON = {"DET", "ADP", "NOUN", "PROPN"}  # "la Lorraine", "à Nancy", "rue Émilie …"


def bare_first_name(tok: Token) -> bool:
    """A first name of the list standing bare (after a comma, a sentence start, a conjunction; never
    after an article, a preposition or a noun) that names no place the gazetteer knows: "Le soir,
    Sandrine livre des repas", "Dans le Nord, Josiane, ancienne couturière, …" ("la Lorraine", "à
    Nancy" are places, and "Florence", "Orange" stay towns)."""
    if fold(tok.text) not in first_names() or any(c.dep_ in {"det", "case"} for c in tok.children):
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.pos_ in NOT_BEFORE_PERSON:
        return False
    return geocode(tok.text) is None


def given_name(ctx: DocContext, word: str) -> bool:
    """The word is the first name of a person the report names in full ("Nelly Rivat … se plaint
    Nelly"): the tagger took the first name alone for an organisation or a place."""
    return word[:1].isupper() and any(
        m.label == "PER" and m.name.startswith(word + " ") and " " in m.name.strip() for m in ctx.mentions
    )


def known_first_name(ctx: DocContext, word: str) -> bool:
    """A first name of the list, or of a person the report names in full."""
    return fold(word) in first_names() or given_name(ctx, word)
