"""Pronoun speakers after a statement that names someone in its content (round 44, prn44; issue 14).

A person named as the subject of what a speaker says ("Il explique que le directeur Pierre Blanc a
refusé …", "Selon elle, la directrice Anne Roy a été avertie …") is spoken of: a pronoun speaker
after it ("… », promet-il") takes up the teller, not that person. The rule (``speaker_nouns.
spoken_of``) held for a bare name subject; it now holds too for a name apposed to a role subject
("le directeur Pierre Blanc"), for a teller pronoun the parser calls an expletive ("Il explique
que", ``expl:subj``), for a speech verb the parser hangs on the teller's name ("Claire Roy,
infirmière, raconte que …", ``acl``) and for a clause whose source is a pronoun ("Selon lui, …").
A person spoken of is still taken up when no teller agrees with the pronoun.

Every sentence here was written for these tests (none is taken from an evaluation text). A row is
(construction id, text, speaker part, content part, direct): exactly one statement holds the content
part, said by a speaker whose name holds the speaker part.
"""

from __future__ import annotations

import pytest
from speech import check_construction, check_not_said_by

TELLER = [
    (
        "apposed-role-name-incise",
        "Le syndicaliste Jean Morel a pris la parole devant l'usine. Il explique que le directeur Pierre"
        " Blanc a refusé de le recevoir. « On ne lâchera rien », promet-il.",
        "Jean Morel",
        "On ne lâchera rien",
        True,
    ),
    (
        "apposed-role-name-feminine",
        "Sophie Blanc dirige une crèche à Lille. Elle assure que la ministre Claire Roux ne l'a jamais"
        " consultée. « Nous sommes oubliées », regrette-t-elle.",
        "Sophie Blanc",
        "Nous sommes oubliées",
        True,
    ),
    (
        "apposed-role-name-reported",
        "Le maire Paul Girard a réuni le conseil municipal. Il affirme que l'entrepreneur Luc Ferrand a"
        " abandonné le chantier. Il estime que la commune doit porter plainte.",
        "Paul Girard",
        "la commune doit porter plainte",
        False,
    ),
    (
        "selon-pronoun-source",
        "Pierre Martin, agriculteur, a perdu sa récolte. Selon lui, le préfet Jean Dubois avait été"
        " prévenu. « Personne n'a bougé », dénonce-t-il.",
        "Pierre Martin",
        "Personne n'a bougé",
        True,
    ),
    (
        "teller-verb-hung-on-name",
        "Claire Vidal, infirmière, raconte que sa collègue Julie Martin a démissionné. « Elle n'en"
        " pouvait plus », dit-elle.",
        "Claire Vidal",
        "Elle n'en pouvait plus",
        True,
    ),
    (
        "teller-verb-hung-on-name-reported",
        "Nadia Benali, 52 ans, explique que son voisin Marc Lenoir a quitté la ville. Elle assure"
        " qu'elle ne le reverra pas.",
        "Nadia Benali",
        "elle ne le reverra pas",
        False,
    ),
    (
        "spoken-of-when-teller-disagrees",  # "la police" is no "il": the man spoken of speaks
        "La police affirme que Marc Vidal a avoué le vol. « J'avais besoin d'argent », explique-t-il.",
        "Marc Vidal",
        "J'avais besoin d'argent",
        True,
    ),
]


@pytest.mark.parametrize(
    ("construction", "text", "speaker", "content", "direct"), TELLER, ids=[r[0] for r in TELLER]
)
def test_pronoun_takes_up_the_teller(
    nlp, construction: str, text: str, speaker: str, content: str, direct: bool
) -> None:
    check_construction(nlp, text, speaker, content, direct)


def test_person_spoken_of_is_no_speaker(nlp) -> None:
    check_not_said_by(
        nlp,
        "Le syndicaliste Jean Morel a pris la parole devant l'usine. Il explique que le directeur Pierre"
        " Blanc a refusé de le recevoir. « On ne lâchera rien », promet-il.",
        "Pierre Blanc",
        "On ne lâchera rien",
    )
