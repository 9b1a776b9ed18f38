"""Where a speech verb's subject is: its own, through participles and conjoined verbs, before the
verb where the parser missed it, after an inverted verb, or shared with an earlier verb."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph import lexicons
from newsgraph.extract.attribution_phrases import insertion_start
from newsgraph.extract.entities import is_role
from newsgraph.extract.speech_quotes import OPENING_MARKS

_PRONOUNS = lexicons.tagged("pronouns.tsv")
PRONOUNS_SG = _PRONOUNS["person_singular"]
PRONOUNS_PL = _PRONOUNS["person_plural"]
RELATIVE = _PRONOUNS["relative_subject"]
RELATIVE_OBJECT = _PRONOUNS["relative_object"]
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}
HONORIFICS = lexicons.tagged("speaker_words.tsv")["honorific"]  # abbreviated titles before a name
POSSESSIVES_SG = _PRONOUNS["possessive_singular"]
POSSESSIVES_PL = _PRONOUNS["possessive_plural"]


def possessive_pronoun(form: str) -> str | None:
    """The pronoun a third-person possessive stands for its owner as ("selon ses dires" is "selon
    lui" or "selon elle": French possessives do not mark the owner's gender, so the pronoun is the
    unmarked "on"; "leur convoi", "selon leurs calculs" are theirs: "ils"), else None."""
    return "ils" if form in POSSESSIVES_PL else "on" if form in POSSESSIVES_SG else None


def pronoun_form(head: Token) -> str | None:
    """The personal pronoun a speaker's head stands as, to be resolved to its antecedent: the
    pronoun itself, or the one of a possessive determiner ("ses" of "selon ses explications")."""
    low = head.lower_
    if low in PRONOUNS_SG or low in PRONOUNS_PL or (head.lemma_ in {"il", "lui"} and head.pos_ == "PRON"):
        return split_clitic(head) or low
    possessive = possessive_pronoun(low) if head.pos_ == "DET" and head.dep_ == "det" else None
    return split_clitic(head) or possessive


SPLIT_CLITICS = {"elles", "ils", "elle", "il"}
"""The pronouns of an inverted subject the tokenizer may cut from its hyphen ("témoignent-elles" is
read "témoignent" "-" "elles", where "disent-ils" stays "disent" "-ils")."""


def split_clitic(head: Token) -> str | None:
    """ "-elles" where the head is the hyphen or the pronoun of a clitic cut in two, glued to the verb
    before it ("racontent-elles"): the parser tags the hyphen a proper noun, which named a speaker
    "racontent-elles"; else None."""
    doc = head.doc
    dash = head if head.text == "-" else doc[head.i - 1] if head.i > 0 else None
    if dash is None or dash.text != "-" or dash.whitespace_ or dash.i == 0 or dash.i + 1 >= len(doc):
        return None
    verb, pronoun = doc[dash.i - 1], doc[dash.i + 1]
    if verb.whitespace_ or pronoun.lower_ not in SPLIT_CLITICS:
        return None
    glued = verb.is_alpha and verb.text[0].islower()  # the verb: its tag may be a noun's
    return "-" + pronoun.lower_ if glued else None


def possessor(noun: Token) -> Token | None:
    """The third-person possessive determiner of a noun ("ses" of "ses explications"), else None."""
    return next((c for c in noun.children if c.dep_ == "det" and possessive_pronoun(c.lower_)), None)


def side_noun(tok: Token) -> bool:
    """A fronted "Côté X," the parser took for a subject ("Côté gouvernement, on assure …"): a bare
    "côté" before its verb is a topic, never who speaks (``speaker_sides``)."""
    return tok.lower_ == "côté" and tok.i < tok.head.i and not any(c.dep_ == "det" for c in tok.children)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing through participles, conjoined and infinitive verbs."""
    seen = 0
    while verb is not None and seen < 4:
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and not side_noun(c)), None)
        if subj is not None:
            # "-t" "-il": prefer the pronoun
            clitic = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ in SUBJECT_DEPS and c.lower_ in PRONOUNS_SG | PRONOUNS_PL
                ),
                None,
            )
            return clitic or subj
        if (other := partitive_left(verb)) is not None:
            return other
        if verb.dep_ in {"acl"} and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return verb.head
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
            return None  # "bien que X ait déclaré": a subordinate clause has its own subject
        if verb.dep_ in {"conj", "xcomp", "advcl", "acl"} and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        return None
    return None


