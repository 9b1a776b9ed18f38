"""What a speech verb governs: its que-clause, its infinitive, its object, its prepositional object
("se félicite de …"), or a reported clause without "que", as its lexicon frames allow."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.attribution import is_incise_filler
from newsgraph.extract.context import doc_text
from newsgraph.extract.negation_words import NE
from newsgraph.extract.speech_common import (
    INFINITIVE_DEPS,
    OBJECT_DEPS,
    clause_span,
    inside,
    speech_frames,
    verb_group_start,
    words,
)
from newsgraph.extract.speech_displaced import adjunct_object, modified_addressee
from newsgraph.extract.speech_lexicon import has_reflexive, multiword_phrase
from newsgraph.extract.speech_object_checks import (
    adverbial_infinitive,
    clause_child,
    object_only,
    told_infinitive,
)
from newsgraph.extract.speech_objects import (
    TIME_NOUNS,
    detached_participle,
    direct_object,
    hoped_purpose,
    object_with_complement,
    prepositional_object,
)
from newsgraph.extract.speech_que import following_que
from newsgraph.extract.speech_quotes import QUOTE_MARKS, doc_quotes
from newsgraph.extract.speech_time_adjunct import after_time_adjunct, time_adjunct_end
from newsgraph.names import fold

QUE_FORMS = {"que", "qu'", "qu’"}


def clause_end_after(tok: Token) -> int:
    """Where a clause starting at ``tok`` ends: the sentence end, or a following conjoined speech verb."""
    doc = tok.doc
    sent_end = tok.sent.end
    for t in doc[tok.i + 1 : sent_end]:
        if "\n" in t.text:
            return t.idx
        if speech_frames(t) and t.dep_ == "conj" and t.head.i < tok.i:
            start = verb_group_start(t)
            j = start.i - 1
            while j > tok.i and (doc[j].lower_ in {"et", "mais", ","} or doc[j].is_space):
                j -= 1
            return doc[j].idx + len(doc[j])
    last = doc[sent_end - 1]
    while last.i > tok.i and ((last.is_punct and last.text not in QUOTE_MARKS) or last.is_space):
        last = doc[last.i - 1]
    return last.idx + len(last)


def phrase_parts(verb: Token) -> tuple[Token, Token]:
    """The token that bears a speech verb's subject, and the last word of the verb: "a fait savoir
    que …" is parsed with "savoir" as the head of "fait", of the subject and of the clause; "laisse
    entendre" with the clause under "entendre". A one-word verb is both."""
    phrase = multiword_phrase(verb)
    if phrase is None:
        return verb, verb
    last = phrase[1]
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return verb, last
    return (last if verb.head.i == last.i else verb), last


def said_after(last: Token) -> bool:
    """A multi-word verb ending in a verb reports speech with "que" or a colon after it, no object
    between ("a fait savoir jeudi que …"; not "faire observer le pays qu'ils aiment")."""
    doc = last.doc
    for tok in doc[last.i + 1 : min(last.sent.end, last.i + 8)]:
        if tok.lower_ in {"que", "qu'", "qu’"} or tok.text == ":":
            return True
        if tok.pos_ in {"VERB", "AUX"} or (  # a bare "jeudi" misread as an object is no object
            tok.dep_ in OBJECT_DEPS and any(c.dep_ == "det" for c in tok.children)
        ):
            return False
    return False


PHRASE_CASES = {"de", "d'", "d’", "contre", "sur"}
PHRASE_ARTICLES = {"du", "des"}


def phrase_object(last: Token) -> tuple[int, int] | None:
    """What follows a multi-word verb ending in a noun or a preposition: "a fait état de retards
    importants", "fait part de ses doutes sur …", "met en garde contre une grève", "plaide pour une
    réforme", up to the end of its clause."""
    doc = last.doc
    nxt = next((t for t in doc[last.i + 1 : last.sent.end] if not t.is_space), None)
    if nxt is None:
        return None
    if last.pos_ == "ADP":
        first = nxt
    elif nxt.lower_ in PHRASE_CASES and nxt.i + 1 < last.sent.end:
        first = doc[nxt.i + 1]
    elif nxt.lower_ in PHRASE_ARTICLES:
        first = nxt
    else:
        return None
    if first.pos_ in {"PUNCT", "VERB", "AUX"} and "Inf" not in first.morph.get("VerbForm", []):
        return None
    end = clause_stop(first)
    return (first.idx, end) if words(doc_text(doc)[first.idx : end]) >= 2 else None


