"""A present-tense speech verb the tagger read as a noun or an adjective ("Le rapport pointe un
manque de moyens"), told by the words around it (used by :mod:`newsgraph.extract.speech_reported`)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsgraph.extract.attribution import can_speak_noun
from newsgraph.extract.context import doc_text
from newsgraph.extract.speech_clauses import after_incised_adjunct, clause_stop
from newsgraph.extract.speech_comme import comme_misread
from newsgraph.extract.speech_common import words
from newsgraph.extract.speech_lexicon import document_nouns, form_lemma, speech_verb
from newsgraph.extract.speech_speakers import Speaker
from newsgraph.extract.speech_subjects import in_prepositional_phrase
from newsgraph.names import fold_spaced as fold

# what opens the object of a mistagged verb: an article, a demonstrative, "tout" ("dément toute implication")
OBJECT_ARTICLES = frozenset("le la les l' l’ un une des du ce cette ces tout toute".split())
PRESENT_ENDINGS = ("e", "ent")
QUE = frozenset({"que", "qu'", "qu’"})
DE = frozenset({"de", "d'", "d’"})
GENITIVES = DE | {"du", "des"}
NEGATION_OPENERS = frozenset({"ne", "n'", "n’"})


def mistagged_object(tok: Token) -> tuple[tuple[int, int], Token] | None:
    """ "Le rapport pointe un manque de moyens", "L'ONG dénonce des arrestations", "Le député
    critique vivement la réforme": a present-tense speech verb the tagger read as a noun or an
    adjective, between a subject noun phrase and an object that opens with an article. The
    words around decide: a noun subject right before (not inside a prepositional phrase), the
    form of a verb that takes an object, an article after it (past adverbs)."""
    doc = tok.doc
    if (comme := comme_misread(tok)) is not None:
        return comme  # "…, comme le recommande le Giec"
    if (
        tok.i == 0
        or tok.i + 2 >= len(doc)
        or not tok.lower_.endswith(PRESENT_ENDINGS)
        or tok.text[:1].isupper()
    ):
        return None
    entry = speech_verb(tok, any_pos=True)
    if entry is None or entry.grade < 2 or not {"np", "clause"} & entry.frames or entry.pronominal:
        return None
    subject = doc[tok.i - 1]
    while subject.dep_ in {"flat:name", "flat:foreign"} and subject.head.i < subject.i:
        subject = subject.head
    while (
        subject.head.i < subject.i
        and subject.head.pos_ in {"NOUN", "PROPN"}
        and (
            # "Le ministère de la Santé alerte …", "La Haute Autorité de santé dénonce …"
            (
                subject.dep_ == "nmod"
                and any(c.dep_ == "case" and c.lower_ in GENITIVES for c in subject.children)
            )
            or subject.dep_ == "amod"  # "Le ministre russe menace …", "des Affaires étrangères menace …"
        )
    ):
        subject = subject.head
    if subject.pos_ not in {"NOUN", "PROPN"} or in_prepositional_phrase(subject):
        return None
    if subject.pos_ == "NOUN" and not any(c.dep_ == "det" for c in subject.children):
        return None  # "une note salée", "sous-préfet juge …" without an article: no clause subject
    if not may_speak(subject):
        return None  # "L'hiver pointe le bout de son nez": a noun that cannot speak
    if subject.lower_.endswith("s") != plural_form(tok.lower_) and subject.pos_ == "NOUN":
        return None  # "les riverains alertent", "le rapport pointe": number agreement
    j = tok.i + 1
    while j < tok.sent.end and doc[j].pos_ == "ADV":
        j += 1
    opener = said_opener(tok, j) if "clause" in entry.frames else None
    if opener is not None:
        end = clause_stop(opener)
        return ((opener.idx, end), subject) if words(doc_text(doc)[opener.idx : end]) >= 2 else None
    if "pp" in entry.frames and (first := prepositional_start(tok, j)) is not None:
        end = clause_stop(first)
        return ((first.idx, end), subject) if words(doc_text(doc)[first.idx : end]) >= 2 else None
    if (
        j + 1 >= tok.sent.end
        or "np" not in entry.frames
        or doc[j].lower_ not in OBJECT_ARTICLES
        or doc[j + 1].pos_ not in {"NOUN", "ADJ"}
    ):
        return None
    end = clause_stop(doc[j])
    if words(doc_text(doc)[doc[j].idx : end]) < 2:
        return None
    return (doc[j].idx, end), subject


TOPIC_PREPOSITIONS = frozenset({"sur", "contre"})


def prepositional_start(tok: Token, j: int) -> Token | None:
    """The object of a mistagged verb of the "pp" frame after the preposition that opens it:
    "L'OMS alerte sur les dangers de …", "alerte quant aux risques de …" (what it warns of)."""
    doc, end = tok.doc, tok.sent.end
    if tok.i < j - 1 and doc[j - 1].lower_ == "quant":  # "quant" tagged as an adverb and skipped
        j -= 1
    if j + 2 >= end:
        return None
    if doc[j].lower_ == "quant" and doc[j + 1].lower_ in {"au", "aux"}:  # the article fused in
        return doc[j + 2] if doc[j + 2].pos_ in {"NOUN", "ADJ"} else None
    if doc[j].lower_ == "quant" and doc[j + 1].lower_ == "à":
        j += 1
    elif doc[j].lower_ not in TOPIC_PREPOSITIONS:
        return None
    k = j + 1
    if k + 1 >= end or doc[k].lower_ not in OBJECT_ARTICLES or doc[k + 1].pos_ not in {"NOUN", "ADJ"}:
        return None
    return doc[k]


def plural_form(low: str) -> bool:
    """A third person plural ("dénoncent", "démentent"), not a singular that ends the same way
    ("dément", "soutient", "prévient"): a singular in -nt has its plural in -ent."""
    if not low.endswith("nt") or low.endswith("ient"):
        return False
    lemma = form_lemma(low)
    return lemma is None or form_lemma(low + "ent") != lemma


def may_speak(subject: Token) -> bool:
    """A subject that can be a speaker: a name, a role or institution, a noun of people or of a
    group, a document ("le rapport", "l'étude")."""
    return subject.pos_ == "PROPN" or can_speak_noun(subject) or subject.lemma_.lower() in document_nouns()


def said_opener(tok: Token, j: int) -> Token | None:
    """What a mistagged verb of saying reports when no object follows it: an infinitive right after
    it ("La jeune femme raconte avoir secouru …"), the first word of a "que" clause right after it
    ("L'Autorité juge que …"), or a "que" clause or an infinitive after an adjunct between commas
    ("raconte, sur les réseaux sociaux, avoir secouru …")."""
    doc = tok.doc
    first = doc[j] if j < tok.sent.end else None
    if first is not None and "Inf" in first.morph.get("VerbForm", []) and j + 1 < tok.sent.end:
        return first
    if first is not None and first.lower_ in DE and j + 2 < tok.sent.end and infinitive_after(tok.doc[j + 1]):
        return first  # "Le syndicat menace de bloquer …", "La direction propose d'étaler …"
    if first is not None and first.lower_ in QUE and j + 2 < tok.sent.end:
        return doc[j + 1]  # "L'Autorité de la concurrence juge que …": the clause after "que"
    return after_incised_adjunct(tok)


def without_misread_verb(speaker: Speaker, cue: Token | None) -> Speaker:
    """A speaker whose name took in the speech verb the tagger read as an adjective ("La jeune femme
    raconte avoir …" names "jeune femme raconte"): the name stops before the verb."""
    if cue is None or cue.pos_ not in {"ADJ", "NOUN"}:
        return speaker
    at = (speaker.name + " ").find(
        " " + cue.text + " "
    )  # "rapport alerte contre les risques": its object too
    if at <= 0:
        return speaker
    name = speaker.name[:at].rstrip()
    folded = fold(cue.text)
    cut = (speaker.key + " ").find(" " + folded + " ")
    key = speaker.key[:cut].rstrip() if cut > 0 else speaker.key
    return replace(speaker, name=name, key=key)


def infinitive_after(tok: Token) -> bool:
    """The infinitive a "de" opens, negated or not ("de fermer", "de ne pas signer")."""
    if tok.lower_ in NEGATION_OPENERS and tok.i + 2 < len(tok.doc):
        tok = tok.doc[tok.i + 2] if tok.doc[tok.i + 1].pos_ == "ADV" else tok.doc[tok.i + 1]
    return tok.pos_ in {"VERB", "AUX"} and "Inf" in tok.morph.get("VerbForm", [])
