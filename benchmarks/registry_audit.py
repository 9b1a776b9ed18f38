"""Audit the actors of a build: suspicious aliases, conflicting types, near-duplicate names, names
cut inside a word or with junk at an edge, the most-mentioned actors with their types, and how many
event rows of ``actor_network`` join two real actors (issue 17): identified ones, by the function the
build itself decides it with. Each top actor shows the state code the exports give it (``country``
and ``sector`` of ``nations.state_of``: "Russie" RU, "forces russes" RU MIL), and the states are
listed with the documents that mention any actor of theirs (the state, its people, its bodies), as a
reader folding actors by state counts them.

    PYTHONPATH=src .venv/bin/python benchmarks/registry_audit.py STORE_DIR [--top 30] [--json]

STORE_DIR is the folder of an embedded Oxigraph store made by ``newsgraph build --store``; it is
opened read-only, so a build may be running elsewhere.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

from pyoxigraph import Store

from newsgraph.geo import government_of
from newsgraph.geo_demonyms import demonym_country
from newsgraph.lexicons import selection
from newsgraph.names import lexicon, one_edit
from newsgraph.nations import state_of
from newsgraph.resolve.actors import institution_heads, institution_seats, is_identified, national_bodies
from newsgraph.resolve.short_forms import initials, is_initials

NG = "https://newsgraph.org/ontology#"
ACTOR = "https://newsgraph.org/id/actor/"
CLASSES = {
    "Person": "person",
    "Organization": "organization",
    "GeopoliticalEntity": "gpe",
    "Group": "group",
    "AnonymousActor": "anonymous",
}
COORDINATION = re.compile(r"\s(?:et|ou|ni)\s|,|;", re.I)
TYPE_ORDER = ("person", "gpe", "organization", "group", "anonymous")
"""The actor's type as resolution gave it, from its classes (none of them: "unknown")."""


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def select(store: Store, query: str) -> list[dict[str, str]]:
    result = store.query(query)
    names = [v.value for v in result.variables]  # type: ignore[union-attr]
    return [{n: (s[n].value if s[n] is not None else "") for n in names} for s in result]  # type: ignore[union-attr]


def actors(store: Store) -> dict[str, dict[str, Any]]:
    """Actor id -> labels, aliases, types and the number of documents mentioning it."""
    found: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"labels": set(), "aliases": set(), "types": set(), "docs": 0}
    )
    q = f"""PREFIX ng: <{NG}>
        SELECT ?a ?label WHERE {{ ?a a ng:Actor ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }}"""
    for r in select(store, q):
        found[r["a"]]["labels"].add(r["label"])
    q = (
        f"SELECT ?a ?alias WHERE {{ ?a a <{NG}Actor> ; "
        "<http://www.w3.org/2004/02/skos/core#altLabel> ?alias }"
    )
    for r in select(store, q):
        found[r["a"]]["aliases"].add(r["alias"])
    q = f"""SELECT ?a ?c WHERE {{ ?a a <{NG}Actor> ; a ?c }}"""
    for r in select(store, q):
        local = r["c"].removeprefix(NG)
        if local in CLASSES:
            found[r["a"]]["types"].add(CLASSES[local])
    q = (
        f"SELECT ?a (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?a a <{NG}Actor> ; "
        f"<{NG}mentionedIn> ?d }} GROUP BY ?a"
    )
    for r in select(store, q):
        found[r["a"]]["docs"] = int(r["n"])
    return {a.removeprefix(ACTOR): v for a, v in found.items()}


def shown_label(id_: str, v: dict[str, Any]) -> str:
    return min(v["labels"], key=lambda s: (len(s), s)) if v["labels"] else id_


def code(id_: str, table: dict[str, dict[str, Any]]) -> str:
    """The state code the exports give an actor ("RU", "RU MIL"), or "-"."""
    found = state_of(shown_label(id_, table[id_]), type_of(id_, table))
    return " ".join(filter(None, found)) if found is not None else "-"


def states(store: Store, table: dict[str, dict[str, Any]]) -> list[tuple[str, int, int, int]]:
    """(ISO code, actors, bodies, documents mentioning any of them) of every state an actor stands
    for, the most mentioned first."""
    coded = {a: found for a in table if (found := state_of(shown_label(a, table[a]), type_of(a, table)))}
    docs: dict[str, set[str]] = defaultdict(set)
    q = f"SELECT ?a ?d WHERE {{ ?a a <{NG}Actor> ; <{NG}mentionedIn> ?d }}"
    for r in select(store, q):
        found = coded.get(r["a"].removeprefix(ACTOR))
        if found is not None:
            docs[found.code].add(r["d"])
    out = [
        (
            c,
            sum(f.code == c for f in coded.values()),
            sum(f.code == c and f.sector is not None for f in coded.values()),
            len(d),
        )
        for c, d in docs.items()
    ]
    return sorted(out, key=lambda r: (-r[3], r[0]))


