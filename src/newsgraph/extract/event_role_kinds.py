"""Word classes the roles of an event are read by: the types whose possessive names who undergoes
them, the weapons whose adjective or "de X" names who acts through them."""

from __future__ import annotations

UNDERGOER_TYPES = {
    "appoint", "arrest", "release", "dismiss", "sentence", "acquit", "abduct", "trial", "hearing",
}  # fmt: skip
"""Types whose possessive names who undergoes the event ("sa nomination", "son arrestation", "son
audition" before the senators), in its clause or the sentence before."""

ATTENDED_TYPES = frozenset({"ceremony", "celebration", "cultural_event", "gathering", "award"})
"""Types of events one attends like a meeting: who attends, opens or presides a ceremony takes part in
it ("Poutine a assisté à la messe", "la ministre a présidé la cérémonie")."""

SCOPE_TYPES = frozenset({"election"})
"""Types whose adjective names where the event is held, not who does it ("les élections
européennes", "la présidentielle américaine"): no agent read from it."""

WEAPON_NOUNS = frozenset(
    {
        "missile", "drone", "roquette", "obus", "bombe", "char", "blindé", "avion", "chasseur",
        "hélicoptère", "navire", "frégate", "sous-marin", "artillerie", "canon", "mortier", "tir",
        "munition", "torpille", "mine", "lance-roquettes", "bombardier", "croiseur", "batterie",
    }
)  # fmt: skip
"""Weapons and armed vehicles: a subject that is one acts for whoever its adjective or "de X" names."""
HAND_WEAPONS = frozenset(
    {"balle", "coup", "projectile", "couteau", "arme", "fusil", "pistolet", "grenade", "engin", "tir"}
)
"""Weapons one person holds: their "de X" is whoever used them, a person as well as a force."""
