"""The group a plural subject pronoun of reported speech takes up when no speaker, role subject or
group object before it answers: the last plural noun of people that is the subject of a clause in
the pronoun's own sentence before it or in the two narration sentences before (a sentence whose
subject is the pronoun itself, or a piece cut at a colon, hands the search on)
("Alors que les soldats avancent, ils ne croient pas à …"; "Les éleveurs ont une priorité : nourrir
leurs bêtes. Ils redoutent …"), or a sentence's root the parser made of such a subject with its verb
hung below it ("Les salariés débrayent devant l'usine. Ils se disent …": "débrayent" read as an
``acl`` of "salariés"). "elles" takes up no group of men, "ils" none of women only. Used by
:func:`newsgraph.extract.speech_speakers.resolve_pronoun` last, for "ils" and "elles".

Before it, the same function asks for the people coordinated at the opening of the sentence before
("Marie et Paul tiennent une boulangerie. Ils …": :func:`pair_before`) and for a group that sentence
names as an object or a complement ("Le ministre a reçu les maires. Ils …":
:func:`plural_people_before`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.context import DocContext, sentence_before
from newsgraph.extract.entities import is_role
from newsgraph.extract.entity_spans import first_names
from newsgraph.extract.speaker_antecedents import agrees, first_name, group_agrees
from newsgraph.extract.speaker_nouns import person_noun, speaker_kind
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote
from newsgraph.extract.speech_subjects import PRONOUNS_PL
from newsgraph.names import fold_spaced as fold

SENTENCES_BACK = 2  # narration sentences before the pronoun's own that are searched
MAX_SENTENCES = 4  # sentences before the own one, hands-on ones (passed over) included
SUBJECTS = {"nsubj", "nsubj:pass"}


SUBJECT_FORMS = {"ils": "ils", "elles": "elles", "eux": "ils"}
"""The subject form of a plural pronoun: "selon eux" takes up what a subject "ils" before it does."""


def plural_subject_before(ctx: DocContext, at: int, pronoun: str) -> Token | None:
    """The head noun of the group "ils" / "elles" / "eux" at ``at`` stands for, or None; a sentence
    whose subject is the same pronoun is passed over whole ("Ils attendent que les candidats
    s'engagent. Selon eux, …": not the candidates)."""
    form = SUBJECT_FORMS.get(pronoun)
    if form is None:
        return None
    doc = ctx.sdoc
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    pron = span[0]
    quotes = doc_quotes(doc)
    parts: list[Span] = [doc[pron.sent.start : pron.i]]
    sent, visited = pron.sent, 0
    while len(parts) <= SENTENCES_BACK and visited < MAX_SENTENCES and sent.start > 0:
        sent = doc[sent.start - 1].sent
        visited += 1
        if "\n" in doc[sent.end - 1].text or "\n" in doc[sent.end - 1].whitespace_:
            break  # a paragraph break ends the search
        if not hands_on(sent, form):
            parts.append(sent)
    for part in parts:
        for tok in reversed(part):
            if inside_quote(quotes, tok.idx) or not group_subject(tok):
                continue
            if group_agrees(tok, form == "elles"):
                return tok
    return None


def hands_on(sent: Span, pronoun: str) -> bool:
    """A sentence that does not count in the search: one whose subject is the pronoun itself ("Ils
    ont encore trois semaines …"), or a piece the parser cut at a colon ("… une priorité :
    moissonner vite.")."""
    if any(t.lower_ == pronoun and t.dep_ in SUBJECTS for t in sent):
        return True
    before = sent.doc[sent.start - 1] if sent.start > 0 else None
    return before is not None and before.text == ":"


def group_subject(tok: Token) -> bool:
    """A plural noun of people (a role, a trade, a group: "les agriculteurs", "les salariés") that is
    a clause's subject, or the root the parser made of a subject with its verb hung below it."""
    if tok.pos_ != "NOUN" or "Plur" not in tok.morph.get("Number", []):
        return False
    if not (is_role(tok) or speaker_kind(tok) == "group"):
        return False
    if tok.dep_ in SUBJECTS:
        return True
    return tok.dep_ == "ROOT" and any(
        c.dep_ == "acl" and c.pos_ == "VERB" and c.i > tok.i for c in tok.children
    )


def pair_before(ctx: DocContext, at: int, feminine: bool = False) -> tuple[str, int] | None:
    """The people coordinated at the opening of the narration sentence before the plural pronoun at
    ``at`` (``opening_pair``), the sentences cut at their final punctuation outside quotes (the
    parser often cuts "Marie et Paul" off the verb they agree with)."""
    doc = ctx.sdoc
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    quotes = doc_quotes(doc)
    ends = []
    for k in range(span[0].i - 1, -1, -1):
        tok = doc[k]
        if ("\n" in tok.text or tok.text in {".", "!", "?"}) and not inside_quote(quotes, tok.idx):
            ends.append(k)
            if len(ends) == 2:
                break
    if not ends:
        return None
    start = ends[1] + 1 if len(ends) == 2 else 0
    while start < ends[0] and doc[start].is_space:
        start += 1
    return opening_pair(ctx, doc[start : ends[0] + 1], feminine) if start < ends[0] else None


def opening_pair(ctx: DocContext, sent: Span, feminine: bool = False) -> tuple[str, int] | None:
    """People coordinated by "et" before the plural verb a sentence opens on, whom a plural pronoun
    takes up: "Marie et Paul tiennent une boulangerie. Ils expliquent …", "Un éleveur et sa femme
    ont tout perdu. Ils estiment …", "Les pompiers et les gendarmes sont sur place. Ils …" (the
    phrase without its first determiner, and where it starts); "elles" asks for women only. Read
    on the words, as the parser often splits such a sentence in two."""
    verb = next((t for t in sent if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", [])), None)
    if verb is None or "Plur" not in verb.morph.get("Number", []):
        return None
    words = list(sent.doc[sent.start : verb.i])
    ands = [k for k, t in enumerate(words) if t.lower_ == "et" and t.pos_ == "CCONJ"]
    if len(ands) != 1:
        return None  # "Marie ou Paul": one of them; three or more: left alone
    left = words[: ands[0]]
    left = left[max((k + 1 for k, t in enumerate(left) if t.text == ","), default=0) :]
    right = words[ands[0] + 1 :]
    right = right[: next((k for k, t in enumerate(right) if t.text == ","), len(right))]
    while right and right[-1].pos_ not in {"NOUN", "PROPN", "ADJ"}:
        right = right[:-1]  # "Maurice et Édith se sont rencontrés": not "se"
    heads = [conjunct_head(left), conjunct_head(right)]
    people = [h for h in heads if h is not None]
    if len(people) < 2 or not all(one_or_more_people(ctx, h) for h in people):
        return None
    if feminine and not all(agrees(h, "Plur" in h.morph.get("Number", []), True) for h in people):
        return None
    while left and left[0].pos_ == "DET":
        left = left[1:]
    span = sent.doc[left[0].i : right[-1].i + 1]
    return span.text, span.start_char


def conjunct_head(words: list[Token]) -> Token | None:
    """The first noun or name of a conjunct that opens on a determiner, an adjective or the noun
    itself (not a prepositional phrase: "À Lyon et …")."""
    if not words or words[0].pos_ not in {"DET", "ADJ", "NOUN", "PROPN"}:
        return None
    return next((t for t in words if t.pos_ in {"NOUN", "PROPN"}), None)


def one_or_more_people(ctx: DocContext, tok: Token) -> bool:
    """A conjunct naming people: a person mention, a known first name, a singular noun of a person
    ("sa femme", "un éleveur") or a plural noun of people ("les gendarmes")."""
    if "Plur" in tok.morph.get("Number", []):
        return tok.pos_ == "NOUN" and (is_role(tok) or speaker_kind(tok) == "group")
    if any(m.label == "PER" for m in ctx.mentions_at(tok.idx)) or first_name(ctx, tok):
        return True
    if tok.pos_ == "PROPN":
        return first_names().get(fold(tok.text)) is not None
    return tok.pos_ == "NOUN" and person_noun(tok)


ARGUMENT_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl:arg", "obl:agent", "obl:mod", "obl"}
"""The dependencies of a noun that is an argument of a verb: the group a pronoun can take up."""


def plural_people_before(ctx: DocContext, at: int, pronoun: str) -> Token | None:
    """ "Le ministre a reçu les maires. Ils affirment …": when no group has spoken and the sentence
    before has no plural subject for "ils" / "elles", the last plural noun of people in that
    sentence (an object, a complement), agreeing in gender; outside quoted words."""
    doc = ctx.sdoc
    prev = sentence_before(ctx, at)
    if prev is None or pronoun not in PRONOUNS_PL:
        return None
    if hands_on(prev, SUBJECT_FORMS.get(pronoun, pronoun)):
        return None  # "Ils attendent que les candidats … Selon eux": the group "ils" stands for
    quotes = doc_quotes(doc)
    for tok in reversed(prev):
        if tok.pos_ != "NOUN" or "Plur" not in tok.morph.get("Number", []) or inside_quote(quotes, tok.idx):
            continue
        if speaker_kind(tok) != "group" and not (is_role(tok) or person_noun(tok)):
            continue
        if tok.dep_ not in ARGUMENT_DEPS or "Inf" in tok.head.morph.get("VerbForm", []):
            continue  # "pour écouter des berceuses": no argument of the sentence's own verbs
        if group_agrees(tok, "elle" in pronoun):
            return tok
    return None
