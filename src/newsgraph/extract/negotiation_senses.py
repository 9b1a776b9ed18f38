"""Senses of the words of negotiating decided by their construction (used by
:mod:`newsgraph.extract.negotiation`): a price quoted on a market is not talks, a party's claim of
a pay rise is a position in wage bargaining.

- A market's price: "le gaz se négocie 20 % plus cher", "le blé s'est négocié à 400 euros la
  tonne", "le baril se négociait autour de 100 dollars", "il se négociait en moyenne à 49 euros":
  the reflexive "se négocier" followed by a price, an amount or a comparison (an adverb or a time
  between them) is a commodity traded, not a negotiation ("tout se négocie", "ça se négocie avec la
  direction" stay talks).
- A wage claim: a verb of claiming (réclamer, revendiquer, exiger, demander) with a pay rise as its
  object ("les grévistes réclament une hausse de leur salaire de 10 %", "les syndicats demandent
  des augmentations de salaire", "les salariés réclament 10 % d'augmentation"): the position a
  party of labour takes in bargaining. It counts only with a party of labour in the sentence (a
  union, strikers, the staff, a trade of employees), or, its subject a pronoun, in the context
  (``negotiation_lent``): the public's or a candidate's wish for higher wages is not bargaining. In
  the context it makes no report about talks (a strike for wages is news of a strike, its marchers
  counted by the unions).
- A conversation, not talks: a weak act of talking with someone ("discuter avec", "s'entretenir
  avec", "échanger avec") whose other side is an indefinite group of people that represents no party
  ("je discutais avec des étudiants", "elle s'est entretenue avec un militaire ukrainien"), or the
  antecedent of a relative ("des habitants avec lesquels elle s'est entretenue"), or the object of the
  verb rencontrer ("il a rencontré des réfugiés", "pour rencontrer des soldats"): a reporter's, a
  candidate's or a leader's talk with the public. Talks are with someone who speaks for a side
  ("s'entretenir avec un émissaire russe", "discuter avec des représentants syndicaux").
- The participle of compromettre, not a compromise: the feminine forms ("la récolte est compromise"),
  and the masculine after a copula ("les besoins sont compromis", "son avenir paraît sérieusement
  compromis") or before the agent of a passive ("le projet peut-il être compromis par la perte de la
  majorité ?").
"""

from __future__ import annotations

import re
from typing import Any, cast

MARKET = re.compile(
    r"(?<!\w)s(?:e |'(?:est |etait )?)negoci\w*"
    r"(?: (?:desormais|actuellement|aujourd'hui|deja|encore|toujours|maintenant|\w+ment"
    r"|en moyenne|en ce moment|ce matin|ce soir|cette semaine|cette annee|hier|alors))?"
    r" (?:a \d|a plus|a moins|autour|aux alentours|au dessus|au dela|en dessous|en dessus|entre \d"
    r"|(?:plus|moins) (?:cher|bas|haut|de \d)|pres de|\d)"
)
"""The reflexive "se négocier" with a price or a comparison after it (see the module's text)."""

