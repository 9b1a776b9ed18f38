"""Circumstances of an event: where it happened (a place mention introduced by a preposition of
``ontology/lexicons/place_prepositions.txt``) and when (a time expression of its own clause)."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span, Token

from newsgraph import lexicons
from newsgraph.extract.context import Mention
from newsgraph.extract.event_amounts import PLACE_NOUNS
from newsgraph.extract.event_parse import PLACE_LABELS, MentionIndex, lemma
from newsgraph.extract.event_triggers import match_trigger
from newsgraph.geo import geocode, government_of, locality, place_of, slug
from newsgraph.model import PlaceRef, TimeMention, TimeValue

LOCATION_PREPS = lexicons.words("place_prepositions.txt")
LEAD_SENTENCES = 3
"""How far into a report its lead place is looked for: the summary and the first lines."""
PARTNER_PREPS = {"avec", "contre", "entre"}


def location(
    token: Token,
    scope: list[Token],
    used: list[Token],
    agents: list[Token],
    targets: list[Token],
    mentions: MentionIndex,
) -> PlaceRef | None:
    """The place a trigger happened at: a place mention introduced by a preposition."""
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
    qualifiers = {q.i for x, xm in found if (q := qualifier_of(x, xm, mentions)) is not None}
    qualifiers |= {x.i for x, xm in found if town_of(x, xm, mentions) is not None}
    for t, m in found:
        if is_source(t) or no_name(t, m) or in_longer_name(t, m, mentions):
            continue  # "selon Kiev": who says, not where; "vis-à-vis de l'État": no place's name
        if in_other_phrase(t, token, inside, mentions):
            continue  # "le procès de l'attentat de Nice s'est ouvert à Paris": Nice is the attack's
        if id(m) in agent_mentions or (t.i in in_agent and id(m) not in used_mentions):
            continue
        distance = abs(t.i - token.i) + (0 if t.i > token.i else 5)
        if id(m) in target_mentions or acted_on(t, token):
            # "a bombardé Kharkiv", "Kiev (Ukraine) a été bombardée": the place acted on is where it
            # happened, a city or region before its country
            candidates.append((-1 if is_settlement(m) else 0, distance, m))
        elif is_introduced(t) and id(m) not in used_mentions:
            # "à Armentières, dans le Nord", "à Conty (Somme)": the town, not where it lies
            candidates.append((1 if t.i in qualifiers else 0, distance, m))
    if not candidates:
        return None
    m = min(candidates, key=lambda c: c[:2])[2]
    return place_ref(m)


def place_ref(m: Mention) -> PlaceRef:
    geo = place_of(m.name)
    return PlaceRef(geo.id if geo else f"place-{slug(m.name)}", m.name)


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


def fallback_place(
    sent: Span, sdoc: Doc, mentions: MentionIndex, token: Token | None = None
) -> PlaceRef | None:
    """Where an event with no place of its own happened: the place a clause in "où" follows, else a
    place the sentence names, else the scene the nearest earlier sentence past the opening set ("À
    Chauny, ... La production a été réduite"), else one the report's opening sentences name (a TV
    report's summary and dateline), the first that does. A town wins over a region, a region over
    a country ("En Ukraine, après la libération de la ville, Kherson..."),
    an introduced place ("à Oslo", "en Charente") over a bare one, the nearest over the farther; a
    capital that is the subject of a verb acts as its state ("Moscou a annoncé") and is no place. A
    place said with where it lies ("Conty (Somme)", "Bellignat, dans l'Ain", "le village de X, en
    Ukraine") is that town, not its department or country, even when the gazetteer does not know it."""
    if token is not None and (where := relative_where(token, mentions)) is not None:
        return place_ref(where)  # "vers Saumos, où des habitants ont été évacués": Saumos
    opening = sentences(sdoc)[:LEAD_SENTENCES]  # the dateline, else the report's opening
    before = scene_sentence(sent, sdoc, mentions)
    for span in (sent, *([before] if before is not None else []), *opening):
        ranked = []
        found = list(mentions.places(span, inner=True))
        qualifiers = {q.i: x.i for x, xm in found if (q := qualifier_of(x, xm, mentions)) is not None}
        qualified = set(qualifiers.values())
        for t, m in found:
            introduced = is_introduced(t)
            if span is before and not is_scene(t, span):
                continue  # an earlier sentence lends only the scene it sets: "À X, ...", "en X"
            if not introduced and acts_as_state(t, m):
                continue
            if any(c.dep_ == "case" and c.lower_ in PARTNER_PREPS for c in t.children):
                continue  # "les pourparlers avec Kiev", "la guerre contre l'Ukraine": who, not where
            if not stands_for_place(t, m, token) or in_longer_name(t, m, mentions):
                continue
            geo = place_of(m.name)
            # a town: one the gazetteer knows, one said with where it lies, or a name it does not
            # know said as a place ("vers Saumos"): the gazetteer knows every country and region
            town = t.i in qualified or (t.i not in qualifiers and (geo is None or geo.type == "city"))
            settlement = town or (t.i not in qualifiers and geo is not None and geo.type == "region")
            distance = abs(t.i - token.i) if token is not None and span is sent else t.i
            ranked.append((not settlement, not introduced, not town, distance, m))
        if ranked:
            return place_ref(min(ranked, key=lambda r: r[:4])[4])
    return None


SCENE_SENTENCES = 4
"""How far back a sentence with no place of its own looks for the scene an earlier one set."""
TIME_NOUNS = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche matin soir nuit midi après-midi journée"
    " semaine week-end".split()
)
"""Nouns of time a place may follow and still hang on the verb ("ont manifesté samedi à Lyon")."""
REPORTER_WORDS = frozenset({"duplex", "direct", "envoyé", "envoyée", "correspondant", "correspondante"})
"""Words of a report's own crew: "en duplex de X", "envoyée spéciale à X" say where the crew is."""


def sentences(sdoc: Doc) -> list[Span]:
    """The document's sentences, listed once per document."""
    found = sdoc.user_data.get("newsgraph_sents")
    if found is None:
        found = sdoc.user_data["newsgraph_sents"] = list(sdoc.sents)
    return found  # type: ignore[no-any-return]


def acts_as_state(t: Token, m: Mention) -> bool:
    """A capital or country that is the subject of a verb acts as its state ("Moscou a annoncé");
    the subject of a state said with "être" is the place it is about ("La Turquie est en deuil",
    "l'Ukraine est sous le choc")."""
    if t.dep_ not in {"nsubj", "nsubj:pass"} or government_of(m.name) is None:
        return False
    head = t.head
    if head.pos_ in {"NOUN", "ADJ", "PROPN"}:  # "est en deuil", "est sous le choc"
        return not any(c.pos_ == "AUX" and c.lemma_ == "être" for c in head.children)
    return True


def scene_sentence(sent: Span, sdoc: Doc, mentions: MentionIndex) -> Span | None:
    """The nearest of the few sentences before ``sent``, past the report's opening, that sets a
    scene ("À Chauny (Aisne), l'entreprise ... La production a été réduite": Chauny): a place said
    as where ("à", "en", "dans"), not a source, not the crew's ("en duplex de X"); else None. A TV
    report moves from scene to scene, and a sentence with no place is in the last one set."""
    sents = sentences(sdoc)
    i = next((k for k, x in enumerate(sents) if x.start == sent.start), None)
    if i is None or i <= LEAD_SENTENCES:
        return None
    for span in reversed(sents[max(LEAD_SENTENCES, i - SCENE_SENTENCES) : i]):
        for t, m in mentions.places(span, inner=True):
            if is_scene(t, span) and stands_for_place(t, m, None) and not in_longer_name(t, m, mentions):
                return span
    return None


def is_scene(t: Token, span: Span) -> bool:
    """A place that sets the scene of its sentence: said as where ("à", "en", "dans"), opening it
    ("À Chauny, ...") or hanging on its main verb ("des camions sont ravitaillés à Gravenchon"),
    not on a clause within ("un drapeau signé par les soldats qui se battent à Bakhmout"), and not
    where the report's crew stands ("en duplex du Temple")."""
    if not is_located(t) or is_reporters(t):
        return False
    if t.i - span.start <= 2:
        return True
    # "juste avant la guerre en Ukraine": the place of a noun, whatever the parser hangs it on
    doc = t.doc
    prep = next((k for k in (t.i - 1, t.i - 2) if k >= span.start and doc[k].lower_ in IN_PREPS), None)
    before = doc[prep - 1] if prep is not None and prep > span.start else None
    after_noun = before is not None and before.pos_ == "NOUN" and before.lower_ not in TIME_NOUNS
    return t.head.i == span.root.i and not after_noun


def is_reporters(t: Token) -> bool:
    """A place that says where the report's crew is ("en duplex du Temple", "envoyée spéciale à
    Zaporijia", "en direct de Kiev"), not where an event happened."""
    node, steps = t, 0
    while node.head.i != node.i and steps < 2:
        node, steps = node.head, steps + 1
        if node.lower_ in REPORTER_WORDS:
            return True
    return any(c.lower_ in REPORTER_WORDS for c in t.children)


def relative_where(token: Token, mentions: MentionIndex) -> Mention | None:
    """The place a clause in "où" follows ("vers Saumos, où des habitants ont été évacués", "en
    Inde, où les habitants ont fêté"): the event of the clause is there. Read on the surface, as
    the parser hangs such clauses on the main verb as often as on the place."""
    node = token
    for _ in range(3):
        if node.pos_ in {"VERB", "AUX"}:
            break
        if node.head.i == node.i:
            return None
        node = node.head
    where = next((c for c in node.children if c.lower_ == "où" and c.i < node.i), None)
    if where is None or where.i < 2:
        return None
    prev = where.doc[where.i - 1]
    if prev.text == ",":
        prev = where.doc[where.i - 2]
    m = mentions.get(prev)
    if m is None or m.label not in PLACE_LABELS:
        return None
    first = next((x for x in prev.doc[max(0, prev.i - 6) : prev.i + 1] if mentions.get(x) is m), prev)
    return m if said_as_place(first, m) and not is_source(first) else None


QUALIFIER_WORDS = {"en", "dans", "au", "aux", "le", "la", "l'", "l’", "les"}


def qualifier_of(t: Token, m: Mention, mentions: MentionIndex) -> Token | None:
    """The place token ``t`` says where it lies: a region or country named in brackets right after
    it ("Conty (Somme)", "Cardiff (Royaume-Uni)") or after a comma and "en"/"dans" ("Bellignat, dans
    l'Ain", "le village de Myronivka, en Ukraine"), when the place is said as where ("à", "dans le
    centre de"), not whose ("une association d'Yvetot (Seine-Maritime)"); else None."""
    if not is_located(t):
        return None
    doc = t.doc
    end = max(t.i, next((x.i for x in doc[t.i :] if x.idx + len(x.text) >= m.end), t.i))
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
    j = max(t.i, next((x.i for x in doc[t.i :] if x.idx + len(x.text) >= m.end), t.i)) + 1
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


SOURCE_CASES = {"selon", "après"}
"""Prepositions of a source ("selon Kiev", "d'après Moscou"): who says, never where."""


def is_source(t: Token) -> bool:
    """A place name that introduces who says ("selon Kiev", "d'après Moscou", "Pour Kiev, ...")."""
    cases = [c for c in t.children if c.dep_ in {"case", "fixed"}]
    cases += [g for c in cases for g in c.children if g.dep_ == "fixed"]
    if any(c.lower_ in SOURCE_CASES for c in cases):
        return True
    after = t.doc[t.right_edge.i + 1] if t.right_edge.i + 1 < len(t.doc) else None
    return (
        any(c.lower_ == "pour" for c in cases)
        and t.i - t.sent.start <= 2
        and after is not None
        and after.text == ","
    )


def stands_for_place(t: Token, m: Mention, token: Token | None) -> bool:
    """Whether a place mention outside the event's own phrase can be where it happened: not a
    source ("selon Kiev"), not the state that acts through the trigger's "de X" ("l'offensive de
    la Russie contre l'Ukraine"), and, when the gazetteer does not know the name, only a name said
    as where ("à X", "en X", "dans X"): the NER's place label alone is not enough ("la Nupes", "le
    budget de l'État")."""
    if is_source(t):
        return False
    if (
        token is not None
        and t.head.i == token.i
        and t.dep_ == "nmod"
        and any(c.dep_ == "case" and c.lower_ in {"de", "du", "des", "d'", "d’"} for c in t.children)
        and government_of(m.name) is not None
    ):
        return False
    return said_as_place(t, m)


DE_CASES = {"de", "du", "des", "d'", "d’"}


def no_name(t: Token, m: Mention) -> bool:
    """A place mention that is one capitalised common noun with its article, which the gazetteer
    does not know ("l'État", "la Nation"), so no place's name; not a name of nouns ("l'Île aux
    Serpents")."""
    span = t.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].pos_ != "NOUN":
        return False
    word = span[0].text  # a word, not a road's or a unit's code ("l'A7", "la RN7")
    # with its article, as common nouns are ("de l'État"), not a foreign village the tagger took
    # for a noun ("à Przewodow")
    article = any(c.dep_ == "det" and c.pos_ == "DET" for c in span[0].children)
    return article and word.isalpha() and word[1:].islower() and place_of(m.name) is None