PARTITIVE_DETS = {"un", "une", "l'", "l’"}


def partitive_left(verb: Token) -> Token | None:
    """ "Une autre assure que …": the parser hangs a pronoun "autre" on the verb as a modifier
    (the determiner too), leaving it no subject; the "autre" right before the verb is it."""
    doc = verb.doc
    if verb.i < 2 or verb.pos_ not in {"VERB", "AUX"}:
        return None
    other, det = doc[verb.i - 1], doc[verb.i - 2]
    if other.lower_ == "autre" and other.head.i == verb.i and det.lower_ in PARTITIVE_DETS:
        return other
    return None


def postposed_subject(doc: Doc, verb: Token, limit: int) -> Token | None:
    """The subject after an inverted speech verb: « … », a ajouté le général Milley / explique X."""
    for tok in doc[verb.i + 1 : limit]:
        if tok.is_sent_start and tok.i > verb.i + 1:
            break
        if tok.text in OPENING_MARKS | {".", "!", "?", ";", ":"} or tok.lower_ in RELATIVE_OBJECT:
            break
        if tok.lower_ in PRONOUNS_SG | PRONOUNS_PL and tok.text.startswith("-"):
            return tok
        if tok.lower_.rstrip(".") in HONORIFICS and tok.i + 1 < limit and doc[tok.i + 1].text[:1].isupper():
            continue  # "détaille Pr Philippe Amouyel": the name follows
        if (tok.pos_ in {"PROPN", "NOUN"} and (tok.pos_ == "PROPN" or is_role(tok) or tok.ent_type_)) or (
            tok.pos_ == "VERB" and is_role(tok)
        ):  # "commente un passant" (tagged as a participle)
            if in_prepositional_phrase(tok):
                continue
            # climb to the head of a name ("Mark" -> "Milley" -> the phrase head)
            while (
                tok.dep_ in {"flat:name", "flat:foreign", "amod"}
                and tok.head.i > verb.i
                and tok.head.pos_ in {"PROPN", "NOUN"}
                and tok.head.lower_.rstrip(".") not in HONORIFICS
            ):
                tok = tok.head
            return tok
    return None


PREPOSITIONS = {
    "à",
    "aux",
    "au",
    "devant",
    "dans",
    "sur",
    "lors",
    "de",
    "du",
    "des",
    "en",
    "pour",
    "après",
    "avant",
    "par",
    "chez",
    "auprès",
    "avec",
    "selon",
    "d'",
    "d’",
}


def in_prepositional_phrase(tok: Token) -> bool:
    """ "à Reuters", "devant le New York Economic Club": not a subject."""
    head = tok
    while head.dep_ in {"flat:name", "flat:foreign", "amod", "compound"} and head.head.i != head.i:
        head = head.head
    if any(c.dep_ == "case" and c.lower_ in PREPOSITIONS for c in head.children):
        return True
    j = head.left_edge.i - 1
    return j >= 0 and tok.doc[j].lower_ in PREPOSITIONS


def preverbal_subject(verb: Token) -> Token | None:
    """A subject the parser missed, just before the verb group: "bien que Washington ait déclaré"."""
    doc = verb.doc
    i = verb.i - 1
    steps = 0
    while i >= 0 and steps < 5:
        tok = doc[i]
        if tok.pos_ in {"AUX", "ADV"} or tok.lower_ in {"ne", "n'", "n’", "y", "en", "se", "s'", "s’"}:
            i -= 1
            steps += 1
            continue
        if tok.text == "," and (opening := insertion_start(doc, i)) is not None:
            i = opening - 1  # "le président, en présence de son état-major, se dit prêt"
            steps += 1
            continue
        relative = relative_clause_head(tok, verb)
        if relative is not None:  # "Les habitants que nous avons rencontrés racontent que …"
            return relative
        if indefinite_others(tok):  # "D'autres dénoncent …": "d'" read as a case mark of the verb
            return tok
        if tok.pos_ in {"PROPN", "NOUN"} or tok.lower_ in PRONOUNS_SG | PRONOUNS_PL:
            while tok.dep_ in {"flat:name", "flat:foreign"} and tok.head.i < tok.i:
                tok = tok.head
            # "le président de la Biélorussie": the noun the complement hangs on
            while tok.dep_ in {"nmod", "amod"} and tok.head.i < tok.i and tok.head.pos_ in {"NOUN", "PROPN"}:
                tok = tok.head
            return tok
        return None
    return None


