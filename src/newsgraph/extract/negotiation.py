"""Is a statement about negotiating, and of which kind? Decided from the graded lexicon
``ontology/lexicons/negotiation.tsv`` with the words that decided it.

The statement's sentence must hold a word of negotiating (an *act*). How sure the act is (its grade)
says how much more evidence it needs: a word of the field of one narrower concept (a union, a war, a
party) in the sentence, one in the context (the sentence before, the headline, the lead), or a word
of negotiating in the context (the report is about talks). Phrases of other senses are removed first
("trêve hivernale"), and words of bargaining of another kind (a football transfer, a house sale)
veto every act that has no field word beside it. A statement with no act, in a report about talks,
is a reaction to them when it names a party of labour or political talks or receives their news
(doubt, hope, relief: "on n'y croit guère").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from newsgraph import lexicons
from newsgraph.extract.negotiation_allies import among_allies, meeting
from newsgraph.extract.negotiation_lent import lent_claim
from newsgraph.extract.negotiation_offers import counter_offer, named_party, pay_only, platform
from newsgraph.extract.negotiation_senses import BROAD, reread
from newsgraph.extract.negotiation_subheads import without_echo
from newsgraph.extract.negotiation_terms import INCISED, TermGates, term_pattern, title, unaccent
from newsgraph.extract.regex_first import prefix_tree
from newsgraph.names import fold, fold_spaced

LEXICON = "negotiation.tsv"
ROLES = ("act", "field", "block", "veto", "process", "support", "reaction")
PROCESS_GAP = 30
"""How many characters may stand between a weak act and a word of the course of talks that raises it
("bloque les discussions", "le dialogue est dans l'impasse", "la reprise des échanges")."""
RAISED = re.compile(r"discu|dialog|echange|contact|propos|offre|accord|consultation|condition|exigence")
"""The weak acts of talking a word of the course of talks raises (not a summit or a meeting: "s'ouvrait
le sommet du G7" is an event, "cela bloque les discussions" is talks); a party's conditions or
demands accepted or refused are put in talks ("si ses conditions ont été acceptées")."""
ECHOED = re.compile(r"accord|discu|dialog|echange|entretien")
"""The weak acts of talking that the same word in the context confirms ("un accord" in the headline,
"cet accord" in the sentence); not a proposal, which a campaign or a shop makes as often."""

VERDICT = re.compile(
    r"avancees|insuffisant\w*|decevant\w*|satisfai\w*|au rabais|impasse|point mort|(?:pas de|aucune) percee"
)
"""The words of the course of talks that judge it: with no act in the sentence, in a report about talks, a
verdict on them ("il y a eu des avancées, mais…", "pas de percée à attendre"). Not "l'avancée" (of troops),
"une percée" (a front's, a party's at the polls), "échec" or "progrès", a war report says of the fighting."""

TALKS_ONLY = re.compile(r"desescalade|lignes? rouges?")
"""Acts that are a position in talks only in a report about talks (an act of any grade in the
context, "l'entretien", "discussions en cours"): a de-escalation promised or a red line drawn in a
war report is the war's ("Poutine promet une désescalade mais continue de masser ses troupes"); one
hoped for while leaders call each other is the talks' ("la France avait espéré une désescalade", the
lead: "Biden va s'entretenir au téléphone avec Poutine"). Not "désescalade entre" two sides, a
mediation's aim, nor beside another act of the sentence."""

NEEDS = {3: 0, 2: 1, 1: 2}
"""An act's grade -> how many more pieces of evidence it needs (see the lexicon's header)."""
REACTION_GRADE = 2
"""How sure the context's word of negotiating must be for a party's words to count as a reaction."""
REACTION_FIELDS = frozenset({"labour_negotiation", "political_negotiation"})
"""Where a party's words in a report about talks are a position in them. Not in a war, where the
talks are one thread of the report among the fighting."""


class LexiconError(ValueError):
    """A line of the negotiation lexicon that cannot be read."""


@dataclass(frozen=True, slots=True)
class Entry:
    term: str
    role: str
    grade: int
    concept: str


