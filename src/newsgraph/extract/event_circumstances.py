"""Circumstances of an event: where it happened (a place mention introduced by a preposition of
``ontology/lexicons/place_prepositions.txt``) and when (a time expression of its own clause)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.context import Mention, doc_text
from newsgraph.extract.event_agent_genitive import acting_capital
from newsgraph.extract.event_amounts import PLACE_NOUNS
from newsgraph.extract.event_cache import last_token
from newsgraph.extract.event_date_bounds import in_until_phrase, until_bound
from newsgraph.extract.event_dates import announcement_time, modal_circumstances, purpose_circumstances
from newsgraph.extract.event_parse import PLACE_LABELS, MentionIndex, lemma
from newsgraph.extract.event_place_classed import classed_places
from newsgraph.extract.event_place_in_names import in_body_name
from newsgraph.extract.event_place_lead import opening as lead_sentences
from newsgraph.extract.event_place_names import SEAT_PREPS, named_ref, seats
from newsgraph.extract.event_place_narrow import narrowed as narrowed  # re-exported: events.py's
from newsgraph.extract.event_place_nearby import comma_owner, landmark_of, owner_mention, said_where
from newsgraph.extract.event_place_report import town_of_region
from newsgraph.extract.event_place_sides import (
    bracket_owner,
    no_place_word,
    said_as_doer,
    said_as_side,
    thing_name,
    under_war,
)
from newsgraph.extract.event_place_words import (
    DE_CASES,
    IN_PREPS,
    compared,
    heading,
    in_longer_name,
    is_introduced,
    is_located,
    is_source,
    named_with_class,
    no_name,
    stands_for_place,
)
from newsgraph.extract.event_scenes import (
    acts_as_state,
    anaphor_place,
    is_scene,
    relative_where,
    scene_sentence,
)
from newsgraph.extract.event_triggers import match_trigger
from newsgraph.geo import geocode, government_of, locality, place_of
from newsgraph.model import PlaceRef, TimeMention, TimeValue
from newsgraph.names import fold_place


def location(
    token: Token,
    scope: list[Token],
    used: list[Token],
    agents: list[Token],
    targets: list[Token],
    mentions: MentionIndex,
    sides: bool = True,
    war: bool = True,
) -> PlaceRef | None:
    """The place a trigger happened at: a place mention introduced by a preposition; with
    ``sides``, not one said as a side ("des sanctions contre Moscou"), which an assault's "contre
    X" is not ("une offensive contre Kharkiv"); without ``war``, not a war's place ("la hausse des
    prix, conséquence de la guerre en Ukraine")."""
    used_mentions = {id(mentions.get(t)) for t in used if mentions.get(t) is not None}
    # "les délégués de Washington se réunissent": Washington is where they come from; but "le
    # retrait des forces de Lyman": Lyman is where they leave.
    in_agent = {x.i for t in agents for x in t.subtree}
    if token.pos_ in {"NOUN", "PROPN"}:  # "le recul des troupes de Moscou": whose, not where
        in_agent = {
            i for i in in_agent if (m := mentions.by_token.get(i)) is not None and government_of(m.name)
        }
    agent_mentions = {id(mentions.get(t)) for t in agents if mentions.get(t) is not None}
    target_mentions = {id(mentions.get(t)) for t in targets if mentions.get(t) is not None}
    candidates = []
    inside = {t.i for t in scope}
    found = [*mentions.places(scope, inner=True), *unlabelled_places(scope, mentions)]
    found += [(t, m) for t, m in classed_places(scope, mentions) if all(t.i != x.i for x, _ in found)]
    owners = {q.i: x for x, xm in found if (q := qualifier_of(x, xm, mentions, located=False)) is not None}
    owners |= {q.i: x for x, xm in found if (q := landmark_of(x, xm, mentions)) is not None}  # "X, près de Y"
    qualifiers = set(owners) | {x.i for x, xm in found if town_of(x, xm, mentions) is not None}
    owned = {x.i for x in owners.values()}  # "comme Béziers (Hérault)": said with where it lies, a place
    for t, m in found:
        if is_source(t) or no_name(t, m) or in_longer_name(t, m, mentions) or no_place_word(m) or compared(t):
            continue  # "selon Kiev": who says, not where; "vis-à-vis de l'État": no place's name
        if heading(t, m):
            continue  # "le feu progresse vers le Sud": a direction, not where
        owner = owners.get(t.i) or bracket_owner(t)
        if any(in_other_phrase(x, token, inside, mentions) for x in (t, *([owner] if owner else []))):
            continue  # "le procès de l'attentat de Nice (Alpes-Maritimes) s'est ouvert": the attack's
        if (
            id(m) in agent_mentions
            or (t.i in in_agent and id(m) not in used_mentions)
            or acting_capital(t, mentions)  # "la contre-offensive de Kiev": Ukraine acts, not where
            or in_body_name(t, m)  # "l'équipe de France", "La France insoumise": a name's place word
        ):
            continue
        if (sides and said_as_side(t)) or (not war and under_war(t)) or said_as_doer(t, m):
            continue  # "des sanctions contre Moscou", "face aux Irlandais de Leinster": a side
        distance = abs(t.i - token.i) + (0 if t.i > token.i else 5)
        if owner is None and (id(m) in target_mentions or acted_on(t, token)):
            # "a bombardé Kharkiv", "Kiev (Ukraine) a été bombardée": the place acted on is where it
            # happened, a city or region before its country
            candidates.append((-1 if is_settlement(m) else 0, distance, m))
        elif (is_introduced(t) or owner is not None or t.i in owned) and id(m) not in used_mentions:
            # "à Armentières, dans le Nord", "à Conty (Somme)": the town, not where it lies
            candidates.append((1 if t.i in qualifiers or owner is not None else 0, distance, m))
    if not candidates:
        return None
    m = min(candidates, key=lambda c: c[:2])[2]
    return place_ref(m)


