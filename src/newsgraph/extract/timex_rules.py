"""The rule table of time expressions: one row per rule, its pattern and, beside it, its trigger
(a cheap regex every match contains, read on the lowercased text: a rule whose trigger is absent
cannot match and is not run). Patterns are templates: ``{WD}``, ``{MON}``, ``{DAY_WORDS}``... stand
for the words of ``ontology/lexicons/time_fr.json``, so a word added there is matched everywhere.
Longest match wins; blocking rules emit nothing (they keep "les années 1990" from being a year).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from newsgraph.extract import timex_anaphora as anaphora
from newsgraph.extract import timex_labels as labels
from newsgraph.extract import timex_news as news
from newsgraph.extract import timex_periods as periods
from newsgraph.extract import timex_resolvers as resolvers
from newsgraph.extract.regex_first import LiteralGate, first_lookahead, literal_words, trigger_gate
from newsgraph.extract.timex_calendar import Resolved, lexicon
from newsgraph.extract.timex_resolvers import Ctx
from newsgraph.lexicons import alternation

Resolver = Callable[[re.Match[str], Ctx], Resolved]


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """One row of the table, before its templates are filled."""

    name: str
    pattern: str
    trigger: str
    resolve: Resolver
    block: bool = False
    common: bool = False
    """Read in most reports ("il y a deux ans", "à 20 h", numbers before a unit): run on every text, its
    trigger untested (its search cost more than the runs it spared; a text without it has no match)."""


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    resolve: Resolver
    block: bool = False
    trigger: re.Pattern[str] | None = None
    lowered: re.Pattern[str] | None = None
    """The same pattern without ``re.I``, for the lowercased text (None when the pattern has an uppercase
    letter of its own): ``re`` tests its first characters' class without folding case at every position
    (0.31 -> 0.24 s CPU over 399 reports). On a text ``plain_text`` accepts it matches as ``regex`` does."""
    words: tuple[str, ...] | None = None
    """The trigger's words when it is only words (``literal_words``): the gate then answers alone."""
    gate: LiteralGate | None = None
    """Strings one of which every trigger match holds (``trigger_gate``): looked for first, by ``in``."""
    common: bool = False
    """``RuleSpec.common``: run without testing the trigger."""