def parse_entries(lines: Iterable[str], name: str = LEXICON) -> tuple[Entry, ...]:
    """The lexicon's lines, checked: a wrong role, grade or column count names the line.

    >>> parse_entries([chr(9).join(("négocier", "act", "3", "negotiation"))])
    (Entry(term='négocier', role='act', grade=3, concept='negotiation'),)
    """
    entries = []
    for line in lines:
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 4 or cols[1] not in ROLES or not cols[2].isdigit() or not cols[0].strip():
            raise LexiconError(
                f"ontology/lexicons/{name}: cannot read the line {line!r} "
                f"(want TERM, ROLE {'|'.join(ROLES)}, GRADE 0-3, CONCEPT, tab-separated)"
            )
        entries.append(Entry(cols[0].strip(), cols[1], int(cols[2]), cols[3].strip()))
    return tuple(entries)


@lru_cache(maxsize=2)
def load_entries(name: str = LEXICON) -> tuple[Entry, ...]:
    """The entries of ``ontology/lexicons/<name>``."""
    return parse_entries(lexicons.lines(name), name)


CLAIM = Entry("réclamer une hausse de salaire", "act", 2, "labour_negotiation")  # negotiation_senses
KEY = 4
"""Terms are indexed by their first letters: one look-ahead scan of those beginnings finds where a
term may start, then each candidate's own pattern is tried there (one alternation of hundreds of
terms tried at every character was a hundred times slower)."""
SEPARATORS = re.compile(r"[\s\-]+")


def normalized(text: str, capitals: bool = False) -> str:
    """The text terms are matched on: folded (accent-free only, for terms in capitals), runs of
    spaces and hyphens made one space ("cessez-le-feu" and "cessez le feu" read alike)."""
    return SEPARATORS.sub(" ", unaccent(text) if capitals else fold(text))


@dataclass(frozen=True, slots=True)
class Matcher:
    """The terms of the lexicon, indexed by their first letters: folded terms, and terms in
    capitals (matched on accent-free text, case kept)."""

    index: tuple[dict[str, tuple[tuple[re.Pattern[str], Entry], ...]], ...]  # (folded, capitals)
    triggers: tuple[re.Pattern[str] | None, ...]
    gates: tuple[TermGates, ...]

    def find(self, texts: tuple[str, str]) -> list[tuple[str, Entry, int, int]]:
        """Every (matched words, entry, start, end) in the normalized texts (folded, capitals), the
        longest term at a place first, matches not overlapping; a surer act that starts inside another
        act and runs further takes its place ("un accord" gives way to "accord salarial")."""
        found: list[tuple[str, Entry, int, int]] = []
        for index, trigger, gates, text in zip(self.index, self.triggers, self.gates, texts, strict=True):
            if trigger is None:
                continue
            kept: list[tuple[int, int, Entry]] = []
            for hit in trigger.finditer(text):
                p = hit.start()
                if kept and p < kept[-1][1] and kept[-1][2].role != "act":
                    continue
                best: tuple[int, Entry] | None = None
                for key in gates.keys_at(text[p : p + KEY]):  # one alternation first: most keys fail
                    for pattern, entry in index[key] if gates.any[key].match(text, p) else ():
                        m = pattern.match(text, p)
                        if m is not None and (best is None or _better(m, entry, best)):
                            best = (m.end(), entry)
                if best is None:
                    continue
                if kept and p < kept[-1][1]:
                    if best[1].role == "act" and best[0] > kept[-1][1] and best[1].grade > kept[-1][2].grade:
                        kept[-1] = (p, *best)
                    continue
                kept.append((p, *best))
            found += [(INCISED.sub("", fold(text[p:end])), entry, p, end) for p, end, entry in kept]
        return found


def _better(m: re.Match[str], entry: Entry, best: tuple[int, Entry]) -> bool:
    """Longer wins; at equal length a blocked phrase wins ("propos de" is not "proposer de"), then
    the term written as found ("dialogue" the noun, not a form of the verb "dialoguer")."""
    end, (best_end, best_entry) = m.end(), best
    if end != best_end:
        return end > best_end
    if entry.role == "block" or best_entry.role == "block":
        return entry.role == "block" and best_entry.role != "block"
    return _as_written(m.group(), entry) and not _as_written(m.group(), best_entry)


def _as_written(found: str, entry: Entry) -> bool:
    return found == normalized(entry.term, entry.term.isupper())


