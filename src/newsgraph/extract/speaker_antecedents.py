"""The people a pronoun incise may take up from the narration sentences before it, beside the
speakers already heard: a person described by a noun or named by a first name the tagger missed,
as the subject of any clause ("Quand Caroline a vu la foule, elle a eu peur"), the antecedent of a
subject relative ("comme cet homme qui a guetté le ciel"), the agent of a passive ("contestée par
l'avocate du prévenu") or an example ("à l'instar de ce passant"). The nearest sentence that has
one agreeing with the pronoun answers; a sentence whose subject is the pronoun itself (or another
personal pronoun) hands the search on to the sentence before it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.context import DocContext, per_context
from newsgraph.extract.entities import INDEFINITE, is_role
from newsgraph.extract.entity_spans import SINGULAR_DEMONYM_RE, SINGULAR_PERSON_DETS, first_names
from newsgraph.extract.event_role_asides import is_source
from newsgraph.extract.speaker_appositions import apposed, apposed_name, introduced
from newsgraph.extract.speaker_compounds import compound_bounds
from newsgraph.extract.speaker_nouns import (
    FEMININE_AGENT_ENDINGS,
    is_subject_mention,
    person_noun,
    speaker_kind,
)
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote
from newsgraph.extract.speech_subjects import PRONOUNS_PL, RELATIVE
from newsgraph.names import fold_spaced as fold

SENTENCES_BACK = 3  # narration sentences a pronoun's referent is looked for in
EXAMPLE_MARKERS = {"comme", "instar"}  # "comme cet homme", "à l'instar de ce quidam"
PERSON_LABELS = {"PER", "ANON", "GROUP"}


@per_context("newsgraph.recent_referent")  # several candidates ask about the same pronoun
def recent_referent(ctx: DocContext, at: int, pronoun: str) -> tuple[Token, str] | None:
    """The head of the nearest person the narration before the pronoun at ``at`` puts forward, with
    its type ("person" for a first name, else the noun's speaker type); None when none agrees."""
    doc = ctx.sdoc
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    quotes = doc_quotes(doc)
    plural = pronoun in PRONOUNS_PL
    feminine = "elle" in pronoun
    own = narration_before(doc, span[0].sent, at, quotes) or embedding_clause(doc, span[0], at)
    if own is not None:  # "…, à l'instar de ce passant : « … », assure-t-il"
        found = [h for h in salient_people(ctx, own, quotes) if agrees(h, plural, feminine)]
        if found and not named_for(ctx, found[-1], own):
            return found[-1], referent_type(ctx, found[-1])
    if span[0].sent.start == 0:
        return None
    sent = doc[span[0].sent.start - 1].sent
    seen = 0
    for _ in range(SENTENCES_BACK + 3):
        if "\n" in doc[sent.end - 1].text and seen:
            return None  # a paragraph break ends the search
        if not inside_quote(quotes, sent.start_char + 1) and not inside_quote(quotes, sent.end_char - 2):
            found = [h for h in salient_people(ctx, sent, quotes) if agrees(h, plural, feminine)]
            if found:
                head = found[-1]
                if named_for(ctx, head, sent):
                    return None  # the name is the person: the speaker rules weigh it
                return head, referent_type(ctx, head)
            if any(m.label == "PER" for m in ctx.mentions_within(sent.start_char, sent.end_char)):
                return None  # a person named in passing is nearer: the speaker rules weigh it
            seen += 1
            if seen >= SENTENCES_BACK:
                return None
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
    return None


def own_clause_referent(ctx: DocContext, at: int, pronoun: str) -> Token | None:
    """The people a plural pronoun takes up inside its own sentence, when it is the subject of a
    clause hanging on a verb whose subject they are: "Les consommateurs refusent de payer plus,
    même s'ils reconnaissent que …" (the subject before it, agreeing, not a name's description)."""
    doc = ctx.sdoc
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or pronoun not in PRONOUNS_PL:
        return None
    own = embedding_clause(doc, span[0], at)
    if own is None:
        return None
    found = [h for h in salient_people(ctx, own, doc_quotes(doc)) if agrees(h, True, "elle" in pronoun)]
    return found[-1] if found and not named_for(ctx, found[-1], own) else None


def narration_before(doc: Doc, sent: Span, at: int, quotes: list[tuple[int, int]]) -> Span | None:
    """The words of the pronoun's own sentence before its first quote, when it opens on narration."""
    first = next((q for q in quotes if sent.start_char <= q[0] < at), None)
    if first is None or first[0] - sent.start_char < 20:
        return None
    return doc.char_span(sent.start_char, first[0], alignment_mode="contract")


EMBEDDED_DEPS = {"acl:relcl", "advcl", "ccomp", "acl", "conj"}


def embedding_clause(doc: Doc, pronoun: Token, at: int) -> Span | None:
    """The words of the pronoun's own sentence before it, when the pronoun is the subject of a clause
    inside that sentence: "La chanteuse a publié une lettre où elle dénonce …", "Le maire est
    sorti et il a annoncé …" (the subject of the clause it hangs on comes first)."""
    verb = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubj:pass"} or verb.dep_ not in EMBEDDED_DEPS or verb.head.i == verb.i:
        return None
    sent = pronoun.sent
    return doc.char_span(sent.start_char, at, alignment_mode="contract") if at > sent.start_char else None


def salient_people(ctx: DocContext, sent: Span, quotes: list[tuple[int, int]]) -> list[Token]:
    """Heads of the people a narration sentence puts forward, in text order; a name introduced
    with an age or a person noun (``introduced``) in another place than the subject's counts when
    no person is the subject ("Plus loin, nous rencontrons Odette, 93 ans"; not "Marie garde
    Jeanne, 70 ans": Marie)."""
    out, brought = [], []
    for tok in sent:
        if tok.pos_ not in {"NOUN", "PROPN"} or inside_quote(quotes, tok.idx):
            continue
        if not (first_name(ctx, tok) or people_noun(tok) or (introduced(tok) and not apposed(tok))):
            continue  # a name introduced so is brought in, a person mention or not
        if said_of(tok):
            continue  # "Moussa explique que son bébé a la varicelle": the speaker is put forward
        if salient_place(tok):
            out.append(tok)
        elif (introduced(tok) and not apposed(tok)) or met_by_reporters(tok):
            brought.append(tok)
    if any(t.dep_ in {"nsubj", "nsubj:pass"} for t in out):
        return out
    return sorted(out + brought, key=lambda t: t.i)


REPORTERS = {"nous", "on"}
MEETING_DEPS = {"obj", "obl:arg"}


def met_by_reporters(tok: Token) -> bool:
    """Someone the reporters meet, introduced by "un" / "une" as the object of a clause whose subject
    is "nous" or "on": "Nous croisons un homme dont la maison a brûlé", "On rencontre une retraitée"
    (brought in as a name introduced so is, when no person is the subject)."""
    if tok.dep_ not in MEETING_DEPS or "Plur" in tok.morph.get("Number", []) or not people_noun(tok):
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"un", "une"} for c in tok.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in REPORTERS for c in tok.head.children)