def place_ref(m: Mention) -> PlaceRef:
    """The place of a mention, see ``named_ref``."""
    return named_ref(m.name)


def acted_on(t: Token, token: Token) -> bool:
    """A place that is the passive subject of a verb trigger ("Kharkiv a été bombardée")."""
    return token.pos_ in {"VERB", "AUX"} and t.head.i == token.i and t.dep_ == "nsubj:pass"


def is_settlement(m: Mention) -> bool:
    geo = place_of(m.name)
    return geo is not None and geo.type in {"city", "region"}


def in_other_phrase(t: Token, token: Token, inside: set[int], mentions: MentionIndex) -> bool:
    """Whether ``t`` hangs on ``token`` through another trigger noun of the clause."""
    node = t
    while node.i != token.i and node.i in inside and node.head.i != node.i:
        node = node.head
        if node.i != token.i and node.pos_ in {"NOUN", "PROPN"} and match_trigger(node, mentions):
            return True
    return False


def under_other_trigger(t: Token, token: Token, mentions: MentionIndex) -> bool:
    """Whether ``t`` hangs, in its sentence, on a trigger noun other than ``token`` ("le procès de
    l'attentat de Nice": Nice is the attack's)."""
    node = t
    while node.head.i != node.i:
        node = node.head
        if node.i == token.i:
            return False
        if node.pos_ in {"NOUN", "PROPN"} and match_trigger(node, mentions):
            return True
    return False


