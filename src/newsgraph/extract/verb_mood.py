"""The conditional mood read from a verb's form when the tagger calls it an imperfect.

``fr_core_news_md`` tags many conditionals ``Mood=Ind|Tense=Imp`` ("Moscou attaquerait la
Moldavie", "ils prendraient la ville"): the ending is the imperfect's, on the future's stem. A
conditional is told from an imperfect by that stem: the infinitive ("attaquer" + "ait"), the
infinitive less its final "e" ("prendr" + "aient"), or an irregular stem ("aur", "ser", "pourr",
"viendr"), where the imperfect has the present's stem ("attaquait", "prenaient", "avait").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_parse import lemma
from newsgraph.extract.tokens import morph_of

ENDINGS = frozenset({"ais", "ait", "ions", "iez", "aient"})
"""The imperfect's endings, which the conditional shares."""

IRREGULAR_STEMS = {
    "être": "ser",
    "avoir": "aur",
    "faire": "fer",
    "aller": "ir",
    "pouvoir": "pourr",
    "devoir": "devr",
    "vouloir": "voudr",
    "savoir": "saur",
    "voir": "verr",
    "revoir": "reverr",
    "envoyer": "enverr",
    "renvoyer": "renverr",
    "falloir": "faudr",
    "valoir": "vaudr",
    "courir": "courr",
    "mourir": "mourr",
    "acquérir": "acquerr",
    "cueillir": "cueiller",
}
"""Future stems that are not the infinitive's; the "-venir", "-tenir" and "-cevoir" families are
derived in ``future_stems``."""

FAMILIES = (("venir", "viendr"), ("tenir", "tiendr"), ("cevoir", "cevr"))


def future_stems(infinitive: str) -> set[str]:
    """The stems a conditional of ``infinitive`` may be written on: "attaquer" -> "attaquer",
    "prendre" -> "prendr", "intervenir" -> "interviendr", "recevoir" -> "recevr"."""
    stems = {infinitive}
    if infinitive.endswith("re"):
        stems.add(infinitive[:-1])
    if infinitive in IRREGULAR_STEMS:
        stems.add(IRREGULAR_STEMS[infinitive])
    for family, stem in FAMILIES:
        if infinitive.endswith(family):
            stems.add(infinitive[: -len(family)] + stem)
    return stems


def conditional_form(token: Token) -> bool:
    """A finite verb tagged imperfect whose form is a conditional: its stem is the future's
    ("attaquerait", "prendraient", "interviendrait"), not the present's ("attaquait", "déclarait")."""
    if "Imp" not in morph_of(token).get("Tense", []) or token.pos_ not in {"VERB", "AUX"}:
        return False
    form = token.lower_
    return any(form.startswith(stem) and form[len(stem) :] in ENDINGS for stem in future_stems(lemma(token)))


FUTURE_ENDINGS = frozenset({"ai", "as", "a", "ons", "ez", "ont"})
"""The future's endings, written on the same stems as the conditional's."""


def future_form(token: Token) -> bool:
    """A finite verb in the future, also where the tagger calls it a present or a past (round 25b,
    evt25b: "les syndicats organiseront", "signeront" tagged ``Tense=Pres``, "affronteront"
    ``Tense=Past``): its form is a future stem and a future ending ("organiser" + "ont", "prendr" +
    "a"), which no present or simple past form is."""
    tense = morph_of(token).get("Tense", [])
    if "Fut" in tense:
        return True
    if (
        "Imp" in tense
        or token.pos_ not in {"VERB", "AUX"}
        or "Fin" not in morph_of(token).get("VerbForm", [])
    ):
        return False  # an imperfect tag is the conditional's (``conditional_form``)
    form = token.lower_
    return any(
        form.startswith(stem) and form[len(stem) :] in FUTURE_ENDINGS for stem in future_stems(lemma(token))
    )