TABLE: tuple[RuleSpec, ...] = (
    RuleSpec(
        "decade",
        r"(?:les\s+|des\s+|aux\s+)?années\s+(?P<dy>(?:19|20)?\d0)(?:s|'s)?(?!\d)",
        r"années\s+\d",
        labels.r_decade,
    ),
    RuleSpec(  # "24h/24", "sept jours sur sept"
        "rate",
        r"(?:\d{1,2}|{NUMW})\s*(?:h|heures?|j|jours?)\s*(?:/|sur)\s*(?:\d{1,2}|{NUMW})",
        r"(?:/|sur)\s*(?:\d|{NUMW})",
        resolvers.r_block,
        block=True,
    ),
    RuleSpec(
        "century",
        r"(?:(?:le|du|au)\s+)?(?:(?P<c>[XVI]{1,5}|\d{1,2})(?:e|è|ème|eme|ᵉ)\s+siècle|siècle\s+{MOD})"
        r"|(?:ce|notre)\s+siècle",
        r"siècle",
        labels.r_century,
    ),
    RuleSpec(
        "set",
        r"(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?P<n>{NUMW}|\d{1,2})\s+)?(?:(?:premiers?|derniers?)\s+)?(?:(?P<wd>{WD})s?(?:\s+(?:{PARTS}))?|(?P<unit>{SET_UNITS}))",
        r"chaque|tous\s+les|toutes\s+les",
        labels.r_set,
    ),
    RuleSpec(
        "habitual",
        r"du\s+{WD}\s+au\s+{WD}(?!\s+\d)",
        r"du\s+(?:{WD})",
        resolvers.r_block,
        block=True,
    ),
    RuleSpec(
        "date",
        r"(?:le\s+)?(?:(?P<wd>{WD})\s+)?{D}\s+{MON}(?:\s+(?:de\s+l'année\s+)?(?P<y>{Y4}|'?\d\d(?!\d)))?(?:\s+{MOD})?",
        r"(?:1er|1ᵉʳ|premier|\d)\s+(?:{MONTHS})",
        resolvers.r_date,
        block=False,
    ),
    RuleSpec(
        "daylist",
        r"(?:(?:les|des|du|le)\s+|{WD}\s+)(?:{WD}\s+)?{D}(?=(?:\s*,\s*\d{1,2})*\s+(?:et|au)\s+(?:le\s+)?(?:{WD}\s+)?\d{1,2}(?:er)?\s+{MON}(?:\s+(?P<y>{Y4}))?(?:\s+{MOD})?)",
        r"\d(?:er)?\s+(?:{MONTHS})",
        resolvers.r_date_list,
        block=False,
    ),
    RuleSpec(
        "numeric",
        r"(?P<nd>[0-3]?\d)[/.](?P<nm>[01]?\d)[/.](?P<ny>(?:19|20)\d\d|\d\d)(?![\d/.]\d)|(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)|(?P<jy>(?:19|20)\d\d)-(?P<jm>0[1-9]|1[0-2])(?![-\d])",
        r"\d[/.-]",
        resolvers.r_numeric,
        block=False,
    ),
    RuleSpec(
        "night",
        r"(?:dans\s+)?la\s+nuit\s+(?:de|du)\s+(?P<wd1>{WD})(?:\s+(?:à|au)\s+(?P<wd2>{WD}))?(?!\s*\d)",
        r"nuit\s+(?:de|du)\s+(?:{WD})",
        resolvers.r_night,
        block=False,
    ),
    RuleSpec(
        "weekday",
        r"(?:(?P<det>ce|cette)\s+(?:même\s+)?)?(?P<wd>{WD})(?:\s+(?P<part>{PARTS}))?(?:\s+{MOD})?",
        r"{WD}",
        resolvers.r_weekday,
        block=False,
    ),
    RuleSpec(
        "deictic",
        r"(?P<deic>{DEICTIC})(?:\s*(?P<part>{PARTS}))?(?:,?\s+{WD}(?!\s*\d))?",
        r"{DEICTIC}",
        resolvers.r_deictic,
        block=False,
    ),
    RuleSpec(
        "this",
        r"(?:(?:plus\s+tôt|plus\s+tard|tôt|tard|en\s+début\s+de|en\s+fin\s+de|au\s+début\s+de|à\s+la\s+fin\s+de)\s+)?(?:ce|cet|cette)\s+(?:(?P<part>{DAY_WORDS})|(?P<unit>{THIS_UNITS})|(?P<season>{SEASONS}))(?!-là|\s+là\b|-ci\b)",
        r"(?:ce|cet|cette)\s+(?:{DAY_WORDS}|{THIS_UNITS}|{SEASONS})",
        periods.r_this,
        block=False,
    ),
    RuleSpec(
        "relative",
        r"(?:la\s+|le\s+|l'|du\s+|de\s+la\s+|de\s+l')(?P<unit>{RELATIVE_UNITS})\s+{MOD}",
        r"(?:{RELATIVE_UNITS})\s+(?:{MODIFIERS})",
        resolvers.r_relative,
        block=False,
    ),
    RuleSpec(
        "offset",
        r"(?:(?P<ago>il\s+y\s+a|voici|voilà)|dans)\s+(?:(?:tout\s+juste|à\s+peine|presque|déjà|maintenant|seulement|exactement)\s+)?"
        r"(?:(?:un\s+peu\s+)?(?:plus|moins)\s+d[e']\s*|près\s+d[e']\s*|environ\s+)?"
        r"(?:{NUM}\s+|une\s+(?P<approx>{APPROX})\s+d(?:e\s+|'))(?P<unit>{UNITS})(?P<half>\s+et\s+demie?)?(?P<exact>\s+jour\s+pour\s+jour)?",
        r"(?:\d|{NUMW}|{APPROX})\s+(?:{UNITS}|d)",
        resolvers.r_offset,
        block=False,
        common=True,
    ),
    RuleSpec(
        "vague",
        r"(?:(?P<ago>il\s+y\s+a|voici|voilà)|dans)\s+(?:quelques|plusieurs|des|de\s+nombreuses|de\s+nombreux)\s+(?:{UNITS})",
        r"(?:il\s+y\s+a|voici|voilà|dans)\s+(?:quelques|plusieurs|des|de\s+nombreu)",
        labels.r_vague_offset,
    ),
    RuleSpec(
        "recent",
        r"(?:(?:au\s+cours|lors|durant|pendant)\s+(?:des|de\s+ces)|ces|les|dans\s+les|depuis\s+les|sur\s+les)\s+"
        r"(?:{NUM}\s+)?(?P<mod>{MODIFIERS})\s+(?P<unit>{DUR_UNITS})(?!\s+(?:de|du|d')\b)",
        r"(?:{MODIFIERS})\s+(?:\S+\s+)?(?:{DUR_UNITS})",
        labels.r_recent,
    ),
    RuleSpec(
        "month",
        r"(?:(?P<edge>début|fin|mi-|mi\s|courant)\s*)?(?P<moisde>(?:le\s+)?mois\s+d[e']\s*)?{MON}(?:\s+(?:de\s+l'année\s+)?(?P<y>{Y4}|'\d\d|\d\d(?!\d)(?!\s*(?:h|heures?|%|\w))))?(?:\s+{MOD})?",
        r"(?:{MONTHS})(?!\w)",
        resolvers.r_month,
        block=False,
    ),
    RuleSpec(
        "year",
        r"(?:(?P<edge>début|fin|mi-|mi\s|courant)\s*)?(?P<pre>(?:l'|en\s+l')?(?:année|an)\s+)?(?P<y>{Y4})",
        r"(?:1\d|20)\d\d(?!\w)",
        resolvers.r_year,
        block=False,
    ),
    RuleSpec(
        "nextday",
        r"(?P<rel>la\s+veille|le\s+lendemain|le\s+surlendemain|l'avant-veille)(?:\s+(?:au\s+)?(?:soir|matin))?(?!\s+(?:de|du|d'|des)\b)",
        r"la\s+veille|le\s+lendemain|le\s+surlendemain|l'avant-veille",
        resolvers.r_next_day,
        block=False,
    ),
    RuleSpec(
        "unitedge",
        r"(?:(?:en|au|à\s+la|la|le)(?:\s+(?:ce|cette))?|ce|cette)\s+(?:début|fin|milieu)\s+(?:de\s+(?:la\s+)?|du\s+|d'|de\s+l')(?P<unit>semaine|mois|année)(?:\s+{MOD})?(?!\s+(?:de|du|d'|des)\b)(?!\s*\d)(?!-)",
        r"(?:début|fin|milieu)\s+d",
        resolvers.r_unit_edge,
        block=False,
    ),
    RuleSpec(
        "season",
        r"(?:(?P<edge>(?:(?:en|à\s+la|la|cette|en\s+cette)\s+)?(?:début|fin|milieu)\s+(?:d'|de\s+l'|du\s+))|(?P<det>l'|le\s+|cet\s+|cette\s+|ce\s+)|(?P<prep>en\s+(?:plein\s+)?|au\s+|d'))?(?P<season>{SEASONS})(?:\s+(?P<y>{Y4}))?(?:\s+{MOD})?(?!-)",
        r"{SEASONS}",
        periods.r_season,
    ),
    RuleSpec(
        "quarter",
        r"(?P<ord>{QUARTER_ORDINALS})\s+(?P<unit>{QUARTER_UNITS})(?:\s+(?:de\s+l'année\s+)?(?P<y>{Y4}))?|(?:le|du|au|ce)\s+(?P<unit2>{QUARTER_UNITS})\s+{MOD}",
        r"{QUARTER_UNITS}",
        periods.r_quarter,
    ),
    RuleSpec(
        "holiday",
        r"(?<!île\sde\s)(?P<feast>{HOLIDAYS})(?:\s+(?P<y>{Y4}))?(?:\s+{MOD})?",
        r"{HOLIDAY_WORDS}",
        periods.r_holiday,
        common=True,
    ),
    RuleSpec("present", r"{REFS}", r"{REFS}", labels.r_ref),
    RuleSpec("sameday", r"{SAME_DAY}", r"même", periods.r_same_day),
    RuleSpec(
        "weekdaynumber",
        r"(?:le\s+)?(?P<wd>{WD})\s+{D}(?!\s*(?:er\s+)?(?:{MONTHS})(?!\w))(?!\d|[.,/:]\d)(?!\s*(?:h\b|heures?\b|%|ans\b|\d))",
        r"(?:{WD})\s+\d",
        periods.r_day_only,
    ),
    RuleSpec(
        "daynumber",
        r"le\s+{D}(?=\s+(?:au\s+(?:soir|matin)|dans\s+la\s+(?:soirée|nuit|matinée|journée))\b)",
        r"le\s+\d",
        periods.r_day_only,
    ),
    RuleSpec(
        "storypart",
        r"(?:le\s+(?:soir|matin)|l'après-midi|la\s+(?:nuit|soirée|matinée))(?=\s*,)",
        r"(?:soir|matin|après-midi|nuit|soirée|matinée)\s*,",
        periods.r_story_part,
    ),
    RuleSpec("daycurrent", r"(?:le\s+)?{D}\s+courant(?![\w-])", r"\d\s+courant", periods.r_day_current),
    RuleSpec(
        "nightnumbers",
        r"(?:dans\s+)?la\s+nuit\s+du\s+{D}\s+au\s+\d{1,2}(?!\s*(?:er\s*)?(?:{MONTHS})(?!\w))(?!\d|[.,/]\d)",
        r"nuit\s+du\s+\d",
        periods.r_day_only,
    ),
    RuleSpec(
        "daypart",
        r"(?P<phrase>{PART_PHRASES})(?!\s+(?:du|de|d')\b)",
        r"{PART_PHRASES}",
        periods.r_day_part,
    ),
    RuleSpec(
        "shortyear",
        # "en 98" ends its phrase (not "en 20 minutes", "depuis 15 ans")
        r"(?:(?<=\ben\s)|(?<=\bdès\s)|(?<=\bdepuis\s))'?(?P<y>\d\d)(?!\d|[.,]\d)"
        r"(?=\s*(?:$|[,.;:!?)»\"]|\s(?:et|après|avant|puis|à|au|aux|lors|lorsque|quand|alors|par|pour|sur|dans"
        r"|avec|contre|mais|ou|où|il|elle|ils|elles|on|ce|c'|l'|le|la|les|déjà|encore|comme)\b))",
        r"\d\d",
        periods.r_short_year,
        common=True,
    ),
    *(RuleSpec(*row) for row in anaphora.ROWS + news.ROWS),
    RuleSpec(
        "clock",
        r"(?:(?P<vers>vers|aux\s+alentours\s+de|autour\s+de|aux\s+environs\s+de)\s+)?(?:(?P<h>[01]?\d|2[0-4])\s*(?P<unit>h|heures?)(?:\s*(?P<min>[0-5]\d)(?!\s*(?:min|minutes)\b)|\s+et\s+(?P<half>demie|quart)|\s+moins\s+(?:le\s+)?(?P<less>quart))?|(?P<ch>[01]?\d|2[0-3]):(?P<cm>[0-5]\d)|(?P<noon>midi|minuit))|(?:(?<=dans\s)|(?<=durant\s)|(?<=pendant\s))(?P<part>la\s+(?:soirée|nuit|matinée)|l'après-midi)(?!\s+(?:du|de|d')\b)|(?<=au\scours\sde\s)(?P<part2>la\s+(?:soirée|nuit|matinée|journée))(?!\s+(?:du|de|d')\b)",
        r"\d\s*h|\d:|midi|minuit|soirée|nuit|matinée|après-midi|journée",
        resolvers.r_clock_any,
        block=False,
        common=True,
    ),
    RuleSpec(
        "wordclock",  # a rule of its own: its many first letters would slow "clock" on every text
        r"(?:(?P<vers>vers|aux\s+alentours\s+de|autour\s+de|aux\s+environs\s+de)\s+)?(?P<hw>{HOUR_WORDS})\s+(?P<unit>heures?)"
        r"(?:\s+(?P<minw>{MINUTE_WORDS})(?![\w-])(?!\s+(?:min|minutes)\b)|\s+et\s+(?P<half>demie|quart)"
        r"|\s+moins\s+(?:le\s+)?(?P<less>quart))?",
        r"heure",
        resolvers.r_clock,
    ),
    # last: a clock time of the same length ("18 heures") wins over a stretch of time
    RuleSpec(
        "duration",
        r"(?:(?P<prep>pendant|durant|depuis|en|pour|sur|sous)\s+)?"
        r"(?:(?:un\s+peu\s+)?(?:plus|moins)\s+d[e']\s*|près\s+d[e']\s*|environ\s+|au\s+moins\s+)?"
        r"(?:(?P<n>\d{1,4}|(?:{NUMW})(?:[-\s](?:et[-\s])?(?:{NUMW}))*|quelques|plusieurs|(?<=pendant\s)des"
        r"|(?<=durant\s)des|(?<=depuis\s)des)\s+|une\s+(?P<approx>{APPROX})\s+d(?:e\s+|'))(?P<unit>{DUR_UNITS})(?P<half>\s+et\s+demie?)?(?!-)"
        r"(?:\s+(?P<min>\d{1,2})\s+(?:minutes|min)\b)?",
        r"(?:\d|{NUMW}|quelques|plusieurs|des|{APPROX})\s+(?:{DUR_UNITS}|d)",
        labels.r_duration,
        common=True,
    ),
)