def fallback_place(
    sent: Span, sdoc: Doc, mentions: MentionIndex, token: Token | None = None, war: bool = True
) -> PlaceRef | None:
    """Where an event with no place of its own happened: the place a clause in "où" follows, else a
    place the sentence names, else the scene the nearest earlier sentence past the opening set ("À
    Chauny, ... La production a été réduite"), else one the report's opening sentences name (a TV
    report's summary and dateline), the first that does. A town wins over a region, a region over
    a country ("En Ukraine, après la libération de la ville, Kherson..."),
    an introduced place ("à Oslo", "en Charente") over a bare one, the nearest over the farther; a
    capital that is the subject of a verb acts as its state ("Moscou a annoncé") and is no place. A
    place said with where it lies ("Conty (Somme)", "Bellignat, dans l'Ain", "le village de X, en
    Ukraine") is that town, not its department or country, even when the gazetteer does not know it.
    Without ``war``, a war's place ("la guerre en Ukraine") is no place for the event (a price's
    rise, an election)."""
    if token is not None and (where := relative_where(token, mentions)) is not None:
        return place_ref(where)  # "vers Saumos, où des habitants ont été évacués": Saumos
    if token is not None and (taken := anaphor_place(token, sent, sdoc, mentions)) is not None:
        return place_ref(taken)  # "Les Russes bombardent Irpin. Les civils fuient la ville": Irpin
    opening = lead_sentences(sdoc)  # the dateline, else the report's opening (pieces cut at hyphens joined)
    before = scene_sentence(sent, sdoc, mentions)
    for span in (sent, *([before] if before is not None else []), *opening):
        ranked = []
        found, qualifiers = sentence_places(span, mentions)
        qualified = set(qualifiers.values())
        for t, m in found:
            introduced, dropped, o = said_of_place(t, m, mentions, war)
            if span is before and not is_scene(t, span):
                continue  # an earlier sentence lends only the scene it sets: "À X, ...", "en X"
            if dropped or acting_capital(t, mentions) or in_body_name(t, m):  # "contre-offensive de Kiev"
                continue
            if o is not None and (om := mentions.get(o)) is not None and acts_as_state(o, om):
                continue  # "Moscou (Russie) a bombardé": the bracket places the state that acts
            if o is not None and not is_place(mentions.get(o)):
                # "un magasin Emmaüs d'Escalquens (Haute-Garonne)": the town inside another name,
                # not its department; none when in another event's phrase ("l'attentat de Nice")
                if token is None or under_other_trigger(o, token, mentions):
                    continue
                if (owned := town_mention(o) or owner_mention(o, mentions)) is None:
                    continue  # "de Pierrefeu, dans le Var" (tagged PER): Pierrefeu
                t, m = o, owned
            said = stands_for_place(t, m, token) or m.label == "PLACE"
            if not said or in_longer_name(t, m, mentions) or no_place_word(m):
                continue
            geo = place_of(m.name)
            # a town: one the gazetteer knows, one said with where it lies, or a name it does not
            # know said as a place ("vers Saumos"): the gazetteer knows every country and region
            town = t.i in qualified or (t.i not in qualifiers and (geo is None or geo.type == "city"))
            settlement = town or (t.i not in qualifiers and geo is not None and geo.type == "region")
            distance = abs(t.i - token.i) if token is not None and span is sent else t.i
            ranked.append((not settlement, not introduced, not town, distance, m, t))
        if ranked:
            *_, m, t = min(ranked, key=lambda r: r[:4])
            # "dans l'Aveyron" in the opening, "le maire de Rivière-sur-Tarn (Aveyron)": the town
            return place_ref(town_of_region(t, m, span is sent, token, sdoc, mentions) or m)
    return None


def said_of_place(t: Token, m: Mention, mentions: MentionIndex, war: bool) -> tuple[bool, bool, Token | None]:
    """What ``fallback_place`` reads of a place whatever the event, once per place (every event of
    a report looks at its opening): whether it is introduced ("la ville de X", "l'île de X"),
    whether it is dropped (a capital acting as its state; a side, "les pourparlers avec Kiev"; a war's
    place without ``war``; a comparison, "face aux Irlandais de Leinster": who, not where), and
    the name whose brackets it is in."""
    key = ("said", t.i, m.start, m.end, war)
    if key not in mentions.memo:
        introduced = is_introduced(t) or named_with_class(t)
        dropped = (not introduced and acts_as_state(t, m)) or said_as_side(t) or (not war and under_war(t))
        dropped = dropped or said_as_doer(t, m)  # "maintenus en vigilance par Météo-France": who
        owner = bracket_owner(t) or comma_owner(t)
        mentions.memo[key] = (introduced, dropped or compared(t) or heading(t, m), owner)
    said: tuple[bool, bool, Token | None] = mentions.memo[key]
    return said


def sentence_places(span: Span, mentions: MentionIndex) -> tuple[list[tuple[Token, Mention]], dict[int, int]]:
    """The places of a sentence (inner ones too) and which of them says where another lies (by
    token index), found once per sentence: every event of the report looks at its opening."""
    key = ("places", span.start, span.end)
    if key not in mentions.memo:
        found = list(mentions.places(span, inner=True))
        found += classed_places(span, mentions)  # "Nous arrivons à Mykolaïev" (tagged PER): "la ville de X"
        qualifiers = {
            q.i: x.i
            for x, xm in found
            if (q := qualifier_of(x, xm, mentions, located=False) or landmark_of(x, xm, mentions)) is not None
        }
        mentions.memo[key] = (found, qualifiers)
    cached: tuple[list[tuple[Token, Mention]], dict[int, int]] = mentions.memo[key]
    return cached


