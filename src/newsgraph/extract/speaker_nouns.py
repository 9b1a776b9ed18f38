"""Whether a common noun outside the role lexicon can be the speaker of a speech verb.

A speech verb used in its speech frame (``speech_common.speech_frames``) asks for a subject that
can speak; the role lexicon (``roles.txt``, ``people_nouns.txt``) cannot list every occupation and
group of the news. This module recognises the rest by the shape of the noun, with
``speaker_nouns.tsv`` for what the shape gets wrong:

- an acronym ("la RNA", "le SNES", "la FNSEA" untagged): an organisation;
- an agent noun, by the endings French derives nouns of people with (-eur/-euse/-rice, -iste,
  -ien/-ienne, -ant/-ante, -ier/-ière, -aire, -logue): "les hôtesses", "un pisciculteur", "les
  kinésithérapeutes" are people, unless the noun is a thing of that shape ("le moteur", "le
  montant", "le dossier": ``not_speaker``);
- an adjective or participle used as a noun of people ("les scientifiques", "un professionnel"),
  listed because the same words are mostly adjectives (``adjective``);
- a group or a person's status of another shape ("les talibans", "la presse", "une hôtesse");
- a business or an establishment that speaks through its management ("l'aéroport espère", "les
  magasins constatent": ``body``), an organisation in the singular, a group in the plural.

A noun of quantity ("des centaines de femmes", "la plupart des élus") speaks for its complement.

The caller gives the kind of speaker: a plural (or a group noun) is a group, an acronym an
organisation, else an anonymous person.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

from spacy.tokens import Span, Token

from newsgraph import lexicons
from newsgraph.extract.context import DocContext, Mention
from newsgraph.extract.entities import is_circumstance, is_role
from newsgraph.extract.event_role_asides import is_source
from newsgraph.extract.speech_quotes import QUOTE_MARKS
from newsgraph.extract.speech_subjects import RELATIVE, SUBJECT_DEPS, in_prepositional_phrase
from newsgraph.names import fold, fold_spaced

AGENT_ENDINGS = (
    "eur",
    "euse",
    "rice",
    "iste",
    "ien",
    "ienne",
    "ant",
    "ante",
    "ier",
    "iere",
    "aire",
    "logue",
    "ologue",
    "naute",
)
MIN_AGENT_LETTERS = 6  # "peur", "leur", "gant", "rien" are too short to be derived agent nouns
FEMININE_AGENT_ENDINGS = ("rice", "rices", "euse", "euses", "ière", "ières", "ienne", "iennes")
"""The feminine forms of agent nouns, singular and plural ("une agricultrice", "les vendeuses",
"l'infirmière", "les pharmaciennes"), which the tagger often reads masculine from their lemma: the
one table the gender of an antecedent (``speaker_antecedents``) and of an unnamed speaker
(``speaker_gender``) are read from."""


@cache
def _classes() -> dict[str, frozenset[str]]:
    return lexicons.tagged("speaker_nouns.tsv")


def finding_nouns() -> frozenset[str]:
    """Nouns of a document's findings ("les résultats de l'enquête"): they speak for the document."""
    return _classes().get("finding", frozenset())


def figure_nouns() -> frozenset[str]:
    """Nouns of figures a report cites as a source ("selon les estimations"): documents that speak."""
    return _classes().get("figure", frozenset())


def singular(token: Token) -> str:
    """The lowercase singular of a noun: its lemma, else the form without a plural s or x."""
    lemma = token.lemma_.lower()
    low = token.lower_
    if lemma and lemma != low:
        return lemma
    return low[:-1] if low.endswith(("s", "x")) and len(low) > 3 else low


def is_acronym(token: Token) -> bool:
    """An acronym in capitals ("RNA", "SNCF", "CFDT"): the name of an organisation."""
    text = token.text
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper()


def agent_noun(word: str) -> bool:
    """A noun of people by its derivational ending, unless listed as a thing of that shape."""
    folded = fold(word)
    if len(folded) < MIN_AGENT_LETTERS or word in _classes().get("not_speaker", frozenset()):
        return False
    return folded.endswith(AGENT_ENDINGS)