ELIDED = "qu|lorsqu|puisqu|quoiqu|jusqu|d|l|s|n|c|j|m|t"
"""The words that lose their vowel before another ("d'hier"): after them a time expression may begin."""

PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


@cache
def vocabulary() -> dict[str, str]:
    """What each template placeholder stands for, from the lexicon."""
    lx = lexicon()
    numbers = alternation(lx["numbers"])
    one_word_parts = [p for p in lx["day_parts"] if " " not in p]
    calendar = lx["calendar_units"]
    return {
        "MONTHS": alternation(lx["months"]),
        "MON": rf"(?P<mon>{alternation(lx['months'])})",
        "WD": f"(?:{alternation(lx['weekdays'])})",
        "D": r"(?P<d>1er|1ᵉʳ|premier|[0-3]?\d)",
        "Y4": r"(?:1\d|20)\d\d",
        "MODIFIERS": alternation(lx["past_modifiers"] + lx["future_modifiers"]),
        "MOD": f"(?P<mod>{alternation(lx['past_modifiers'] + lx['future_modifiers'])})",
        "NUMW": numbers,
        "APPROX": alternation(lx["approximate_numbers"]),  # "une dizaine d'années"
        "NUM": rf"(?P<n>\d{{1,3}}|(?:{numbers})(?:[-\s](?:et[-\s])?(?:{numbers}))*)",
        "UNITS": alternation(lx["units"]),
        "PARTS": alternation(lx["day_parts"]),
        "DAY_WORDS": alternation(one_word_parts),  # "ce soir", "cette nuit"
        "THIS_UNITS": alternation(calendar),  # "cette semaine", "ce mois-ci"
        "RELATIVE_UNITS": alternation(u for u in calendar if not u.endswith("-ci")),  # "le mois dernier"
        "SEASONS": alternation(lx["seasons"]),
        "DEICTIC": alternation(lx["deictic_days"]),
        "QUARTER_ORDINALS": alternation(lx["quarter_ordinals"]),
        "QUARTER_UNITS": alternation(lx["quarter_units"]),
        "HOLIDAYS": feast_names(lx["holidays"]),
        "HOLIDAY_WORDS": alternation({h.split()[-1] for h in lx["holidays"]}),
        "PRESENT_REFS": alternation(lx["present_refs"]),
        "REFS": alternation(lx["present_refs"] + lx["past_refs"] + lx["future_refs"]),
        "SET_UNITS": alternation(lx["set_units"]),
        "DUR_UNITS": alternation(lx["duration_units"]),
        "SAME_DAY": alternation(lx["same_day"]),
        # "à trois heures du matin", "à dix-huit heures trente": hours and minutes told in words
        "HOUR_WORDS": r"vingt(?:[-\s]et[-\s]une|-deux|-trois|-quatre)?|dix-sept|dix-huit|dix-neuf|"
        + alternation(w for w, n in lx["numbers"].items() if 1 <= n <= 16),
        "MINUTE_WORDS": r"(?:vingt|trente|quarante|cinquante)(?:-cinq)?|cinq|dix|quinze",
        # "en fin d'après-midi", "à l'aube", "début de soirée": a part of the day standing alone
        "PART_PHRASES": alternation(p for p in lx["day_parts"] if re.match(r"(en|dans|à|au|début|fin) ", p)),
    }