QUALIFIER_WORDS = {"en", "dans", "au", "aux", "le", "la", "l'", "l’", "les"}


def qualifier_of(t: Token, m: Mention, mentions: MentionIndex, located: bool = True) -> Token | None:
    """The place token ``t`` says where it lies: a region or country named in brackets right after
    it ("Conty (Somme)", "Cardiff (Royaume-Uni)") or after a comma and "en"/"dans" ("Bellignat, dans
    l'Ain", "le village de Myronivka, en Ukraine"), when the place is said as where ("à", "dans le
    centre de"), not whose ("une association d'Yvetot (Seine-Maritime)"), unless ``located`` is
    False (the department then only says where the town lies: "un magasin d'Escalquens
    (Haute-Garonne)"); else None."""
    if located and not is_located(t):
        return None
    doc = t.doc
    end = last_token(t, m.end)
    if end + 2 >= len(doc):
        return None
    nxt = doc[end + 1]
    if nxt.text == "(":
        q = doc[end + 2]
    elif nxt.text == "," and doc[end + 2].lower_ in IN_PREPS:
        j = end + 2
        while j < len(doc) - 1 and doc[j].lower_ in QUALIFIER_WORDS:
            j += 1
        q = doc[j]
    else:
        return None
    qm = mentions.by_token.get(q.i)
    if qm is None or qm.label not in PLACE_LABELS or qm is m:
        return None
    geo = place_of(qm.name)
    return q if geo is not None and geo.type in {"region", "country"} else None


def town_of(t: Token, m: Mention, mentions: MentionIndex) -> Token | None:
    """The town a place the gazetteer does not know is said to be in, right after it ("le quartier
    de la Busserine à Marseille", "la place Bellecour, à Lyon", or a name the NER cut before its
    town, "le Parc des expositions de | La Teste-de-Buch"): the town is where the event is."""
    if place_of(m.name) is not None:
        return None
    doc = t.doc
    j = last_token(t, m.end) + 1
    if m.name.split()[-1].lower() in DE_CASES:
        pass  # a name the NER cut ("le Parc des expositions de | La Teste-de-Buch")
    else:
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j + 1 >= len(doc) or doc[j].lower_ != "à":
            return None
        j += 1
    while j < len(doc) - 1 and doc[j].lower_ in QUALIFIER_WORDS and mentions.by_token.get(j) is None:
        j += 1
    qm = mentions.by_token.get(j) if j < len(doc) else None
    if qm is None or qm.label not in PLACE_LABELS or qm is m:
        return None
    geo = place_of(qm.name)
    return doc[j] if geo is not None and geo.type == "city" else None


def unlabelled_places(scope: list[Token], mentions: MentionIndex) -> list[tuple[Token, Mention]]:
    """Proper nouns after a place preposition that the NER labelled otherwise but that geocode
    ("de la ville d'Izioum" tagged PER) or that a place noun introduces ("la région de Koursk"), and
    unlabelled ones that name a small town ("l'incendie de Landiras") or the seat of an institution
    said as where ("auditionné au Sénat", ``seats.txt``)."""
    out = []
    for t in scope:
        m = mentions.get(t)
        if (
            m is None
            and t.pos_ == "PROPN"
            and t.doc[t.i - 1].lower_ in SEAT_PREPS
            and fold_place(t.text) in seats()
        ):
            out.append((t, Mention(t.idx, t.idx + len(t.text), t.text, "LOC", t.lower_, t.text)))
            continue
        if t.pos_ == "PROPN" and (m is None or m.label not in PLACE_LABELS | {"ORG"}) and is_introduced(t):
            named_place = t.dep_ in {"nmod", "appos"} and lemma(t.head) in PLACE_NOUNS
            if thing_name(t, PLACE_NOUNS):
                continue  # "la fusée Artemis": a thing's name
            own = m or Mention(t.idx, t.idx + len(t.text), t.text, "LOC", t.lower_, t.text)
            if (m is None or m.start == t.idx) and (
                named_place
                or geocode(m.name if m else t.text) is not None
                or (m is None and unnamed(t) and locality(t.text) is not None)
                or said_where(t, own, mentions, qualifier_of(t, own, mentions, located=False) is not None)
            ):  # a town too small for the gazetteer, only where the NER saw no person's name
                out.append((t, own))
    return out


