"""Events: typed (CAMEO), with agent, target, place, time.

A trigger (a verb or a noun of ``ontology/lexicons/event_triggers.tsv``) found in the dependency
parse gives one event report; its roles come from the parse: the subject (or the "de X" of a
nominal trigger, or a passive "par X") is the agent, the object the target, a place mention
introduced by "à/de/dans/en/..." the location, a time expression of the clause the date.
Negated, hypothetical and subjunctive clauses give no event.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.context import DocContext, Mention
from newsgraph.geo import demonym_country, geocode, slug
from newsgraph.model import Event, Evidence, PlaceRef, Quantity, RoleRef, TimeMention, TimeValue, stable_id
from newsgraph.resolve import actor_id

ONTOLOGY = Path(__file__).resolve().parents[3] / "ontology"
LEXICON = ONTOLOGY / "lexicons" / "event_triggers.tsv"
EVENT_TYPES = ONTOLOGY / "event_types.ttl"

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubj:pass"}
OBJECT_DEPS = {"obj", "iobj"}
AGENT_DEPS = {"obl:agent"}
INHERIT_DEPS = {"conj", "xcomp", "advcl", "acl"}  # a verb without subject takes its governor's
CLAUSE_DEPS = {"ccomp", "advcl", "acl", "acl:relcl", "parataxis", "conj", "csubj", "xcomp"}
NEGATORS = {"ne", "n'", "pas", "jamais", "aucun", "aucune", "nullement", "guère"}
HYPOTHETICAL_MARKS = {"si", "pour", "afin", "avant", "sans"}
HYPOTHETICAL_GOVERNORS = {
    "pouvoir",
    "devoir",
    "vouloir",
    "prévoir",
    "envisager",
    "espérer",
    "souhaiter",
    "tenter",
    "chercher",
    "menacer",
    "refuser",
    "promettre",
    "proposer",
    "craindre",
    "redouter",
    "appeler",
    "exhorter",
    "demander",
    "viser",
    "risquer",
    "avertir",
    "éviter",
    "empêcher",
    "exclure",
    "réclamer",
    "exiger",
    "permettre",
    "falloir",
    "compter",
    "aller",
    "préparer",
    "nier",
    "démentir",
    "accuser",
    "rejeter",
    "sembler",
    "imaginer",
    "juger",
    "estimer",
}
HYPOTHETICAL_HEAD_NOUNS = {
    "chance",
    "possibilité",
    "risque",
    "menace",
    "perspective",
    "espoir",
    "appel",
    "projet",
    "plan",
    "idée",
    "hypothèse",
    "crainte",
    "peur",
    "éventualité",
    "proposition",
    "offre",
    "scénario",
    "demande",
    "condition",
    "objectif",
    "volonté",
    "intention",
    "prétexte",
    "accusation",
}
HYPOTHETICAL_AMODS = {"possible", "éventuel", "potentiel", "hypothétique", "futur", "présumé"}
# Governors whose infinitive complement reports something that happened (or was ordered).
FACTUAL_GOVERNORS = {
    "venir",
    "commencer",
    "continuer",
    "poursuivre",
    "achever",
    "finir",
    "reprendre",
    "décider",
    "ordonner",
    "annoncer",
    "se mettre",
    "parvenir",
    "réussir",
}
# A verb that carries a nominal trigger: "avoir des pourparlers", "imposer des sanctions".
LIGHT_VERBS = {
    "avoir",
    "mener",
    "lancer",
    "effectuer",
    "tenir",
    "conduire",
    "organiser",
    "entamer",
    "engager",
    "rendre",
    "imposer",
    "adopter",
    "annoncer",
    "accorder",
    "débloquer",
    "fournir",
    "livrer",
    "décréter",
    "déclencher",
    "subir",
    "poursuivre",
    "intensifier",
    "recevoir",
    "participer",
    "signer",
    "approuver",
    "voter",
    "ordonner",
    "commencer",
    "reprendre",
    "achever",
    "terminer",
}
# Verbs whose subject takes part in the meeting they govern ("Poutine est resté à l'écart du sommet").
ATTENDANCE_VERBS = {
    "participer",
    "assister",
    "boycotter",
    "présider",
    "représenter",
    "rester",
    "bouder",
    "rejoindre",
    "arriver",
    "quitter",
    "ouvrir",
    "clore",
    "clôturer",
}
OCCUR_VERBS = {"tenir", "dérouler", "commencer", "reprendre", "poursuivre", "ouvrir", "survenir", "débuter"}
LOCATION_PREPS = {
    "à",
    "au",
    "aux",
    "de",
    "du",
    "des",
    "d'",
    "dans",
    "en",
    "vers",
    "sur",
    "près",
    "depuis",
    "sous",
    "contre",
    "autour",
    "jusqu'",
}
PLACE_LABELS = {"LOC", "GPE"}
ACTOR_TYPES = {
    "PER": "person",
    "ORG": "organization",
    "GPE": "gpe",
    "LOC": "gpe",
    "GROUP": "group",
    "ANON": "anonymous",
}
MILITARY_NOUNS = {
    "troupe",
    "force",
    "soldat",
    "armée",
    "militaire",
    "unité",
    "régiment",
    "bataillon",
    "combattant",
    "mercenaire",
    "brigade",
    "division",
    "occupant",
    "russe",
    "ukrainien",
}
# Common nouns that name people or bodies of people, so can fill an actor role.
PEOPLE_NOUNS = {
    "civil",
    "personne",
    "habitant",
    "enfant",
    "femme",
    "homme",
    "manifestant",
    "journaliste",
    "otage",
    "prisonnier",
    "pays",
    "gouvernement",
    "dirigeant",
    "responsable",
    "ministre",
    "police",
    "policier",
    "gendarme",
    "opposant",
    "militant",
    "réfugié",
    "victime",
    "population",
    "citoyen",
    "délégué",
    "diplomate",
    "autorité",
    "allié",
    "partenaire",
    "occidental",
    "séparatiste",
    "rebelle",
    "détenu",
    "président",
    "chef",
    "premier",
    "député",
    "sénateur",
    "juge",
    "tribunal",
    "enquêteur",
    "employé",
}
PERSON_PRONOUNS = {"le", "la", "les", "lui", "l'", "eux", "elle", "il", "ils", "elles"}
RELATIVE_PRONOUNS = {"qui", "que", "lequel", "laquelle", "lesquels", "lesquelles", "dont"}

NUMBER = r"\d{1,3}(?:[\s\u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?"
SCALE = {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9}
CURRENCIES = {
    "dollar": "USD",
    "dollars": "USD",
    "$": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "€": "EUR",
    "livre": "GBP",
    "livres": "GBP",
    "£": "GBP",
    "rouble": "RUB",
    "roubles": "RUB",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnias.": "UAH",
    "yuan": "CNY",
    "yuans": "CNY",
}
MONEY_RE = re.compile(
    rf"(?P<num>{NUMBER})\s*(?P<scale>mille|millions?|milliards?)?\s*(?:de\s+|d')?"
    rf"(?P<cur>dollars?|euros?|livres?|roubles?|hryvnias?|yuans?|\$|€|£)",
    re.I,
)
COUNT_RE = re.compile(
    rf"(?P<num>{NUMBER})\s*(?P<scale>mille|millions?|milliards?)?\s*(?:de\s+|d')?(?P<noun>[a-zà-ÿ]+)", re.I
)
CASUALTY_TYPES = {"kill", "wound"}
CASUALTY_NOUNS = MILITARY_NOUNS | PEOPLE_NOUNS | {"mort", "blessé", "tué", "victime", "autre", "disparu"}
DATE_WINDOW = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class Trigger:
    """One row of the trigger lexicon."""

    lemma: str
    pos: str
    type: str
    de_role: str  # agent, target or "-"
    requires: tuple[str, ...]


# --------------------------------------------------------------------------------------------
# Data


@lru_cache(maxsize=1)
def triggers() -> dict[str, tuple[Trigger, ...]]:
    """The trigger lexicon, by lemma."""
    rows: dict[str, list[Trigger]] = defaultdict(list)
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, pos, type_, de_role, requires = (line.split("\t") + ["-"] * 5)[:5]
        req = () if requires.strip() in ("", "-") else tuple(requires.strip().split("|"))
        rows[lemma.strip()].append(Trigger(lemma.strip(), pos.strip(), type_.strip(), de_role.strip(), req))
    return {k: tuple(v) for k, v in rows.items()}


@lru_cache(maxsize=1)
def _concept_blocks() -> dict[str, str]:
    """Event type name -> its Turtle block in ontology/event_types.ttl, read once."""
    text = EVENT_TYPES.read_text(encoding="utf-8")
    blocks = {}
    for block in re.split(r"\n(?=ev:\w+ a skos:Concept)", text):
        if m := re.match(r"ev:(\w+) a skos:Concept", block):
            blocks[m.group(1)] = block
    return blocks


def _concept_values(pattern: str) -> dict[str, str]:
    found = {name: re.search(pattern, block) for name, block in _concept_blocks().items()}
    return {name: m.group(1) for name, m in found.items() if m}


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, str]:
    """Event type name -> CAMEO code, read from ontology/event_types.ttl."""
    return _concept_values(r'skos:notation "([^"]+)"')


@lru_cache(maxsize=1)
def broader() -> dict[str, str]:
    """Event type name -> its broader type (for merging families such as kill/wound)."""
    return _concept_values(r"skos:broader ev:(\w+)")


# --------------------------------------------------------------------------------------------
# Mentions


class MentionIndex:
    """Mentions by token: which mention, if any, covers a token."""

    def __init__(self, sdoc: Doc, mentions: Iterable[Mention]):
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.by_token.setdefault(t.i, m)

    def get(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def places(self, tokens: Iterable[Token]) -> Iterator[tuple[Token, Mention]]:
        """Place mentions among tokens, once each, at their first token."""
        seen = set()
        for t in tokens:
            m = self.by_token.get(t.i)
            if m is not None and m.label in PLACE_LABELS and id(m) not in seen:
                seen.add(id(m))
                yield t, m


# --------------------------------------------------------------------------------------------
# Triggers


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def dependents(token: Token, depth: int = 2) -> list[Token]:
    """Children and grandchildren of a token, inside its own clause."""
    out = [c for c in token.children if c.dep_ not in CLAUSE_DEPS or (c.dep_ == "xcomp" and c.pos_ != "VERB")]
    if depth > 1:
        out += [g for c in list(out) for g in dependents(c, depth - 1)]
    return out


def match_trigger(token: Token, mentions: MentionIndex) -> Trigger | None:
    """The lexicon row a token triggers, if its requirements hold."""
    if token.pos_ not in {"VERB", "NOUN", "ADJ", "AUX", "PROPN"}:
        return None
    keys = [lemma(token), token.lower_]
    if token.lower_.endswith(("s", "x")):
        keys.append(token.lower_[:-1])
    table = triggers()
    rows = next((table[k] for k in keys if k in table), ())
    want = "NOUN" if token.pos_ in {"NOUN", "PROPN"} else "VERB"
    for row in rows:
        if row.pos != want and not (row.pos == "VERB" and token.pos_ == "ADJ"):
            continue
        need = [r for r in row.requires if not r.startswith("!")]
        if any(is_vetoed(r[1:], token, mentions) for r in row.requires if r.startswith("!")):
            continue
        if not need or any(all(requirement_holds(p, token, mentions) for p in r.split("+")) for r in need):
            return row
    return None


def is_object(t: Token) -> bool:
    """A direct object, or a bare noun phrase the parser took for an oblique or an xcomp."""
    if t.dep_ in OBJECT_DEPS:
        return True
    bare = not any(c.dep_ == "case" for c in t.children)
    return t.pos_ in {"NOUN", "PROPN"} and bare and (t.dep_ == "xcomp" or t.dep_.startswith("obl"))


def is_vetoed(req: str, token: Token, mentions: MentionIndex) -> bool:
    """A veto holds on any dependent, the subject included ("nous rencontrons", "s'en prendre")."""
    if req.startswith("@"):
        return requirement_holds(req, token, mentions)
    words = [*dependents(token), *subject_chain(token)]
    words += [g for t in subject_chain(token) for g in t.children]  # "rencontré par nos journalistes"
    return any(lemma(t) == req or t.lower_ == req for t in words)


def requirement_holds(req: str, token: Token, mentions: MentionIndex) -> bool:
    """One requirement of a lexicon row (see the lexicon's header)."""
    if req == "@NAMED":
        args = [*token.children, *subject_chain(token)]
        return any((m := mentions.get(t)) is not None and m.label in ACTOR_TYPES for t in args)
    deps = [t for t in dependents(token) if t.dep_ not in SUBJECT_DEPS and t.head.dep_ not in SUBJECT_DEPS]
    if req == "@PLACE":  # not "contre la Russie", "avec Kiev": those are opponents and partners
        return any(
            not any(c.dep_ == "case" and c.lower_ in {"contre", "avec", "entre"} for c in t.children)
            for t, _ in mentions.places(deps)
        )
    if req == "@OBJPLACE":  # "a pris Kherson", "ont repris Lyman"
        objects = [t for t in token.children if is_object(t)]
        return any((m := mentions.get(t)) is not None and m.label in PLACE_LABELS for t in objects)
    if req == "@MONEY":
        return bool(MONEY_RE.search(subtree_text(token)))
    if req == "@NUM":
        return any(
            re.search(r"\d", t.text) or (t.pos_ == "NUM" and t.lower_ not in {"un", "une"})
            for t in token.children
        )
    if req == "@MILITARY":
        args = [t for t in dependents(token) if t.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | OBJECT_DEPS]
        args += [t for t in subject_chain(token)]
        return any(lemma(t) in MILITARY_NOUNS for t in args)
    if req == "@PERSON":
        for t in token.children:
            if t.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"nmod", "obl:arg"}:
                m = mentions.get(t)
                if (m is not None and m.label in {"PER", "ORG", "GROUP", "ANON"}) or (
                    t.pos_ == "PRON" and t.lower_ in PERSON_PRONOUNS
                ):
                    return True
        return False
    return any(lemma(t) == req or t.lower_ == req for t in deps)