# A feast's article also joined to "de" or "à": "le 14-Juillet", "du 14-Juillet", "au 14-Juillet".
ARTICLE_FORMS = {
    "le ": r"(?:le|du|au)\s+",
    "la ": r"(?:la|de\s+la|à\s+la)\s+",
    "l'": r"(?:l'|de\s+l'|à\s+l')",
}


def feast_names(names: list[str]) -> str:
    """The alternation of the lexicon's feast names, each with every form of its article."""
    by_article: dict[str, list[str]] = {}
    for name in names:
        article = next((a for a in ARTICLE_FORMS if name.startswith(a)), "")
        by_article.setdefault(article, []).append(name[len(article) :])
    return "|".join(
        ARTICLE_FORMS.get(article, "") + f"(?:{alternation(rest)})".replace("\\ ", r"\s+")
        for article, rest in sorted(by_article.items(), key=lambda kv: -len(kv[0]))
    )


def fill(template: str) -> str:
    """A template with its placeholders replaced by the lexicon's alternations."""
    words = vocabulary()
    return PLACEHOLDER.sub(lambda m: words[m[1]], template)


@cache
def rules() -> tuple[Rule, ...]:
    """The rule table, compiled from the lexicon."""
    # not inside a word, but after an elided word: "qu'il y a dix ans", "d'hier", "jusqu'à lundi"
    elided = "|".join(rf"(?<=\b{word}')" for word in ELIDED.split("|"))
    before, after = rf"(?:(?<![\w'])|(?<=')(?:{elided}))", r"(?![\w])"  # the cheap test first
    return tuple(
        Rule(
            spec.name,
            # the lookahead of its first characters: same matches, most positions given up at once
            re.compile(f"{first_lookahead(fill(spec.pattern))}{before}(?:{fill(spec.pattern)}){after}", re.I),
            spec.resolve,
            spec.block,
            re.compile(fill(spec.trigger)),
            None
            if has_upper(fill(spec.pattern))
            else re.compile(
                f"{first_lookahead(fill(spec.pattern), 0)}{before}(?:{fill(spec.pattern)}){after}"
            ),
            literal_words(fill(spec.trigger)),
            trigger_gate(fill(spec.trigger)),
            spec.common,
        )
        for spec in TABLE
    )