BROAD = "negotiation"
"""The broad concept of the topic (its narrower ones are kinds of talks)."""
AMOUNT = r"\d[\d ,.]*(?: ?%| pour ?cent| ?euros?| ?€)"
"""A sum or a rate ("10 %", "300 euros", "5 pour cent")."""
CLAIM = re.compile(
    r"(?<!\w)(?:reclam|revendiqu|exig|demand)\w*[^.;:!?«»\"]{0,40}?"
    r"(?:(?<!\w)(?:hausses?|augmentations?|revalorisations?)"
    r"(?: (?:generales?|immediates?|substantielles?))?"
    r" (?:(?:de|des|du|d') ?)?(?:(?:leurs?|son|sa|ses|nos|notre|vos|votre) )?"
    r"(?:salaires?|remunerations?|traitements?|paies?|payes?|point d'indice|grilles? salariales?)(?!\w)"
    rf"|(?<!\w)(?:hausses?|augmentations?|revalorisations?) (?:generales? )?de {AMOUNT}"
    rf"|(?<![\w,.]){AMOUNT} (?:de |d')(?:hausse|augmentation|revalorisation)s?(?!\w)"
    r"|(?<!\w)(?:hausses?|augmentations?|revalorisations?) salariales?(?!\w)"
    r"|(?<!\w)meilleur(?:e?s?) (?:salaires?|remunerations?)(?!\w)"
    r"|(?<!\w)(?:salaires?|remunerations?) plus eleve\w*)"
)
"""A verb of claiming with a pay rise as its object, named ("une hausse de leur salaire", "une
augmentation générale des salaires", "une revalorisation salariale"), better pay ("de meilleurs
salaires", "un salaire plus élevé") or measured ("10 % d'augmentation", "une hausse de 300 euros"):
see the module's text."""
RISES = ("hausse", "augmentation", "revalorisation", "salaire", "remuneration", "rémunération")
"""The words every match of ``CLAIM`` holds: a text without one claims no rise, whatever party it
names (a few ``in`` tests first, before ``PARTY``'s scan, a look-behind tried at every word). Tested
on folded text (``wage_claims``) and on lowercased text (``negotiation_lent``): "rémunération" both
ways."""


PARTY = re.compile(
    r"(?<!\w)(?:syndica\w*|intersyndicale|cgt|cfdt|fo|force ouvriere|unsa|sud|cfe cgc|cftc|fsu"
    r"|greve|grevistes?|salaries?|employes?|ouvriers?|ouvrieres?|travailleurs?|travailleuses?"
    r"|personnels?|agents|fonctionnaires|cheminots|controleurs|soignants|infirmier\w*|aides? soignant\w*"
    r"|enseignants|professeurs|conducteurs|chauffeurs|caissier\w*|pilotes|hotesses|steward\w*|dockers)(?!\w)"
)
"""Who claims a pay rise in bargaining: a union, strikers, the staff, a trade of employees. Not the
public ("les Français", "les retraités"), a government or a candidate, whose wish for higher wages
puts nothing to an employer."""


def market(start: int, folded: str) -> bool:
    """Whether the act found at ``start`` of the folded text is a price quoted on a market."""
    return any(m.start() <= start < m.end() for m in MARKET.finditer(folded, max(0, start - 12), start + 80))


def wage_claims(folded: str) -> list[tuple[str, int, int]]:
    """The wage claims of the folded text, (their words, start, end), when a party of labour is
    named in it (``PARTY``)."""
    if not any(map(folded.__contains__, RISES)) or PARTY.search(folded) is None:
        return []
    return [(m.group(), m.start(), m.end()) for m in CLAIM.finditer(folded)]


TALKING = re.compile(r"entret|discut|echang|parl|dialog|rencontr")
"""The weak acts of talking with someone or meeting someone (see the module's text)."""
NOUN_ARTICLE = re.compile(r"(?<!\w)(?:la|une|cette|sa|leur|nouvelle|premiere|derniere|prochaine) $")
"""Before "rencontre", an article: the noun, whose complement is who meets ("la rencontre des deux
présidents"), not the verb's object, who is met ("il a rencontré des habitants")."""
PEOPLE_AFTER = re.compile(
    r" (?:un|une|des|quelques|plusieurs)(?: (?:jeunes?|autres?|simples?|nombreux))? (\w+)"
)
"""After such an act and its "avec", an indefinite group of people, its head noun captured."""
ABSTRACT = re.compile(r"\w+(?:ence|ance|tion|sion|ite|ment|isme|ude|esse)")
"""A head noun of a quality or a manner, not of people ("aborder son entretien avec une exigence")."""
RELATIVE_BEFORE = re.compile(
    r"(?<!\w)(?:des|les|ces|un|une|quelques|plusieurs) (\w+)[^.;:!?]{0,40}?"
    r" avec (?:lesquel(?:le)?s|lequel|laquelle|qui) (?:[\w']+ ){1,3}$"
)
"""Right before such an act, a relative whose antecedent, a group of people, is the other side
("des militaires et étudiants avec lesquels elle "), its head noun captured; not a named one
("Vladimir Poutine, avec qui il s'est entretenu")."""
REPRESENTATIVE = re.compile(
    r"represent|deleg|emissaire|envoye|negociat|mediat|dirigeant|responsable|ministre|president|chef"
    r"|homologue|leader|ambassad|diplomat|porte|conseill|syndica|patron|elu|depute|senat|parti|officiel"
    r"|partenaire|organisation|membre|gouvern|autorit|haut|interlocut|grevist"
)
"""Head nouns of those who speak for a side: talks with them are talks."""