def subtree_text(token: Token) -> str:
    doc = token.doc
    return doc[token.left_edge.i : token.right_edge.i + 1].text


# --------------------------------------------------------------------------------------------
# Modality


def is_negated(token: Token) -> bool:
    return any(
        c.lower_ in NEGATORS and c.dep_ in {"advmod", "advmod:neg", "det", "neg"} for c in token.children
    )


def is_classifier(token: Token) -> bool:
    """A bare noun that classifies another ("navire de combat", "char d'assaut"): no event."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "nmod"
        and not any(c.dep_ in {"det", "nmod", "amod", "nummod"} for c in token.children)
    )


def carrier(token: Token) -> Token:
    """The verb a nominal trigger hangs on: a light verb it is the object of ("mener des frappes"),
    or a verb of occurring it is the subject of ("les pourparlers ont eu lieu à Istanbul")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return token
    if token.dep_ in OBJECT_DEPS | {"obl:arg", "nsubj:pass"} and lemma(token.head) in LIGHT_VERBS:
        return token.head
    if token.dep_ in SUBJECT_DEPS and is_occurring(token.head):
        return token.head
    return next((c for c in token.children if c.dep_ == "conj" and is_occurring(c)), token)


def is_occurring(verb: Token) -> bool:
    """ "avoir lieu", "se tenir", "se dérouler", "commencer"..."""
    lem = lemma(verb)
    if lem == "avoir":
        return any(lemma(c) == "lieu" for c in verb.children)
    return lem in OCCUR_VERBS


