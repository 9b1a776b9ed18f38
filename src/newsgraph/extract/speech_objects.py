"""The object of a speech verb, where the parser hung it wrongly: an object read as a predicate or
a prepositional phrase, after an adverb, with the complement the parser gave the verb, a
prepositional object ("se félicite de …"), a compound tense's participle detached from its
auxiliary (used by :mod:`newsgraph.extract.speech_clauses`)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.context import doc_text
from newsgraph.extract.speech_common import OBJECT_DEPS, clause_span, speech_frames
from newsgraph.extract.speech_lexicon import speech_verb
from newsgraph.extract.speech_quotes import QUOTE_MARKS

MISREAD_OBJECT_DEPS = {"obl:arg", "xcomp"}  # an object misread; a predicate only when quoted
QUANTITY_ADVERBS = {"davantage", "plus", "moins", "beaucoup", "trop", "autant"}


def direct_object(tok: Token) -> bool:
    """A noun phrase object of the verb: labelled so, or labelled as an argument or a predicate
    while no preposition or copula leads it ("réclament des hausses de salaire", "dénonce « des
    mesurettes »"), or a quantity adverb with its noun ("réclament davantage de moyens")."""
    if tok.pos_ == "ADV":
        return (
            (tok.dep_ in OBJECT_DEPS or tok.dep_ in MISREAD_OBJECT_DEPS)
            and tok.lower_ in QUANTITY_ADVERBS
            and any(c.pos_ == "NOUN" and c.i > tok.i for c in tok.children)
        )
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if tok.dep_ in OBJECT_DEPS:
        return not bare_time_noun(tok)
    if article_read_as_case(tok):
        return True
    if any(c.dep_ in {"case", "cop", "mark"} for c in tok.children):
        return False
    if tok.dep_ == "obl:mod":
        return object_after_adverb(tok)
    edge = tok.left_edge
    quoted = edge.text in QUOTE_MARKS or (edge.i > 0 and tok.doc[edge.i - 1].text in QUOTE_MARKS)
    return tok.dep_ == "obl:arg" or (tok.dep_ == "xcomp" and quoted)  # "craint une crue" is no quote


NOUN_COMPLEMENT_CASES = {
    "en",
    "sur",
    "contre",
    "à",
    "au",
    "aux",
    "de",
    "d'",
    "d’",
    "du",
    "des",
    "pour",
    "envers",
}


def object_with_complement(verb: Token, obj: Token) -> tuple[int, int]:
    """An object with the complement right after it that the parser hung on the verb: "critique
    la guerre en Ukraine", "dénonce des violences contre les soignants"."""
    start, end = clause_span(obj)
    nxt = obj.right_edge.i + 1
    for c in verb.children:
        if c.left_edge.i == nxt and misplaced_agent(verb, obj, c):
            end = max(end, clause_span(c)[1])
            break
        if (
            c.left_edge.i != nxt
            or c.dep_ not in {"obl:arg", "obl:mod", "obl"}
            or c.pos_ not in {"NOUN", "PROPN"}
        ):
            continue
        case = next((g for g in c.children if g.dep_ == "case" and g.i == c.left_edge.i), None)
        if case is not None and case.lower_ in NOUN_COMPLEMENT_CASES and c.lemma_.lower() not in TIME_NOUNS:
            end = max(end, clause_span(c)[1])
        break
    return start, end


PURPOSE_MARKS = {"pour", "afin"}


def hoped_purpose(verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """What a hope is for, right after what is hoped ("espère des pourparlers pour mettre fin à la
    guerre", "espèrent un geste pour gagner en pouvoir d'achat"): part of the hope, which the parser
    hangs on the verb as an adverbial clause. Verbs of hoping and fearing only (sense "hope")."""
    entry = speech_verb(verb)
    if entry is None or entry.sense != "hope":
        return span
    doc = verb.doc
    for c in verb.children:
        first = c.left_edge
        if (
            c.dep_ == "advcl"
            and "Inf" in c.morph.get("VerbForm", [])
            and first.lower_ in PURPOSE_MARKS
            and first.idx >= span[1]
            and not doc_text(doc)[span[1] : first.idx].strip()
        ):
            return span[0], clause_span(c)[1]
    return span


PARTITIVE_ARTICLES = {"des", "du"}


def article_read_as_case(tok: Token) -> bool:
    """ "Ils réclament donc des hausses de prix": the indefinite or partitive article read as the
    preposition "de" of an argument, the object of a verb that takes a noun phrase and no
    prepositional object (a verb of the "pp" frame speaks *of* it: "se plaint des retards")."""
    frames = speech_frames(tok.head) if tok.head.i < tok.i else frozenset()
    case = [c for c in tok.children if c.dep_ == "case"]
    return (
        "np" in frames
        and "pp" not in frames
        and tok.dep_ in {"obl:arg", "obl"}
        and len(case) == 1
        and case[0].lower_ in PARTITIVE_ARTICLES
        and case[0].i == tok.left_edge.i
        and not any(c.dep_ in {"cop", "mark"} for c in tok.children)
    )


def misplaced_agent(verb: Token, obj: Token, c: Token) -> bool:
    """ "L'armée a admis la prise par les Russes de trois villages", "dénonce l'arrestation par la
    police de deux journalistes": a "par" agent the parse hung on an active speech verb, which has
    none of its own, is the agent of the noun of action it governs (the object's complement)."""
    return (
        c.dep_ == "obl:agent"
        and obj.pos_ == "NOUN"
        and not any(a.dep_ == "aux:pass" for a in verb.children)
        and any(g.dep_ == "case" and g.lower_ == "par" and g.i == c.left_edge.i for g in c.children)
    )


ARTICLES = {"le", "la", "les", "l'", "l’", "un", "une", "des", "du"}
TIME_NOUNS = lexicons.tagged("entity_words.tsv")["time_noun"]


def bare_time_noun(tok: Token) -> bool:
    """ "a annoncé lundi la fermeture …": a day or a time of day without an article that the parser
    read as the object tells when it was said; the object comes after it."""
    return (
        (tok.lemma_.lower() in TIME_NOUNS or tok.lower_ in TIME_NOUNS)
        and not any(c.dep_ == "det" for c in tok.children)
        and all(t.lower_ in TIME_NOUNS or t.like_num or t.i == tok.i for t in tok.subtree)
    )


def object_after_adverb(tok: Token) -> bool:
    """ "accusent clairement les États-Unis", "dénonce fermement la réforme": after an adverb the
    parser reads the object as a modifier; an article opening it, no preposition, and a noun that
    tells no time ("a annoncé jeudi la semaine dernière") make it the object."""
    verb, edge = tok.head, tok.left_edge
    if edge.lower_ not in ARTICLES or tok.lemma_.lower() in TIME_NOUNS or tok.lower_ in TIME_NOUNS:
        return False
    between = tok.doc[verb.i + 1 : edge.i]
    return bool(between) and all(t.pos_ == "ADV" for t in between)


PP_DEPS = {"obl:arg", "obl:mod", "obl", "nmod"}
PP_CASES = {"de", "d'", "d’", "du", "des", "sur", "contre", "à", "au", "aux"}
PP_REACH = 4  # tokens between the verb and its prepositional object ("se félicite aussi de …")


def prepositional_object(verb: Token) -> tuple[int, int] | None:
    """The noun phrase of "se félicite de l'accord", "s'interroge sur la méthode", "parle d'un
    report": what the speaker reacts to or speaks of, without its preposition."""
    for c in verb.children:
        if c.dep_ not in PP_DEPS or not verb.i < c.i <= verb.i + PP_REACH or c.pos_ not in {"NOUN", "PROPN"}:
            continue
        case = next((g for g in c.children if g.dep_ == "case" and g.i < c.i), None)
        if case is None or case.lower_ not in PP_CASES or case.i != c.left_edge.i or incised(c):
            continue
        return verb.doc[case.i + 1].idx, clause_span(c)[1]
    return None


def incised(phrase: Token) -> bool:
    """A phrase set off by commas right after the verb ("croient, à ce stade, à un accident"): an
    adjunct of the sentence, not what the speaker reacts to or believes."""
    doc, left, right = phrase.doc, phrase.left_edge.i, phrase.right_edge.i
    return left > 0 and doc[left - 1].text == "," and right + 1 < len(doc) and doc[right + 1].text == ","


COMPOUND_AUXILIARIES = {"avoir", "être"}


def detached_participle(aux: Token) -> Token | None:
    """The past participle of a compound infinitive the parser split off its auxiliary ("a avoué
    avoir « volontairement tué … »": "avoir" complements the verb, the participle hangs elsewhere)."""
    if (
        aux.pos_ != "AUX"
        or aux.lemma_ not in COMPOUND_AUXILIARIES
        or "Inf" not in aux.morph.get("VerbForm", [])
    ):
        return None
    for tok in aux.doc[aux.i + 1 : min(aux.sent.end, aux.i + 4)]:
        if tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm", []):
            return tok
        if not (tok.pos_ in {"ADV", "PUNCT"} or tok.lower_ in {"ne", "n'", "n’", "pas", "se", "s'", "s’"}):
            return None
    return None


COLON_RE = re.compile(r"[ \u00a0\u202f]*:[ \u00a0\u202f]*(?=[^\s«“\"])")
CLAUSE_END_RE = re.compile(r"[.!?…](?=\s|$)|\n")


def colon_elaboration(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """A noun-phrase object a colon spells out ("insiste sur les besoins des familles : il faut
    donner autre chose que des pâtes", "pointe deux failles : …"): what was said runs on to the end
    of the sentence. Not a quotation after the colon (a direct statement of its own)."""
    m = COLON_RE.match(text, content[1])
    if m is None:
        return content
    end = CLAUSE_END_RE.search(text, m.end())
    stop = end.start() if end is not None else len(text)
    rest = text[m.end() : stop]
    if len(rest.split()) < 3 or any(q in rest for q in '«»“”"'):
        return content
    return content[0], stop