def said_of(tok: Token) -> bool:
    """The subject of a clause said by someone named or described as the subject of its speech verb
    ("Moussa explique que son enfant a la varicelle"): the person spoken of, not the one the sentence
    puts forward."""
    clause = tok.head
    if tok.dep_ not in {"nsubj", "nsubj:pass"} or clause.dep_ != "ccomp":
        return False
    verb = clause.head  # "Claire Roy, infirmière, raconte que …": the verb parsed as the name's modifier
    if verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.pos_ == "PROPN":
        return True
    return any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or people_noun(c)) for c in verb.children)


def salient_place(tok: Token) -> bool:
    """Subject of a clause other than a relative, antecedent of a subject relative, agent of a
    passive, an example led by "comme" / "à l'instar de" / "à l'image de", or the source "selon" or
    "d'après" cites ("Oui, selon un économiste." before « … », prévient-il)."""
    if tok.dep_ in {"nsubj", "nsubj:pass"}:
        return not in_relative(tok)
    if tok.dep_ == "obl:agent":
        return True
    if tok.dep_ in {"flat:name", "appos"}:
        return False
    if subject_possessor(tok):
        return True
    if tok.dep_ != "nmod" and any(c.dep_ == "acl:relcl" and subject_relative(c) for c in tok.children):
        return True  # not "les thèses de la candidate qui l'ont convaincue" (a noun's complement)
    doc = tok.doc
    left = tok.left_edge.i
    before = {doc[k].lower_ for k in range(max(0, left - 3), left)}
    before |= {c.lower_ for c in tok.children if c.dep_ == "case"}
    # a definite source takes up someone named before ("Oui, selon le spécialiste"): only "un", "une"
    cited = is_source(tok) and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children)
    return bool(before & EXAMPLE_MARKERS or cited or like_image(doc, left))


def subject_possessor(tok: Token) -> bool:
    """The person whose thing, act or feeling is a clause's subject: "L'intention du médecin est
    d'alerter …", "La colère du maire ne retombe pas" (the doctor, the mayor; not "le fils du maire",
    a person himself, nor a subject inside a relative clause)."""
    owned = tok.head
    return (
        tok.dep_ == "nmod"
        and owned.i < tok.i
        and owned.dep_ in {"nsubj", "nsubj:pass"}
        and owned.pos_ == "NOUN"
        and not people_noun(owned)
        and not is_role(owned)
        and not in_relative(owned)
    )