def indefinite_others(tok: Token) -> bool:
    """The indefinite pronoun "d'autres" (other people), which the parser splits into a mark or
    case "d'" hung on the verb and an adjective "autres" with no noun: a subject of its own."""
    if tok.lower_ != "autres" or tok.i == 0 or tok.doc[tok.i - 1].lower_ not in {"d'", "d’"}:
        return False
    head = tok.head if tok.head.i != tok.i - 1 else tok.head.head  # "autres" fixed to "d'", a mark
    return not any(c.pos_ in {"NOUN", "PROPN"} for c in tok.children) and head.pos_ == "VERB"


RELATIVE_WORDS = RELATIVE | RELATIVE_OBJECT | {"dont", "où"}


def relative_clause_head(tok: Token, verb: Token) -> Token | None:
    """The noun a relative clause ending at ``tok`` defines, when the clause stands between a
    subject and its verb ("Tous les élus qu'elle a consultés jugent que …", "Les familles dont les
    enfants … réclament …"): the clause opens with a relative pronoun right after that noun and
    ends before the verb, which is not its own ("les mesures que réclame le syndicat")."""
    if tok.lower_ in RELATIVE_WORDS:
        return None
    node = tok
    for _ in range(4):
        if node.dep_ == "acl:relcl":
            break
        if node.head.i == node.i:
            return None
        node = node.head
    else:
        return None
    noun = node.head
    if noun.i >= node.i or noun.pos_ not in {"NOUN", "PROPN"} or node.right_edge.i < tok.i:
        return None
    if node.right_edge.i >= verb.i or node.i == verb.i or verb.is_ancestor(node) or node.is_ancestor(verb):
        return None
    opener = next((t for t in tok.doc[noun.i + 1 : node.i] if t.lower_ in RELATIVE_WORDS), None)
    return noun if opener is not None else None


def shared_subject(verb: Token, is_speech: Callable[[Token], bool]) -> Token | None:
    """The subject a participle or a conjoined verb shares with an earlier verb of its sentence:
    "X a déclaré …, affirmant que …", "X a estimé que … et a déclaré que …"."""
    doc = verb.doc
    participle = "Part" in verb.morph.get("VerbForm", []) and "Pres" in verb.morph.get("Tense", [])
    start = verb.i
    for child in verb.children:
        if child.i < start and (child.dep_.startswith("aux") or child.dep_ == "advmod"):
            start = child.i
    prev = doc[start - 1] if start > 0 else None
    if not participle and (prev is None or prev.lower_ not in {"et", ",", "puis", "mais"}):
        return None
    earlier = [t for t in reversed(doc[verb.sent.start : start]) if t.pos_ == "VERB"]
    for tok in [t for t in earlier if is_speech(t)] + earlier:
        if tok.i < verb.i:
            inverted = next(
                (
                    c
                    for c in doc[max(0, tok.i - 3) : tok.i + 3]
                    if c.text.startswith("-") and c.lower_ in PRONOUNS_SG | PRONOUNS_PL
                ),
                None,
            )
            subj = inverted or next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None and subj.lower_ not in RELATIVE | RELATIVE_OBJECT:
                return subj
    return None


def dislocated_topic(pronoun: Token) -> Token | None:
    """The topic a subject pronoun takes up in its own sentence: "Quant à la France, elle a promis …",
    "Du côté de l'armée, elle assure …" (a noun phrase before the pronoun, led by "quant à")."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or verb.i == pronoun.i:
        return None
    for child in verb.children:
        if child.i >= pronoun.i or child.pos_ not in {"NOUN", "PROPN"}:
            continue
        if any(c.dep_ == "case" and c.lower_ == "quant" for c in child.children) or (
            child.i > 0 and verb.doc[child.left_edge.i - 1].lower_ == "quant"
        ):
            return child
    return None
