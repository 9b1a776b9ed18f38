"""Place mentions the NER got wrong in ways the event's place cannot see. A town's name cut after
its capitalised article: "à La Baule", "à La Ciotat" are tagged "Baule", "Ciotat"; the article
right before them belongs to the name ("la" in lowercase would be an article), and the bare rest
may name another town ("Baule", Loiret). The
seat of an institution said as where ("adopté à l'Assemblée nationale", "réunis au Sénat", "au
Stade de France"), which the NER tags as an organisation: there it is a place
(``ontology/lexicons/seats.txt``). France called "l'Hexagone", named France. The
town or region whose people an event's agent is said of ("un boulanger parisien", "les
Marseillais": ``town_demonyms.tsv``), when nothing else places the event."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph import lexicons
from newsgraph.extract.context import PLACE_LABELS, Mention, doc_text
from newsgraph.extract.entities import is_role_word
from newsgraph.extract.event_amounts import PEOPLE_NOUNS
from newsgraph.extract.event_place_national import national_place
from newsgraph.geo import country_name, place_of, slug
from newsgraph.geo_demonyms import demonym_country
from newsgraph.model import PlaceRef
from newsgraph.names import ARTICLES, fold_place

NAME_ARTICLES = frozenset({"La", "Le", "Les", "L'", "L’"})


def named_place(sdoc: Doc, m: Mention) -> Mention:
    """The mention ``m`` as the event's place reads it: a town with its article, a seat said as
    where, a country by its name."""
    return as_across(sdoc, as_country(as_seat(sdoc, as_feature(sdoc, with_article(sdoc, m)))))


FEATURE_NOUNS = frozenset(
    {
        "gorge",
        "gorges",
        "vallée",
        "lac",
        "baie",
        "golfe",
        "estuaire",
        "delta",
        "col",
        "étang",
        "cirque",
        "massif",
    }
)
"""Nouns of a landform or a water whose "de X" is a river, a mountain or a sea ("les gorges du
Tarn", "la vallée de la Roya", "le col du Lautaret"), which a department or a town may also be
called: the place is the landform, said whole, not the department of the river's name; a town's
landform ("le lac d'Annecy") stays the town, which the gazetteer places (by its own name, not a town
somewhere else that is also called so: "Roya" is a Ukrainian town's other name)."""


def as_feature(sdoc: Doc, m: Mention) -> Mention:
    """The place mention ``m`` named with the landform whose "de X" it is, right before it ("près
    des gorges du Tarn": "gorges du Tarn", not the Tarn department); else ``m``."""
    if (
        m.label not in PLACE_LABELS
        or " " in m.name
        or (
            (geo := place_of(m.name)) is not None
            and geo.type == "city"
            and fold_place(geo.name) == fold_place(m.name)
        )
    ):
        return m  # "la baie de Saint-Malo": the town, which the gazetteer places (not "Roya", another name)
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return m
    root = span.root
    head = root.head
    if root.dep_ != "nmod" or head.i >= span.start or head.lower_ not in FEATURE_NOUNS:
        return m
    between = sdoc[head.i + 1 : span.start]
    if (
        not between
        or any(x.dep_ not in {"case", "det"} for x in between)
        or between[0].lower_ not in FEATURE_DE
    ):
        return m  # "le lac et la ville de X", "la vallée, à Nice": not the landform's name
    return replace(m, name=sdoc[head.i : span.end].text)


FEATURE_DE = frozenset({"de", "du", "des", "d'", "d’"})


def with_article(sdoc: Doc, m: Mention) -> Mention:
    """The place mention ``m`` named with the capitalised article right before it when the
    gazetteer knows the article and the name together as a town whose name holds it ("La Baule");
    else ``m``. A name the gazetteer knows neither bare nor with it takes a capitalised article said
    inside the sentence ("la station de La Rosière")."""
    if m.label not in PLACE_LABELS or m.start < 2:
        return m
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return m
    article = sdoc[span.start - 1]
    if article.text not in NAME_ARTICLES or m.start - (article.idx + len(article.text)) > 1:
        return m
    joiner = "" if article.text.endswith(("'", "’")) else " "
    full = f"{article.text}{joiner}{m.text}"
    geo = place_of(full)
    if geo is None and m.text[:1].isupper() and place_of(m.text) is None and after_preposition(article):
        return replace(m, name=full)  # "la station de La Rosière": no article is capitalised there
    if geo is None or geo.type != "city" or not geo.name.lower().startswith(article.text.lower()):
        return m
    return replace(m, name=full)  # the name's words keep the parse's roles, not the article's


def after_preposition(article: Token) -> bool:
    """A capitalised article right after a preposition inside its sentence ("la station de La
    Rosière", "à La Plagne"): it belongs to the name after it, which neither alone nor with it the
    gazetteer knows; not one opening a sentence or a heading run into the text before it ("le
    risque d'avalanche Les avalanches de poudreuse")."""
    if article.i == 0 or article.is_sent_start:
        return False
    before = article.doc[article.i - 1]
    return before.pos_ == "ADP" and before.lower_ in PLACE_CASES


PLACE_CASES = frozenset({"à", "de", "d'", "d’", "dans", "près", "vers", "sur", "depuis", "jusqu'", "jusqu’"})
"""Prepositions after which a capitalised article begins a place's name."""


SEAT_PREPS = frozenset({"à", "au", "aux", "dans"})

MEMBERSHIP_NOUNS = frozenset({"siège", "sièges", "député", "élu", "majorité", "groupe", "place", "poste"})
"""Nouns of who sits in an institution ("50 sièges à l'Assemblée", "la majorité au Sénat"): its
"à X" says where they sit, not where the event (an election won) happens."""
SIDE_NOUNS = frozenset({"opposition", "minorité", "gauche", "droite", "coalition", "camp", "bloc"})
"""Nouns of a side that sits in an institution ("les oppositions à l'Assemblée nationale")."""


def seated(noun: Token) -> bool:
    """A noun of who sits in an institution: a member, a group, a side, people, a role ("le groupe
    LFI à l'Assemblée", "les élus RN au Sénat", "les oppositions à l'Assemblée nationale")."""
    word = noun.lemma_.lower()
    return word in MEMBERSHIP_NOUNS | SIDE_NOUNS or word in PEOPLE_NOUNS or is_role_word(word, noun.lower_)


@lru_cache(maxsize=1)
def seats() -> frozenset[str]:
    """The folded names of ``seats.txt``."""
    return frozenset(fold_place(line.strip()) for line in lexicons.lines("seats.txt"))


def as_seat(sdoc: Doc, m: Mention) -> Mention:
    """The organisation mention ``m`` as a place when it names a seat ("l'Assemblée nationale")
    right after "à", "au", "dans" (and its article) as a circumstance of a clause ("examinées à
    l'Assemblée nationale", "réunis au Sénat") or of a noun ("son premier revers à l'Assemblée
    nationale", "le débat au Sénat"); not the institution acting ("l'Assemblée nationale a voté"),
    nor where members sit ("50 sièges à l'Assemblée"), which stay an organisation."""
    if m.label != "ORG" or fold_place(m.text) not in seats():
        return m
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return m
    j = span.start - 1
    if sdoc[j].lower_ in {"l'", "l’", "la", "le", "les"} and j > 0:
        j -= 1
    if sdoc[j].lower_ not in SEAT_PREPS or not (span.root.dep_.startswith("obl") or span.root.dep_ == "nmod"):
        return m  # the institution acting ("l'Assemblée nationale a voté")
    if j > 0 and sdoc[j - 1].lemma_.lower() in MEMBERSHIP_NOUNS:
        return m  # "50 sièges à l'Assemblée", "la majorité au Sénat": who sits there, not where
    if span.root.dep_ == "nmod" and seated(span.root.head):
        return m  # "le groupe La France insoumise à l'Assemblée", "les élus RN au Sénat"
    return replace(m, label="LOC")


NICKNAMES = frozenset({"hexagone"})
"""Folded common nouns news call a country by ("l'Hexagone"): the event is in France."""


def as_country(m: Mention) -> Mention:
    """A place mention of a country by its nickname ("dans l'Hexagone") named by the country's
    French name ("France"); else ``m``."""
    if m.label not in PLACE_LABELS or fold_place(m.text) not in NICKNAMES:
        return m
    geo = place_of(m.text)
    return replace(m, name=country_name(geo)) if geo is not None and geo.type == "country" else m


ACROSS = {
    "atlantique": "États-Unis",
    "manche": "Royaume-Uni",
    "rhin": "Allemagne",
    "quiévrain": "Belgique",
    "alpes": "Italie",
    "pyrénées": "Espagne",
}
"""What lies across a sea, river or range, as French news say "outre-X" ("inquiète outre-Atlantique":
in the United States, "outre-Manche": in Britain): the country there, not the sea."""


def as_across(sdoc: Doc, m: Mention) -> Mention:
    """A place mention said "outre-X" ("outre-Atlantique", "outre-Rhin") named by the country across
    it; else ``m``."""
    if m.label not in PLACE_LABELS:
        return m
    before = doc_text(sdoc)[max(0, m.start - 6) : m.start].lower()
    name = m.text.lower()
    if name.startswith("outre-"):
        name = name[len("outre-") :]
    elif before != "outre-":
        return m
    country = ACROSS.get(name)
    return replace(m, name=country) if country is not None else m


def named_ref(name: str) -> PlaceRef:
    """The place of a name, named as the text names it, with the article that belongs to a town's
    name and that mentions leave out ("Rochelle" is La Rochelle, "Havre" Le Havre)."""
    geo = place_of(name)
    if geo is None:
        return PlaceRef(f"place-{slug(name)}", name)
    whole = geo.type == "city" and geo.name != name and ARTICLES.sub("", geo.name) == name
    return PlaceRef(geo.id, geo.name if whole else name)


@lru_cache(maxsize=1)
def town_demonyms() -> dict[str, str]:
    """Adjective or noun of a town's or region's people ("parisien", "marseillaises") -> the place
    (``town_demonyms.tsv``)."""
    out: dict[str, str] = {}
    for place, forms in lexicons.rows("town_demonyms.tsv", 2):
        out.update({f.strip(): place for f in forms.split(";") if f.strip()})
    return out


SETTING_NOUNS = frozenset({"commune", "ville", "village", "région", "campagne", "côte", "littoral", "port"})
"""Nouns of a setting whose demonym says where the sentence's events are ("dans cette commune
normande", "sur la côte basque")."""

TEAM_KINDS = frozenset({"sport_result", "sport_competition"})
"""Kinds whose actors' demonym names a club, not where the match was played ("le club
parisien s'est imposé à Lyon")."""


def demonym_place(token: Token, agents: list[Token], kind: str, regions: bool = True) -> PlaceRef | None:
    """The town or region whose people the event's trigger or agent is said of ("un boulanger
    parisien a augmenté ses prix", "les Marseillais ont manifesté", "la grève marseillaise"), or that
    an adjective of its sentence names ("dans cette commune normande, le feu d'artifice est annulé",
    "la grève dans les transports parisiens", "les prix flambent dans les stations marseillaises"):
    the event happens there when nothing else places it, before the town a report's dateline or
    brackets say elsewhere; not a sport club's ("le club parisien"). Without ``regions``, a town's
    people only: a region's ("les épinettes bretonnes") says less than the town a report was filmed
    in, which lies in it."""
    if kind in TEAM_KINDS:
        return None
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    settings = [t for t in token.sent if t.lemma_.lower() in SETTING_NOUNS]  # "cette commune normande"
    words = [token, *(c for c in token.children if c.dep_ == "amod")]
    for agent in [*agents, *subjects, *settings]:
        words += [agent, *(c for c in agent.children if c.dep_ == "amod")]
    words += [t for t in token.sent if t.pos_ == "ADJ"]  # "dans les transports en commun parisiens"
    for w in words:
        place = town_demonyms().get(w.lower_)
        if place is not None and (regions or (geo := place_of(place)) is None or geo.type == "city"):
            return named_ref(place)
    return None


def national_fallback(token: Token, kind: str) -> PlaceRef | None:
    """France, for an event nothing places in a report set wholly there (``event_place_national``);
    not a match's (a club's country is no place of its game)."""
    return None if kind in TEAM_KINDS else national_place(token, kind)


BALLOT_KINDS = frozenset({"election", "win_election", "campaign_rally", "candidacy"})
"""Kinds of events of the voters and the campaign: never held in an institution's seat, though
their report says what the winners will weigh there ("peser à l'Assemblée nationale")."""


def unseated(place: PlaceRef | None, kind: str, sentence: str) -> PlaceRef | None:
    """``place``, unless it is a seat (``seats.txt``) that another sentence or the report's opening
    would lend to an election or a campaign (one the event's own ``sentence`` names stays: "la
    campagne s'invite au Parlement européen")."""
    if place is not None and kind in BALLOT_KINDS and fold_place(place.name) in seats():
        if place.name in sentence:
            return place
        return None
    return place


EXILE_KINDS = frozenset({"flee"})
"""Kinds of events whose people's nationality names the country they leave ("des réfugiés
ukrainiens ont fui la guerre", "des milliers d'Afghans fuient leur pays")."""


def fled_country(token: Token, agents: list[Token], kind: str) -> PlaceRef | None:
    """The country the people who flee belong to, said by a demonym of the agent or subject (as an
    adjective, "les réfugiés syriens", or a noun, "trois millions d'Ukrainiens"): where the flight
    starts, which the report's town, often the one that takes them in, is not."""
    if kind not in EXILE_KINDS:
        return None
    people = [*agents, *(c for c in token.children if c.dep_ in {"nsubj", "nsubj:pass"})]
    if token.dep_ == "acl:relcl":  # "des réfugiés ukrainiens qui ont fui"
        people.append(token.head)
    for person in people:  # "les réfugiés syriens", "des milliers de réfugiés syriens"
        heads = [person, *(c for c in person.children if c.dep_ == "nmod")]
        for w in [*heads, *(c for h in heads for c in h.children if c.dep_ == "amod")]:
            country = demonym_country(w.lower_)
            if country is not None:
                return named_ref(country)
    return None