def speaker_kind(head: Token) -> str | None:
    """``organization``, ``group``, ``anonymous`` for a noun outside the role lexicon that can speak,
    else None."""
    if head.pos_ not in {"NOUN", "PROPN", "ADJ", "VERB"} and not (
        head.pos_ in {"AUX", "PRON"} and any(c.dep_ == "det" for c in head.children)
    ):
        return None  # "un passant" is tagged a participle, sometimes an auxiliary or a pronoun
    if is_acronym(head):
        return "organization"
    word = singular(head)
    classes = _classes()
    plural = "Plur" in head.morph.get("Number", []) or head.lower_.endswith(("s", "x"))
    if word in classes.get("group", frozenset()) and not compound_tail(head):
        return "group"
    if plural and head.pos_ == "NOUN" and (plural_people(word) or plural_people(head.lower_)):
        return "group"  # "les soutiens", "les secours", "les forces de l'ordre", "les jeunes"
    if word in classes.get("person", frozenset()) or word in classes.get("adjective", frozenset()):
        return "group" if plural else "anonymous"
    if head.pos_ == "NOUN" and agent_noun(word):
        return "group" if plural else "anonymous"
    if head.pos_ == "NOUN" and word in classes.get("body", frozenset()) and not compound_tail(head):
        if offers_goods(head) or is_circumstance(head):
            return None  # "la boulangerie propose des galettes": its offer; "dans la boutique": a place
        return "group" if plural else "organization"  # "l'aéroport espère", "les magasins constatent"
    if head.pos_ == "NOUN" and public_body(head):
        return "organization"  # "la sécurité civile", "l'assurance maladie"
    return None


OFFER_VERBS = {"proposer", "offrir", "vendre"}
"""Verbs whose noun object is a business's goods when a business is their subject ("le magasin
propose des réductions", "l'épicerie offre un café"); with a clause or an infinitive they report
speech as with any speaker ("l'usine propose de racheter …")."""


def offers_goods(head: Token) -> bool:
    """A business subject of a verb of offering with a noun object: its goods, no statement."""
    if head.dep_ == "nmod" and head.head.dep_ == "nsubj":
        head = head.head  # "des dizaines d'établissements proposent des chambres": the counted subject
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in OFFER_VERBS:
        return False
    if any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return False  # "le magasin propose aux clients de revenir": a proposal
    return any(  # "des galettes" is read an oblique ("des" a preposition), "aux clients" is no good
        c.dep_ in {"obj", "obl:arg"}
        and c.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}
        and not any(k.dep_ == "case" and k.lower_ in {"à", "au", "aux"} for k in c.children)
        for c in verb.children
    )


def determined_noun(head: Token) -> bool:
    """A noun the tagger reads as a pronoun, known as one by its determiner and its word ("Les
    mutuelles assurent …"): a role or a noun that speaks; "les autres", "l'un" are none."""
    return any(c.dep_ == "det" and c.i < head.i for c in head.children) and (
        is_role(head) or speaker_kind(head) is not None
    )


def public_body(head: Token) -> bool:
    """An abstract noun with the word after it (or the adjective before it) that makes it a public
    body or a sector ("la sécurité civile", "la santé publique", "l'assurance maladie", "la grande
    distribution"): ``public_body`` of ``speaker_nouns.tsv``."""
    bodies = _classes().get("public_body", frozenset())
    prev = head.doc[head.i - 1] if head.i > 0 else None
    if (
        prev is not None
        and prev.head.i == head.i
        and prev.dep_ == "amod"
        and f"{prev.lower_} {singular(head)}" in bodies
    ):
        return True  # "la grande distribution assure"
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if nxt is None or nxt.head.i != head.i or nxt.dep_ not in {"amod", "nmod", "compound", "flat"}:
        return False
    return f"{singular(head)} {nxt.lower_}" in bodies


@cache
def _people_nouns() -> frozenset[str]:
    return lexicons.words("people_nouns.txt")


def plural_people(word: str) -> bool:
    """A noun that names people in the plural ("les soutiens de la maire", "les secours", "les
    jeunes", "les forces de l'ordre"): listed ``plural_group`` or in ``people_nouns.txt``, unless it
    only counts people (``plain_people``: "20 équipes espèrent …", "379 personnes ont souhaité …")."""
    classes = _classes()
    return word in classes.get("plural_group", frozenset()) or (
        word in _people_nouns() and word not in classes.get("plain_people", frozenset())
    )