CLAUSE_OPENERS = {"AUX", "VERB", "SCONJ"}
CONJUNCTIONS = {"mais", "car", "or"}


def new_part(tok: Token) -> bool:
    """What follows a comma starts another part of the sentence: a verb ("…, a-t-il ajouté"), a
    conjunction ("…, mais …", "…, avant que …") or an apposition ("…, une mesure déjà rejetée")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
    return tok.pos_ in CLAUSE_OPENERS or tok.lower_ in CONJUNCTIONS or "appos" in {tok.dep_, nxt.dep_}


def clause_stop(first: Token) -> int:
    """Where a phrase starting at ``first`` ends: its clause's end, a semicolon or colon, or a comma
    before a new verb ("…, a-t-il ajouté", "…, avant de …")."""
    doc = first.doc
    end = clause_end_after(first)
    for t in doc[first.i : first.sent.end]:
        if t.idx >= end:
            break
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.text in {";", ":"} or (t.text == "," and nxt is not None and new_part(nxt)):
            return t.idx
    return end


def stance_adjectives() -> frozenset[str]:
    """Adjectives of a speaker's stance ("favorable", "opposé", "prêt"), folded, in their four forms
    ("prête", "opposées"; "formelle", "attachée" by doubling or adding the e)."""
    out: set[str] = set()
    for word in lexicons.words("stance_adjectives.txt"):
        base = fold(word)
        fems = {base if base.endswith("e") and not word.endswith("é") else base + "e", base + base[-1] + "e"}
        for form in {base} | fems:
            out |= {form, form if form.endswith(("s", "x")) else form + "s"}
    return frozenset(out)


STANCE_ADJECTIVES = stance_adjectives()


def predicate_content(verb: Token) -> tuple[int, int] | None:
    """ "s'est déclarée opposée à l'implantation", "se montre favorable à un référendum", "se veut
    rassurant": the stance a pronominal speech verb attributes to its subject, from the adjective."""
    if not has_reflexive(verb):
        return None
    doc = verb.doc
    j = verb.i + 1
    # "se dit aussi prête", "se sont dits vendredi « inquiets »": adverbs, a day, a quotation mark
    while j < verb.sent.end and (
        doc[j].pos_ == "ADV" or doc[j].text in QUOTE_MARKS or doc[j].lower_ in TIME_NOUNS
    ):
        j += 1
    if j >= verb.sent.end or doc[j].pos_ not in {"ADJ", "VERB"} or "Inf" in doc[j].morph.get("VerbForm", []):
        return None
    if not {fold(doc[j].lemma_.lower()), fold(doc[j].lower_)} & STANCE_ADJECTIVES:
        return None  # "s'est montrée combative": an attitude the reporter describes
    first = min([doc[j], *(c for c in doc[j].children if c.dep_ == "advmod" and c.i < j)], key=lambda t: t.i)
    end = clause_stop(doc[j])
    return (first.idx, end) if end > first.idx else None


def content_of(verb: Token, frames: frozenset[str]) -> tuple[tuple[int, int], str] | None:
    """The reported words governed by a speech verb, and which frame found them."""
    last = phrase_parts(verb)[1]
    if last is verb:
        return single_content_of(verb, frames)
    if last.pos_ in {"VERB", "AUX"} and said_after(last) and (found := single_content_of(last, frames)):
        return found
    if "pp" in frames and (span := phrase_object(last)) is not None:
        return span, "pp"
    return None


