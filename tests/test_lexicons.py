"""The lexicon loader: every file under ontology/lexicons/ is read by the pipeline, and each one
says what it is for in a header comment."""

from __future__ import annotations

import pytest

from newsgraph import lexicons
from newsgraph.resources import resource_dir

FOLDER = resource_dir("ontology") / "lexicons"
FILES = sorted(p.name for p in FOLDER.iterdir() if p.is_file())


CONDITIONAL_READS = [
    # lexicons read only when a sentence needs them, which the sample corpus does not hold
    "Un boulanger lyonnais a augmenté le prix de la baguette.",  # town_demonyms.tsv: no other place
]


def test_every_lexicon_file_is_read_by_the_pipeline(sample_extractions, nlp):
    """Extracting and resolving the sample corpus (and the sentences above) reads every lexicon: a
    file nobody reads is a list a linguist would extend in vain. The sentences are extracted here, so
    that a file read only by another test of the session does not pass by the order tests ran in."""
    from newsgraph.extract.pipeline import extract
    from newsgraph.model import Document

    assert sample_extractions
    docs = [Document(id=f"lexicon-{i}", text=t) for i, t in enumerate(CONDITIONAL_READS)]
    (boulanger,) = list(extract(docs, nlp))
    assert [e.location.name for e in boulanger.events if e.location] == ["Lyon"]  # from the demonym
    read = {name.removeprefix("lexicons/") for name in lexicons.READ if name.startswith("lexicons/")}
    assert set(FILES) - read == set()


@pytest.mark.parametrize("name", FILES)
def test_every_lexicon_file_has_a_header(name):
    text = (FOLDER / name).read_text(encoding="utf-8")
    if name.endswith(".json"):
        assert '"_comment"' in text or '"about"' in text
    else:
        assert text.startswith("#"), f"{name} has no header comment"


def test_reads_are_recorded():
    lexicons.lines("roles.txt")
    assert "lexicons/roles.txt" in lexicons.READ


def test_tagged_lists_group_words_by_tag():
    pronouns = lexicons.tagged("pronouns.tsv")
    assert "qui" in pronouns["relative_subject"] and "dont" in pronouns["relative_genitive"]
    assert "lui" in pronouns["person_singular"] and "lui" in pronouns["person_object"]