def in_longer_name(t: Token, m: Mention, mentions: MentionIndex) -> bool:
    """A place word that begins a longer name the NER cut ("les gazoducs Nord | Stream", tagged
    LOC then MISC): the next word is capitalised, in a name of another kind, and no place."""
    doc = t.doc
    j = max(t.i, next((x.i for x in doc[t.i :] if x.idx + len(x.text) >= m.end), t.i)) + 1
    if j >= len(doc) or not doc[j].text[:1].isupper() or doc[j].ent_type_ not in {"MISC", "ORG"}:
        return False
    nm = mentions.by_token.get(j)
    return doc[j].ent_iob_ == "B" and (nm is None or nm.label not in PLACE_LABELS)


def said_as_place(t: Token, m: Mention) -> bool:
    """A place mention the gazetteer knows, or one the sentence says as a place: after "à", "en",
    "dans", "sur", ..., a "de X" of a place noun ("la commune de Bihucourt"), or a name holding a
    known place ("l'aéroport d'Orly"), a place acted on ("frappe la Provence", "la Dordogne a été
    touchée"), a place in brackets after another ("Mardyck (Nord)"), a place noun with its name ("le
    musée du Louvre"); not the subject of an active verb ("la Nupes affiche") nor the "de X" of any
    other noun ("le budget de l'État")."""
    if place_of(m.name) is not None:
        return True
    if no_name(t, m):
        return False
    if is_located(t):
        return True
    span = t.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is not None and any(x.text[:1].isupper() and geocode(x.text) for x in span[1:]):
        return True
    if t.i > 0 and t.doc[t.i - 1].text == "(":
        return True  # "Avranches (Manche)": the département or country of a place, as news write it
    if lemma(t) in PLACE_NOUNS and any(c.dep_ == "nmod" and c.pos_ == "PROPN" for c in t.children):
        return True  # the mention is a place noun and its name: "la forêt de Chiberta"
    if not is_introduced(t):
        # "la chaleur frappe la Provence", "la Bretagne a été touchée": the place acted on
        return t.dep_ in {"obj", "nsubj:pass"}
    cases = {c.lower_ for c in t.children if c.dep_ == "case"}
    if cases and cases <= DE_CASES and t.dep_ == "nmod":
        return lemma(t.head) in PLACE_NOUNS
    # "vis-à-vis de l'État", "face à l'Hexagone": a preposition of no place
    return not cases or bool(cases & LOCATION_PREPS)