def compound_tail(head: Token) -> bool:
    """The last part of a hyphenated compound the tokenizer split ("centre-ville"): a place."""
    doc = head.doc
    return head.i > 1 and doc[head.i - 1].text == "-" and not doc[head.i - 2].whitespace_


def counted_people(head: Token, can_speak: Callable[[Token], bool]) -> Token | None:
    """The people a noun of quantity counts ("des centaines de femmes", "plus d'une centaine
    d'agriculteurs", "la majorité des élus"), when they can speak."""
    if singular(head) not in _classes().get("quantity", frozenset()):
        return None
    for child in head.children:
        if child.dep_ == "nmod" and child.i > head.i and child.pos_ in {"NOUN", "ADJ", "VERB"}:
            case = next((c for c in child.children if c.dep_ == "case"), None)
            if case is not None and case.lower_ in {"de", "d'", "d’", "des"} and can_speak(child):
                return child
    return None


# Nouns of one person and of institutions, for the antecedents of pronouns and anaphors.


@lru_cache(maxsize=1)
def institution_roles() -> frozenset[str]:
    """Role nouns that name institutions ("armée", "ministère"), marked ``org`` in roles.txt."""
    return lexicons.selection("roles.txt", "org")


@lru_cache(maxsize=1)
def folded_institutions() -> frozenset[str]:
    """The institution roles folded, as ``head_form`` gives a head."""
    return frozenset(fold_spaced(r) for r in institution_roles())


def head_form(head: Token) -> str:
    """The folded lemma of a head noun, rejoined when the tokenizer split it ("état-major")."""
    doc = head.doc
    i = head.i
    while i > 0 and not doc[i - 1].whitespace_ and (doc[i].text.startswith("-") or doc[i - 1].text == "-"):
        i -= 1
    return fold_spaced(doc[i : head.i].text + head.lemma_) if i < head.i else fold_spaced(head.lemma_)


def person_noun(head: Token) -> bool:
    """A singular noun of one person: a role that is not an institution ("le maire", not "la
    clinique"), or a noun of people by its shape or the speaker-noun lexicon ("une docteure", "le
    vigneron", "un cycliste")."""
    if "Plur" in head.morph.get("Number", []):
        return False
    if is_role(head):
        return head_form(head) not in folded_institutions()
    return head.pos_ == "NOUN" and speaker_kind(head) == "anonymous"


def institution_mention(ctx: DocContext, m: Mention) -> bool:
    """A role mention naming an institution ("une clinique", "l'agence"): not a pronoun's person."""
    if m.label != "ANON":
        return False
    span = ctx.sdoc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and head_form(span.root) in folded_institutions()


# Where a name stands in its clause: a subject (or the like) is what a later pronoun takes up.


def is_subject_mention(ctx: DocContext, m: Mention) -> bool:
    """The mention is (part of) a clause subject, not an object or a complement."""
    span = ctx.sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if spoken_of(tok):
        return False
    if relative_subject_antecedent(tok) or opens_clause(span):
        return True
    for _ in range(3):
        if tok.dep_ in SUBJECT_DEPS:
            return not spoken_of(tok)  # "… affirme que le directeur Pierre Blanc a refusé": spoken of
        if in_title_of_name(tok):
            return False
        if tok.dep_ in {"flat:name", "appos", "amod", "nmod"} and tok.head.i != tok.i:
            tok = tok.head
            continue
        if given_by_participle(tok):
            tok = tok.head.head  # "un Palestinien, surnommé Abou Zayed, …": the name of the subject
            continue
        return tok.dep_ == "ROOT" and presentational(tok)
    return False


TELLER_PRONOUNS = {"il", "elle", "ils", "elles"}
SOURCE_PRONOUNS = {"lui", "elle", "eux", "elles"}  # "selon lui", "d'après elle"


