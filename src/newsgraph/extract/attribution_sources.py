"""Source phrases: "selon X", "d'après X", "à en croire X", "aux yeux de X", "de l'avis de X",
"dixit X": where the phrase and its noun phrase end, with an apposition to the source ("selon Olivier
Dauvers, spécialiste de la distribution,") but not the clause the phrase sits in ("La prime
toucherait, selon le ministère, 300 000 familles")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.attribution_phrases import PHRASE_END, apposition_end, bracket_close, np_head

SOURCE_PREPOSITIONS = (
    ("selon",),
    ("d'après",),
    ("à", "en", "croire"),
    ("aux", "yeux", "de"),
    ("aux", "yeux", "du"),
    ("aux", "yeux", "des"),
    ("de", "l'avis", "de"),
    ("dixit",),
)


def source_phrase(doc: Doc, i: int) -> tuple[int, Token, int] | None:
    """ "selon X", "d'après X", "à en croire X", "aux yeux de X", "de l'avis de X" starting at token
    ``i``: (index after the preposition, the head of X, index after X). The parse is not trusted
    here ("Selon Irène Bouvier, …" often makes the name the root of the sentence)."""
    lowers = [t.lower_.replace("’", "'") for t in doc[i : min(len(doc), i + 3)]]
    if len(lowers) >= 2 and lowers[0] == "d'" and lowers[1] == "après":
        lowers = ["d'après", *lowers[2:]]
        skip = 2
    else:
        skip = 0
    for words in SOURCE_PREPOSITIONS:
        if tuple(lowers[: len(words)]) == words:
            start = i + (skip or len(words))
            break
    else:
        return None
    end = start
    while (
        end < len(doc) and doc[end].text not in PHRASE_END and "\n" not in doc[end].text and end - start < 14
    ):
        if (
            end > start
            and doc[end].pos_ in {"VERB", "AUX"}
            and not doc[end].text[:1].isupper()
            and "Part" not in doc[end].morph.get("VerbForm", [])
        ):
            break
        if end > start and doc[end].lower_ in {"qui", "que", "qu'", "dont", "lequel", "laquelle"}:
            break
        end += 1
    if end == start:
        return None
    if end < len(doc) and doc[end].text == "(" and (close := bracket_close(doc, end)) is not None:
        end = close + 1  # "selon le maire (LR), …"
    head = np_head(doc, start, end)
    # "selon Olivier Dauvers, spécialiste de la distribution", "selon le ministre, Sergueï Choïgou,"
    # at the head of a sentence an apposition is closed by a comma: one running to the full stop is
    # the attributed clause itself, a verb mistagged as a participle ("D'après X, la dette atteindra …")
    before = [t for t in doc[doc[i].sent.start : i] if not (t.is_punct or t.is_space)]
    heads_sentence = not before or (len(before) == 1 and before[0].pos_ in {"CCONJ", "ADV", "SCONJ"})
    while end < len(doc) and doc[end].text == "," and (stop := apposition_end(doc, end)) is not None:
        if (heads_sentence or between_verb_and_object(before, doc[end + 1])) and doc[stop].text != ",":
            break
        end = stop
    return start, head, end


def between_verb_and_object(before: list[Token], nxt: Token) -> bool:
    """ "La prime toucherait, selon le ministère, 300 000 familles": a source phrase set between a
    finite verb and a noun phrase opening on a determiner or a number, which is the verb's object,
    not an apposition to the source (one runs to the full stop only after a complete clause: ", selon
    Jean Dupont, agriculteur.")."""
    verb = before[-1] if before else None
    return (
        verb is not None
        and verb.pos_ in {"VERB", "AUX"}
        and "Fin" in verb.morph.get("VerbForm", [])
        and nxt.pos_ in {"DET", "NUM"}
    )