def unlabelled_places(scope: list[Token], mentions: MentionIndex) -> list[tuple[Token, Mention]]:
    """Proper nouns after a place preposition that the NER labelled otherwise but that geocode
    ("de la ville d'Izioum" tagged PER) or that a place noun introduces ("la région de Koursk"), and
    unlabelled ones that name a small town ("l'incendie de Landiras")."""
    out = []
    for t in scope:
        m = mentions.get(t)
        if t.pos_ == "PROPN" and (m is None or m.label not in PLACE_LABELS | {"ORG"}) and is_introduced(t):
            named_place = t.dep_ in {"nmod", "appos"} and lemma(t.head) in PLACE_NOUNS
            if (m is None or m.start == t.idx) and (
                named_place
                or geocode(m.name if m else t.text) is not None
                or (m is None and unnamed(t) and locality(t.text) is not None)
            ):  # a town too small for the gazetteer, only where the NER saw no person's name
                out.append((t, m or Mention(t.idx, t.idx + len(t.text), t.text, "LOC", t.lower_, t.text)))
    return out


def unnamed(t: Token) -> bool:
    """A token the NER gave no name of its own: outside any entity, or inside a longer MISC one
    that starts before it ("l'incendie de Lacanau" tagged MISC as a whole)."""
    return t.ent_type_ == "" or (t.ent_type_ == "MISC" and t.ent_iob_ == "I")