def is_unreal(token: Token) -> bool:
    """Negated, hypothetical, conditional-modal or subjunctive: not reported as happened."""
    verb = carrier(token)
    for t in (token, verb):
        if is_negated(t):
            return True
        if "Sub" in t.morph.get("Mood", []):
            return True
        if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in t.children):
            return True
    if token.pos_ in {"NOUN", "PROPN"}:
        if any(c.dep_ == "amod" and lemma(c) in HYPOTHETICAL_AMODS for c in token.children):
            return True
        if any(c.dep_ == "case" and c.lower_ == "sans" for c in token.children):
            return True
        head = token.head
        if token.dep_ == "nmod" and lemma(head) in HYPOTHETICAL_HEAD_NOUNS:
            return True
        if (
            verb.i == token.i
            and token.dep_ in OBJECT_DEPS | {"obl:arg"}
            and lemma(head) in HYPOTHETICAL_GOVERNORS
        ):
            return True
    infinitive = "Inf" in verb.morph.get("VerbForm", []) or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm", []) for c in verb.children
    )  # "avoir bombardé"
    if infinitive:
        return not (verb.dep_ != "ROOT" and lemma(verb.head) in FACTUAL_GOVERNORS)
    if verb.dep_ in {"xcomp", "ccomp"} and lemma(verb.head) in HYPOTHETICAL_GOVERNORS:
        return True
    if any(c.dep_.startswith("aux") and lemma(c) in {"pouvoir", "devoir"} for c in verb.children):
        return True
    return False


