"""Event triggers: a verb or a noun of ``ontology/lexicons/event_triggers.tsv`` whose requirements
hold in the parse (see the lexicon's header for ``@PLACE``, ``@NAMED``, ``!word``...)."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph import lexicons
from newsgraph.extract.context import Mention
from newsgraph.extract.event_amounts import BODY_NOUNS, MILITARY_NOUNS, MONEY_RE, PEOPLE_NOUNS, QUANTITY_NOUNS
from newsgraph.extract.event_cache import lemmas, morph_feats
from newsgraph.extract.event_expected import lifted_vetoes
from newsgraph.extract.event_happening import VERB_CLASSES, is_happening_subject
from newsgraph.extract.event_infinitives import governs_act
from newsgraph.extract.event_modality import carrier
from newsgraph.extract.event_parse import (
    ACTOR_TYPES,
    AGENT_DEPS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    PLACE_LABELS,
    SUBJECT_DEPS,
    MentionIndex,
    dependents,
    is_object,
    lemma,
    subject_chain,
    subtree_text,
)
from newsgraph.extract.event_phrases import inside_phrase, phrase_rows
from newsgraph.extract.event_sense_classes import PREFIX, is_sense_event
from newsgraph.extract.event_trigger_grammar import (
    INFINITIVE_ENDINGS,
    MEASURE_UNITS,
    agent_participles,
    antecedents,
    governors,
    is_bare_participle,
    participle_infinitive,
    present_infinitive,
)
from newsgraph.extract.event_trigger_row import Split, parse_requires, plain, split_requires
from newsgraph.extract.event_trigger_row import Trigger as Trigger  # used by events, roles, agents
from newsgraph.extract.event_trigger_verbs import misread_verbs
from newsgraph.extract.speech_quotes import OPENING_MARKS
from newsgraph.extract.tokens import tokens
from newsgraph.geo import government_of

SENTENCE_OPENERS = OPENING_MARKS | {".", "!", "?", ":", "\n"}
"""What a word that opens a sentence, a quote or a line stands right after."""

PERSON_PRONOUNS = lexicons.tagged("pronouns.tsv")["person_object"]
ETRE_VERBS = lexicons.tagged("event_verbs.tsv")["etre"]
"""Pronouns that stand for a person as the object of a trigger ("l'a arrêté")."""


@lru_cache(maxsize=1)
def triggers() -> dict[str, tuple[Trigger, ...]]:
    """The trigger lexicon, by lemma."""
    rows: dict[str, list[Trigger]] = defaultdict(list)
    for lemma_, pos, type_, de_role, requires in lexicons.rows("event_triggers.tsv", 5, "-"):
        req = parse_requires(requires)
        rows[lemma_.strip()].append(Trigger(lemma_.strip(), pos.strip(), type_.strip(), de_role.strip(), req))
    return {k: tuple(v) for k, v in rows.items()}


HEAD_NOUNS = frozenset({"cent", "mille", "million", "milliard", "sorte", "genre", "type", "espèce"})
"""Nouns of number or kind that head what they count or qualify: "cinq cents emplois" (the parser
heads it on "cents"), "une sorte de campus"."""

TRIGGER_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX", "PROPN"})
TRAILING_DIGITS = re.compile(r"\d+$")


NOMINAL_POS = frozenset({"NOUN", "PROPN"})
"""Parts of speech read against the lexicon's NOUN rows; the others of TRIGGER_POS against its VERB rows."""


@lru_cache(maxsize=65536)
def trigger_rows(lemma_: str, low: str, verb: bool) -> tuple[Trigger, ...]:
    """The lexicon rows a word may trigger, by its lemma (as ``spaCy`` gives it), its lowercase form
    and whether it is read as a verb (not NOMINAL_POS); cached: words recur, and most have none."""
    lem = lemma_.lower()
    table = triggers()
    rows = (
        table.get("se" if lem in {"s'", "s’"} else lem)  # event_parse.lemma
        or table.get(low)
        or (table.get(TRAILING_DIGITS.sub("", low)) if low[-1:].isdecimal() else None)  # "COP27", "G20"
        or (table.get(low[:-1]) if low.endswith(("s", "x")) else None)
        or ()
    )
    if verb and not any(r.pos == "VERB" for r in rows):  # "suicidé", "Blessé," left as adjectives
        rows = table.get(participle_infinitive(low), ()) or (
            table.get(present_infinitive(low), ()) if lem == low else ()  # "quitte" left as its lemma
        )
    return rows


