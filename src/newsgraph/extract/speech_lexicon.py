"""The graded lexicon of speech verbs and nouns, and how to recognise a speech verb by its form.

``ontology/lexicons/speech_verbs.txt`` lists French verbs of saying, claiming, judging, announcing
and reacting with their frames, a grade and a sense; their inflected forms are derived here (regular
-er, -ir and -dre verbs) or read from ``speech_verb_forms.tsv`` (irregular ones), so that a form the
tagger took for a noun or an adjective ("estime", "note", "alerte") is still known as a verb where
a construction says it is one. ``speech_nouns.txt`` lists nouns of speech acts and of documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import dropwhile

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.negation_words import NOT_ADVERBS
from newsgraph.extract.speech_idioms import in_idiom
from newsgraph.extract.speech_incised_aux import avoir_before_incise
from newsgraph.extract.speech_purpose import purpose_speech
from newsgraph.extract.tokens import morph_of
from newsgraph.names import fold

REFLEXIVE = {"se", "s'", "s’"}
AUXILIARIES = {"avoir", "être"}
SUBJECT_CLITICS = {"-il", "-elle", "-ils", "-elles", "-t-il", "-t-elle", "-t-ils", "-t-elles", "-on", "-t-on"}
INVERTED = SUBJECT_CLITICS | {"-t", "-t-"}
# The inverted subject clitics of "fait-il savoir", "a-t-elle ajouté" as the tokenizer cuts them.


@dataclass(frozen=True, slots=True)
class SpeechVerb:
    """A verb of the graded lexicon."""

    lemma: str  # as written in the lexicon: "estimer", "s'inquiéter", "faire_savoir"
    frames: frozenset[str]
    grade: int
    sense: str

    @property
    def pronominal(self) -> bool:
        return self.lemma.startswith(("s'", "se_"))

    @property
    def bare(self) -> str:
        """The infinitive without its reflexive clitic: "s'inquiéter" -> "inquiéter"."""
        return self.lemma.removeprefix("s'").removeprefix("se_")


@cache
def speech_verbs() -> dict[str, tuple[SpeechVerb, ...]]:
    """Bare infinitive -> its lexicon entries (a plain and a pronominal one may share it)."""
    found: dict[str, list[SpeechVerb]] = {}
    for parts in lexicons.fields("speech_verbs.txt"):
        attrs = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
        frames = frozenset(p for p in parts[1:] if "=" not in p) or frozenset({"clause", "inv"})
        verb = SpeechVerb(parts[0], frames, int(attrs.get("grade", "2")), attrs.get("sense", "say"))
        found.setdefault(verb.bare, []).append(verb)
    return {k: tuple(v) for k, v in found.items()}


def conjugate(infinitive: str) -> set[str]:
    """The third-person and participle forms news reports use, for a regular -er or -ir verb.

    >>> sorted(conjugate("juger"))[:4]
    ['juge', 'jugea', 'jugeaient', 'jugeait']
    >>> "réagit" in conjugate("réagir") and "répète" in conjugate("répéter")
    True
    """
    forms: set[str] = set()
    if infinitive.endswith("er"):
        stem = infinitive[:-2]
        soft = stem + ("e" if stem.endswith("g") else "")  # jugea
        soft = soft[:-1] + "ç" if soft.endswith("c") else soft  # avança
        # stem changes before a mute e: répète, lève, appelle, jette, appuie
        strong = re.sub(r"é([^aeiouyé]+)$", r"è\1", stem)
        strong = re.sub(r"e([^aeiouyé])$", r"è\1", strong) if strong == stem else strong
        if stem.endswith(("el", "et")) and stem not in {"achet", "gel", "pel", "modèl"}:
            strong = stem + stem[-1]
        if stem.endswith(("oy", "uy")):
            strong = stem[:-1] + "i"
        forms |= {
            strong + "e",
            strong + "ent",
            strong + "era",
            strong + "eront",
            strong + "erait",
            strong + "eraient",
            soft + "a",
            stem + "èrent",
            soft + "ait",
            soft + "aient",
            soft + "ant",
            stem + "é",
            stem + "ée",
            stem + "és",
            stem + "ées",
        }
    elif infinitive.endswith("dre") and not infinitive.endswith("indre"):  # défendre, répondre
        stem = infinitive[:-2]
        forms |= {
            stem,
            stem + "ent",
            stem + "ait",
            stem + "aient",
            stem + "it",
            stem + "irent",
            stem + "ant",
            stem + "u",
            stem + "ue",
            stem + "ra",
            stem + "ront",
            stem + "rait",
        }
    elif infinitive.endswith("ir"):
        stem = infinitive[:-2]
        forms |= {
            stem + "it",
            stem + "issent",
            stem + "issait",
            stem + "issaient",
            stem + "issant",
            stem + "i",
            stem + "ie",
            stem + "irent",
            stem + "ira",
            stem + "iront",
            stem + "irait",
        }
    return forms


@cache
def verb_forms() -> dict[str, str]:
    """Inflected form (folded) -> bare infinitive, for every verb of the lexicon."""
    forms: dict[str, str] = {}
    for form, lemma in lexicons.rows("speech_verb_forms.tsv", 2):
        if form.strip() and lemma.strip():
            forms[fold(form.strip())] = lemma.strip().removeprefix("s'").removeprefix("se_")
    for bare in speech_verbs():
        if "_" in bare:
            continue
        for form in conjugate(bare):
            forms.setdefault(fold(form), bare)
    return forms


def has_reflexive(tok: Token) -> bool:
    """A reflexive clitic before the verb or its auxiliary: "s'agace", "s'est dit"; or one the parser
    hung on the verb a few words before it, past an adverbial phrase ("s'est par exemple indigné")."""
    doc = tok.doc
    for j in range(tok.i - 1, max(-1, tok.i - 4), -1):
        low = doc[j].lower_
        if low in REFLEXIVE:
            return True
        if not (doc[j].lemma_ in AUXILIARIES or low in {"ne", "n'", "n’", "en", "y"}):
            break
    return any(c.lower_ in REFLEXIVE and tok.i - 7 < c.i < tok.i for c in tok.children)


def pick(entries: tuple[SpeechVerb, ...], reflexive: bool) -> SpeechVerb | None:
    """The entry that fits the presence of a reflexive clitic."""
    wanted = [e for e in entries if e.pronominal == reflexive]
    if wanted:
        return wanted[0]
    return entries[0] if reflexive and not entries[0].pronominal and entries[0].grade >= 2 else None


def multiword_verb(tok: Token) -> SpeechVerb | None:
    """ "fait savoir", "a fait valoir", "laisse entendre", "met en garde": the entry of the phrase."""
    found = multiword_phrase(tok)
    return found[0] if found is not None else None


def multiword_phrase(tok: Token) -> tuple[SpeechVerb, Token] | None:
    """The entry of a multi-word verb headed by ``tok`` and the phrase's last word ("savoir" of
    "a fait savoir", "garde" of "met en garde", "pour" of "plaide pour"), which the parser often
    makes the head of the clause and of the subject."""
    doc = tok.doc
    lemma: str | None = tok.lemma_.lower()
    if lemma not in multiword_heads():  # "fait savoir X" with "fait" tagged a noun
        lemma = multiword_head_forms().get(tok.lower_)
        if lemma is None:
            return None
    lex = speech_verbs()
    # "fait-il valoir", "met-elle en avant": the inverted subject stands inside the phrase
    after = doc[tok.i + 1 : min(len(doc), tok.i + 7)]
    nxt = [t for t in after if not t.is_space and t.lower_ not in INVERTED]
    # "font désormais état de", "a aussi fait part de": adverbs between the head and the rest
    bare = list(dropwhile(incidental_adverb, nxt))
    for words in (nxt, bare) if len(bare) < len(nxt) <= len(bare) + 2 else (nxt,):
        for n in (1, 2):
            key = "_".join([lemma, *(t.lower_ for t in words[:n])])
            if key in lex and len(words) >= n:
                return lex[key][0], words[n - 1]
    return None


def incidental_adverb(tok: Token) -> bool:
    """An adverb that may stand inside a multi-word verb ("fait aussi état de", "met encore en
    garde"), not the negation's ("ne fait pas état de": no statement) nor a word of a phrase ("met
    en avant")."""
    return tok.pos_ == "ADV" and tok.lower_ not in NOT_INCIDENTAL


NOT_INCIDENTAL = frozenset(NOT_ADVERBS) | {"en", "y", "avant", "bien", "mieux", "là"}
"""The negation's adverbs, and words tagged adverbs that begin the rest of a multi-word verb
("mettre en avant")."""


@cache
def multiword_heads() -> frozenset[str]:
    """The first words of the lexicon's multi-word verbs: "faire", "laisser", "mettre", "plaider"."""
    return frozenset(v.split("_", 1)[0] for v in speech_verbs() if "_" in v and not v.startswith("se_"))


@cache
def multiword_head_forms() -> dict[str, str]:
    """The forms of those first words news reports use ("fait", "met", "laisse") -> infinitive,
    for a head the tagger did not read as a verb."""
    forms = {f: head for head in multiword_heads() if head.endswith("er") for f in conjugate(head)}
    for head, irregular in IRREGULAR_HEADS.items():
        if head in multiword_heads():
            forms.update(dict.fromkeys(irregular, head))
    return forms


IRREGULAR_HEADS = {
    "faire": ("fait", "font", "faisait", "faisaient", "fera", "feront", "ferait", "feraient", "fit"),
    "mettre": ("met", "mettent", "mettait", "mettaient", "mettra", "mettront", "mettrait", "mit"),
}


def speech_verb(tok: Token, any_pos: bool = False) -> SpeechVerb | None:
    """The lexicon entry of a token used as a speech verb. With ``any_pos`` the form decides alone
    (the caller has seen a construction that makes the token a verb). Answered once per token
    and ``any_pos`` (several rules ask of every token)."""
    memo: dict[tuple[int, bool], SpeechVerb | None] = tok.doc.user_data.setdefault(SPEECH_VERB_MEMO, {})
    key = (tok.i, any_pos)
    if key not in memo:
        memo[key] = _speech_verb(tok, any_pos)
    return memo[key]


SPEECH_VERB_MEMO = "newsgraph.speech_verb"


def _speech_verb(tok: Token, any_pos: bool) -> SpeechVerb | None:
    lex = speech_verbs()
    verb = tok.pos_ in {"VERB", "AUX"}
    if not verb and not any_pos:
        return None
    lemma = tok.lemma_.lower()
    if lemma in multiword_heads() or tok.lower_ in multiword_head_forms():
        found = multiword_verb(tok)
        if found is not None:
            return found
    entries = lex.get(lemma.removeprefix("s'").removeprefix("se ")) if verb else None
    if not entries:
        bare = form_lemma(tok.text)
        entries = lex.get(bare) if bare is not None else None
    return pick(entries, has_reflexive(tok)) if entries else None


@lru_cache(maxsize=65536)
def form_lemma(text: str) -> str | None:
    """The infinitive of a speech verb form ("estime" -> "estimer"), or None."""
    return verb_forms().get(fold(text))


def finite_form(tok: Token) -> bool:
    """Not an infinitive nor a participle (without its auxiliary a participle cannot be an incise)."""
    forms = morph_of(tok).get("VerbForm", [])
    if "Inf" in forms or "Ger" in forms or tok.lower_.endswith(("ant", "er", "ir")):
        return False
    return not ("Part" in forms and tok.lower_.endswith(("é", "ée", "és", "ées")))


@cache
def speech_nouns() -> dict[str, dict[str, str]]:
    """Noun -> its attributes ("kind": act, document or source; "grade") from speech_nouns.txt."""
    return {
        f[0]: dict(p.split("=", 1) for p in f[1:] if "=" in p) for f in lexicons.fields("speech_nouns.txt")
    }


@cache
def document_nouns() -> frozenset[str]:
    """Nouns of documents that can speak: "le rapport", "l'étude", "la note"; and written acts
    ("Le communiqué précise que …", ``text=yes``)."""
    return frozenset(n for n, a in speech_nouns().items() if a.get("kind") == "document") | written_acts()


@cache
def written_acts() -> frozenset[str]:
    """Acts of speech that are written texts (``text=yes``: "le communiqué", "le message"): they speak
    through a verb of saying when no author is named."""
    return frozenset(n for n, a in speech_nouns().items() if a.get("text") == "yes")


LEGAL_SENTENCE = re.compile(
    r"\b(?:à|aux?) (?:la |une |de la )?(?:peine|perpétuité|réclusion|prison|amende|travaux"
    r"|(?:\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente) (?:ans|mois))"
    r"|\bpour (?:meurtre|viol|vol|escroquerie|fraude|homicide|corruption)",
    re.IGNORECASE,
)
PURPOSE_MARKS = {"pour", "afin", "sans", "avant", "après", "de", "d'", "d’", "à"}


CONTROL_VERBS = frozenset(
    {
        "refuser",
        "décliner",
        "vouloir",
        "tenir",
        "souhaiter",
        "venir",
        # verbs whose subject performs the speech act of their infinitive: "a osé critiquer …",
        # "continue d'affirmer que …", "s'obstinait à nier …", "n'hésite pas à dénoncer …"
        "oser",
        "continuer",
        "persister",
        "obstiner",
        "entêter",
        "hésiter",
        "empresser",
        "contenter",
        "borner",
        "finir",
        # predicates of a group that speaks: "ils sont nombreux à dénoncer …", "elle est la seule
        # à affirmer …", "les élus sont unanimes à réclamer …"
        "nombreux",
        "plusieurs",
        "seul",
        "premier",
        "unanime",
    }
)
"""Verbs (and predicates of number) that hand their subject to a speech verb in the infinitive."""


def speaks_here(verb: Token) -> bool:
    """Whether a speech verb form is used as an act of speech of its clause: not a past participle
    without "avoir" ("les chiffres confirmés", "n'ont pas pu être confirmés"), not an infinitive of
    purpose or of another verb ("afin de rassurer", "ne pouvait ni confirmer ni infirmer"), unless
    governed by a speech verb or a refusal ("a refusé de commenter", "dit vouloir"). Answered once
    per token."""
    memo: dict[int, bool] = verb.doc.user_data.setdefault(SPEAKS_MEMO, {})
    found = memo.get(verb.i)
    if found is None:
        found = memo[verb.i] = _speaks_here(verb)
    return found


SPEAKS_MEMO = "newsgraph.speaks_here"


def _speaks_here(verb: Token) -> bool:
    morph = morph_of(verb)
    if verb.lemma_ in {"condamner", "accuser"} and LEGAL_SENTENCE.search(
        verb.doc[verb.i + 1 : min(verb.sent.end, verb.i + 30)].text
    ):
        return False  # "condamné à la perpétuité", "accusé pour meurtre": a sentence, not a statement
    if in_idiom(verb):
        return False  # "ont répondu présents", "souffle le chaud et le froid"
    if in_compound_word(verb):
        return False  # "le pense-bête", "un faire-part", "le soi-disant expert"
    misread = verb.lemma_.endswith("er") and not verb.lower_.endswith(("é", "ée", "és", "ées"))
    if "Part" in morph.get("VerbForm", []) and "Past" in morph.get("Tense", []) and not misread:
        auxes = [c for c in verb.children if c.dep_.startswith("aux")]
        avoir = (
            any(a.lemma_ == "avoir" for a in auxes)
            or verb.head.lemma_ == "avoir"
            or any(t.lemma_ == "avoir" for t in verb.doc[max(0, verb.i - 5) : verb.i])
            or avoir_before_incise(verb)  # rep17: "a, lors du conseil de lundi soir, annoncé …"
        )
        if not avoir and not (auxes and has_reflexive_child(verb)):
            return False
    if "Inf" in morph.get("VerbForm", []):
        head = verb.head
        if head.i == verb.i:
            return True
        governed = speech_verb(head) is not None or head.lemma_ in CONTROL_VERBS
        if verb.dep_ == "conj":
            return speaks_here(head)
        if not governed or any(c.dep_ == "mark" and c.lower_ in {"pour", "afin"} for c in verb.children):
            return purpose_speech(verb)  # "… ont bloqué l'autoroute pour réclamer une baisse des taxes"
    return True


def in_compound_word(verb: Token) -> bool:
    """A verb form glued by a hyphen into a compound noun ("un pense-bête", "le faire-part",
    "un laissez-passer"), not to an inverted subject clitic ("pense-t-il", "dit-on")."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    glued_after = (
        nxt is not None
        and not verb.whitespace_
        and nxt.text.startswith("-")
        and nxt.lower_ not in INVERTED
        and (
            len(nxt.text) > 1 or (not nxt.whitespace_ and verb.i + 2 < len(doc) and doc[verb.i + 2].is_alpha)
        )
    )
    prev = doc[verb.i - 1] if verb.i > 0 else None
    glued_before = prev is not None and not prev.whitespace_ and prev.text.endswith("-") and prev.text != "-"
    return glued_after or glued_before


def has_reflexive_child(verb: Token) -> bool:
    return any(c.lower_ in {"se", "s'", "s’"} for c in verb.children)
