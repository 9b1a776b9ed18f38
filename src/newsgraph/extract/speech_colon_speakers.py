"""Who says a quote that a colon opens when the words before the colon hold no speech verb the parse
sees (used by :func:`newsgraph.extract.speech_direct.attribution_before`):

- a present-tense speech verb the tagger read as an adjective of the noun before it ("Un habitant
  raconte : « … »", "Une riveraine témoigne : « … »"): that verb, with the noun as its subject;
- a clause of stance whose subject can speak ("Un de ses concitoyens n'est pas du même avis : « … »",
  "Elle est catégorique : « … »", "Le maire a une certitude : « … »"): the quote is what the subject
  says, as a reader takes it; not the previous speaker's, whom the colon leaves behind;
- the same without a colon, for a quote that stands alone after a sentence of stance ("Les éleveurs
  sont inquiets. « … »"): ``stance_before_quote``, used by the older quote rules.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.attribution import can_speak_noun
from newsgraph.extract.speech_lexicon import speech_nouns, speech_verb
from newsgraph.extract.speech_mistagged import may_speak
from newsgraph.extract.speech_quotes import QUOTE_MARKS

SPEAKING_PRONOUNS = frozenset(
    "il elle ils elles un une l'un l'une l’un l’une certains certaines d'autres d’autres plusieurs".split()
)
"""Subjects that stand for people: a personal pronoun, "un / l'un (de …)", "certains", "d'autres"."""
IMPERSONAL_LEMMAS = frozenset({"falloir", "agir", "sembler", "paraître", "rester", "exister"})
"""Verbs whose "il" is impersonal ("Il faut le dire : …", "Il reste une question : …")."""


def colon_lead(tok: Token) -> tuple[int, int] | None:
    """Where the words before the colon of a quote opening at ``tok`` start, back to a sentence's end,
    a quote mark or a line break, and where the colon is ("X a déclaré : « … »"); None without one."""
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and (doc[i].text in QUOTE_MARKS or (doc[i].is_space and "\n" not in doc[i].text)):
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None
    start = i
    while (
        start > 0
        and "\n" not in doc[start - 1].text
        and doc[start - 1].text not in {".", "!", "?"} | QUOTE_MARKS
    ):
        start -= 1
    return start, i


def flat_head(tok: Token) -> Token:
    while tok.dep_.startswith("flat") and tok.head.i < tok.i:
        tok = tok.head
    return tok


def misread_verb_before_colon(pre: Span) -> tuple[Token, Token] | None:
    """(verb, subject) of "Un habitant raconte :" where "raconte" was tagged as an adjective or a
    noun: a form of a speech verb of the lexicon, lowercase, right after a noun that can speak."""
    if len(pre) < 2:
        return None
    last, before = pre[-1], flat_head(pre[-2])
    if last.pos_ not in {"ADJ", "NOUN"} or not last.text[:1].islower():
        return None
    if speech_verb(last, any_pos=True) is None:
        return None
    if before.pos_ not in {"NOUN", "PROPN"} or not may_speak(before):
        return None
    return last, before


def stance_subject(pre: Span) -> Token | None:
    """The subject of the clause before the colon, when it can speak: a name, a noun of a person,
    role or group, or a pronoun that stands for people; not a document or a count ("Le bilan est
    lourd : « trois maisons détruites … »" lists what the report found)."""
    root = next((t for t in pre if t.head.i == t.i or not pre.start <= t.head.i < pre.end), None)
    if root is None or root.lemma_.lower() in IMPERSONAL_LEMMAS:
        return None
    finite = [t for t in [root, *root.children] if "Fin" in t.morph.get("VerbForm", [])]
    if not finite or any(c.lower_ == "y" for c in root.children):
        return None  # no clause ("Un constat : …"), or "il y a"
    if any(c.dep_ == "obj" and c.lemma_.lower() in speech_nouns() for c in root.children):
        return None  # "La police a retrouvé un message : « … »": the quote is the message's
    return speaking_subject(pre, root, {"nsubj"})


def speaking_subject(pre: Span, root: Token, deps: set[str]) -> Token | None:
    """The root's subject in the lead, when it can speak: a name, a noun of a person, role or group,
    or a pronoun that stands for people."""
    subj = next((c for c in root.children if c.dep_ in deps and pre.start <= c.i < root.i), None)
    if subj is None:
        return None
    subj = flat_head(subj)
    if subj.lower_ in SPEAKING_PRONOUNS or subj.pos_ == "PROPN":
        return subj
    return subj if subj.pos_ == "NOUN" and can_speak_noun(subj) else None  # not "Le bilan est lourd"


STANCE_MARKS = QUOTE_MARKS | {":", ";"}


def stance_before_quote(doc: Doc, qs: int) -> Token | None:
    """The subject of a sentence of stance right before a quote that stands alone ("Les éleveurs
    sont inquiets. « … »", "Le maire reste prudent. « … »"): a reader takes the quote for theirs,
    as after a colon, not for the speaker quoted before. Only a copular clause (être, rester +
    adjective) counts: after a sentence of narration the quote stays the previous speaker's."""
    i = next((t.i for t in doc if t.idx >= qs), len(doc)) - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in STANCE_MARKS - {":", ";"}):
        i -= 1
    if i < 1 or doc[i].text != ".":
        return None
    start = i
    while start > 0 and doc[start - 1].text not in {".", "!", "?", "…"} and "\n" not in doc[start - 1].text:
        start -= 1
    pre = doc[start:i]
    if len(pre) < 3 or len(pre) > 12 or any(t.text in STANCE_MARKS for t in pre):
        return None
    root = next((t for t in pre if t.head.i == t.i or not pre.start <= t.head.i < pre.end), None)
    if root is None or not copular(root):
        return None
    return speaking_subject(pre, root, {"nsubj", "nsubj:pass"})  # "sont inquiets": passive to the parser


STANCE_VERBS = frozenset({"rester", "demeurer", "sembler", "paraître"})
STANCE_STEMS = ("rest", "demeur", "sembl", "parai", "paraî")  # the tagger lemmatises "reste" as "reste"


def copular(root: Token) -> bool:
    """ "sont inquiets", "reste prudent", "semble désabusée": a state, not an act (a participle
    with "être" is one, "ont été évacués" is not)."""
    deps = {c.dep_ for c in root.children}
    if root.pos_ == "ADJ":
        return "cop" in deps
    if "Part" in root.morph.get("VerbForm", []) and "aux:pass" in deps:
        return "aux:tense" not in deps
    stance = root.lemma_.lower() in STANCE_VERBS or root.lower_.startswith(STANCE_STEMS)
    return stance and any(c.dep_ == "xcomp" and c.pos_ == "ADJ" for c in root.children)


FINDING_VERBS = frozenset({"retrouver", "trouver", "découvrir", "saisir", "intercepter", "recevoir"})


def found_document(lead: Span) -> Token | None:
    """The document a lead says was found or received ("La police a retrouvé une lettre : « … »",
    "Les enquêteurs ont découvert un message : « … »"): the quote is its words, not the finder's.
    A document its subject wrote ("Le maire a publié un message : « … »") is the subject's."""
    root = next((t for t in lead if t.head.i == t.i or not lead.start <= t.head.i < lead.end), None)
    if root is None or root.pos_ != "VERB" or root.lemma_.lower() not in FINDING_VERBS:
        return None
    nouns = speech_nouns()
    return next((c for c in root.children if c.dep_ == "obj" and c.lemma_.lower() in nouns), None)