Plan = tuple[tuple[Trigger, Split], ...]
"""The rows ``_match_trigger`` tries for a word, in order, each with its requirements split."""


def _rows_plan(rows: tuple[Trigger, ...], want: str, adjective: bool) -> Plan:
    """The rows of ``want``'s part of speech (a VERB row for an adjective too), split."""
    return tuple(
        (r, split_requires(r.requires)) for r in rows if r.pos == want or (r.pos == "VERB" and adjective)
    )


@lru_cache(maxsize=65536)
def word_plan(lemma_: str, low: str, want: str, adjective: bool) -> tuple[bool, Plan]:
    """Whether a word has lexicon rows at all (``trigger_rows``), and the plan of those it tries;
    once per word: words recur, each asked about its rows' requirements again and again."""
    rows = trigger_rows(lemma_, low, want == "VERB")
    return bool(rows), _rows_plan(rows, want, adjective)


def match_trigger(token: Token, mentions: MentionIndex) -> Trigger | None:
    """The lexicon row a token triggers, if its requirements hold; found once per token (the
    events, their echoes, places and dates ask again about the same words)."""
    key = ("trigger", token.i)
    if key not in mentions.memo:
        mentions.memo[key] = _match_trigger(token, mentions)
    found: Trigger | None = mentions.memo[key]
    return found


def _match_trigger(token: Token, mentions: MentionIndex) -> Trigger | None:
    pos = token.pos_
    verb = misread_verbs(token.doc).get(token.i)  # "il ravitaille", "ont été cambriolés" (evt35g)
    if pos not in TRIGGER_POS and not verb:
        return None
    want = "NOUN" if pos in NOMINAL_POS and not verb and not is_mistagged_infinitive(token) else "VERB"
    phrases = phrase_rows(token)
    any_rows, plan = word_plan(verb or token.lemma_, verb or token.lower_, want, pos == "ADJ")
    if not (phrases or any_rows) or inside_phrase(
        token
    ):  # "assaut" of "pris d'assaut": the expression is the event
        return None
    if want == "VERB" and is_imperative(token):
        return None  # "Votez pour votre recette": a call to act, not an act
    if want == "NOUN" and names_place_or_person(token, mentions):
        return None  # "La Réunion", "Port-au-Prince": a name, not a meeting or a port
    if phrases:
        plan = _rows_plan(phrases, want, pos == "ADJ") + plan
    lifted: frozenset[str] | None = None  # "le verdict est attendu": kept, future (event_expected)
    for row, (veto_set, veto_gov, veto_subj, vetoes, has_alts, words, gov, subj, obj, combos, alts) in plan:
        if has_alts and not (  # one alternative must hold; tried before the vetoes: most rows fail here
            (words and not words.isdisjoint(dependent_words(token)))
            or (gov and not gov.isdisjoint(governors(token)))
            or (subj and not subj.isdisjoint(subject_words(token)))
            or (obj and not obj.isdisjoint(object_lemmas(token)))
            or (combos and any(c <= dependent_words(token) for c in combos))
            or (alts and any(all(holds(r, token, mentions) != neg for neg, r in alt) for alt in alts))
        ):
            continue
        if veto_set and not veto_set.isdisjoint(veto_words(token)):
            continue
        if veto_gov:
            lifted = lifted_vetoes(token) if lifted is None else lifted
            if not governors(token).isdisjoint(veto_gov - lifted):
                continue
        if not (
            (veto_subj and not veto_subj.isdisjoint(subject_words(token)))
            or (vetoes and any(holds(r, token, mentions, veto=True) for r in vetoes))
        ):
            return row
    return None


