"""Why an event report with two actors does or does not become a row of ``actor_network`` (issue 17).

Every event report of a built store is put in one bucket, the first reason that keeps it out of
the network, in the order the query applies them:

- ``no agent`` / ``no target`` / ``neither``: the report lacks a role (its other actors, if any,
  are participants: resolution makes an agent or target that names no actor a participant);
- ``not an interaction``: its type is not ``ng:dyadic``;
- ``negated`` / ``hypothetical``: its modality;
- ``same actor``: agent and target are one node;
- ``agent not identified`` / ``target not identified`` / ``both not identified``;
- ``row``: it is counted in a row.

Statements are bucketed the same way (``no about``, ``speaker not identified``...).

    PYTHONPATH=src .venv/bin/python benchmarks/network_trace.py STORE_DIR [--show 20] [--bucket NAME]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from pyoxigraph import Store

NG = "https://newsgraph.org/ontology#"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

REPORTS = f"""PREFIX ng: <{NG}>
SELECT ?i ?et ?modality ?trigger ?text ?dyadic WHERE {{
  ?i a ng:EventReport ; ng:eventType ?et ; ng:trigger ?trigger ; ng:evidence ?ev .
  ?ev ng:text ?text .
  OPTIONAL {{ ?i ng:modality ?modality }}
  OPTIONAL {{ ?et ng:dyadic ?dyadic }}
}}"""
ROLES = f"""PREFIX ng: <{NG}>
SELECT ?i ?role ?a WHERE {{
  ?i a ng:EventReport ; ?p ?a .
  VALUES (?p ?role) {{ (ng:agent "agent") (ng:target "target") (ng:participant "participant") }}
}}"""
STATEMENT_ROLES = f"""PREFIX ng: <{NG}>
SELECT ?i ?role ?a WHERE {{
  ?i a ng:Statement ; ?p ?a .
  VALUES (?p ?role) {{ (ng:speaker "speaker") (ng:about "about") }}
}}"""
ACTORS = f"""PREFIX ng: <{NG}>
SELECT ?a ?label ?identified WHERE {{
  ?a a ng:Actor ; <{LABEL}> ?label . OPTIONAL {{ ?a ng:identified ?identified }}
}}"""


def select(store: Store, query: str) -> list[dict[str, str]]:
    result = store.query(query)
    names = [v.value for v in result.variables]  # type: ignore[union-attr]
    return [{n: (s[n].value if s[n] is not None else "") for n in names} for s in result]  # type: ignore[union-attr]


def bucket(roles: dict[str, set[str]], dyadic: bool, modality: str, known: dict[str, bool]) -> str:
    """The first reason a report is left out of the network (``row`` when it is not)."""
    agents, targets = roles.get("agent", set()), roles.get("target", set())
    if not agents or not targets:
        return "neither" if not agents and not targets else ("no agent" if not agents else "no target")
    if not dyadic:
        return "not an interaction"
    if modality in {"negated", "hypothetical"}:
        return modality
    pairs = [(s, t) for s in agents for t in targets if s != t]
    if not pairs:
        return "same actor"
    if any(known.get(s) and known.get(t) for s, t in pairs):
        return "row"
    a_ok, t_ok = any(known.get(s) for s in agents), any(known.get(t) for t in targets)
    if not a_ok and not t_ok:
        return "both not identified"
    return "agent not identified" if not a_ok else "target not identified"


def _shown(actor: str, names: dict[str, str], known: dict[str, bool]) -> str:
    """An actor's name, marked (?) when it is not identified."""
    return names.get(actor, actor.rsplit("/", 1)[-1]) + ("" if known.get(actor) else "(?)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("--show", type=int, default=0, help="examples to print per bucket")
    ap.add_argument("--bucket", action="append", default=[], help="only these buckets' examples")
    ap.add_argument("--seed", type=int, default=21)
    a = ap.parse_args(argv)
    store = Store.read_only(str(a.store))
    names: dict[str, str] = {}
    known: dict[str, bool] = {}
    for r in select(store, ACTORS):
        names[r["a"]] = r["label"]
        known[r["a"]] = r["identified"] == "true"
    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in select(store, ROLES):
        roles[r["i"]][r["role"]].add(r["a"])
    reports: dict[str, dict[str, Any]] = {}
    for r in select(store, REPORTS):
        reports.setdefault(r["i"], r)
    buckets: dict[str, list[str]] = defaultdict(list)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    for i, r in reports.items():
        b = bucket(roles[i], r["dyadic"] == "true", r["modality"], known)
        buckets[b].append(i)
        types[b][r["et"].rsplit("/", 1)[-1]] += 1
    print(f"event reports: {len(reports)}")
    for b, items in sorted(buckets.items(), key=lambda kv: -len(kv[1])):
        top = ", ".join(f"{t} {n}" for t, n in types[b].most_common(6))
        print(f"  {b:24} {len(items):6}   {top}")
    st_roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in select(store, STATEMENT_ROLES):
        st_roles[r["i"]][r["role"]].add(r["a"])
    st: Counter[str] = Counter()
    for held in st_roles.values():
        sp, ab = held.get("speaker", set()), held.get("about", set()) - held.get("speaker", set())
        if not ab:
            st["no about"] += 1
        elif not any(known.get(s) for s in sp):
            st["speaker not identified"] += 1
        elif not any(known.get(t) for t in ab):
            st["about not identified"] += 1
        else:
            st["row"] += 1
    print(f"statements: {sum(st.values())}")
    for b, n in st.most_common():
        print(f"  {b:24} {n:6}")
    rng = random.Random(a.seed)
    for b, items in sorted(buckets.items()):
        if not a.show or (a.bucket and b not in a.bucket):
            continue
        print(f"\n== {b} ({len(items)}) ==")
        for i in rng.sample(items, min(a.show, len(items))):
            r = reports[i]
            held = roles[i]
            shown = "; ".join(
                f"{role}={'|'.join(_shown(x, names, known) for x in sorted(held[role]))}"
                for role in ("agent", "target", "participant")
                if held.get(role)
            )
            print(f"  [{r['et'].rsplit('/', 1)[-1]} {r['modality']}: {r['trigger']}] {shown}")
            print(f"      {' '.join(r['text'].split())[:260]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
