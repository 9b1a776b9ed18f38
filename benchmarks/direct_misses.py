"""Census of the gold direct quotes whose content the system never finds (issue 14, round 32).

    .venv/bin/python benchmarks/direct_misses.py SAVE_DIR [--sets tvnews2022r,tvnews2022s]

SAVE_DIR holds the ``<set>.jsonl`` files that ``benchmarks/quality.py --save SAVE_DIR`` wrote (set
NEWSGRAPH_EVAL and NEWSGRAPH_BENCH_CORPUS as for it); the blind sets (``misses.BLIND``) are never
read. Each gold direct statement that no saved statement's content matches is parsed again with the
checkout's code and classed by where it is lost: no quotation detected around it, a quotation with
no candidate reading it, a candidate merged away by deduplication, a candidate dropped because its
speaker is not resolved (with the rule and the speaker head it had). The words after the quotation's
close are printed, so that the construction can be read (an incise with an unlisted verb, a
correspondent's relay, a quote alone after a sentence …), then the count of each class.
"""

from __future__ import annotations

import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality
from _gold_match import construction, content_match
from misses import saved_sets  # the open sets only: never the blind, held-out and being-annotated ones

from newsgraph.extract import entities, pipeline
from newsgraph.extract import statements as st
from newsgraph.extract.speech_quotes import doc_quotes
from newsgraph.model import Document


def folded(ch: str) -> str:
    """One character, accents dropped and lowercased, so that offsets stay those of the text."""
    d = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).lower()
    return (d or " ")[0].replace("\u2019", "'")


def lost_where(g: dict[str, Any], text: str) -> tuple[str, str]:
    """The class of a missed gold quote and the words after its quotation (or before the cue)."""
    pos = "".join(folded(ch) for ch in text).find("".join(folded(ch) for ch in g["cue"])[:22])
    if pos < 0:
        return "cue-not-located", ""
    for _, ctx in pipeline.analyse([Document(g["doc"], text)]):
        ctx.mentions = entities.find_mentions(ctx.sdoc)
        ctx.times = []
        body = ctx.document.text
        q = next((q for q in doc_quotes(ctx.sdoc) if q[0] <= pos < q[1]), None)
        if q is None:
            return "no-quote-detected", body[max(0, pos - 60) : pos] + " [[CUE"
        cands = st.find_candidates(ctx)
        hit = [c for c in cands if content_match(g["cue"], body[c.content[0] : c.content[1]])]
        kept = [c for c, _ in st.speakers_kept(ctx, cands)]
        after = body[q[1] : q[1] + 70]
        if not hit:
            return "quote-no-candidate", after
        if not any(c in st.deduplicate(cands) for c in hit):
            return "merged-dedup:" + ",".join(c.rule for c in hit), after
        if not any(c in kept for c in hit):
            heads = ",".join(f"{c.rule}/{getattr(c.speaker_head, 'text', None)}" for c in hit)
            return "speaker-unresolved:" + heads, after
        return "found-now", after
    return "not-parsed", ""


def main() -> None:
    save = Path(sys.argv[1])
    only = set(sys.argv[3].split(",")) if len(sys.argv) > 3 and sys.argv[2] == "--sets" else None
    counts: Counter[str] = Counter()
    for s, recs, gold in saved_sets(save, "statements", only):
        stmts = [r for r in recs if r.get("kind") == "statement"]
        texts = quality.doc_texts(s.folder(Path(tempfile.mkdtemp(prefix="direct_misses_"))))
        for g in gold:
            text = texts.get(g["doc"])
            if text is None or construction(g, text) != "direct":
                continue
            if any(r["doc"] == g["doc"] and content_match(g["cue"], r.get("content", "")) for r in stmts):
                continue
            why, after = lost_where(g, text)
            counts[why.split(":")[0]] += 1
            after = after.replace("\n", " / ")
            print(
                f"{s.name}\t{g['doc']}\t{why}\tspk={g['speaker'][:2]}\tcue={g['cue'][:50]!r}\tAFTER={after!r}"
            )
    print("\n# counts")
    for k, v in counts.most_common():
        print(f"{v:5d}  {k}")


if __name__ == "__main__":
    main()
