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

AMOUNT = r"\d[\d ,.]*(?: ?%| pour ?cent| ?euros?| ?€)"
"""A sum or a rate ("10 %", "300 euros", "5 pour cent")."""
CLAIM = re.compile(
    r"(?<!\w)(?:reclam|revendiqu|exig|demand)\w*[^.;:!?«»\"]{0,40}?"
    r"(?:(?<!\w)(?:hausses?|augmentations?|revalorisations?)"
    r"(?: (?:generales?|immediates?|substantielles?))?"
    r" (?:(?:de|des|du|d') ?)?(?:(?:leurs?|son|sa|ses|nos|notre|vos|votre) )?"
    r"(?:salaires?|remunerations?|traitements?|paies?|payes?|point d'indice|grilles? salariales?)(?!\w)"
    rf"|(?<!\w)(?:hausses?|augmentations?|revalorisations?) (?:generales? )?de {AMOUNT}"
    rf"|(?<![\w,.]){AMOUNT} (?:de |d')(?:hausse|augmentation|revalorisation)s?(?!\w))"
)
"""A verb of claiming with a pay rise as its object, named ("une hausse de leur salaire", "une
augmentation générale des salaires") or measured ("10 % d'augmentation", "une hausse de 300 euros"):
see the module's text."""
RISES = ("hausse", "augmentation", "revalorisation")
"""The words every match of ``CLAIM`` holds: a text without one claims no rise, whatever party it
names (three ``in`` tests first, before ``PARTY``'s scan, a look-behind tried at every word)."""


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


def reread[Found: tuple[str, Any, int, int]](found: list[Found], folded: str, claim: Any) -> list[Found]:
    """The matches of the folded text (word, entry, start, end) with the acts of a market's price
    dropped and the wage claims added as ``claim`` acts."""
    kept = [f for f in found if f[1].role != "act" or not market(f[2], folded)]
    return kept + [cast(Found, (w, claim, s, e)) for w, s, e in wage_claims(folded)]
