"""Matching and scoring of extraction JSON Lines against the development gold sets.

``norm``, ``toks``, ``content_match``, ``speaker_match`` and the statement and event matching are
copied from ../shared/eval/score.py (and the time matching from score_timex.py), unchanged in what
they decide, so the overall figures equal the scorers'; tests/test_quality.py checks it. What is
added are breakdowns of the same matches: by construction, by speaker kind, by CAMEO root and by
event argument.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import Any

Record = dict[str, Any]


# --- copied from score.py ----------------------------------------------------------------------


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("\u2019", "'").replace("’", "'")
    return re.sub(r"\s+", " ", s)


def toks(s: str | None) -> set[str]:
    return set(re.findall(r"\w+", norm(s)))


def content_match(cue: str, content: str) -> bool:
    c, t = norm(cue), norm(content)
    if c in t or (len(t) > 8 and t in c):
        return True
    ct = toks(cue)
    return bool(ct) and len(ct & toks(content)) / len(ct) >= 0.5


def speaker_match(aliases: list[str], name: str) -> bool:
    n = norm(name)
    return any(a in n for a in aliases)


def topics(r: Record) -> list[str]:
    return [norm(t) for t in (r.get("topics") or [])]


def is_neg(r: Record) -> bool:
    return any("negotiat" in t or "negoci" in t or "peace" in t for t in topics(r))


def event_type_ok(e: Record, r: Record) -> bool:
    ty = norm((r.get("type") or "") + " " + (r.get("trigger") or ""))
    return any(t in ty for t in e["types"])


def event_agent_ok(e: Record, r: Record) -> bool:
    names = " | ".join(norm(x.get("name", "")) for x in r.get("actors") or [])
    return not e["actor"] or any(x in names for x in e["actor"])


def event_place_ok(e: Record, r: Record) -> bool:
    loc_field = r.get("location")
    loc = norm(loc_field.get("name", "")) if isinstance(loc_field, dict) else norm(str(loc_field or ""))
    return not e["location"] or any(x in loc for x in e["location"])


# --- added: the date check of statements applied to events ---------------------------------------


def date_ok(when: str | None, r: Record) -> bool:
    return not when or str(r.get("date") or "").startswith(when)


def ratio(hit: int, total: int) -> dict[str, Any]:
    return {"hit": hit, "total": total, "rate": round(hit / total, 3) if total else None}


# --- statements ----------------------------------------------------------------------------------


def score_statements(
    gold: list[Record], recs: list[Record], docs: set[str] | None = None, texts: dict[str, str] | None = None
) -> dict[str, Any]:
    """score.py's statement figures (``summary`` equals its SUMMARY line) plus breakdowns."""
    docs = docs or {g["doc"] for g in gold}
    gold = [g for g in gold if g["doc"] in docs]
    stmts = [r for r in recs if r.get("kind") == "statement" and r.get("doc") in docs]
    found: dict[str, tuple[int, bool]] = {}
    used: set[int] = set()
    for g in gold:
        cands = [
            i
            for i, r in enumerate(stmts)
            if r["doc"] == g["doc"] and content_match(g["cue"], r.get("content", ""))
        ]
        best = next(
            (i for i in cands if speaker_match(g["speaker"], stmts[i].get("speaker", {}).get("name", ""))),
            None,
        )
        if cands:
            found[g["id"]] = (cands[0] if best is None else best, best is not None)
            used.update(cands)
    n = len(gold)
    core = [g for g in gold if g["core"]]
    hit = [g for g in gold if g["id"] in found and found[g["id"]][1]]
    core_hit = [g for g in core if g in hit]
    spk = sum(1 for g in gold if g["id"] in found and found[g["id"]][1]) / max(1, len(found))
    matched_sys = sum(1 for i, r in enumerate(stmts) if i in used)
    neg_gold = [g for g in gold if g["negotiation"]]
    neg_hit = [
        g for g in neg_gold if g["id"] in found and found[g["id"]][1] and is_neg(stmts[found[g["id"]][0]])
    ]
    sys_neg = [i for i, r in enumerate(stmts) if is_neg(r)]
    neg_gold_ids = set()
    for g in neg_gold:
        for i, r in enumerate(stmts):
            if r["doc"] == g["doc"] and content_match(g["cue"], r.get("content", "")):
                neg_gold_ids.add(i)
    neg_prec = len([i for i in sys_neg if i in neg_gold_ids]) / max(1, len(sys_neg))
    neg_rec = len(neg_hit) / max(1, len(neg_gold))
    f1 = 2 * neg_prec * neg_rec / max(1e-9, neg_prec + neg_rec)
    date_ok_n = date_n = 0
    for g in gold:
        if g["when"] and g["id"] in found and found[g["id"]][1]:
            date_n += 1
            d = stmts[found[g["id"]][0]].get("date") or ""
            date_ok_n += str(d).startswith(g["when"])
    summary = {
        "recall": round(len(hit) / n, 3),
        "core_recall": round(len(core_hit) / max(1, len(core)), 3),
        "precision": round(matched_sys / max(1, len(stmts)), 3),
        "negotiation_f1": round(f1, 3),
        "dates": f"{date_ok_n}/{date_n}",
    }
    hit_ids = {g["id"] for g in hit}
    by_construction: dict[str, list[bool]] = defaultdict(list)
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for g in gold:
        text = (texts or {}).get(g["doc"])
        by_construction[construction(g, text)].append(g["id"] in hit_ids)
        by_kind[g.get("speaker_kind") or "unknown"].append(g["id"] in hit_ids)
    return {
        "summary": summary,
        "gold": n,
        "core": len(core),
        "system": len(stmts),
        "recall": ratio(len(hit), n),
        "core_recall": ratio(len(core_hit), len(core)),
        "content_found": ratio(len(found), n),
        "precision": ratio(matched_sys, len(stmts)),
        "speaker_accuracy": ratio(len(hit), len(found)),
        "speaker_accuracy_rate": round(spk, 3),
        "negotiation": {  # a set with no statement about negotiations has no F1 to show ("-")
            "gold": len(neg_gold),
            "system": len(sys_neg),
            "recall": round(neg_rec, 3) if neg_gold else None,
            "precision": round(neg_prec, 3) if neg_gold or sys_neg else None,
            "f1": round(f1, 3) if neg_gold else None,
        },
        "dates": ratio(date_ok_n, date_n),
        "by_construction": {k: ratio(sum(v), len(v)) for k, v in sorted(by_construction.items())},
        "by_speaker_kind": {k: ratio(sum(v), len(v)) for k, v in sorted(by_kind.items())},
        "missed_core": [g["id"] for g in core if g not in core_hit],
    }