def single_content_of(verb: Token, frames: frozenset[str]) -> tuple[tuple[int, int], str] | None:
    """The reported words governed by a one-word speech verb, and which frame found them."""
    if "adj" in frames and (found := predicate_content(verb)) is not None:
        return found, "predicate"
    doc = verb.doc
    ccomp = clause_child(verb)
    if ccomp is None:  # "a affirmé mardi, lors d'une conférence …, que …": a "que" clause hung as advcl
        ccomp = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and bare_que(c)), None)
    que = following_que(verb)
    if ccomp is not None and ("clause" in frames or ("que" in frames and que is not None)):
        start, end = clause_span(ccomp)
        if que is not None and que.i < ccomp.left_edge.i:
            start = que.idx + len(que)
        mark = que_mark(ccomp)
        if que is None and mark is not None and verb.i < mark.i and mark.idx > start:
            start = mark.idx + len(mark)  # "a affirmé mardi, lors d'une conférence …, que …"
        if words(doc_text(doc)[start:end]) >= 4 or que is None:
            if end - start > 3:
                return (start, end), "clause"
    if que is not None and {"clause", "que"} & frames:
        nxt = doc[que.i + 1] if que.i + 1 < len(doc) else None
        if nxt is not None:
            return (nxt.idx, clause_end_after(que)), "que"
    xcomp = next(
        (
            c
            for c in verb.children
            if (c.dep_ in INFINITIVE_DEPS or adverbial_infinitive(verb, c)) and c.i > verb.i and infinitive(c)
        ),
        told_infinitive(verb),
    )
    if xcomp is not None and "clause" in frames and not perceived_event(verb, xcomp):
        obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS and verb.i < c.i < xcomp.i), None)
        start = clause_span(obj)[0] if obj is not None else clause_span(xcomp)[0]
        end = clause_span(xcomp)[1]
        participle = detached_participle(xcomp)
        if participle is not None:
            end = max(end, clause_span(participle)[1])
        stop = clause_stop(xcomp)  # words the parser hung on the speech verb: "n'avoir bu | qu'un verre"
        if stop > end:
            rest = doc_text(doc)[end:stop]
            cut = next((i for i, c in enumerate(rest) if c in QUOTE_MARKS or c in ",;:"), len(rest))
            end = len(doc_text(doc)[: end + cut].rstrip())
        return (start, end), "infinitive"
    if "clause" in frames and (addressee := addressed_infinitive(verb)) is not None:
        return clause_span(addressee), "infinitive"
    if "np" in frames and (first := after_time_adjunct(verb)) is not None:
        return (first.idx, clause_stop(first)), "np"  # "a promis d'ici à l'été des mesures"
    obj = next((c for c in verb.children if c.i > verb.i and direct_object(c)), None)
    if obj is not None and "np" in frames and len(list(obj.subtree)) >= 2:
        if obj.dep_ == "obl:mod":  # its complements were hung on the verb as well
            return (clause_span(obj)[0], clause_stop(obj)), "np"
        return hoped_purpose(verb, time_adjunct_end(verb.doc, *object_with_complement(verb, obj))), "np"
    if "pp" in frames and (found := prepositional_object(verb) or adjunct_object(verb)) is not None:
        return found, "pp"
    if "clause" in frames and (first := after_incised_adjunct(verb)) is not None:
        return (first.idx, clause_stop(first)), "incised-adjunct"
    if "np" in frames and (first := after_incised_adjunct(verb, noun_phrase=True)) is not None:
        return (first.idx, clause_stop(first)), "np"
    if "clause" in frames:
        bare = bare_clause(verb)
        if bare is not None:
            return bare, "bare"
    return None


def que_mark(clause: Token) -> Token | None:
    """The "que" that opens a clause, as the parse marks it."""
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in QUE_FORMS), None)


def bare_que(clause: Token) -> bool:
    """A clause opened by "que" alone, after a comma: not "pour que", "avant que", "alors que"."""
    mark = que_mark(clause)
    if mark is None or mark.i == 0 or any(c.dep_ == "mark" and c is not mark for c in clause.children):
        return False
    return clause.doc[mark.i - 1].text == ","


ADJUNCT_REACH = 20  # tokens of an adjunct set off by commas after the verb