def name_words(name: str) -> set[str]:
    """The folded capitalised words of a name, a compound first name's parts apart ("Jean-Paul")."""
    return {p for w in re.findall(r"[A-ZÀ-Ý][\w'-]+", name) for p in fold(w).split("-") if p}


def suspicious_alias(alias: str, labels: set[str], others: dict[str, str]) -> str | None:
    """Why an alias cannot be a name of the actor, or None."""
    acronyms = {fold(label) for label in labels if is_initials(label)}
    if COORDINATION.search(alias) and not acronyms & initials(alias):  # "CPME": "… petites et moyennes …"
        return "coordination"
    words = name_words(alias) - lexicon().titles  # "Président", "Saint", "Père" name nobody
    own = {w for label in labels for w in name_words(label)}
    # a word one letter from one of its own is its own misspelt ("Elizabeth" / "Élisabeth")
    foreign = [w for w in words - own if w in others and not any(one_edit(w, o) for o in own)]
    if foreign:
        return f"holds another actor's name ({', '.join(sorted(foreign))})"
    return None


JUNK_EDGE = re.compile(r"^[\W_]|[^\w.)]$|_$")
"""A label that starts with no letter or digit, or ends with none (a final "." or ")" allowed):
"université Queen'", "ministère de l’", "'une femme", "] cours d'eau" (issue 17)."""