QUOTES = '«»“”„"‹›[]'
SELON = re.compile(r"\b(selon|d'apres)\b")


def construction(g: Record, text: str | None) -> str:
    """direct, reported or selon: from the gold's ``direct`` field, else from where the cue lies
    in the text (inside quotation marks or not); "selon" when the cue's sentence attributes with
    "selon"/"d'après" and the words are not verbatim."""
    direct = g.get("direct")
    sentence = None
    where = locate(g["cue"], text) if text else None
    if where is not None:
        sentence, in_quotes = where
        if direct is None:
            direct = in_quotes
    if sentence is not None and not direct and SELON.search(sentence):
        return "selon"
    if direct is None:
        return "unknown"
    return "direct" if direct else "reported"


def locate(cue: str, text: str) -> tuple[str, bool] | None:
    """The normalised sentence holding ``cue`` (quotation marks ignored) and whether it is quoted."""
    want = norm(cue).strip()
    for para in text.split("\n"):
        nt = norm(para)
        keep: list[int] = []  # indexes of nt kept once quotation marks are dropped and spaces collapsed
        for i, c in enumerate(nt):
            if c in QUOTES or (c == " " and keep and nt[keep[-1]] == " "):
                continue
            keep.append(i)
        pos = "".join(nt[i] for i in keep).find(want)
        if pos < 0:
            continue
        at = keep[pos]
        start = max(nt.rfind(". ", 0, at), nt.rfind("? ", 0, at), nt.rfind("! ", 0, at)) + 1
        end = nt.find(". ", at)
        before = nt[:at]
        opened = before.count("«") - before.count("»") + before.count("“") - before.count("”")
        return nt[start : end if end >= 0 else len(nt)], opened > 0 or before.count('"') % 2 == 1
    return None


# --- events --------------------------------------------------------------------------------------