def after_incised_adjunct(verb: Token, noun_phrase: bool = False) -> Token | None:
    """ "X a dit, dans la soirée de jeudi, être prêt à …", "X a affirmé, lors d'une conférence de
    presse …, que …": an adjunct between commas right after the verb, then the reported infinitive
    or clause, which the parser hangs elsewhere. The token that opens what was said; with
    ``noun_phrase``, the article of an object ("a confirmé, dans un communiqué, la suppression …")."""
    doc = verb.doc
    k = verb.i + 1  # "a affirmé mardi, lors de …, que": a time word may come before the comma
    while k < min(verb.sent.end, verb.i + 4) and (doc[k].like_num or is_incise_filler(doc[k])):
        k += 1
    if k + 1 >= verb.sent.end or doc[k].text != ",":
        return None
    for tok in doc[k + 1 : min(verb.sent.end, k + 1 + ADJUNCT_REACH)]:
        if tok.text in {";", ":", ".", "!", "?"} or tok.text in QUOTE_MARKS or "\n" in tok.text:
            return None
        if tok.pos_ in {"VERB", "AUX"} and "Fin" in tok.morph.get("VerbForm", []):
            return None  # a clause of its own: ", a-t-il ajouté", ", qui a …"
        if tok.text == ",":
            if tok.i + 2 >= verb.sent.end:
                return None
            nxt = doc[tok.i + 1]
            if nxt.lower_ in {"que", "qu'", "qu’"}:
                return doc[tok.i + 2] if not noun_phrase else None
            if noun_phrase:
                return nxt if opens_object(nxt) else None
            infinitive_start = nxt.lower_ in NE or "Inf" in nxt.morph.get("VerbForm", [])
            return nxt if infinitive_start and nxt.pos_ in {"VERB", "AUX", "ADV"} else None
    return None