def like_image(doc: Doc, left: int) -> bool:
    """ "à l'image de" just before the phrase starting at ``left``: an example, like "comme"
    ("Chacun tente sa chance, à l'image de la maire"; not "l'image de la ministre" as an object)."""
    words = [t.lower_.replace("’", "'") for t in doc[max(0, left - 4) : left + 1]]  # "de" may lead it
    return " ".join(words).endswith(("à l' image de", "à l' image de la", "à l' image du", "à l' image des"))


def subject_relative(clause: Token) -> bool:
    """A relative clause whose subject is the relative pronoun ("… qui a guetté le ciel")."""
    return any(g.lower_ in RELATIVE and g.dep_ == "nsubj" for g in clause.children)


def in_relative(tok: Token) -> bool:
    """The token's clause is a relative clause (its subject is no referent of the narration)."""
    head = tok.head
    for _ in range(6):
        if head.dep_ == "acl:relcl":
            return True
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def first_name(ctx: DocContext, tok: Token) -> bool:
    """A first name no person mention covers: a known one the tagger took for a place ("Quand
    Caroline a vu …"), or a capitalised proper noun subject that no mention covers at all
    ("Janice vient de finir ses études": places and organisations are found by the tagger)."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.text.isupper() or len(tok.text) < 3:
        return False
    covering = ctx.mentions_at(tok.idx)
    if any(m.label == "PER" for m in covering):
        return False
    if fold(tok.text) in first_names() or introduced(tok):  # "Odette, 93 ans": a name all the same
        return all(" " not in m.name.strip() for m in covering)
    doc = tok.doc
    opens = tok.i == tok.sent.start or doc[tok.i - 1].text == ","
    k = tok.i + 1
    while k < len(doc) and doc[k].dep_ == "flat:name" and doc[k].pos_ == "PROPN":
        k += 1  # "Sihal Bouhlan a déjà enseigné"
    before_verb = k < len(doc) and (doc[k].pos_ in {"VERB", "AUX"} or doc[k].text == ",")
    return not covering and tok.dep_ == "nsubj" and opens and before_verb  # "Janice vient", "Olga, 35 ans,"


def people_noun(tok: Token) -> bool:
    """A noun of a person or of people with its determiner, not an institution ("Devenir
    propriétaire était son rêve": a bare noun refers to no one); the article may be contracted
    with its preposition ("la colère du maire", tagged a preposition with a definite article)."""
    if tok.pos_ != "NOUN" or not any(
        c.dep_ == "det" or (c.dep_ == "case" and "Def" in c.morph.get("Definite", [])) for c in tok.children
    ):
        return False
    if "Plur" in tok.morph.get("Number", []):
        return is_role(tok) or speaker_kind(tok) == "group"
    return person_noun(tok)


def agrees(head: Token, plural: bool, feminine: bool) -> bool:
    """Number and gender agree with the pronoun (the determiner knows best: "la ministre")."""
    if ("Plur" in head.morph.get("Number", [])) != plural:
        return False
    if head.pos_ == "PROPN":
        return first_names().get(fold(head.text)) in {"f" if feminine else "m", None}
    det = next((c for c in head.children if c.dep_ == "det" and c.morph.get("Gender", [])), None)
    gender = (det or head).morph.get("Gender", [])  # "l'ami" / "l'amie": the noun's own form
    if det is None and feminine_form(head):
        gender = ["Fem"]  # "l'agricultrice", lemmatised "agriculteur", is tagged masculine
    return not (("Fem" in gender and not feminine) or ("Masc" in gender and feminine))


def feminine_form(head: Token) -> bool:
    """A feminine agent noun by its ending, whose lemma is the masculine ("agricultrice")."""
    return head.lower_.endswith(FEMININE_AGENT_ENDINGS) and head.lemma_.lower() != head.lower_


def phrase_gender(head: Token, det: Token | None) -> list[str]:
    """The gender of a phrase of people: its determiner's, else its noun's, feminine where the noun
    (or the last piece of a split compound: "les aides-soignantes") has a feminine agent ending the
    tagger reads masculine ("les vendeuses", "les agricultrices", lemmatised "vendeur")."""
    if det is not None and det.morph.get("Gender", []):
        return det.morph.get("Gender", [])
    last = head.doc[compound_bounds(head)[1]]
    return ["Fem"] if feminine_form(head) or feminine_form(last) else head.morph.get("Gender", [])


def group_agrees(head: Token, feminine: bool) -> bool:
    """A plural noun of people, with its first determiner, agrees with "elles" (``feminine``) or
    "ils": "elles" is no group of men ("les ouvriers"), "ils" none of women only; a phrase of no known
    gender agrees with both."""
    gender = phrase_gender(head, next((c for c in head.children if c.dep_ == "det"), None))
    return not gender or feminine == ("Fem" in gender)


def referent_type(ctx: DocContext, head: Token) -> str:
    if head.pos_ == "PROPN":
        return "person"
    if "Plur" in head.morph.get("Number", []):
        return "group"
    return "anonymous"


def first_name_phrase(head: Token) -> tuple[str, int]:
    """A first name with the names after it ("Janice Roux"), and where it starts."""
    doc = head.doc
    end = head.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].dep_ == "flat:name":
        end += 1
    return doc[head.i : end].text, head.idx


def singular_demonym(ctx: DocContext, head: Token) -> bool:
    """ "un Niçois", "une Lyonnaise", "cet Ardéchois": one inhabitant (the tagger calls the word
    a place), after a determiner that cannot stand before a place name."""
    if head.pos_ != "PROPN" or head.i == 0 or not head.text[:1].isupper():
        return False
    det = head.doc[head.i - 1].lower_
    if head.doc[head.i - 1].text in DEFINITE_SINGULAR:  # lowercase: "Le Parisien" is a newspaper
        return definite_demonym(ctx, head)
    if det not in SINGULAR_PERSON_DETS or det in {"jeune", "seul", "seule"}:
        return False
    return bool(SINGULAR_DEMONYM_RE.search(head.lower_) or head.lower_.endswith(("ois", "ais")))


DEFINITE_SINGULAR = {"le", "la", "l'", "l’"}
PEOPLE_ENDINGS = ("ais", "aise", "ois", "oise", "ien", "ienne")  # not "-an", "-in": "le Vatican", "le Bénin"


def definite_demonym(ctx: DocContext, head: Token) -> bool:
    """ "dit le Français", "raconte la Niçoise": the subject of a verb, a singular demonym of the
    surest endings after a definite article, is the inhabitant the report described (not a
    newspaper or a team the tagger knows, nor a source: "selon le Parisien")."""
    if any(c.dep_ == "case" for c in head.children) or any(
        m.label == "ORG" for m in ctx.mentions_at(head.idx)
    ):
        return False
    return head.lower_.endswith(PEOPLE_ENDINGS)


DEMONSTRATIVES = {"ce", "cet", "cette"}


def demonstrative(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in head.children)


def named_before(ctx: DocContext, head: Token) -> bool:
    """A person is named in the sentence before the one of ``head``: a demonstrative description
    ("cette mère de famille") takes that person up."""
    sent = head.sent
    if sent.start == 0:
        return False
    prev = head.doc[sent.start - 1].sent
    return any(m.label == "PER" for m in ctx.mentions_within(prev.start_char, head.idx))


def named_after(ctx: DocContext, head: Token, sent: Span) -> bool:
    """A person is named after the description as its apposition or as the predicate of its copula
    ("Le premier client est le fleuriste du quartier, Erik Dahl"; not "Le maire a reçu Paul Roy")."""
    copula = head.dep_ in {"nsubj", "nsubj:pass"} and any(c.dep_ == "cop" for c in head.head.children)
    end = sent.end_char if copula else head.right_edge.idx + len(head.right_edge)
    own = head.idx + len(head)  # a name is no description: its own mention is not one "after" it
    return any(m.label == "PER" and m.start >= own for m in ctx.mentions_within(head.idx, end))


def definite_singular(head: Token) -> bool:
    return "Plur" not in head.morph.get("Number", []) and any(
        c.dep_ == "det" and c.lower_ in DEFINITE_SINGULAR for c in head.children
    )


def sole_subject_before(ctx: DocContext, head: Token) -> bool:
    """The sentence before the one of ``head`` names one person, as its subject: a definite role
    subject takes that person up ("Marc Vidal a le sens du récit. Dans les années 90, le chef
    bouscule les habitudes"; not after "Le maire a reçu Paul Roy" nor after two names)."""
    sent = head.sent
    if sent.start == 0:
        return False
    prev = head.doc[sent.start - 1].sent
    people = {m.key: m for m in ctx.mentions_within(prev.start_char, prev.end_char) if m.label == "PER"}
    return len(people) == 1 and all(is_subject_mention(ctx, m) for m in people.values())


def named_for(ctx: DocContext, head: Token, sent: Span) -> bool:
    """The description stands for a person named beside it: a demonstrative right after a name
    ("Aurélie Roux vient d'emprunter. Cette mère de famille …"), a definite role right after the one
    person the sentence before has as subject, or a name after it in its sentence ("Le premier
    client est le fleuriste du quartier, Erik Dahl")."""
    return (
        (demonstrative(head) and named_before(ctx, head))
        or (is_role(head) and definite_singular(head) and sole_subject_before(ctx, head))
        or named_after(ctx, head, sent)
        or apposed_name(ctx, head) is not None  # "Yvonne Roux, 89 ans, une résidente, …"
    )
