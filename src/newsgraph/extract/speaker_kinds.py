"""Speakers the subject resolver does not know: documents ("le rapport de l'inspection" speaks,
or its author), partitives ("l'une d'entre elles", "une autre"), possessives ("sa voisine"),
relatives of someone named ("le bras droit de X" is not X), "on" placed by "Du côté de X, on …",
and any noun after an inverted speech verb ("commente un kiosquier")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.context import DocContext, doc_text, per_context
from newsgraph.extract.entities import is_role, np_span, strip_determiner
from newsgraph.extract.speaker_compounds import compound_head
from newsgraph.extract.speaker_descriptions import described_person, placed_after
from newsgraph.extract.speaker_nouns import figure_nouns, finding_nouns, singular, speaker_kind
from newsgraph.extract.speaker_partitives import one_of_group
from newsgraph.extract.speaker_relatives import act_author
from newsgraph.extract.speaker_sides import side_phrase, side_state
from newsgraph.extract.speech_demonstratives import latest_anaphor
from newsgraph.extract.speech_lexicon import document_nouns
from newsgraph.extract.speech_speakers import Speaker, concerned_person
from newsgraph.extract.speech_subjects import possessor, subject_of
from newsgraph.names import fold_spaced as fold

PARTITIVE_HEADS = {
    "un",
    "une",
    "l'un",
    "l'une",
    "l’un",
    "l’une",
    "autre",
    "l'autre",
    "l’autre",
    "certains",
    "certaines",
    "d'autres",
    "d’autres",
    "autres",  # "D'autres affirment …" (the tokenizer splits off "d'"), "Les autres estiment …"
    "plusieurs",
    "beaucoup",
    "la plupart",
    "chacun",
    "chacune",
}

PLACE_CASES = {"à", "en", "dans", "au", "aux"}
"""The prepositions of a place a document is about ("une étude, en France, …"), not of its author."""

SIDE_OPENERS = (
    "du côté de",
    "du côté du",
    "du côté des",
    "chez",
    "à l'",
    "au",
    "dans l'entourage de",
    "dans l'entourage du",
    "dans le camp de",
    "dans le camp du",
    "à",
    "aux",
)


@per_context("newsgraph.special_speaker")  # asked again by the rules and the resolver of the same heads
def special_speaker(ctx: DocContext, head: Token) -> Speaker | None:
    """Speakers the general resolver does not know: a document ("le rapport de l'inspection"), a
    partitive ("l'une d'entre elles", "une autre"), "on" placed by "Du côté de X, on …"."""
    head = compound_head(head)  # "l'état-major", "une sage-femme" split by the tokenizer
    doc = head.doc
    low = head.lower_
    if (reporter := described_person(ctx, head)) is not None:  # "précise la journaliste", "dit le Français"
        return reporter
    if low == "on" or low == "-on":
        return side_speaker(ctx, head) or placed_after(ctx, head)
    figures = singular(head) in figure_nouns() and possessor(head) is None  # "selon leurs calculs": theirs
    figures = figures or (singular(head) in finding_nouns() and document_complement(head))
    if head.pos_ == "NOUN" and (head.lemma_.lower() in document_nouns() or figures):
        if author_complement(ctx, head) is not None or act_author(ctx, head) is not None:
            return None  # "le rapport de la Cour des comptes", "le communiqué du club": the author speaks
        span = np_span(head)
        name = strip_determiner(span)
        return Speaker(name, "organization", span.start_char, "doc:" + fold(name))
    if (
        head.pos_ == "NOUN"
        and head.lemma_.lower() in RELATION_NOUNS
        and any(c.dep_ == "nmod" and c.i > head.i for c in head.children)
    ):
        # "le bras droit de Vladimir Poutine", "l'avocat de la famille": someone else than the one named
        span = np_span(head)
        if "Plur" in head.morph.get("Number", []):  # "les proches de la victime", "les avocats de X": several
            return Speaker(strip_determiner(span), "group", span.start_char, "group:" + fold(span.text))
        return Speaker(strip_determiner(span), "anonymous", span.start_char, "anon:" + fold(span.text))
    det = doc[head.i - 1].lower_ if head.i > 0 else ""
    if (
        det in {"sa", "son", "ses", "leur", "leurs"}
        and head.pos_ == "NOUN"
        and is_role(head)
        and not ctx.mentions_at(head.idx)
    ):  # "interroge sa voisine": someone near the last speaker
        span = np_span(head)
        plural = "Plur" in head.morph.get("Number", [])
        return Speaker(
            span.text,
            "group" if plural else "anonymous",
            span.start_char,
            ("group:" if plural else "anon:") + fold(span.text),
        )
    if low in {"tous", "toutes"} and head.dep_ == "nsubj":  # "Tous pensent que …"
        return Speaker(head.text, "group", head.idx, "group:" + fold(head.text))
    if low in {"chacun", "chacune"} and not each_of_people(head):
        return None  # "chacun est appelé à …", "chacun de ses films lui rapporte …"
    if low in PARTITIVE_HEADS or (head.pos_ in {"PRON", "NUM"} and low in {"un", "une"}):
        start = (
            head.i - 1
            if head.i > 0 and doc[head.i - 1].lower_ in {"l'", "l’", "une", "un", "d'", "d’"}
            else head.i
        )
        end = head.i + 1
        while (
            end < len(doc)
            and end - head.i < 6
            and doc[end].text not in {",", ".", "!", "?", ";", ":"}
            and "\n" not in doc[end].text
            and (doc[end].pos_ in PHRASE_POS or noun_misread(doc[end], head))  # "un autre supporter"
            and not verb_clitic(doc[end])  # "D'autres se réjouissent", "certains lui reprochent"
            and not gerund_mark(doc[end])  # "déplore l'un d'eux en se penchant"
            and not clause_opener(doc[end], end == head.i + 1)  # "Pour certains cette mesure est …"
        ):
            end += 1
        name = doc[start:end].text
        if (one := one_of_group(ctx, list(doc[start:end]))) is not None:  # "l'un d'entre eux": of a group
            return Speaker(one[0], "anonymous", doc[start].idx, "anon:" + fold(one[0]))
        if low in PLURAL_PARTITIVES:  # "d'autres", "certaines": several people, a group
            return Speaker(name, "group", doc[start].idx, "group:" + fold(name))
        return Speaker(name, "anonymous", doc[start].idx, "anon:" + fold(name))
    return None


PHRASE_POS = {"ADP", "PRON", "DET", "NOUN", "ADJ", "PROPN"}
OF_FORMS = {"de", "des", "du", "d'", "d’", "d'entre", "d’entre"}


def noun_misread(tok: Token, head: Token) -> bool:
    """A noun of people the tagger read as a verb right after "autre": "un autre supporter", "une
    autre manifestante" (an infinitive or a participle cannot follow "un autre" bare)."""
    return (
        tok.i == head.i + 1
        and head.lower_ in {"autre", "autres"}
        and tok.pos_ in {"VERB", "AUX"}
        and bool({"Inf", "Part"} & set(tok.morph.get("VerbForm", [])))
    )