def chat(word: str, grade: int, start: int, end: int, folded: str) -> bool:
    """Whether the act ``word`` found at ``start:end`` of the folded text is a conversation with
    people who speak for no side (see the module's text).

    >>> chat("discutais avec", 2, 3, 17, "je discutais avec des etudiants")
    True
    >>> chat("discuter avec", 2, 3, 16, "il discuter avec des representants syndicaux")
    False
    """
    if grade > 2 or TALKING.search(word) is None:
        return False
    after = end if word.endswith("avec") else end + 5 if folded.startswith(" avec", end) else -1
    verb = NOUN_ARTICLE.search(folded, max(0, start - 12), start) is None
    if after < 0 and word.startswith("rencontr") and verb:
        after = end  # "rencontrer des soldats": the people met are the verb's object
    people = PEOPLE_AFTER.match(folded, after) if after >= 0 else None
    if people is None:
        people = RELATIVE_BEFORE.search(folded, max(0, start - 100), start)
    return people is not None and _nobody(people.group(1))


def _nobody(head: str) -> bool:
    """Whether a head noun names people who speak for no side (see ``REPRESENTATIVE``, ``ABSTRACT``)."""
    return REPRESENTATIVE.match(head) is None and ABSTRACT.fullmatch(head) is None


COMPROMISE = frozenset({"compromis", "compromise", "compromises"})
"""The forms of "compromis" the lexicon's term matches (its inflection allows the feminine)."""
COPULA_BEFORE = re.compile(
    r"(?<!\w)(?:est|sont|etait|etaient|sera|seront|serait|seraient|soit|soient|etre|ete"
    r"|sembl\w*|parai\w*|rest\w*|devien\w*|devenu\w*)"
    r"(?: (?:\w+ment|deja|desormais|tres|bien|plus|pas|toujours|encore|voire|donc|aussi|alors))* $"
)
"""Before a participle: a copula (être, sembler, paraître, rester, devenir), adverbs between."""
AGENT_AFTER = re.compile(r",? par ")
"""After a participle: the agent of a passive ("compromis par la perte de la majorité")."""


def compromised(word: str, start: int, end: int, folded: str) -> bool:
    """Whether the act ``word`` found at ``start:end`` of the folded text is the participle of
    compromettre: a feminine form ("la saison est compromise", "voire compromise"), or the masculine
    after a copula ("le projet semble désormais compromis") or before the agent of a passive ("compromis
    par la perte de la majorité"). Not the noun after a verb, a determiner or an adjective ("répéter
    compromis", "sans compromis", "les derniers compromis", "d'énormes compromis").

    >>> compromised("compromis", 14, 23, "la saison est compromis")
    True
    >>> compromised("compromis", 3, 12, "un compromis a ete trouve")
    False
    """
    if word not in COMPROMISE:
        return False
    return (
        word != "compromis"
        or COPULA_BEFORE.search(folded, max(0, start - 60), start) is not None
        or AGENT_AFTER.match(folded, end) is not None
    )


def reread[Found: tuple[str, Any, int, int]](found: list[Found], folded: str, claim: Any) -> list[Found]:
    """The matches of the folded text (word, entry, start, end) with the acts of a market's price, of
    a conversation and the participle "compromis" dropped and the wage claims added as ``claim`` acts."""
    kept = [
        f
        for f in found
        if f[1].role != "act"
        or not (
            market(f[2], folded)
            or chat(f[0], f[1].grade, f[2], f[3], folded)
            or compromised(f[0], f[2], f[3], folded)
        )
    ]
    return kept + [cast(Found, (w, claim, s, e)) for w, s, e in wage_claims(folded)]
