"""Offers that are not bargaining (used by :mod:`newsgraph.extract.negotiation`): a weak act of
offering or proposing (grade 1: "propose", "offre", "proposition") names bargaining only when it is
put to the other party. Two kinds of offer are put to someone else: an employer's pay offered to hire
(the field words beside it are words of pay only), and a candidate's platform put to the voters
(a word of an election campaign beside it, no talks in the context).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsgraph.extract.negotiation_senses import AMOUNT
from newsgraph.names import fold

PAY = re.compile(r"salai|salari(?!e)|prime|remuner|augment|revalori|pouvoir d.achat|hausse")
"""The field words of pay (salaire, prime, augmentation): they say what is offered, not that two
parties bargain over it. A weak act beside them only ("la mairie propose 17 % de salaire en plus
à ses animateurs", "l'enseigne offre une prime") is an employer's offer to hire or a policy; with
a party named (a union, strikers, the management) or talks in the context it is bargaining."""

PROPOSING = re.compile(r"propos|offr|promet|promis|promesse")
"""The weak acts of offering and promising (proposer, offre, promettre)."""

CAMPAIGN = re.compile(
    r"(?<!\w)(?:(?<!majorite )presidentielles?|election presidentielle"
    r"|campagnes? (?:electorale|presidentielle|des? (?:europeennes|legislatives|municipales))s?"
    r"|programmes? (?:electoral|presidentiel|du candidat|de la candidate)\w*|electeurs?|electrices?"
    r"|entre les deux tours|debat d'entre deux tours|profession de foi|promesses? de campagne)(?!\w)"
)
"""The words of an election campaign: a candidate's proposal there is a platform put to the voters
("le président-candidat propose de reculer l'âge de départ", "tous les candidats proposent
d'augmenter les salaires"), not an offer put to another party. Not "la majorité présidentielle", a
side of the parliament's deals; not "candidat" alone, whose withdrawal is a deal between the rounds."""


def pay_only(pieces: Iterable[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The pieces of field evidence that name more than pay (a weak act needs a party of bargaining
    or talks around it: see ``PAY``)."""
    return [p for p in pieces if not all(PAY.search(w) for w in p)]


def offers(acts: Iterable[tuple[str, object]]) -> bool:
    """Every act of the sentence is one of offering or promising."""
    words = [w for w, _ in acts]
    return bool(words) and all(PROPOSING.search(w) for w in words)


MEASURED = re.compile(AMOUNT)
"""A sum or a rate ("3 %", "100 euros")."""


def counter_offer(acts: Iterable[tuple[str, object]], text: str) -> bool:
    """An offer measured in per cent or euros ("la direction propose 3 %", "on nous propose 2,6 %
    d'augmentation"): with a party's claim of a pay rise in the context ("les ouvriers réclament une
    hausse de 4 %") it answers the claim, a counter-offer in wage bargaining, where a claim alone makes
    no report about talks. Not a proposal with no figure ("la proposition du Medef inquiète")."""
    return offers(acts) and MEASURED.search(text) is not None


def platform(acts: Iterable[tuple[str, object]], text: str, context: str) -> bool:
    """Every act of the sentence is one of proposing and a word of an election campaign is in the
    sentence or its context: a candidate's platform (see ``CAMPAIGN``)."""
    if not offers(acts):
        return False
    return CAMPAIGN.search(fold(text)) is not None or CAMPAIGN.search(fold(context)) is not None


SUBJECT = re.compile(r"reforme|projet de loi|texte|budget")
"""The field words of the reform or the bill that talks are about, not of who bargains. Not pay:
workers asking for a raise in a report about wage talks take a position in them, though the lexicon
knows no word for them ("les aides-soignantes demandent 300 euros de plus")."""


def named_party(words: Iterable[str]) -> bool:
    """Whether a party is among the field words (a union, the employer, a party, the government):
    with no act in the sentence, a statement that names only the reform that talks are about is
    about the reform ("Macron a annoncé le report de la présentation de la réforme des
    retraites", in a report about his consultations), not a position in the talks."""
    return any(SUBJECT.search(w) is None for w in words)