def is_mistagged_infinitive(token: Token) -> bool:
    """An infinitive the tagger read as a noun after a verb of aspect or modality: a bare word in
    "-er", "-ir" or "-re" that is the verb's open complement, with no determiner ("l'usine va
    licencier 300 salariés", tagged NOUN/xcomp)."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "xcomp"
        and token.head.pos_ in {"VERB", "AUX"}
        and token.lower_.endswith(INFINITIVE_ENDINGS)
        and not any(c.dep_ in {"det", "case", "amod"} for c in token.children)
    )


def is_imperative(token: Token) -> bool:
    """An imperative, which the parser often tags an indicative: a second person (or a form in "-ez",
    "-ons") without a subject."""
    morph = morph_feats(token)
    if "Imp" in morph.get("Mood", []):
        return True
    return (
        "Fin" in morph.get("VerbForm", [])
        and ("2" in morph.get("Person", []) or token.lower_.endswith(("ez", "ons")))
        and token.dep_ != "conj"
        and not any(c.dep_ in {"nsubj", "nsubj:pass", "expl:subj"} for c in token.children)
    )


def names_place_or_person(token: Token, mentions: MentionIndex) -> bool:
    """A capitalised noun inside the name of a place or a person ("l'alerte à La Réunion")."""
    m = mentions.get(token)
    return (
        m is not None
        and m.label in PLACE_LABELS | {"PER"}
        and token.text[:1].isupper()
        and token.lower_ in m.name.lower().split()
    )


def holds(req: str, token: Token, mentions: MentionIndex, veto: bool = False) -> bool:
    """One requirement: "^x" the word the trigger hangs on, "@..." a test, else a lemma among the
    dependents (for a veto, the subject's words too)."""
    if req.startswith("^"):
        return req[1:] in governors(token)
    if req.startswith("~"):  # "un missile a frappé", "le tribunal a annulé": the subject's words
        return req[1:] in subject_words(token)
    if veto and not req.startswith("@"):
        return is_vetoed(req, token, mentions)
    return requirement_holds(req, token, mentions)


def subject_words(token: Token) -> frozenset[str]:
    """The lemmas and forms (also without a final "s") of the trigger's subjects and their
    dependents, which "~x" requirements look at, computed once per token (rows ask up to fifteen)."""
    cache: dict[int, frozenset[str]] = token.doc.user_data.setdefault("newsgraph.subject_words", {})
    found = cache.get(token.i)
    if found is None:
        subjects = subject_chain(token)
        if not subjects and token.pos_ in {"NOUN", "PROPN"}:  # "la police poursuit ses recherches"
            subjects = [t for t in subject_chain(carrier(token)) if t.i != token.i]
        subjects = [*subjects, *deep_subjects(token)]  # "occupé par les séparatistes": who acts
        subjects += antecedents(subjects)  # "la pluie qui arrive": the rain arrives
        words = [*subjects, *(g for t in subjects for g in t.children if g.i != token.i)]  # not "qui frappe"
        lems, lower = lemmas(token.doc), tokens(token.doc).lower
        found = cache[token.i] = frozenset(
            w for t in words for w in (lems[t.i], lower[t.i], lower[t.i].removesuffix("s"))
        )
    return found


def is_vetoed(req: str, token: Token, mentions: MentionIndex) -> bool:
    """A veto holds on any dependent, the subject included ("nous rencontrons", "s'en prendre")."""
    return req in veto_words(token)


def veto_words(token: Token) -> frozenset[str]:
    """The lemmas and lowercase forms of the words a veto looks at, computed once per token (a
    row has up to twenty vetoes, each asked about the same words)."""
    cache: dict[int, frozenset[str]] = token.doc.user_data.setdefault("newsgraph.veto_words", {})
    found = cache.get(token.i)
    if found is None:
        subjects = subject_chain(token)  # and their words: "rencontré par nos journalistes"
        words = [*dependents(token), *subjects, *(g for t in subjects for g in t.children)]
        words += [token.head] if token.dep_ == "acl" else []  # "des canards arrivés": what arrived
        found = cache[token.i] = word_set(token.doc, words)
    return found


def requirement_holds(req: str, token: Token, mentions: MentionIndex) -> bool:
    """One requirement of a lexicon row (see the lexicon's header)."""
    if plain(req):  # a word among the dependents (the last case below), without the other tests
        return req in dependent_words(token)
    if req == "@NAMED":
        args = [*token.children, *subject_chain(token)]
        return any((m := mentions.get(t)) is not None and m.label in ACTOR_TYPES for t in args)
    if req == "@PLACE":  # not "contre la Russie", "avec Kiev": those are opponents and partners
        deps = [t for t in dependents(token, 4) if t.dep_ not in SUBJECT_DEPS]
        return any(
            not any(c.dep_ == "case" and c.lower_ in {"contre", "avec", "entre"} for c in t.children)
            for t, _ in mentions.places(deps)
        )
    if req == "@OBJPLACE":  # "a pris Kherson", "ont repris Lyman", "le Donbass occupé"
        objects = [t for t in token.children if is_object(t)] + deep_objects(token)
        return any((m := mentions.get(t)) is not None and m.label in PLACE_LABELS for t in objects)
    if req == "@STATE":  # "Moscou a frappé Kiev", "la Russie a frappé des infrastructures"
        return any(government_of(m.name) is not None for m in subject_places(token, mentions))
    if req == "@SUBJPLACE":  # "Kherson est tombée", "la ville serait tombée"
        return bool(subject_places(token, mentions))
    if req == "@PROPER":  # "le Festival de Cannes revient", not "les mascottes des Jeux", nor "Tours"
        m = mentions.get(token)
        if token.dep_ == "nmod" or (m is not None and m.label in PLACE_LABELS | {"PER"}):
            return False
        first = token.i == token.sent.start or token.doc[token.i - 1].text in SENTENCE_OPENERS
        return (token.text[:1].isupper() and not token.is_upper and not first) or (
            m is not None and m.name.split()[0].lower() == token.lower_
        )
    if req.startswith("="):  # "augmenter ses prix", also passive "les prix ont été augmentés"
        return req[1:] in object_lemmas(token)
    if req.startswith(PREFIX):  # "la pluie est arrivée", "des pluies torrentielles" (event_sense_classes)
        return is_sense_event(token, req)
    if req in VERB_CLASSES:  # "l'orage a frappé", "la guerre a éclaté" (event_happening)
        return is_happening_subject(token, req)
    if req == "@SUBJECT":  # "le feu progresse", "l'incendie n'est toujours pas fixé"
        return token.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and token.head.pos_ in {"VERB", "ADJ", "AUX"}
    if req == "@NOOBJ":
        return not any(c.dep_ in OBJECT_DEPS for c in token.children)
    if req == "@DEACT":  # "a refusé de rembourser les frais"
        return governs_act(token)
    if req == "@PASSIVE":
        return any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in token.children)
    if req == "@ATTRIBUTIVE":  # "le gaz importé depuis la Russie": a past participle that qualifies a noun
        past = not token.lower_.endswith((*INFINITIVE_ENDINGS, "ant"))  # the tagger's VerbForm often errs
        return token.dep_ in PARTICIPLE_DEPS and token.head.pos_ in {"NOUN", "PROPN"} and past
    if req == "@BAREINF":  # "pour importer des produits, il faut...": an adjunct infinitive, no subject
        infinitive = "Inf" in morph_feats(token).get("VerbForm", []) and token.lower_.endswith(
            INFINITIVE_ENDINGS
        )
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in token.children)
        return infinitive and token.dep_ in {"advcl", "csubj", "acl", "obl"} and not own_subject
    if req == "@MONEY":
        return bool(MONEY_RE.search(subtree_text(token)))
    if req == "@NUM":
        if lemma(token.head) in QUANTITY_NOUNS or token.head.pos_ == "NUM":  # "des milliers de manifestants"
            return True
        return any(
            re.search(r"\d", t.text) or (t.pos_ == "NUM" and t.lower_ not in {"un", "une"})
            for t in token.children
        )
    if req == "@MILITARY":
        args = [t for t in dependents(token) if t.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | OBJECT_DEPS]
        args += [*subject_chain(token), *deep_subjects(token)]
        if token.pos_ in {"NOUN", "PROPN"} and (verb := carrier(token)).i != token.i:
            args += subject_chain(verb)  # "l'armée poursuit sa progression"
        return any(lemma(t) in MILITARY_NOUNS for t in args)
    if req == "@PERSON":
        deep = deep_objects(token)
        for t in token.children:
            if t.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"nmod", "obl:arg"} or is_object(t):
                m = mentions.get(t)
                if (m is not None and m.label in {"PER", "ORG", "GROUP", "ANON"}) or (
                    t.pos_ == "PRON" and t.lower_ in PERSON_PRONOUNS
                ):
                    return True
                if t.pos_ == "NOUN" and lemma(t) in PEOPLE_NOUNS | BODY_NOUNS | MILITARY_NOUNS:
                    return True
        return any(  # "les habitants évacués", "2 000 personnes ont dû être évacuées"
            lemma(t) in PEOPLE_NOUNS | BODY_NOUNS | MILITARY_NOUNS
            or ((m := mentions.get(t)) is not None and m.label in {"PER", "ORG", "GROUP", "ANON"})
            for t in deep
        )
    return req in dependent_words(token)