def clause_opener(tok: Token, first: bool) -> bool:
    """Right after the partitive, a determiner or pronoun other than "de" opens the next clause
    (no comma between them): "Pour certains cette mesure …", "Pour d'autres il faut …"."""
    return first and tok.pos_ in {"DET", "PRON"} and tok.lower_ not in OF_FORMS


def gerund_mark(tok: Token) -> bool:
    """The "en" of a gerund ("en se penchant", "en souriant"), no part of a subject."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        tok.lower_ == "en"
        and nxt is not None
        and (nxt.pos_ in {"VERB", "AUX"} or nxt.lower_ in {"se", "s'", "s’"})
    )


def verb_clitic(tok: Token) -> bool:
    """A clitic pronoun of the verb that follows it ("se", "lui", "le"), no part of a subject."""
    verb = tok.head
    return tok.pos_ == "PRON" and verb.pos_ in {"VERB", "AUX"} and tok.i < verb.i and tok.dep_ != "nmod"


PLURAL_PARTITIVES = {"autres", "d'autres", "d’autres", "certains", "certaines", "plusieurs", "beaucoup"}


def each_of_people(head: Token) -> bool:
    """ "Chacun accuse …", "chacune des candidates affirme …": the subject of an active verb, and
    of people when a complement says of whom."""
    if head.dep_ != "nsubj":
        return False
    of = next((c for c in head.children if c.dep_ == "nmod" and c.i > head.i), None)
    return of is None or of.pos_ == "PRON" or is_role(of) or speaker_kind(of) is not None


RELATION_NOUNS = {
    "bras",
    "fils",
    "fille",
    "femme",
    "mari",
    "épouse",
    "époux",
    "frère",
    "sœur",
    "père",
    "mère",
    "avocat",
    "avocate",
    "proche",
    "entourage",
    "collaborateur",
    "collaboratrice",
    "ami",
    "amie",
    "compagnon",
    "compagne",
    "conseiller",
    "conseillère",
    "adjoint",
    "adjointe",
    "bras-droit",
}

ANON_DETS = {"un", "une", "sa", "son", "cet", "cette", "ce", "le", "la", "l'", "l’", "leur", "notre"}

GROUP_DETS = {
    "des",
    "les",
    "ses",
    "ces",
    "leurs",
    "nos",
    "plusieurs",
    "certains",
    "certaines",
    "deux",
    "trois",
}


def described_speaker(ctx: DocContext, head: Token) -> Speaker | None:
    """The subject of an inverted speech verb is someone, whatever the noun: "enchaîne son voisin",
    "commente un kiosquier", "a ajouté un senior" (anonymous, or a group when plural)."""
    head = compound_head(head)
    if head.pos_ not in {"NOUN", "ADJ", "VERB"} or ctx.mentions_at(head.idx) or is_role(head):
        return None
    if latest_anaphor(head):
        return None  # "explique ce dernier": the person named last (speech_speakers)
    if (concerned := concerned_person(ctx, head)) is not None:
        return concerned  # "raconte l'intéressée": the one named last
    doc = head.doc
    if head.i + 1 < len(doc):
        # "le docteur Jean-Pierre Bouchard", "le colonel Michel Goya": a title before a name
        named = next((m for m in ctx.mentions_at(doc[head.i + 1].idx) if m.label == "PER"), None)
        if named is not None and named.start == doc[head.i + 1].idx:
            return Speaker(named.name, "person", named.start, named.key)
    det = next(
        (doc[j].lower_ for j in range(head.i - 1, max(-1, head.i - 4), -1) if doc[j].pos_ == "DET"), ""
    )
    if det not in ANON_DETS | GROUP_DETS:
        return None
    span = np_span(head)
    name = strip_determiner(span)
    if det in GROUP_DETS or "Plur" in head.morph.get("Number", []):
        return Speaker(name, "group", span.start_char, "group:" + fold(name))
    return Speaker(name, "anonymous", span.start_char, "anon:" + fold(name))


def document_author(ctx: DocContext, head: Token) -> Token | None:
    """ "le rapport de la Cour des comptes" -> "Cour"; None for other heads."""
    return author_complement(ctx, head) if head.lemma_.lower() in document_nouns() else None


def author_complement(ctx: DocContext, head: Token) -> Token | None:
    """The complement of a document or of its figures that names who wrote it ("le rapport de la
    Cour", "un sondage Ifop", "une étude réalisée par X"), not a place it is about: "selon une étude,
    en France, …", "une étude à Lyon"."""
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "nmod"
            and c.i > head.i
            and not any(k.dep_ == "case" and k.lower_ in PLACE_CASES for k in c.children)
            and any(m.label in {"ORG", "PER", "GPE", "LOC"} for m in ctx.mentions_at(c.idx))
        ),
        None,
    )