def spoken_of(tok: Token) -> bool:
    """The subject of a completive clause whose verb has a person as its own subject: "Cet ancien
    détenu affirme que Paul Roy lui a avoué le vol", "Elle raconte que Marc est parti" (Paul Roy and
    Marc are spoken of; the teller is the one a later pronoun takes up), or of a clause whose source
    is a pronoun ("Selon lui, le préfet Marc Roy était prévenu")."""
    clause = tok.head
    sources = (c for c in clause.children if c.lower_ in SOURCE_PRONOUNS)
    if tok.dep_ in SUBJECT_DEPS and any(is_source(c) for c in sources):
        return True  # "Selon lui, …": the one "lui" takes up tells
    if tok.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    return told_by_teller(clause.head)


def told_by_teller(verb: Token) -> bool:
    """The verb of a completive has someone who can tell as its subject, also a pronoun parsed as an
    expletive ("Il explique que …") or the name the parser hung the verb on as a modifier ("Claire
    Roy, infirmière, raconte que …", ``acl``)."""
    if any(
        (c.dep_ == "nsubj" and teller(c)) or (c.dep_ == "expl:subj" and c.lower_ in TELLER_PRONOUNS)
        for c in verb.children
    ):
        return True
    return verb.dep_ == "acl" and verb.head.i < verb.i and teller(verb.head)


def teller(tok: Token) -> bool:
    """A subject that can tell: a name, a personal pronoun, a noun of a person or a role."""
    return tok.pos_ == "PROPN" or tok.lower_ in TELLER_PRONOUNS or person_noun(tok) or is_role(tok)


def in_title_of_name(tok: Token) -> bool:
    """A name that is the complement of a title apposed to another name: "Jean Roux, directeur
    général de Habitat Sud, …" (the tagger may call the company a person: Jean Roux is the subject)."""
    title = tok.head
    return (
        tok.dep_ == "nmod"
        and title.i < tok.i
        and title.dep_ == "appos"
        and is_role(title)
        and title.head.pos_ == "PROPN"
        and title.head.i < title.i
    )


NAMING_PARTICIPLES = {"surnommer", "prénommer", "nommer", "appeler", "baptiser"}
"""Participles that give the name of the noun they modify ("un homme surnommé X", "une fillette
prénommée Y")."""


def given_by_participle(tok: Token) -> bool:
    """The name a naming participle modifying a noun gives it ("un suspect, surnommé X")."""
    verb = tok.head
    return (
        tok.dep_ in {"obj", "xcomp", "dep"}
        and verb.i != tok.i
        and verb.dep_ == "acl"
        and verb.lemma_.lower() in NAMING_PARTICIPLES
        and verb.head.i != verb.i
    )


def relative_subject_antecedent(tok: Token) -> bool:
    """The person a subject relative clause is about: "des candidats comme Éric Zemmour, qui a
    choisi Calais": Zemmour acts, as a subject would."""
    return any(
        c.dep_ == "acl:relcl" and any(g.dep_ in SUBJECT_DEPS and g.lower_ in RELATIVE for g in c.children)
        for c in tok.children
    )


def opens_clause(span: Span) -> bool:
    """A name at the head of its clause, before the clause's first finite verb, not inside a
    prepositional phrase: "À Toulon, Karim Zouayani et son équipe se lèvent à l'aube" (where the
    parser may have hung the name on the place)."""
    doc = span.doc
    sent = span[0].sent
    j = span.start - 1
    while j >= sent.start and doc[j].pos_ in {"DET", "ADJ"}:
        j -= 1
    if j >= sent.start and doc[j].text not in {",", ":"} and not doc[j].is_space:
        return False  # the name must open the sentence or follow a fronted phrase's comma
    if in_prepositional_phrase(span.root):
        return False
    for t in doc[span.end : min(sent.end, span.end + 12)]:
        if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []):
            return True
        if t.text in {".", ";", ":", "!", "?"} or t.text in QUOTE_MARKS or t.lower_ in RELATIVE:
            return False
    return False


def presentational(root: Token) -> bool:
    """ "C'est le cas de Nicolas Fréal", "C'est Marie qui …": the person presented is the topic the
    next sentence's pronoun takes up, as a subject would be."""
    return any(c.dep_ == "cop" for c in root.children) and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in {"c'", "c’", "ce"} for c in root.children
    )