def object_lemmas(token: Token) -> frozenset[str]:
    """The lemmas of the trigger's direct objects, which "=x" requirements look at, computed once
    per token (rows ask up to twenty)."""
    cache: dict[int, frozenset[str]] = token.doc.user_data.setdefault("newsgraph.object_lemmas", {})
    found = cache.get(token.i)
    if found is None:
        objects = [c for c in token.children if is_object(c)] + deep_objects(token)
        objects += [  # "des milliers d'emplois", "cinq cents emplois", "une sorte de campus"
            c
            for o in objects
            if lemma(o) in QUANTITY_NOUNS | HEAD_NOUNS | MEASURE_UNITS
            for c in o.children
            if c.dep_ in {"nmod", "amod"} and c.pos_ == "NOUN"
        ]
        found = cache[token.i] = frozenset(lemma(c) for c in objects)
    return found


def subject_places(token: Token, mentions: MentionIndex) -> list[Mention]:
    """The place mentions among the trigger's subjects (its subject chain)."""
    found = (mentions.get(t) for t in subject_chain(token))
    return [m for m in found if m is not None and m.label in PLACE_LABELS]


def dependent_words(token: Token) -> frozenset[str]:
    """The lemmas and lowercase forms of the dependents a word requirement looks at (a verb's
    subject is no requirement: "nous rencontrons"), computed once per token."""
    cache: dict[int, frozenset[str]] = token.doc.user_data.setdefault("newsgraph.dependent_words", {})
    found = cache.get(token.i)
    if found is None:
        deps = dependents(token)
        deps += [c for c in token.children if c.dep_ == "acl" and (c.pos_ == "ADJ" or is_bare_participle(c))]
        deps += agent_participles(token)  # "la ristourne financée par l'État"
        if token.pos_ not in {"NOUN", "PROPN"}:
            deps = [t for t in deps if t.dep_ not in SUBJECT_DEPS and t.head.dep_ not in SUBJECT_DEPS]
            deep = deep_objects(token)  # "2 000 personnes ont été évacuées": what the verb acts on
            deps += [*deep, *(c for t in deep for c in t.children if c.dep_ in {"amod", "nmod", "compound"})]
        found = cache[token.i] = word_set(token.doc, deps)
    return found