def side_speaker(ctx: DocContext, on: Token) -> Speaker | None:
    """ "Du côté du gouvernement, on estime que …", "À l'Élysée, on assure que …": the place speaks."""
    text = doc_text(ctx.sdoc)
    found = side_phrase(on)
    if found is None:
        return None
    start, end = found
    mentions = [
        x for x in ctx.mentions_within(start, end) if x.label in {"ORG", "PER", "GPE", "LOC", "GROUP"}
    ]
    if mentions:
        best = mentions[0]
        type_ = {"PER": "person", "ORG": "organization", "GROUP": "group"}.get(best.label, "organization")
        return Speaker(best.name, type_, best.start, best.key)
    name = text[start:end].strip()
    state = side_state(name)
    if state is not None:
        return Speaker(state, "gpe", start, "gpe:" + fold(state))
    return Speaker(name, "organization", start, "org:" + fold(name))


# ---------------------------------------------------------------- quotes


def person_subject(ctx: DocContext, sent: Span) -> tuple[Token | None, Token | None]:
    """A sentence about a named person, their own action or stance, which introduces the quote after
    it: "La docteure Claire Vidal recommande le casque. « Les études montrent … »". Its root verb and
    a subject inside a person's mention (a pronoun or a noun without a name does not introduce)."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX", "ADJ", "NOUN"}:
        return None, None
    head = subject_of(root)
    if head is None or head.pos_ == "PRON" or not sent.start <= head.i < sent.end:
        return None, None
    edge, last = head.left_edge, head.right_edge
    person = next((m for m in ctx.mentions_within(edge.idx, last.idx + len(last)) if m.label == "PER"), None)
    if person is None or not (edge.idx <= person.start and person.end <= root.idx):
        return None, None
    return root, head


def lead_subject(ctx: DocContext, lead: Span) -> Token | None:
    """The subject of a lead before a colon, when it names someone: "Les habitants, eux, n'en peuvent
    plus : « … »", "Une mère de famille est désespérée : « … »" (a person, a role or a group; not a
    thing, not a pronoun)."""
    root = next((t for t in lead if t.head.i == t.i or not lead.start <= t.head.i < lead.end), None)
    if root is None or root.pos_ not in {"VERB", "AUX", "ADJ", "NOUN"}:
        return None
    head = subject_of(root)
    if head is None or head.pos_ == "PRON":
        head = dislocated_subject(lead) or head
    if head is None or head.pos_ == "PRON" or not lead.start <= head.i < lead.end:
        return None
    known = any(m.label in {"PER", "ORG", "ANON", "GROUP"} for m in ctx.mentions_at(head.idx))
    return head if known or is_role(head) else None


DISLOCATED = {"lui", "elle", "eux", "elles", "il"}


def dislocated_subject(lead: Span) -> Token | None:
    """The noun phrase a lead opens on and a pronoun between commas takes up: "Sophie Garnier,
    elle, a choisi de rester : « … »", "Le maire, lui, reste prudent : « … »" (the parser often
    hangs both on the verb as modifiers)."""
    doc = lead.doc
    for t in lead:
        if (
            t.text == ","
            and t.i + 2 < lead.end
            and doc[t.i + 1].lower_ in DISLOCATED
            and doc[t.i + 2].text == ","
        ):
            phrase = doc[lead.start : t.i]
            nouns = [x for x in phrase if x.pos_ in {"NOUN", "PROPN"}]
            if not nouns or any(x.pos_ in {"VERB", "AUX"} for x in phrase):
                return None
            heads = [x for x in nouns if x.head.i == x.i or not phrase.start <= x.head.i < phrase.end]
            return (heads or nouns)[0]
        if t.pos_ in {"VERB", "AUX"}:
            return None
    return None


def document_complement(head: Token) -> bool:
    """The noun's complement is a document ("les résultats de l'enquête", "les conclusions du rapport
    de l'inspection"), not a thing it depends on ("selon les résultats des autres matchs")."""
    documents = document_nouns()
    return any(c.dep_ == "nmod" and c.i > head.i and c.lemma_.lower() in documents for c in head.children)
