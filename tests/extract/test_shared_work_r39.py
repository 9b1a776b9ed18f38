"""Work done once and shared (round 39, spd39): the same answers as the work done again.

- ``speaker_resume.resolved_before``: what the first ``resolve_speakers`` found of the candidates both
  runs begin with in text order, and ``speakers_kept`` resuming from it gives what a second run
  from the start gives.
- ``tokens.keep_forms``: the sentence guard's ORTH column is the table's ``text``; a Doc the guard
  never saw, or a column of another length, reads the column again.
- ``event_role_actors.actor_of``: the memo answers as the search asked afresh.

Every sentence here was written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from newsgraph.extract import statements as st
from newsgraph.extract.context import DocContext
from newsgraph.extract.entities import find_mentions
from newsgraph.extract.event_parse import MentionIndex
from newsgraph.extract.event_role_actors import _actor_of, actor_of
from newsgraph.extract.speaker_resume import resolved_before
from newsgraph.extract.speech_common import Candidate
from newsgraph.extract.speech_speakers import Speaker
from newsgraph.extract.tokens import FORMS_KEY, Tokens, keep_forms, tokens
from newsgraph.model import Document, TimeValue

ANCHOR = TimeValue("2022-11-14", "day")


def candidate(position: int) -> Candidate:
    return Candidate((position, position + 10), False, "dire", None, position=position)


def speaker(name: str, position: int) -> Speaker:
    return Speaker(name, "person", position, name)


def test_resolved_before_keeps_the_shared_start() -> None:
    a, b, c, d, x = (candidate(p) for p in (10, 20, 30, 40, 25))
    resolved = [(a, speaker("A", 10)), (c, speaker("C", 30)), (d, speaker("D", 40))]
    # b had no speaker (no pair); x comes in before c: a and b are shared, a's pair kept
    assert resolved_before([a, b, c, d], [d, x, a, b], resolved) == (2, resolved[:1])


@pytest.mark.parametrize(
    ("then", "n"),
    [
        pytest.param([0, 1, 2, 3], 4, id="same"),
        pytest.param([0, 1], 2, id="shorter"),
        pytest.param([0, 1, 2, 3, 4], 4, id="longer"),
        pytest.param([1, 2, 3], 0, id="first-dropped"),
        pytest.param([0, 2, 3], 1, id="second-dropped"),
    ],
)
def test_resolved_before_counts_the_same_objects(then: list[int], n: int) -> None:
    cands = [candidate(p) for p in (10, 20, 30, 40, 50)]
    first = cands[:4]
    resolved = [(c, speaker(str(c.position), c.position)) for c in first]
    found = resolved_before(first, [cands[i] for i in then], resolved)
    assert found == (n, resolved[:n])


def test_resolved_before_an_equal_candidate_is_not_the_same() -> None:
    a, b = candidate(10), candidate(20)
    twin = candidate(10)  # equal by value, another object: its speaker is resolved again
    assert resolved_before([a, b], [twin, b], [(a, speaker("A", 10))]) == (0, [])


RESUMED = [
    # the second run keeps the first statement's speaker, then reads the relayed quote again
    "La ministre a affirmé mardi que le texte serait voté. « Il se dit confiant pour la suite », "
    "explique la journaliste Léa Morin depuis Bruxelles. Elle a précisé qu'il serait amendé.",
    # a plural pronoun with no antecedent after a first statement
    "Le préfet a indiqué que la route était fermée. Ils ont déclaré que la décision était provisoire. "
    "Le maire a estimé que c'était une erreur.",
]
TEXTS = [
    *RESUMED,
    # the relayed quote first: nothing to keep
    "« Il se dit confiant pour la suite », explique la journaliste Léa Morin depuis Bruxelles. "
    "La ministre a ensuite affirmé que le texte serait voté. Elle a précisé qu'il serait amendé.",
    # every speaker found at once: no second run
    "Les syndicats ont appelé à la grève jeudi. « Nous ne céderons pas », a prévenu leur porte-parole, "
    "Marc Duval. Il a estimé que le gouvernement devait revoir sa copie. « C'est inacceptable », "
    "a-t-il ajouté. Selon la préfecture, 3 000 personnes ont défilé.",
]


def from_scratch(ctx: DocContext, cands: list[Candidate]) -> list[tuple[Candidate, Speaker]]:
    """``speakers_kept`` as it was before round 39: the second run resolves every candidate again."""
    kept = st.deduplicate(cands)
    resolved = st.resolve_speakers(ctx, kept)
    failed = {id(c) for c in kept} - {id(c) for c, _ in resolved}
    if not failed:
        return resolved
    relays = {id(r): r for c in kept if id(c) in failed and (r := c.relayed_by) is not None}
    again = [c for c in cands if id(c) not in failed] + list(relays.values())
    return st.resolve_speakers(ctx, st.deduplicate(again))


def context(nlp, text: str) -> DocContext:
    sdoc = nlp(text)
    return DocContext(Document("t", text, published=ANCHOR), sdoc, find_mentions(sdoc), [])


def described(pairs: list[tuple[Candidate, Speaker]]) -> list[tuple[object, ...]]:
    return [(c.content, c.rule, c.cue, s.name, s.type, s.key) for c, s in pairs]


@pytest.mark.parametrize("text", TEXTS)
def test_speakers_kept_as_from_scratch(nlp, text: str) -> None:
    resumed = st.speakers_kept(ctx := context(nlp, text), st.find_candidates(ctx))
    again = from_scratch(ctx2 := context(nlp, text), st.find_candidates(ctx2))
    assert described(resumed) == described(again)


@pytest.mark.parametrize("text", RESUMED)
def test_speakers_kept_resumes(nlp, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """These texts do take the shared start (the test above then compares a resumed run)."""
    shared: list[int] = []

    def recorded(*args):  # type: ignore[no-untyped-def]
        found = original(*args)
        shared.append(found[0])
        return found

    original = st.resolved_before
    monkeypatch.setattr(st, "resolved_before", recorded)
    st.speakers_kept(ctx := context(nlp, text), st.find_candidates(ctx))
    assert len(shared) == 1 and shared[0] > 0


def test_table_text_is_the_guards_column(nlp) -> None:
    doc = nlp("Le porte-parole de Seine-Saint-Denis a-t-il parlé ? « Oui », dit-il.\nFin.")
    assert FORMS_KEY in doc.user_data
    assert tokens(doc).text is doc.user_data[FORMS_KEY]
    assert tokens(doc).text == [t.text for t in doc]


def test_table_text_without_the_guard(nlp) -> None:
    doc = nlp.make_doc("Une phrase que le garde n'a pas lue.")
    assert FORMS_KEY not in doc.user_data
    assert Tokens(doc).text == [t.text for t in doc]
    keep_forms(doc, ["Une", "phrase"])  # not this Doc's length: read again
    assert Tokens(doc).text == [t.text for t in doc]


ACTOR_TEXTS = [
    "Les manifestants ont bloqué la rocade et ils ont incendié des pneus devant la préfecture.",
    "L'armée russe a bombardé Kharkiv, puis ses troupes ont attaqué le port. Elles ont détruit "
    "une école, selon le maire de la ville.",
    "La direction de Renault a annoncé des suppressions de postes ; l'entreprise a fermé deux usines.",
]


@pytest.mark.parametrize("text", ACTOR_TEXTS)
def test_actor_of_memo_as_asked_afresh(nlp, text: str) -> None:
    doc = nlp(text)
    mentions = find_mentions(doc)
    shared = MentionIndex(doc, mentions)
    for role in ("agent", "target"):
        for possessive in (True, False):
            for token in doc:
                first = actor_of(token, shared, role, possessive)
                assert actor_of(token, shared, role, possessive) is first  # the memo's answer
                assert first == _actor_of(token, MentionIndex(doc, mentions), role, possessive)