ESCAPES = re.compile(r"\\[A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)")


def has_upper(pattern: str) -> bool:
    """Whether a pattern holds an uppercase letter besides its escapes (``\\S``, ``\\D``) and
    group names: "[XVI]" of the centuries would not match a lowercased text."""
    return any(c != c.lower() for c in ESCAPES.sub("", pattern))


@cache
def alphabet() -> frozenset[str]:
    """The lowercase characters of the rules and their triggers (plus ASCII letters and digits)."""
    chars = "".join(r.regex.pattern + (r.trigger.pattern if r.trigger else "") for r in rules())
    chars += "abcdefghijklmnopqrstuvwxyz0123456789"
    return frozenset(c for c in chars if c.lower() == c)


@cache
def plain_case(c: str) -> bool:
    """Whether ``c`` reads the same to a case-insensitive rule as ``c.lower()`` to a case-sensitive
    one: one character, the same \\w \\d \\s classes, and equal under re.I to exactly the rule
    characters it lowercases to (not so for "İ", "ſ", "ı")."""
    lo = c.lower()
    if len(lo) != 1:
        return False
    if any(
        (re.fullmatch(cls, c) is None) != (re.fullmatch(cls, lo) is None) for cls in (r"\w", r"\d", r"\s")
    ):
        return False
    return all((re.fullmatch(re.escape(k), c, re.I) is not None) == (lo == k) for k in alphabet())


def plain_text(text: str) -> bool:
    """Whether every character of ``text`` lowercases faithfully (``plain_case``): the rules and
    their triggers may then be read on the lowercased text, which has the same offsets."""
    return all(map(plain_case, set(text)))


def active_rules(text: str, plain: bool | None = None) -> list[Rule]:
    """The rules whose trigger occurs in the lowercased text (every rule when some character of the
    text would not lowercase faithfully, so the test stays exact). ``plain``: ``plain_text(text)``
    when the caller has it already."""
    if not (plain_text(text) if plain is None else plain):
        return list(rules())
    low = text.lower()
    return [rule for rule in rules() if rule.common or rule.trigger is None or has_trigger(rule, low)]


def has_trigger(rule: Rule, low: str) -> bool:
    """Whether the rule's trigger occurs in the lowercased text: its gate's strings looked for
    first by ``str.__contains__`` from C (a word list: the answer), then the trigger itself."""
    if rule.gate is not None and not rule.gate.found(low):
        return False
    return rule.words is not None or (rule.trigger is not None and rule.trigger.search(low) is not None)