def has_place_case(token: Token) -> bool:
    return any(c.dep_ in {"case", "fixed"} and c.lower_ in LOCATION_PREPS for c in token.children)


def is_introduced(t: Token) -> bool:
    """A place token after a preposition ("à Kherson", "de la ville de X", "dans la capitale, X")."""
    prev = t.doc[t.i - 1] if t.i > 0 else None
    if prev is not None and (
        prev.lower_ in LOCATION_PREPS
        or (prev.pos_ == "DET" and t.i > 1 and (t.doc[t.i - 2].lower_ in LOCATION_PREPS))
    ):
        return True
    if has_place_case(t):
        return True
    return t.dep_ in {"appos", "nmod", "flat:name"} and t.head.i != t.i and has_place_case(t.head)


def event_date(
    token: Token, scope: list[Token], times: list[TimeMention], mentions: MentionIndex
) -> TimeValue | None:
    """A time expression inside the trigger's clause and not inside another trigger's phrase
    ("les combats depuis l'invasion du 24 février": the date is the invasion's), else None."""
    by_start = {t.idx: t for t in scope}
    inside = {t.i for t in scope}
    for tm in times:
        t = by_start.get(tm.start) or next(
            (x for x in scope if x.idx <= tm.start < x.idx + len(x.text)), None
        )
        if t is None or tm.value.startswith("XXXX"):
            continue  # "deux jours plus tard" with nothing to count from dates nothing
        path, node = [], t
        while node.i != token.i and node.i in inside and node.head.i != node.i:
            node = node.head
            path.append(node)
        if any(n.i != token.i and n.pos_ in {"NOUN", "PROPN"} and match_trigger(n, mentions) for n in path):
            continue
        return TimeValue(tm.value, tm.precision)
    return None