def score_events(gold: list[Record], recs: list[Record], docs: set[str]) -> dict[str, Any]:
    """score.py's event recall (type, agent and place right) and the same matching per argument."""
    ev = [e for e in gold if e["doc"] in docs]
    sys_ev = [r for r in recs if r.get("kind") == "event" and r.get("doc") in docs]
    checks = {
        "type": lambda e, r: True,
        "type+agent": event_agent_ok,
        "type+place": event_place_ok,
        "type+date": lambda e, r: date_ok(e.get("when"), r),
    }
    ok = 0
    per_check = {k: 0 for k in checks}
    by_root: dict[str, list[bool]] = defaultdict(list)
    dated = dated_ok = 0
    for e in ev:
        same = [r for r in sys_ev if r["doc"] == e["doc"] and event_type_ok(e, r)]
        full = [r for r in same if event_agent_ok(e, r) and event_place_ok(e, r)]
        if full:
            ok += 1
            if e.get("when"):
                dated += 1
                dated_ok += any(date_ok(e["when"], r) for r in full)
        for k, check in checks.items():
            per_check[k] += any(check(e, r) for r in same)
        root = e.get("cameo") if "cameo" in e else "n/a"
        by_root[root or "none"].append(bool(full))
    # precision against the annotated events: a system event counts as matched when some gold event of
    # its report accepts its type (trigger or type words), the test recall uses before the arguments.
    # The gold holds every event a reader would report, not every verb of happening, so this is a lower
    # bound; what it is for is to see an event rule that adds many events nobody would report.
    by_doc: dict[str, list[Record]] = defaultdict(list)
    for e in ev:
        by_doc[e["doc"]].append(e)
    matched = sum(1 for r in sys_ev if any(event_type_ok(e, r) for e in by_doc[r["doc"]]))
    return {
        "summary": {"event_recall": round(ok / max(1, len(ev)), 3)},
        "gold": len(ev),
        "core": sum(1 for e in ev if e.get("core")),
        "system": len(sys_ev),
        "recall": ratio(ok, len(ev)),
        "precision": ratio(matched, len(sys_ev)),
        "by_argument": {k: ratio(v, len(ev)) for k, v in per_check.items()},
        "dates": ratio(dated_ok, dated),
        "by_cameo": {k: ratio(sum(v), len(v)) for k, v in sorted(by_root.items())},
    }


# --- time expressions (score_timex.py) ----------------------------------------------------------

CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?")


def score_events_with_core(gold: list[Record], recs: list[Record], docs: set[str]) -> dict[str, Any]:
    """:func:`score_events`, with the recall on the gold's core events beside (type, type+agent,
    type+place, full): the events two readers of a report agree on most (round 35's agreement)."""
    out = score_events(gold, recs, docs)
    core = score_events([e for e in gold if e.get("core")], recs, docs)
    for k in ("type", "type+agent", "type+place"):
        out["by_argument"][f"{k} (core events)"] = core["by_argument"][k]
    out["by_argument"]["full (core events)"] = core["recall"]
    return out


def score_timex(gold: list[Record], recs: list[Record]) -> dict[str, Any]:
    sysr = [r for r in recs if r.get("kind") == "time"]
    found = right = 0
    used: set[int] = set()
    for g in gold:
        cands = [
            i
            for i, r in enumerate(sysr)
            if r.get("doc") == g["doc"] and r.get("start", -1) < g["end"] and r.get("end", -1) > g["start"]
        ]
        if not cands:
            continue
        found += 1
        used.update(cands)
        m = CALENDAR.match(g["value"])
        if not m:
            continue
        gv = m.group(0)
        if any(
            str(sysr[i].get("value") or "")[: len(gv)] == gv
            and len(str(sysr[i].get("value") or "")) >= len(gv)
            for i in cands
        ):
            right += 1
    gcal = sum(1 for g in gold if CALENDAR.match(g["value"]))
    return {
        "summary": {
            "timex_recall": round(found / len(gold), 3),
            "timex_value_acc": round(right / max(1, gcal), 3),
            "timex_precision": round(len(used) / max(1, len(sysr)), 3),
        },
        "recall": ratio(found, len(gold)),
        "value_accuracy": ratio(right, gcal),
        "precision": ratio(len(used), len(sysr)),
    }
