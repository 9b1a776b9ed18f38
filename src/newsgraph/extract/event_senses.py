"""Trigger words read, by their construction, in a sense that names no happening of their row's type.

- "salon", a room of a home ("ils sont réunis au salon", "dans son salon"): a lowercase "salon"
  that is where something is (after "dans", "au") or someone's own (a possessive), with no "de X"
  naming a trade or a theme and no adjective ("le salon nautique"), is no fair;
- "fermer la porte" (singular): a door closed ("il a fermé la porte de la maison") or a figure of
  refusal ("le gouvernement ferme la porte à une hausse"), not a closure, which French tells with
  the plural and the owner, "le magasin a fermé ses portes";
- "la campagne présidentielle" as the time or the setting of something else ("absent de la
  campagne", "s'inviter dans la campagne", "en pleine campagne", "sa dernière campagne" as a
  predicate): the campaign is no happening there; it is one as a subject or object of a verb
  ("a lancé sa campagne", "la campagne s'achève", "fait campagne") or in "entrer en campagne";
- any event word in a simile ("on aurait dit un bombardement", "comme une explosion", "comme si une
  guerre avait éclaté"): what something looked like, no happening (``event_similes``).

Besides, a word of fighting said of a fire ("face aux flammes, le combat se gagne mètre après mètre",
"la bataille contre le feu", "la lutte contre l'incendie") tells firefighting, not a fight between
armed sides: ``fire_fought`` reads the fire word among the trigger's own dependents or those of the
verb it is the subject or object of, and the event is retyped ``emergency_response``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_amounts import MILITARY_NOUNS
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import lemma
from newsgraph.extract.event_similes import in_simile
from newsgraph.extract.event_trigger_row import Trigger

WHERE_CASES = frozenset({"dans", "au", "à"})
"""Prepositions that make a "salon" the room where something is."""
POSSESSIVES = frozenset({"mon", "ma", "ton", "ta", "son", "sa", "notre", "votre", "leur"})
"""Possessive determiners: "son salon", a room of someone's home."""
SETTING_CASE_EXCEPT = frozenset({"en"})
"""The one preposition before "campagne" that tells the act of campaigning ("entrer en campagne")."""


FIRE_WORDS = frozenset({"flamme", "feu", "incendie", "brasier", "sinistre", "fumée"})
"""Words of a fire that a word of fighting is said of ("le combat contre les flammes")."""
FIGHT_NOUNS = frozenset({"combat", "bataille", "lutte"})
"""Nouns of fighting read as firefighting when their clause names a fire."""


FIRE_WINDOW = 5
"""Words either side of the fight noun where a fire word makes it firefighting, when the parse does
not link them ("Face aux flammes, le combat se gagne" is often parsed in pieces)."""


def fire_fought(token: Token, trig: Trigger) -> bool:
    """ "le combat se gagne face aux flammes", "la bataille contre le feu": a fight noun whose own
    dependents, or the dependents of the verb it is the subject or object of, or the words close to
    it in its sentence name a fire, in a sentence with no troops or weapons."""
    if trig.type != "fight" or lemma(token) not in FIGHT_NOUNS:
        return False
    sent = token.sent
    if any(lemma(t) in MILITARY_NOUNS for t in sent):
        return False  # "les combats font rage près du village en flammes": a fight
    near = list(token.children)
    if token.dep_ in {"nsubj", "nsubj:pass", "obj"}:
        near += [c for c in token.head.children if c.i != token.i]
    words = [t for n in near for t in (n, *n.children)]
    words += sent[
        max(token.i - FIRE_WINDOW, sent.start) - sent.start : token.i + FIRE_WINDOW + 1 - sent.start
    ]
    return any(lemma(t) in FIRE_WORDS for t in words)


def is_other_sense(token: Token, trig: Trigger) -> bool:
    """Whether the trigger is read in a sense that names no event of its type (the module's doc)."""
    if trig.type == "cultural_event" and lemma(token) == "salon":
        return living_room(token)
    if trig.type == "closure" and lemma(token) == "fermer":
        return closes_a_door(token)
    if trig.type == "campaign_rally" and lemma(token) == "campagne":
        return campaign_as_setting(token)
    return in_simile(token)  # "on aurait dit un bombardement", "comme si une guerre avait éclaté"


def living_room(token: Token) -> bool:
    """ "au salon", "dans le salon", "son salon": a room, not a fair (see the module's doc)."""
    if token.text[:1].isupper() or any(c.dep_ in {"nmod", "amod"} for c in token.children):
        return False
    return any(
        (c.dep_ == "case" and c.lower_ in WHERE_CASES) or c.lower_ in POSSESSIVES for c in token.children
    )


def closes_a_door(token: Token) -> bool:
    """ "fermer la porte (à)": the object a single door (the parser also makes it a complement)."""
    return any(
        c.dep_ in {"obj", "nsubj:pass", "xcomp"}
        and lemma(c) == "porte"
        and "Plur" not in morph_feats(c).get("Number", [])
        and not any(g.dep_ == "case" for g in c.children)
        for c in token.children
    )


def campaign_as_setting(token: Token) -> bool:
    """ "dans la campagne", "pendant la campagne", "en pleine campagne", "ce sera sa campagne":
    the campaign as the setting of something else (see the module's doc)."""
    for c in token.children:
        if c.dep_ == "cop":
            return True
        if c.dep_ == "case" and (
            c.lower_ not in SETTING_CASE_EXCEPT or any(lemma(a) == "plein" for a in token.children)
        ):
            return True
    return False
