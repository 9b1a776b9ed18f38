"""An inverted incise whose verb the speech lexicon does not list for incises: « … », montre un militaire /
soulève un voyageur / nous montre Odile Fuchs / balaye-t-il. Right after a quote that opens its
sentence and the comma that closes it, a conjugated verb followed by its inverted subject is the
attribution whatever the verb: French inverts the subject after a quote only in an incise (the
lexicon's grade 1, "sourit-il", "soupire une habitante", without the list)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract import attribution as grammar
from newsgraph.extract.attribution_phrases import OBJECT_CLITICS, incise_form
from newsgraph.extract.context import doc_text
from newsgraph.extract.speech_lexicon import SpeechVerb, written_acts
from newsgraph.extract.speech_mistagged import may_speak

NOT_INCISE_LEMMAS = frozenset({"être", "avoir", "falloir", "rester", "suffire", "venir", "aller"})
"""Verbs whose inversion after a comma is a clause of its own ("« … », reste à savoir …", "« … »,
vient ensuite le vote", "« … », suffit-il de …"): never an attribution."""
INVERTED_CLITICS = {"-il", "-elle", "-ils", "-elles", "-t-il", "-t-elle", "-t-ils", "-t-elles"}


def unlisted_incise(doc: Doc, qe: int) -> grammar.Incise | None:
    """The incise after the quote ending at ``qe`` when its verb is not in the lexicon: a finite
    verb (not an auxiliary), then "-t-il" or a subject phrase, within the sentence."""
    i = grammar.closing_quote_end(doc, qe)
    if i is None or "\n" in doc[i - 1].text or "," not in doc_text(doc)[qe : doc[i].idx]:
        return None
    j = i + 1 if doc[i].lower_ in OBJECT_CLITICS else i  # "nous montre X"
    if j >= len(doc) - 1:
        return None
    verb = doc[j]
    forms = verb.morph.get("VerbForm", [])
    if verb.pos_ != "VERB" or (forms and "Fin" not in forms) or not incise_form(verb):
        return None
    listed = grammar.speech_verb(verb, any_pos=True)
    if verb.lemma_.lower() in NOT_INCISE_LEMMAS or (listed is not None and "inv" in listed.frames):
        return None  # a verb the lexicon reads in incises, refused there, is not read again
    entry = SpeechVerb(listed.lemma if listed else verb.lemma_.lower(), frozenset({"inv"}), 1, "say")
    k = j + 1
    if k < len(doc) and doc[k].lower_ in {"-t", "-t-"}:
        k += 1
    if k < len(doc) and doc[k].lower_ in INVERTED_CLITICS:
        return grammar.Incise(verb, entry, doc[k], k + 1)
    limit = min(len(doc), verb.sent.end, k + 16)
    subject = grammar.inverted_subject(doc, k, limit)
    if subject is None or subject.i > k + 4 or not may_speak(subject):
        return None  # "« C'est fini », reste le seul panneau": a thing is no speaker
    if subject.lemma_.lower() in written_acts():
        return None  # "« C'est fini », reste le seul message": a text speaks by a verb of saying only
    return grammar.Incise(verb, entry, subject, subject.i + 1)
