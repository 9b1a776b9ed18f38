"""Event triggers the tagger misread, round 35 (evt35g): a verb of the trigger lexicon tagged a noun,
an adjective or an adverb where the word before it makes it a verb (a subject clitic, "se", an
auxiliary, a subject noun phrase before an article); ``event_trigger_verbs``. Sentences written for
these tests; each row (sentence, type): the sentence has an event of that type, or, for the near
misses, none."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, of_type, xfail

from newsgraph.extract.event_trigger_verbs import misread_verbs

MISREAD = [
    # after a subject clitic (the tagger reads "ravitaille" as a noun)
    ("Il ravitaille les habitants du village isolé.", "supply"),
    ("Chaque matin, elle ravitaille les soldats du front.", "supply"),
    # after "se"
    ("Il se barricade dans sa maison avec ses enfants.", "take_shelter"),
    # between a subject noun phrase and an article (read as an adjective or an adverb of the subject)
    ("Depuis lundi, la péniche ravitaille les riverains.", "supply"),
    ("Le boulanger du quartier ravitaille gratuitement les sinistrés.", "supply"),
    xfail(
        "Un commerçant de la ville ravitaille chaque jour les familles.",
        "supply",
        reason="a determiner phrase of time ('chaque jour') between the verb and its object",
    ),
    xfail(
        "Le magasin ferme ses portes.",
        "closure",
        reason="the row needs 'porte' among the verb's dependents; the parse hangs it on the subject",
    ),
]


@pytest.mark.parametrize("sentence,type_", MISREAD)
def test_misread_verb_triggers(nlp, sentence, type_):
    of_type(nlp, sentence, type_)


NEAR_MISSES = [
    # a reflexive use the row vetoes keeps no attack ("s'attaque aux profits": takes on, no assault)
    ("Le député s'attaque aux profits des géants de l'énergie.", "attack"),
]


@pytest.mark.parametrize("sentence,type_", NEAR_MISSES)
def test_near_misses(nlp, sentence, type_):
    assert type_ not in [e.type for e in events_of(nlp, sentence)]


READINGS = [
    # (sentence, word, infinitive or "" when the word stays what the tagger says)
    ("Il ravitaille les habitants.", "ravitaille", "ravitailler"),
    ("Plusieurs tombes ont été cambriolées.", "cambriolées", "cambrioler"),
    ("La ravitaille des troupes.", "ravitaille", ""),  # after its determiner: a noun
    ("Les attaques des rebelles.", "attaques", ""),
]


@pytest.mark.parametrize("sentence,word,verb", READINGS)
def test_readings(nlp, sentence, word, verb):
    doc = nlp(sentence)
    i = next(t.i for t in doc if t.text == word)
    found = misread_verbs(doc).get(i, "")
    assert found == verb or (verb and doc[i].pos_ == "VERB" and not found)