def unnamed(t: Token) -> bool:
    """A token the NER gave no name of its own: outside any entity, or inside a longer MISC one
    that starts before it ("l'incendie de Lacanau" tagged MISC as a whole)."""
    return t.ent_type_ == "" or (t.ent_type_ == "MISC" and t.ent_iob_ == "I")


def event_date(
    token: Token, scope: list[Token], times: list[TimeMention], mentions: MentionIndex
) -> TimeValue | None:
    """A time expression inside the trigger's clause and not inside another trigger's phrase
    ("les combats depuis l'invasion du 24 février": the date is the invasion's), else None."""
    scope = [*scope, *modal_circumstances(token), *purpose_circumstances(token)]
    by_start = {t.idx: t for t in scope}
    inside = {t.i for t in scope}
    # a time expression can be read only where it overlaps the scope or the trigger's sentence (the
    # three tests below): the others of the report are passed over without a walk of the sentence
    sent = token.sent
    lo = min([sent.start_char, *(t.idx for t in scope)])
    hi = max([sent.end_char, *(t.idx + len(t.text) for t in scope)])
    for tm in times:
        if tm.start >= hi or tm.end < lo:
            continue
        t = (
            by_start.get(tm.start)
            or next((x for x in scope if x.idx <= tm.start < x.idx + len(x.text)), None)
            or time_as_clause(tm, token, inside)
        )
        if (
            t is None
            or not tm.value[:1].isdigit()  # "XXXX-WXX-5", "P1D" ("une journée de grève"): no date
            or until_bound(doc_text(token.doc), tm)
            or in_until_phrase(t)
            or announcement_time(token, tm)  # "annoncent ce soir une grève": the announcement's
        ):
            continue  # "deux jours plus tard" with nothing to count from, "jusqu'à lundi": no date
        path, node = [], t
        while node.i != token.i and node.i in inside and node.head.i != node.i:
            node = node.head
            path.append(node)
        if any(n.i != token.i and n.pos_ in {"NOUN", "PROPN"} and match_trigger(n, mentions) for n in path):
            continue
        return TimeValue(tm.value, tm.precision)
    return None


def time_as_clause(tm: TimeMention, token: Token, inside: set[int]) -> Token | None:
    """A time expression the parser hung on the clause as a clause of its own: "Il y a un mois,
    il a été agressé" ("a" read as a verb), "après avoir remporté l'élection, dimanche 24 avril"
    (the date read as a participle's clause on the object): the word of the clause it hangs on,
    when the whole expression is that dependent clause (nothing else said in it)."""
    doc = token.doc
    first = next((x for x in doc[max(0, token.sent.start) : token.sent.end] if x.idx >= tm.start), None)
    if first is None or first.idx >= tm.end:
        return None
    root = first
    while root.head.i != root.i and tm.start <= root.head.idx < tm.end:
        root = root.head
    if root.dep_ not in CLAUSE_LIKE or root.head.i not in inside:
        return None
    after = next((x for x in doc[root.i :] if x.idx >= tm.end), None)
    cut = after.i if after is not None and after.text == "," else len(doc)  # "Il y a un mois, Théo, 18 ans,"
    words = [x for x in root.subtree if not x.is_punct and x.i < cut]
    if any(not tm.start <= x.idx < tm.end for x in words):
        return None  # the clause says more than the time: "il y a un mois que les prix montent"
    return root.head


CLAUSE_LIKE = frozenset({"acl", "advcl", "appos", "dep", "parataxis"})
"""Dependencies by which the parser hangs a bare time expression as a clause of its own."""


def is_place(m: Mention | None) -> bool:
    return m is not None and m.label in PLACE_LABELS


def town_mention(t: Token) -> Mention | None:
    """A mention of the town one word names ("Escalquens"), when a gazetteer knows it as a town."""
    geo = geocode(t.text)
    if (geo is None or geo.type != "city") and locality(t.text) is None:
        return None
    return Mention(t.idx, t.idx + len(t.text), t.text, "LOC", t.lower_, t.text)