# --------------------------------------------------------------------------------------------
# Roles


def subject_chain(token: Token) -> list[Token]:
    """The subject of a verb, else of the verb it is coordinated with or depends on."""
    t = token
    for _ in range(4):
        subj = [c for c in t.children if c.dep_ in SUBJECT_DEPS]
        if subj:
            return subj
        if t.dep_ in INHERIT_DEPS and t.head.i != t.i:
            if t.dep_ == "acl" and t.head.pos_ in {"NOUN", "PROPN"}:
                return []
            t = t.head
            continue
        return []
    return []


def clause_tokens(token: Token) -> list[Token]:
    """The tokens of a verb's own clause (subordinate clauses left out)."""

    def inside(c: Token) -> bool:
        return c.dep_ not in CLAUSE_DEPS or (c.dep_ == "xcomp" and c.pos_ in {"NOUN", "PROPN"})

    out = [token]
    stack = [c for c in token.children if inside(c)]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if inside(c))
    return sorted(out, key=lambda t: t.i)


def phrase(token: Token) -> str:
    """A short name for a common-noun argument: the noun with its adjectives and "de X" names."""
    keep = [token]
    for c in token.children:
        if c.dep_ == "amod" or (c.dep_ == "nmod" and c.pos_ == "PROPN" and geocode(c.text) is None):
            keep += [t for t in c.subtree if t.dep_ not in {"punct"} and t.pos_ != "DET"]
    keep = sorted(set(keep), key=lambda t: t.i)
    return " ".join(t.text for t in keep)