def junk_edged(table: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """(id, label) of the actors whose label is cut inside a word or edged with a quotation mark,
    bracket, slash or dash."""
    return [
        (id_, label)
        for id_, v in sorted(table.items())
        for label in sorted(v["labels"])
        if JUNK_EDGE.search(label)
    ]


def bare_heads(table: dict[str, dict[str, Any]]) -> list[tuple[str, str, int]]:
    """(id, label, documents) of the actors named by an institution's head noun or a role noun alone
    ("direction", "préfecture", "maire"): an organ or a title cut from the "de X" that says whose
    (issue 17, item 5). Such a name may be right (the report never says whose); many are not."""
    bodies = {fold(w) for w in selection("roles.txt", "org")} - national_bodies() - institution_seats()
    heads = institution_heads() | bodies | TITLES
    return [
        (id_, shown_label(id_, v), v["docs"])
        for id_, v in sorted(table.items())
        if v["labels"] and all(fold(STRIP_DET.sub("", label)).strip() in heads for label in v["labels"])
    ]


TITLES = frozenset(
    "maire president presidente prefet prefete porte-parole avocat avocate procureur procureure "
    "directeur directrice secretaire patron patronne".split()
)
"""Titles of a person that say whose only with their "de X" ("le maire" of which town?)."""
STRIP_DET = re.compile(r"^(?:les?|la|l['’]|des|un|une)\s*", re.I)
"""A determiner before a head noun ("la direction")."""


def near_duplicates(table: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """Pairs of person ids whose names are one letter apart (a slip or two spellings of one
    person, or two people: to be looked at)."""
    persons = sorted(a for a, v in table.items() if "person" in v["types"] and "-" in a)
    by_len: dict[int, list[str]] = defaultdict(list)
    for a in persons:
        by_len[len(a)].append(a)
    pairs = []
    for a in persons:
        for n in (len(a), len(a) + 1):
            for b in by_len.get(n, ()):
                if a < b and len(a) >= 8 and one_edit(a, b):
                    pairs.append((a, b))
    return pairs


def misspelt(labels_a: set[str], labels_b: set[str]) -> bool:
    """Whether two near-duplicate persons are one person misspelt rather than two people: their
    names differ in one word only, of 5 letters or more, after its first letter ("Caroline" /
    "Carline Motte", "Justine Vayrac" / "Veyrac", "Raphaële Shapira" / "Schapira"). Two people: a
    first letter that differs ("Bertrand Bonnet" / "Monnet", "Simone Veil" / "Weil") or a short
    word ("Jean-Michel" / "Joan Mitchell", "Lucas Carré" / "Cari"), where a letter changes a name."""
    for a in labels_a:
        for b in labels_b:
            wa, wb = fold(a).replace("-", " ").split(), fold(b).replace("-", " ").split()
            diff = [(x, y) for x, y in zip(wa, wb, strict=False) if x != y]
            if len(wa) == len(wb) and len(diff) == 1:
                x, y = diff[0]
                if min(len(x), len(y)) >= 5 and x[0] == y[0]:
                    return True
    return False


def network(
    store: Store, table: dict[str, dict[str, Any]]
) -> tuple[int, int, list[tuple[str, str, str, str, str, bool]]]:
    """Event rows of the actor_network query: (rows, rows between two real actors, rows); a row is
    between real actors when both ends are identified and ``reader_rejects`` sees nothing wrong."""
    query = (Path(__file__).resolve().parents[1] / "queries" / "sparql" / "actor_network.rq").read_text()
    result = select(store, query)
    events = [r for r in result if r["relation"] != "speaks_about"]
    out = []
    for r in events:
        real = (
            is_real(r["source_id"], r["source_name"], table)
            and is_real(r["target_id"], r["target_name"], table)
            and reader_rejects(
                (r["source_name"], type_of(r["source_id"], table)),
                (r["target_name"], type_of(r["target_id"], table)),
            )
            is None
        )
        out.append((r["source_id"], r["source_name"], r["relation"], r["target_id"], r["target_name"], real))
    return len(events), sum(1 for x in out if x[-1]), out


REPORTS = """PREFIX ng: <%s>
SELECT DISTINCT ?modality ?trigger ?text WHERE {
  VALUES (?s ?t) { (ng:agent ng:target) (ng:agent ng:participant) (ng:participant ng:participant) }
  ?i a ng:EventReport ; ?s <%s> ; ?t <%s> ; ng:eventType <%s> ; ng:trigger ?trigger ;
     ng:evidence ?ev .
  ?ev ng:text ?text .
  OPTIONAL { ?i ng:modality ?modality }
}"""
"""The event reports of one network row (agent, target, type; or partners of a meeting, talks, an
accord), with the sentence each was read from."""
EVENT_TYPE = "https://newsgraph.org/ontology/event/"


def sentences(store: Store, source: str, target: str, relation: str) -> list[tuple[str, str, str]]:
    """[(modality, trigger, sentence)] of the reports behind one event row (the modalities the
    network leaves out, negated and hypothetical, left out here too)."""
    query = REPORTS % (NG, ACTOR + source, ACTOR + target, EVENT_TYPE + relation)
    rows = [(r["modality"], r["trigger"], " ".join(r["text"].split())) for r in select(store, query)]
    return [r for r in rows if r[0] not in {"negated", "hypothetical"}]


COUNT = re.compile(
    r"^(?:\d[\d  .,]*|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|"
    r"cinquante|cent|mille|des dizaines|des centaines|des milliers|plusieurs|quelques)\b",
    re.I,
)
"""A name that begins with a count ("sept ressortissants russes"): a set of people of one report."""


def country_of(name: str, type_: str) -> str | None:
    """The state an end stands for or belongs to: a state's own ("Russie", "Moscou") or the
    nationality in its words ("autorités russes", "forces de Kiev"); None when it names none."""
    if type_ == "gpe":
        state = government_of(name)
        return state.country if state is not None else None
    for word in re.findall(r"[^\W\d_][\w-]*", name):
        nation = demonym_country(word.lower())
        state = government_of(nation) if nation else None
        if state is not None:
            return state.country
    return None


def reader_rejects(source: tuple[str, str], target: tuple[str, str]) -> str | None:
    """Why a reader rejects a row the identification passes, from the two ends' (name, type): both
    ends one state (a state acting on its own organs: "Russie -> autorités russes"), or an end that
    is a count of people ("sept ressortissants russes"). None when nothing is seen."""
    if any(COUNT.match(name.strip()) for name, _ in (source, target)):
        return "a count of people"
    a, b = country_of(*source), country_of(*target)
    if a is not None and a == b and "gpe" in {source[1], target[1]}:
        return "a state and its own side"
    return None


def type_of(id_: str, table: dict[str, dict[str, Any]]) -> str:
    types = table.get(id_, {}).get("types", set())
    return next((t for t in TYPE_ORDER if t in types), "unknown")


def is_real(id_: str, name: str, table: dict[str, dict[str, Any]]) -> bool:
    """An identified actor, by the definition the build stores (``ng:identified``) and the
    network joins: ``newsgraph.resolve.actors.is_identified`` of its id, name and type."""
    return is_identified(id_, name, type_of(id_, table))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", type=int, default=20, help="examples of each kind of problem to print")
    ap.add_argument("--rows", type=int, default=40, help="actor_network event rows to print")
    ap.add_argument(
        "--sentences", action="store_true", help="print under each event row the sentences it was read from"
    )
    a = ap.parse_args(argv)
    if not a.store.is_dir():
        print(f"registry_audit: no store folder at {a.store}", file=sys.stderr)
        return 2
    store = Store.read_only(str(a.store))
    table = actors(store)
    surnames = {
        fold(w)
        for v in table.values()
        if "person" in v["types"]
        for label in v["labels"]
        for w in label.split()[-1:]
        if len(w) > 3
    }
    suspicious = []
    for id_, v in sorted(table.items()):
        for alias in sorted(v["aliases"]):
            why = suspicious_alias(alias, v["labels"], {s: s for s in surnames})
            if why:
                suspicious.append((id_, alias, why))
    conflicting = [(id_, sorted(v["types"])) for id_, v in sorted(table.items()) if len(v["types"]) > 1]
    dups = near_duplicates(table)
    junk = junk_edged(table)
    bare = bare_heads(table)
    top = sorted(table.items(), key=lambda kv: (-kv[1]["docs"], kv[0]))[: a.top]
    n_rows, n_real, net = network(store, table)
    summary = {
        "actors": len(table),
        "suspicious_aliases": len(suspicious),
        "actors_with_suspicious_aliases": len({s[0] for s in suspicious}),
        "conflicting_types": len(conflicting),
        "names_cut_or_junk_edged": len(junk),
        "bare_head_nouns": len(bare),
        "bare_head_noun_documents": sum(n for _, _, n in bare),
        "near_duplicate_pairs": len(dups),
        "near_duplicate_pairs_misspelt": sum(
            misspelt(table[x]["labels"], table[y]["labels"]) for x, y in dups
        ),
        "network_event_rows": n_rows,
        "network_event_rows_between_real_actors": n_real,
    }
    if a.json:
        print(
            json.dumps(
                {
                    **summary,
                    "top": [
                        (i, min(v["labels"]) if v["labels"] else i, sorted(v["types"]), v["docs"])
                        for i, v in top
                    ],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    for k, v in summary.items():
        print(f"{k:40} {v}")
    share = n_real / n_rows if n_rows else 0.0
    print(f"{'share of network event rows, real actors':40} {share:.2f}")
    print(f"\nsuspicious aliases (first {a.show}):")
    for id_, alias, why in suspicious[: a.show]:
        print(f"  {id_:32} {alias!r}: {why}")
    print(f"\nconflicting types (first {a.show}):")
    for id_, types in conflicting[: a.show]:
        print(f"  {id_:32} {', '.join(types)}  {sorted(table[id_]['labels'])[:3]}")
    print(f"\nnames cut or with junk at an edge (first {a.show}):")
    for id_, label in junk[: a.show]:
        print(f"  {id_:32} {label!r}")
    print(f"\nactors named by a head or role noun alone (first {a.show}, most documents first):")
    for id_, label, n in sorted(bare, key=lambda b: (-b[2], b[0]))[: a.show]:
        print(f"  {n:5d}  {id_:40} {label!r}")
    print(f"\nnear-duplicate person ids (first {a.show}):")
    for x, y in dups[: a.show]:
        kind = "one person misspelt" if misspelt(table[x]["labels"], table[y]["labels"]) else "two people"
        names = f"{min(table[x]['labels'])} ~ {min(table[y]['labels'])}"
        print(f"  {x} ~ {y}  ({names}: {kind})")
    print(f"\ntop {a.top} actors by documents mentioning them:")
    for id_, v in top:
        types = "/".join(sorted(v["types"])) or "-"
        print(f"  {v['docs']:5d}  {shown_label(id_, v)[:40]:40} {types:14} {code(id_, table):7} {id_}")
    print(f"\nstates by documents mentioning an actor of theirs (first {a.top}; actors, bodies among them):")
    for c, n_actors, n_bodies, n_docs in states(store, table)[: a.top]:
        print(f"  {n_docs:5d}  {c:3} {n_actors:4d} actors, {n_bodies:4d} bodies")
    print(
        f"\nactor_network event rows (first {a.rows} of {len(net)}; * = not between two real actors, "
        "or one a reader rejects: a count, a state and its own side):"
    )
    for sid, src, rel, tid, tgt, real in net[: a.rows]:
        print(f"  {' ' if real else '*'} {src[:30]:30} -{rel}-> {tgt[:30]}")
        for modality, trigger, text in sentences(store, sid, tid, rel) if a.sentences else []:
            print(f"        [{modality}: {trigger}] {text[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