def _key(term: str) -> str:
    text = normalized(term, term.isupper())
    first = re.match(r"\w+", text)
    word = first.group() if first else text
    return text[:KEY] if len(word) >= KEY or " " in text or "'" in text else word


@lru_cache(maxsize=2)
def matcher(name: str = LEXICON) -> Matcher:
    indexes: tuple[dict[str, list[tuple[re.Pattern[str], Entry]]], ...] = ({}, {})
    for e in load_entries(name):
        indexes[e.term.isupper()].setdefault(_key(e.term), []).append(
            (re.compile(term_pattern(e.term, e.role == "block")), e)
        )
    frozen = tuple({k: tuple(v) for k, v in index.items()} for index in indexes)
    triggers = tuple(  # "\b(?=nego|neut|…)" nested by letters: the same places, found faster
        re.compile(r"\b(?=" + prefix_tree(index) + ")") if index else None for index in frozen
    )
    return Matcher(frozen, triggers, tuple(TermGates(index, KEY) for index in frozen))


def concepts(name: str = LEXICON) -> frozenset[str]:
    """Every concept the lexicon names (each must be one of ontology/topics.ttl)."""
    return frozenset(e.concept for e in load_entries(name))


@dataclass(frozen=True, slots=True)
class Zone:
    """What one stretch of text holds: its acts, its field words, whether a veto word is there."""

    acts: tuple[tuple[str, Entry], ...]
    fields: tuple[tuple[str, Entry], ...]
    veto: tuple[str, ...]
    raised: tuple[tuple[str, str], ...] = ()  # a weak act's word -> the word of the course of talks
    reaction: tuple[str, ...] = ()  # words of receiving news ("sceptique", "bonne nouvelle")
    verdict: tuple[str, ...] = ()  # words of the course of talks that judge it ("insuffisant")

    def field_weight(self) -> dict[str, int]:
        """Narrower concept -> the summed grades of its distinct field words here."""
        weight: dict[str, int] = defaultdict(int)
        for e in dict(self.fields).values():
            weight[e.concept] += e.grade
        return dict(weight)

    def best_act(self) -> tuple[str, Entry] | None:
        return max(self.acts, key=lambda a: a[1].grade, default=None)


@lru_cache(maxsize=1024)
def read_zone(text: str) -> Zone:
    """The acts, field words and veto words of ``text`` (cached: the statements of one sentence, and
    their context, recur). A blocked phrase is a match like the others: the longest term at a place
    wins, so nothing inside "trêve hivernale" counts."""
    plain = unaccent(text)  # fold(text) is plain.lower(): the text is decomposed once
    cased = SEPARATORS.sub(" ", plain)
    folded = cased.lower()  # the same as joining the lowercased text's runs: no case touches a separator
    found = matcher().find((folded, cased))
    found = [f for f in found if not title(f, folded) and not _named(f, cased, folded)]
    found = reread(found, folded, CLAIM)  # no "se négocie à 90 $"; "réclament une hausse de salaire"
    acts, raised, coursed = _raised(found)
    if any(e.role == "support" for _, e, _, _ in found):
        acts = tuple(a for a in acts if a[0] in coursed or not meeting(a))
    elif among := among_allies(found, folded, coursed):
        acts = tuple(a for a in acts if a[0] not in among)
    return Zone(
        acts,
        tuple((w, e) for w, e, _, _ in found if e.role == "field"),
        tuple(w for w, e, _, _ in found if e.role == "veto"),
        tuple(raised.items()),
        tuple(w for w, e, _, _ in found if e.role == "reaction"),
        tuple(w for w, e, _, _ in found if e.role == "process" and VERDICT.fullmatch(w)),
    )


NAME_BEFORE = re.compile(r"(?:\b[a-z][\w']*\s(?:L[ae]s? )?|\b[ld]')$")
"""Right before a capital, a word in lower case (or an elided article), perhaps and an article in
capitals, a name's own ("l'île de La Réunion"): the capital is not a sentence's first letter."""