IN_PREPS = {"en", "à", "au", "aux", "dans"}


def is_located(t: Token) -> bool:
    """A place said as where ("en Ukraine", "au nord-est de l'Ukraine"), not whose ("la grande ville
    de l'ouest de l'Ukraine")."""
    prev = t.doc[t.i - 1] if t.i > 0 else None
    if prev is not None and prev.lower_ in IN_PREPS:
        return True
    heads = [t, t.head] if t.dep_ == "nmod" and t.head.i != t.i else [t]
    return any(c.dep_ == "case" and c.lower_ in IN_PREPS for h in heads for c in h.children)


def narrowed(place: PlaceRef, sent: Span, sdoc: Doc, mentions: MentionIndex) -> PlaceRef:
    """A country narrowed to the city or region of that country the report is about: the first one
    the sentence names, else the report's opening sentences ("La grande ville de l'ouest de
    l'Ukraine a été bombardée", the report being about Lviv: Lviv)."""
    geo = geocode(place.name)
    if geo is None or geo.type != "country":
        return place
    if any(m.name == place.name and is_located(t) for t, m in mentions.places(sent)):
        return place  # "En Angleterre, des restrictions d'eau": the sentence says the country
    for span in (sent, *islice(sdoc.sents, LEAD_SENTENCES)):
        for t, m in mentions.places(span):
            inner = geocode(m.name)
            if inner is None or inner.type not in {"city", "region"} or inner.country != geo.country:
                continue
            if is_source(t):
                continue
            if any(c.dep_ == "case" and c.lower_ in PARTNER_PREPS for c in t.children):
                continue
            if t.dep_ in {"nsubj", "nsubj:pass"} and not is_introduced(t) and government_of(m.name):
                continue  # "Kiev a demandé": the state, not a place
            return PlaceRef(inner.id, m.name)
    return place