OBJECT_ARTICLES = {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’"}


def opens_object(tok: Token) -> bool:
    """An article or a number, then its noun: a noun phrase the parser hung on the adjunct before it."""
    head = tok.head
    return (
        tok.dep_ in {"det", "nummod"}
        and (tok.lower_ in OBJECT_ARTICLES or tok.like_num)
        and head.pos_ == "NOUN"
        and head.i > tok.i
        and head.lemma_.lower() not in TIME_NOUNS
    )


DATIVE_CASES = {"à", "au", "aux"}
ADDRESSEE_DEPS = {"obl:arg", "iobj", "obl", "obl:mod", "obj"}


def addressed_infinitive(verb: Token) -> Token | None:
    """The addressee of a request whose infinitive the parser hung on it: "demande à ses
    administrés de limiter …", "conseille aux parents de garder …", "appelle les habitants à
    rester …". A dative addressee takes "de", a direct one "à" ("dénonce la décision de fermer …"
    is an object with its complement, not a request)."""
    adverbs = [a for a in verb.children if a.dep_ == "advmod" and a.i > verb.i]  # "recommande ainsi aux …"
    for c in [*verb.children, *(c for a in adverbs for c in a.children)]:
        if c.dep_ not in ADDRESSEE_DEPS or c.i <= verb.i or c.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue
        case = next((g for g in c.children if g.dep_ == "case" and g.i < c.i), None)
        dative = case is not None and case.lower_ in DATIVE_CASES
        if case is not None and not dative:
            continue
        wanted = {"de", "d'", "d’"} if dative else {"à"}
        for inf in c.children:
            # an acl, or an nmod when the infinitive is pronominal ("aux éleveurs de s'adapter")
            if inf.i > c.i and inf.dep_ in {"acl", "nmod"} and "Inf" in inf.morph.get("VerbForm", []):
                mark = next((g for g in inf.children if g.dep_ == "mark" and g.i < inf.i), None)
                if mark is not None and mark.lower_ in wanted:
                    return c
        if modified_addressee(verb, c, wanted):  # "invite les automobilistes concernés à porter …"
            return c
    return None


PERCEPTION_VERBS = {"observer", "constater", "remarquer", "noter", "relever", "voir", "regarder", "entendre"}


def perceived_event(verb: Token, infinitive: Token) -> bool:
    """ "Il observe les prix flamber", "elle voit les clients partir": a verb of finding with an
    infinitive that has its own subject reports what was seen, not what was said."""
    return verb.lemma_ in PERCEPTION_VERBS and any(
        t.pos_ in {"NOUN", "PROPN", "PRON"} for t in verb.doc[verb.i + 1 : infinitive.i]
    )


def infinitive(tok: Token) -> bool:
    """An infinitive complement: a verb, a predicate with an infinitive copula ("assure être
    prête à …", "dit être innocent"), or the auxiliary of a compound infinitive ("reconnaît avoir
    menti"), also of the past ("affirme avoir été l'une de ses victimes")."""
    if tok.pos_ == "VERB" or detached_participle(tok) is not None:
        return True
    return tok.pos_ in {"ADJ", "NOUN", "PRON"} and any(
        c.dep_ in {"cop", "aux:tense"} and c.i < tok.i and "Inf" in c.morph.get("VerbForm", [])
        for c in tok.children
    )


def bare_clause(verb: Token) -> tuple[int, int] | None:
    """ "X a déclaré à Reuters Lavrov s'était rendu …": a reported clause without "que"."""
    doc = verb.doc
    end_tok = doc[verb.sent.end - 1]
    toks = [t for t in doc[verb.i + 1 : verb.sent.end] if not t.is_space]
    if not toks or any("\n" in t.text for t in doc[verb.i + 1 : verb.sent.end]):
        return None
    i = 0
    # skip adverbs, times and an addressee ("à Reuters", "aux journalistes")
    while i < len(toks) and (toks[i].pos_ in {"ADV"} or toks[i].text == ","):
        i += 1
    if i < len(toks) and toks[i].lower_ in {"à", "aux", "au", "devant"}:
        i += 1
        while (
            i < len(toks)
            and toks[i].pos_ in {"DET", "PROPN", "NOUN", "ADJ"}
            and toks[i].text[:1].isupper() == (toks[i].pos_ == "PROPN")
        ):
            if toks[i].pos_ in {"PROPN", "NOUN"}:
                i += 1
                break
            i += 1
    quote = inside(doc_quotes(doc), verb.idx)  # "« …, assure la grande distribution », explique X"
    rest = [t for t in toks[i:] if quote is None or t.idx < quote[1]]
    if verb.dep_ in {"advcl", "acl"} and any(c.dep_ == "mark" for c in verb.children):
        return None  # "Lorsque Thomas lance son lave-vaisselle, il doit …", "En étant prévenu …, X"
    # a verb of a relative clause: the main clause's verb after it says nothing of its own
    # ("Ces volontaires qui assurent le bon déroulement … sont indispensables")
    governing = {a.i for a in verb.ancestors} if verb.dep_ == "acl:relcl" else set()
    finite = [
        t
        for t in rest
        if t.pos_ in {"VERB", "AUX"}
        and "Fin" in t.morph.get("VerbForm", [])
        and not in_noun_phrase(t, verb)
        and t.i not in governing
        and t.head.i not in governing
    ]
    if (
        not rest
        or not finite
        or rest[0].pos_ in {"VERB", "AUX", "ADP", "SCONJ", "CCONJ"}
        or object_only(verb, rest[0], finite)  # "ont refusé un article …, qui portait sur …"
        or words(" ".join(t.text for t in rest)) < 4
    ):
        return None
    last = end_tok
    while last.i > rest[0].i and ((last.is_punct and last.text not in QUOTE_MARKS) or last.is_space):
        last = doc[last.i - 1]
    return rest[0].idx, last.idx + len(last)


def in_noun_phrase(tok: Token, verb: Token) -> bool:
    """A verb inside a relative clause or a noun's complement ("une enquête sur les atrocités qui
    auraient été commises"), not the head of a reported clause."""
    for _ in range(6):
        if tok.head.i == tok.i or tok.head.i == verb.i:
            return False
        tok = tok.head
        if tok.pos_ in {"NOUN", "PROPN", "PRON"}:
            return True
    return False