def word_set(doc: Doc, found: list[Token]) -> frozenset[str]:
    """The lemmas (``event_parse.lemma``) and lowercase forms of tokens, read from the columns."""
    lems, lower = lemmas(doc), tokens(doc).lower
    return frozenset(w for t in found for w in (lems[t.i], lower[t.i]))


PARTICIPLE_DEPS = {"acl", "amod"}


def deep_objects(token: Token) -> list[Token]:
    """What a passive or participle verb acts on, though the parse does not make it an object: the
    passive subject ("2 000 personnes ont dû être évacuées", also through a modal) or the noun the
    participle qualifies ("les habitants évacués", "le Donbass occupé par les séparatistes")."""
    if token.pos_ not in {"VERB", "ADJ", "AUX"}:
        return []
    if token.dep_ in PARTICIPLE_DEPS and token.head.pos_ in {"NOUN", "PROPN"} and token.head.i != token.i:
        etre = lemma(token) in ETRE_VERBS  # "les soldats arrivés": who arrived, not what
        return [token.head] if "Part" in morph_feats(token).get("VerbForm", []) and not etre else []
    passive = any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in token.children)
    if not passive or any(c.lower_ in {"se", "s'", "s’"} for c in token.children):
        return []
    return [t for t in subject_chain(token) if t.pos_ in {"NOUN", "PROPN", "PRON"}]


def deep_subjects(token: Token) -> list[Token]:
    """Who acts in a passive or a participle: its "par X" ("occupé par les troupes russes")."""
    return [c for c in token.children if c.dep_ in AGENT_DEPS] if token.pos_ in {"VERB", "ADJ", "AUX"} else []