def _named(hit: tuple[str, Entry, int, int], cased: str, folded: str) -> bool:
    """A weak act of talking written with a capital inside a sentence is a proper name, a union's,
    a party's, a festival's or a place's ("le syndicat Alliance", "les Rencontres d'Arles", "depuis
    l'île de La Réunion"), not talks. Only a
    weak one: a report's subheads are glued to the next sentence with no full stop ("Des avancées
    insuffisantes Concertation ..."), where a surer word's capital is a sentence's first letter."""
    _, entry, start, _ = hit
    return (
        entry.role == "act"
        and entry.grade == 1
        and entry.concept == BROAD
        and len(cased) == len(folded)
        and cased[start : start + 1].isupper()
        and NAME_BEFORE.search(cased, max(0, start - 40), start) is not None
    )


def _raised(
    found: list[tuple[str, Entry, int, int]],
) -> tuple[tuple[tuple[str, Entry], ...], dict[str, str], set[str]]:
    """The acts found, a weak one (grade 1) raised one grade by a word of the course of talks next
    to it: talks that open, resume, stall or fail are talks ("cela bloque les discussions"), where
    "discussions" alone may be a chat. Also each raised act's word -> the word that raised it, and
    the words of every act with a word of the course of talks beside it."""
    process = [(w, s, e) for w, entry, s, e in found if entry.role == "process"]
    acts: list[tuple[str, Entry]] = []
    raised: dict[str, str] = {}
    coursed: set[str] = set()
    for w, entry, s, e in found:
        if entry.role != "act":
            continue
        near = next(
            (pw for pw, ps, pe in process if 0 <= ps - e <= PROCESS_GAP or 0 <= s - pe <= PROCESS_GAP), None
        )
        if near is not None:
            coursed.add(w)
        if entry.grade == 1 and near is not None and RAISED.search(w):
            entry = replace(entry, grade=2)
            raised[w] = near
        acts.append((w, entry))
    return tuple(acts), raised, coursed


SENTENCE_END = re.compile(r"(?<=[.!?…»\"])\s+")


def _outside(context: str, text: str) -> str:
    """The context without the sentences the statement's own text holds (the lead or the headline
    may be the statement's sentence: its words must not count twice), nor a subhead that repeats them."""
    if not context:
        return ""
    tail, folded = text.strip()[-50:], fold_spaced(text)
    parts = (without_echo(part, folded) for part in SENTENCE_END.split(context))
    return " ".join(part for part in parts if part.strip() and part.strip() not in text and tail not in part)


def _vetoed(here: Zone, around: Zone) -> bool:
    """Bargaining of another kind: a veto word in the sentence with no field word to place it, or
    in the context when neither the sentence nor the context names a field."""
    if here.veto:
        return not _placed(here.field_weight())
    return bool(around.veto) and not _placed(here.field_weight()) and not _placed(around.field_weight())


def _summed(here: dict[str, int], around: dict[str, int]) -> dict[str, int]:
    """The field weights of the sentence and the context added, by concept."""
    return {c: here.get(c, 0) + around.get(c, 0) for c in here.keys() & around.keys()}


def _placed(weights: dict[str, int]) -> set[str]:
    """The concepts whose field words weigh enough (2: one sure word, or two suggestive ones)."""
    return {c for c, w in weights.items() if w >= 2}