def actor_of(token: Token, mentions: MentionIndex, role: str) -> RoleRef | None:
    """The actor a subject/object token names, as a RoleRef."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "acl:relcl":
        token = token.head.head
    m = mentions.get(token)
    if m is None:  # "les délégués de Washington": the noun's own name mention
        m = next((mentions.get(c) for c in token.children if c.dep_ == "nmod" and mentions.get(c)), None)
        if m is not None and token.pos_ in {"NOUN"}:
            name = phrase(token)
            return RoleRef(actor_id(name, "group"), name, role, "group")
    if m is not None and m.label in ACTOR_TYPES:
        type_ = ACTOR_TYPES[m.label]
        return RoleRef(actor_id(m.name, type_), m.name, role, type_)  # type: ignore[arg-type]
    if token.pos_ == "PRON":
        return None
    if token.pos_ == "NOUN" and any("Yes" in c.morph.get("Poss", []) for c in token.children):
        owner = possessor(token, mentions)  # "ses troupes": the troops of the clause's subject
        if owner is not None:
            return RoleRef(owner.id, owner.name, role, owner.type)
    if token.pos_ == "PROPN":
        return RoleRef(actor_id(token.text, "unknown"), token.text, role, "unknown")
    if token.pos_ == "NOUN":
        nation = next((demonym_country(c.lower_) for c in token.children if c.dep_ == "amod"), None)
        if lemma(token) in MILITARY_NOUNS | PEOPLE_NOUNS or nation:
            name = phrase(token)
            return RoleRef(actor_id(name, "group"), name, role, "group")
        if token.lower_ in {"russes", "ukrainiens", "américains"}:
            return RoleRef(actor_id(token.text, "group"), token.text, role, "group")
        nation = demonym_country(token.lower_)
        if nation:
            return RoleRef(actor_id(token.text, "group"), token.text, role, "group")
    return None


def possessor(token: Token, mentions: MentionIndex) -> RoleRef | None:
    """The named actor a possessive noun phrase ("ses forces") belongs to: the nearest subject
    or passive subject of an enclosing clause, or the "à X"-free subject of its own verb."""
    v = token.head
    for _ in range(4):
        subj = [
            c
            for c in v.children
            if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
            and c.i != token.i
            and not any("Yes" in g.morph.get("Poss", []) for g in c.children)
        ]
        for c in subj:
            ref = actor_of(c, mentions, "agent")
            if ref is not None:
                return ref
        if v.head.i == v.i:
            return None
        v = v.head
    return None


def de_complements(token: Token) -> list[Token]:
    """The "de X" complements of a noun, in order."""
    return [
        c
        for c in token.children
        if c.dep_ in {"nmod", "obl:arg"}
        and any(g.dep_ == "case" and g.lower_ in {"de", "du", "des", "d'"} for g in c.children)
        and not is_amount(c)
    ]


def is_amount(token: Token) -> bool:
    """ "de 400 millions de dollars", "de 2 000 hommes": a quantity, not an actor."""
    return (
        lemma(token) in SCALE
        or token.lower_ in CURRENCIES
        or any(c.dep_ in {"nummod", "det"} and (c.like_num or c.pos_ == "NUM") for c in token.children)
    )


def is_settlement(m: Mention) -> bool:
    """A place mention that is a city, region or water (not a country standing for its state)."""
    geo = geocode(m.name)
    return geo is not None and geo.type in {"city", "region", "water"}


def roles(
    token: Token, verb: Token, trig: Trigger, mentions: MentionIndex
) -> tuple[list[RoleRef], list[Token]]:
    """Agent and target of a trigger, and the tokens that name them."""
    agents: list[Token] = []
    targets: list[Token] = []
    participants: list[Token] = []
    if token.pos_ in {"NOUN", "PROPN"}:
        des = de_complements(token)
        if des:
            first = des[0]
            m = mentions.get(first)
            if trig.de_role == "target":
                targets.append(first)
            elif m is not None and m.label in PLACE_LABELS and len(des) == 1 and is_settlement(m):
                pass  # "le retrait de Kherson": the place, not an actor
            else:
                agents.append(first)
        agents += [c for c in token.children if c.dep_ == "amod" and demonym_country(c.lower_)]
        for c in token.children:  # "des pourparlers entre Kiev et Moscou"
            if c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ == "entre" for g in c.children):
                participants += [c, *(g for g in c.children if g.dep_ == "conj")]
                participants += [g for g in token.children if g.dep_ == "conj" and g.pos_ == "PROPN"]
        targets += [
            c
            for c in token.children
            if c.dep_ in {"nmod"}
            and any(g.dep_ == "case" and g.lower_ in {"contre", "sur"} for g in c.children)
            and mentions.get(c)
        ]
        if verb.i != token.i and not agents and not participants and trig.type not in CASUALTY_TYPES:
            agents += [t for t in subject_chain(verb) if t.i != token.i and t.head.i != token.i]
        governor = token.head if token.head.pos_ in {"VERB", "AUX"} else token.head.head
        if token.dep_ in {"obl:arg", "obl:mod", "obj", "nmod"} and lemma(governor) in ATTENDANCE_VERBS:
            participants += subject_chain(governor)
    else:
        passive = any(c.dep_ == "aux:pass" for c in token.children) or "Pass" in token.morph.get("Voice", [])
        agents += subject_chain(token) if not passive else []
        agents += [
            c
            for c in token.children
            if c.dep_ in AGENT_DEPS
            or (passive and any(g.lower_ == "par" and g.dep_ == "case" for g in c.children))
        ]
        targets += [
            c
            for c in token.children
            if c.lower_ not in {"se", "s'"}
            and (is_object(c) and (c.dep_ in OBJECT_DEPS or mentions.get(c) is not None))
        ]
        targets += [c for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if passive and not targets:
            targets += subject_chain(token)
        if token.dep_ == "acl" and token.head.pos_ in {"NOUN", "PROPN"}:  # "des soldats tués"
            targets.append(token.head)
        if "Inf" in token.morph.get("VerbForm", []) and not agents and token.head.i != token.i:
            agents += subject_chain(token.head)
    refs: list[RoleRef] = []
    used: list[Token] = []
    for role, toks in (("agent", agents), ("target", targets), ("participant", participants)):
        for t in toks:
            nation = demonym_country(t.lower_) if t.dep_ == "amod" else None
            ref = (
                RoleRef(actor_id(nation, "gpe"), nation, role, "gpe")
                if nation
                else actor_of(t, mentions, role)
            )
            if ref is not None and all(r.id != ref.id for r in refs):
                refs.append(ref)
                used.append(t)
    return refs, used


def location(
    token: Token,
    scope: list[Token],
    used: list[Token],
    agents: list[Token],
    targets: list[Token],
    mentions: MentionIndex,
) -> PlaceRef | None:
    """The place a trigger happened at: a place mention introduced by a preposition."""
    used_mentions = {id(mentions.get(t)) for t in used if mentions.get(t) is not None}
    # "les délégués de Washington se réunissent": Washington is where they come from; but "le
    # retrait des forces de Lyman": Lyman is where they leave.
    in_agent = {x.i for t in agents for x in t.subtree} if token.pos_ not in {"NOUN", "PROPN"} else set()
    agent_mentions = {id(mentions.get(t)) for t in agents if mentions.get(t) is not None}
    target_mentions = {id(mentions.get(t)) for t in targets if mentions.get(t) is not None}
    candidates = []
    for t, m in [*mentions.places(scope), *unlabelled_places(scope, mentions)]:
        if id(m) in agent_mentions or (t.i in in_agent and id(m) not in used_mentions):
            continue
        distance = abs(t.i - token.i) + (0 if t.i > token.i else 5)
        if id(m) in target_mentions:  # "a bombardé Kharkiv": the target place is where it happened
            candidates.append((0, distance, m))
        elif is_introduced(t) and id(m) not in used_mentions:
            candidates.append((0, distance, m))
    if not candidates:
        return None
    m = min(candidates, key=lambda c: c[:2])[2]
    geo = geocode(m.name)
    return PlaceRef(geo.id if geo else f"place-{slug(m.name)}", m.name)


def unlabelled_places(scope: list[Token], mentions: MentionIndex) -> list[tuple[Token, Mention]]:
    """Proper nouns after a place preposition that the NER labelled otherwise but that geocode
    ("de la ville d'Izioum" tagged PER)."""
    out = []
    for t in scope:
        m = mentions.get(t)
        if t.pos_ == "PROPN" and (m is None or m.label not in PLACE_LABELS) and is_introduced(t):
            if (m is None or m.start == t.idx) and geocode(m.name if m else t.text) is not None:
                out.append((t, m or Mention(t.idx, t.idx + len(t.text), t.text, "LOC", t.lower_, t.text)))
    return out


def has_place_case(token: Token) -> bool:
    return any(c.dep_ in {"case", "fixed"} and c.lower_ in LOCATION_PREPS for c in token.children)


def is_introduced(t: Token) -> bool:
    """A place token after a preposition ("à Kherson", "de la ville de X", "dans la capitale, X")."""
    prev = t.doc[t.i - 1] if t.i > 0 else None
    if prev is not None and (
        prev.lower_ in LOCATION_PREPS
        or (prev.pos_ == "DET" and t.i > 1 and (t.doc[t.i - 2].lower_ in LOCATION_PREPS))
    ):
        return True
    if has_place_case(t):
        return True
    return t.dep_ in {"appos", "nmod", "flat:name"} and t.head.i != t.i and has_place_case(t.head)


def event_date(
    token: Token, scope: list[Token], times: list[TimeMention], mentions: MentionIndex
) -> TimeValue | None:
    """A time expression inside the trigger's clause and not inside another trigger's phrase
    ("les combats depuis l'invasion du 24 février": the date is the invasion's), else None."""
    by_start = {t.idx: t for t in scope}
    inside = {t.i for t in scope}
    for tm in times:
        t = by_start.get(tm.start) or next(
            (x for x in scope if x.idx <= tm.start < x.idx + len(x.text)), None
        )
        if t is None:
            continue
        path, node = [], t
        while node.i != token.i and node.i in inside and node.head.i != node.i:
            node = node.head
            path.append(node)
        if any(n.i != token.i and n.pos_ in {"NOUN", "PROPN"} and match_trigger(n, mentions) for n in path):
            continue
        return TimeValue(tm.value, tm.precision)
    return None


def parse_number(num: str, scale: str | None) -> float:
    value = (
        float(re.sub(r"[\s\u00a0\u202f.]", "", num).replace(",", "."))
        if re.search(r"\d[\s\u00a0\u202f.]\d{3}", num)
        else float(num.replace(",", "."))
    )
    return value * SCALE.get((scale or "").lower(), 1)


def quantities(type_: str, texts: list[str]) -> tuple[Quantity, ...]:
    """Money amounts, and head counts for casualty reports, stated in the given texts."""
    out: list[Quantity] = []
    for text in texts:
        for m in MONEY_RE.finditer(text):
            unit = CURRENCIES.get(m.group("cur").lower(), m.group("cur"))
            out.append(Quantity(parse_number(m.group("num"), m.group("scale")), unit, m.group(0)))
        if type_ in CASUALTY_TYPES and not out:
            for m in COUNT_RE.finditer(text):
                noun = m.group("noun").lower()
                if noun.rstrip("sx") not in CASUALTY_NOUNS or re.fullmatch(r"\d{4}", m.group("num")):
                    continue
                out.append(Quantity(parse_number(m.group("num"), m.group("scale")), "people", m.group(0)))
                break
        if out:
            break
    return tuple(out)


# --------------------------------------------------------------------------------------------
# Extraction


def event_from_trigger(
    token: Token, trig: Trigger, sent: Span, ctx: DocContext, mentions: MentionIndex
) -> Event | None:
    """One event report for a trigger token, or None when it is negated or hypothetical."""
    if is_unreal(token) or is_classifier(token):
        return None
    verb = carrier(token)
    actors, used = roles(token, verb, trig, mentions)
    scope_tokens = clause_tokens(verb) + clause_tokens(token)
    if (
        "Inf" in verb.morph.get("VerbForm", []) and lemma(verb.head) in FACTUAL_GOVERNORS
    ):  # "a ordonné mercredi de"
        scope_tokens += clause_tokens(verb.head)
    scope = sorted({t.i: t for t in scope_tokens}.values(), key=lambda t: t.i)
    agent_tokens = [t for t, r in zip(used, actors, strict=True) if r.role == "agent"]
    target_tokens = [t for t, r in zip(used, actors, strict=True) if r.role == "target"]
    place = location(token, scope, used, agent_tokens, target_tokens, mentions)
    when = event_date(token, scope, ctx.times, mentions)
    if (
        token.pos_ in {"NOUN", "PROPN"}
        and not actors
        and place is None
        and when is None
        and not trig.requires
    ):
        return None  # a bare noun ("la guerre des sanctions") is too vague to be an event
    arg_texts = [subtree_text(t) for t in used] + [subtree_text(token)]
    if token.pos_ not in {"NOUN", "PROPN"}:
        arg_texts.append(sent.text)
    amounts = quantities(trig.type, arg_texts)
    if not actors and place is None and when is None and not amounts:
        return None  # nobody, nowhere, never: too vague to be an event
    doc = ctx.document
    return Event(
        id=stable_id(doc.id, token.idx, trig.type),
        doc=doc.id,
        type=trig.type,
        trigger=token.text,
        evidence=Evidence(sent.start_char, sent.end_char, doc.text[sent.start_char : sent.end_char]),
        cameo=cameo_codes().get(trig.type),
        actors=tuple(actors),
        location=place,
        date=when,
        quantities=amounts,
    )


def extract_events(ctx: DocContext) -> list[Event]:
    """Every event report in the document, in text order."""
    mentions = MentionIndex(ctx.sdoc, ctx.mentions)
    out = []
    for sent in ctx.sdoc.sents:
        for token in sent:
            trig = match_trigger(token, mentions)
            if trig is None:
                continue
            event = event_from_trigger(token, trig, sent, ctx, mentions)
            if event is not None:
                out.append(event)
    return out


# --------------------------------------------------------------------------------------------
# Merging across documents


def family(type_: str) -> str:
    """The type events merge under: casualty and aid subtypes fold into their parent."""
    if type_ in CASUALTY_TYPES:
        return "casualties"
    parent = broader().get(type_)
    return parent if parent == "provide_aid" else type_


def agent_key(event: Event) -> str:
    """The agent as a country code where one can be read ("troupes russes", "Moscou", "Russie"),
    else its actor id, else "" (unknown)."""
    agents = [r for r in event.actors if r.role == "agent"]
    if not agents:
        return ""
    name = agents[0].name
    geo = geocode(name)
    if geo is not None and geo.country and geo.type in {"country", "city"}:
        return geo.country
    for word in re.split(r"[\s'’-]+", name):
        nation = demonym_country(word.lower())
        if nation:
            geo = geocode(nation)
            if geo is not None and geo.country:
                return geo.country
    return agents[0].id


def place_key(event: Event) -> str:
    """The location's first name word, folded ("Kherson" and "Kherson Oblast" agree), or ""."""
    if event.location is None:
        return ""
    geo = geocode(event.location.name)
    name = geo.name if geo else event.location.name
    return slug(name).split("-")[0]


def date_range(value: TimeValue | None) -> tuple[date, date] | None:
    """The first and last day a time value covers."""
    if value is None:
        return None
    v = value.value
    try:
        if re.fullmatch(r"\d{4}-W\d{2}", v):
            start = date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
            return start, start + timedelta(days=6)
        if re.fullmatch(r"\d{4}-\d{2}", v):
            start = date(int(v[:4]), int(v[5:7]), 1)
            nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
            return start, nxt - timedelta(days=1)
        if re.fullmatch(r"\d{4}", v):
            return date(int(v), 1, 1), date(int(v), 12, 31)
        day = date.fromisoformat(v[:10])
        return day, day
    except ValueError:
        return None


def assign_event_ids(events: list[Event]) -> list[Event]:
    """Give reports of one real-world event the same ``event_id``; order is kept.

    Rule: reports merge when they have the same type family (kill/wound and the aid subtypes fold
    together), the same agent key (a country read from the agent's name: "Russie", "Moscou" and
    "les troupes russes" agree; else the canonical actor id) and the same place key (the place's
    first name word). Within such a group, dated reports are sorted and chained while each starts
    within 7 days of the previous one's end; reports without a date join the group's largest
    dated cluster (the earliest on ties). Reports with an unknown agent or place join the single
    group that matches them on the other keys, when there is exactly one; otherwise they stay in
    their own group. The id is a hash of type family, agent key, place key and first date.
    """
    keyed = [(family(e.type), agent_key(e), place_key(e)) for e in events]
    full = defaultdict(list)
    for i, k in enumerate(keyed):
        if k[1] and k[2]:
            full[k].append(i)
    by_type_agent: dict[tuple[str, str], set] = defaultdict(set)
    by_type_place: dict[tuple[str, str], set] = defaultdict(set)
    for k in full:
        by_type_agent[(k[0], k[1])].add(k)
        by_type_place[(k[0], k[2])].add(k)
    groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, k in enumerate(keyed):
        if not k[1] and k[2] and len(by_type_place[(k[0], k[2])]) == 1:
            k = next(iter(by_type_place[(k[0], k[2])]))
        elif k[1] and not k[2] and len(by_type_agent[(k[0], k[1])]) == 1:
            k = next(iter(by_type_agent[(k[0], k[1])]))
        groups[k].append(i)
    ids: dict[int, str] = {}
    for k, members in groups.items():
        for cluster in date_clusters(members, events):
            starts = [r[0] for i in cluster if (r := date_range(events[i].date)) is not None]
            eid = stable_id("event", *k, min(starts).isoformat() if starts else "")
            for i in cluster:
                ids[i] = eid
    return [replace(e, event_id=ids[i]) for i, e in enumerate(events)]


def date_clusters(members: list[int], events: list[Event]) -> list[list[int]]:
    """Chain dated reports within DATE_WINDOW; undated ones join the largest chain."""
    dated = sorted((r, i) for i in members if (r := date_range(events[i].date)) is not None)
    undated = [i for i in members if date_range(events[i].date) is None]
    clusters: list[list[int]] = []
    end = None
    for (start, stop), i in dated:
        if end is None or start - end > DATE_WINDOW:
            clusters.append([])
            end = stop
        clusters[-1].append(i)
        end = max(end, stop)
    if not clusters:
        return [undated]
    if undated:
        max(clusters, key=len).extend(undated)
    return clusters


def merge_key(event: Event) -> str:
    """The date-free part of the merge rule: type family, agent key and place key."""
    return "|".join((family(event.type), agent_key(event), place_key(event)))