@lru_cache(maxsize=4096)
def negotiation_evidence(text: str, context: str = "") -> dict[str, tuple[str, ...]]:
    """``negotiation`` and its narrower concepts found in ``text`` (a statement and its sentence),
    each with the words that decided it; ``context`` is the sentence before, the headline and lead.

    >>> negotiation_evidence("Les syndicats ont quitté la table des négociations")["labour_negotiation"]
    ('table des negociations', 'syndicats')
    >>> negotiation_evidence("Le club négocie le transfert de son attaquant")
    {}
    """
    here = read_zone(text)
    if not (here.acts or here.reaction or here.verdict or _placed(here.field_weight())):
        return lent_claim(text, context)  # a claim whose party the context names, or nothing
    context = _outside(context, text)
    around = read_zone(context) if context else Zone((), (), ())
    if not counter_offer(here.acts, text):  # a claim makes no talks, but for an offer that answers it
        around = replace(around, acts=tuple(a for a in around.acts if a[1] is not CLAIM))
    here_w, around_w = here.field_weight(), around.field_weight()
    act = here.best_act()
    if _vetoed(here, around) and (act is None or act[1].concept == BROAD):
        return {}
    if act is None:
        return _reaction(here, around) or lent_claim(text, context)
    pieces: list[tuple[str, ...]] = []
    if _placed(here_w):
        pieces.append(tuple(w for w, e in dict(here.fields).items() if e.concept in _placed(here_w)))
    if _placed(around_w):
        pieces.append(tuple(w for w, e in dict(around.fields).items() if e.concept in _placed(around_w)))
    if not pieces and (joined := _placed(_summed(here_w, around_w))):
        # one suggestive field word in the sentence, another in the context: one piece ("Moscou a
        # promis une trêve" after "des civils bloqués à Marioupol, en Ukraine")
        pieces.append(tuple(w for w, e in dict(here.fields + around.fields).items() if e.concept in joined))
    if act[1].grade == 1:  # an offer to hire or a candidate's platform is not put to a party
        pieces = pay_only(pieces)
    context_act = around.best_act()
    if context_act is None or context_act[1].grade < 2:
        context_act = _echo(act, around)
    talks_around = context_act is not None and not around.veto
    if act[1].grade == 1 and not talks_around and platform(here.acts, text, context):
        return {}
    if not (talks_around or around.acts) and all(TALKS_ONLY.fullmatch(w) for w, _ in here.acts):
        return {}
    word, entry = act
    if talks_around and context_act is not None:
        pieces.append((context_act[0],))
    if len(pieces) < NEEDS.get(entry.grade, 3):
        return {}
    decided = [word, *(p for a, p in here.raised if a == word)]
    decided += [w for piece in pieces[: max(1, NEEDS[entry.grade])] for w in piece]
    if entry.concept != BROAD:
        kinds = {entry.concept}
    else:
        score: dict[str, int] = defaultdict(int)
        for c, w in here_w.items():
            score[c] += 2 * w
        for c, w in around_w.items():
            score[c] += w
        top = max(score.values(), default=0)
        kinds = {c for c, s in score.items() if s == top and s >= 2}
    words = tuple(dict.fromkeys(decided))
    found = {kind: words for kind in sorted(kinds)}
    found[BROAD] = words
    return found


def _head(words: str) -> str:
    """The head of an act's words, its last word's first letters ("cet accord" and "un accord",
    "discussions" and "discussion" share one)."""
    return words.split()[-1][:6]


def _echo(act: tuple[str, Entry] | None, around: Zone) -> tuple[str, Entry] | None:
    """The context's act with the same head as the sentence's weak act: the report is about that
    accord or those talks ("un accord à l'arraché ?" in the headline, "aucun accord plutôt qu'un
    mauvais accord" in the sentence), so the context counts as talks even for a weak act."""
    if act is None or act[1].grade > 1 or not ECHOED.search(act[0]):
        return None
    return next((a for a in around.acts if _head(a[0]) == _head(act[0])), None)


def _reaction(here: Zone, around: Zone) -> dict[str, tuple[str, ...]]:
    """A statement with no word of negotiating, in a report about talks (a sure word of negotiating
    in the context): a reaction to the talks or a position in them when its sentence names a party
    of the same field (the unions, the employer, a party; labour and political only), or when it
    receives their news ("on n'y croit guère", "c'est une bonne nouvelle", "avec scepticisme") or
    judges their course ("des avancées insuffisantes"), in any field, a war's too: a war report's
    other statements are about the fighting, not the talks."""
    context_act = around.best_act()
    if context_act is None or context_act[1].grade < REACTION_GRADE or around.veto:
        return {}
    word, entry = context_act
    fields = {entry.concept} if entry.concept != BROAD else _placed(around.field_weight())
    if not fields:
        # talks of no field around ("trouver une solution" to hire cooks): not a report about
        # talks, and hope or doubt there is about something else
        return {}
    kinds = _placed(here.field_weight()) & fields & REACTION_FIELDS
    if kinds and not named_party(w for w, e in here.fields if e.concept in kinds):
        kinds = set()  # the reform or the pay named, not a party: the statement is about the reform
    if kinds:
        words = (word, *dict.fromkeys(w for w, e in here.fields if e.concept in kinds))
    elif here.reaction or here.verdict:
        kinds, words = fields, (word, *dict.fromkeys(here.reaction + here.verdict))
    else:
        return {}
    return {**{kind: words for kind in sorted(kinds)}, BROAD: words}
