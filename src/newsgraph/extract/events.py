"""Events: typed (CAMEO), with agent, target, place, time.

A trigger (a verb or a noun of ``ontology/lexicons/event_triggers.tsv``) found in the dependency
parse gives one event report; its roles come from the parse: the subject (or the "de X" of a
nominal trigger, or a passive "par X") is the agent, the object the target, a place mention
introduced by "à/de/dans/en/..." the location, a time expression of the clause the date (else
the publication date, marked as such). Negated, hypothetical, future and alleged uses are kept
with their modality (issue 17: marked as such, not dropped silently and not asserted as facts).

The steps live in their own modules: ``event_triggers`` (which words trigger), ``event_modality``
(asserted, negated, hypothetical, future, reported), ``event_roles`` (agent, target, participants;
with ``event_reference`` for pronouns, topics and passive agents),
``event_circumstances`` (place and date) and ``event_amounts`` (money and head counts). Merging
reports of one real-world event across documents is resolution: ``newsgraph.resolve.events``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Literal

from spacy.tokens import Span, Token

from newsgraph.event_types import CASUALTY_TYPES, HEAD_COUNT_TYPES, cameo_codes
from newsgraph.extract.context import DocContext, span_text
from newsgraph.extract.entities import is_role, non_actor_kind
from newsgraph.extract.event_agent_context import contextual_agents
from newsgraph.extract.event_agent_genitive import capital_acting, sent_to
from newsgraph.extract.event_agents import DEMONSTRATIVES
from newsgraph.extract.event_amounts import PARTY_NOUNS, PHASE_NOUNS, QUANTITY_NOUNS, quantities
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_circumstances import event_date, fallback_place, location, narrowed
from newsgraph.extract.event_dates import later_date
from newsgraph.extract.event_dedup import one_per_happening
from newsgraph.extract.event_generic import is_generic
from newsgraph.extract.event_kind_casualty import casualty_kind
from newsgraph.extract.event_kind_refine import refined_type
from newsgraph.extract.event_kind_roles import undergone
from newsgraph.extract.event_kind_undergoer import phrase_complement_roles, undergoer_roles
from newsgraph.extract.event_main import capped, main_events
from newsgraph.extract.event_modality import (
    FACTUAL_GOVERNORS,
    announced_for_later,
    carrier,
    is_classifier,
    modality,
)
from newsgraph.extract.event_parse import (
    PLACE_LABELS,
    MentionIndex,
    clause_tokens,
    is_object,
    lemma,
    stretch_text,
    subject_chain,
    subtree_text,
)
from newsgraph.extract.event_phrases import phrase_heads, trigger_text
from newsgraph.extract.event_place_bodies import seat_town
from newsgraph.extract.event_place_names import demonym_place, fled_country, national_fallback, unseated
from newsgraph.extract.event_place_report import filmed_place
from newsgraph.extract.event_place_scale import country_scale, widened
from newsgraph.extract.event_roles import MEETING_TYPES, roles, state_of
from newsgraph.extract.event_senses import fire_fought, is_other_sense
from newsgraph.extract.event_trigger_gate import kept
from newsgraph.extract.event_trigger_verbs import misread_verbs
from newsgraph.extract.event_triggers import NOMINAL_POS, TRIGGER_POS, Trigger, match_trigger, trigger_rows
from newsgraph.extract.tokens import tokens
from newsgraph.geo import geocode
from newsgraph.model import Event, Evidence, stable_id


def party_of_one_event(token: Token) -> bool:
    """ "le suspect de la fusillade", "les victimes de l'attentat": a noun naming a party to one
    event, the event definite, took place; not "des victimes de violences" (no article: a kind)."""
    return lemma(token.head) in PARTY_NOUNS and any(
        "Def" in morph_feats(c).get("Definite", []) or c.lower_ in {"du", "des"}
        for c in token.children
        if c.dep_ in {"det", "case"}
    )


def party_to_a_kind(token: Token) -> bool:
    """ "les victimes de fusillades", "le suspect de vol": the bare "de X" of a party noun, with no
    article, names a kind of act the party is party to, not one event that took place."""
    return (
        token.dep_ == "nmod"
        and lemma(token.head) in PARTY_NOUNS
        and any(c.dep_ == "case" and c.lower_ in {"de", "d'", "d’"} for c in token.children)
        and not any(c.dep_ in {"det", "nmod:poss", "nummod"} for c in token.children)
    )


TIME_NOUNS = frozenset({"temps", "période", "jour", "journée", "semaine", "nuit", "moment", "heure"})
"""Nouns of a stretch of time whose "de X" is what fills it: "ces temps de canicule"."""


def in_this_time_of(token: Token) -> bool:
    """ "par ces temps de canicule", "en cette période de grève", "cette journée de mobilisation":
    the demonstrative points at the present stretch of time the event fills; the event is going
    on, told as a circumstance (unlike "en temps de guerre", any such time)."""
    head = token.head
    return (
        token.dep_ == "nmod"
        and lemma(head) in TIME_NOUNS
        and any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in head.children)
    )


def event_from_trigger(
    token: Token, trig: Trigger, sent: Span, ctx: DocContext, mentions: MentionIndex
) -> Event | None:
    """One event report for a trigger token, with its modality; None for a classifier noun
    ("navire de combat") or a bare noun qualifying another ("la guerre des sanctions")."""
    if (is_classifier(token) and not in_this_time_of(token)) or is_other_sense(token, trig):
        return None  # is_other_sense: "réunis au salon", "fermer la porte à", "dans la campagne"
    verb = carrier(token)
    actors, used = roles(token, verb, trig, mentions)
    actors, used = undergone(token, trig.type, actors, used)  # "s'est fait agresser", "les victimes de"
    actors, used = undergoer_roles(token, mentions, actors, used)  # "fait l'objet d'une enquête"
    actors, used = phrase_complement_roles(token, trig, mentions, actors, used)  # "la garde à vue du suspect"
    offices = {
        i
        for i, (t, r) in enumerate(zip(used, actors, strict=True))
        if r.role == "target" and is_office(t, mentions)
    }
    actors = [r for i, r in enumerate(actors) if i not in offices]
    used = [t for i, t in enumerate(used) if i not in offices]
    actors, used = capital_acting(token, trig, mentions, actors, used)  # "la contre-offensive de Kiev"
    if trig.type in MEETING_TYPES | {"investigate"} and (
        any(r.role == "agent" and non_actor_kind(r.name) == "media" for r in actors)
        or any(is_media(t, mentions) for t in subject_chain(verb))
    ):
        return None  # "TF1 a rencontré des habitants", "le 20H a mené l'enquête": the report's own crew
    scope_tokens = clause_tokens(verb) + (clause_tokens(token) if token.i != verb.i else [])
    if (
        "Inf" in morph_feats(verb).get("VerbForm", []) and lemma(verb.head) in FACTUAL_GOVERNORS
    ):  # "a ordonné mercredi de"
        scope_tokens += clause_tokens(verb.head)
    scope = sorted({t.i: t for t in scope_tokens}.values(), key=lambda t: t.i)
    agent_tokens = [t for t, r in zip(used, actors, strict=True) if r.role == "agent"]
    target_tokens = [t for t, r in zip(used, actors, strict=True) if r.role == "target"]
    target_tokens += [  # "ont fui Kherson", "a bombardé Kharkiv": the place acted on is where
        t
        for t in verb.children
        if is_object(t) and (m := mentions.get(t)) is not None and m.label in PLACE_LABELS
    ]
    assault = (cameo_codes().get(trig.type) or "")[:2] in {"18", "19"}  # "contre X" is where it hit
    war = cameo_codes().get(trig.type) is not None or trig.type in WAR_CONSEQUENCES
    place = location(token, scope, used, agent_tokens, target_tokens, mentions, sides=not assault, war=war)
    if (
        place is not None
        and not agent_tokens
        and trig.type in STATE_ACTS
        and not sent_to(place.name, scope, mentions, sending=trig.type in SENDING_ACTS)
    ):
        state = state_of(place.name, "agent")  # "deux Français arrêtés en Iran": by Iran's authorities
        if state is not None and geocode(place.name) is not None and all(r.id != state.id for r in actors):
            actors = [state, *actors]
    when = event_date(token, scope, ctx.times, mentions)
    nominal = token.pos_ in {"NOUN", "PROPN"}
    if (
        nominal
        and not actors
        and place is None
        and when is None
        and token.dep_ == "nmod"
        and not trig.requires
        # "une tentative d'assassinat", "des dizaines d'interpellations": the event
        and lemma(token.head) not in PHASE_NOUNS | QUANTITY_NOUNS
        and not party_of_one_event(token)
        and not in_this_time_of(token)
    ):
        return None  # a bare noun qualifying another ("la guerre des sanctions") is no event
    if nominal and place is None and when is None and party_to_a_kind(token):
        return None  # "les victimes de fusillades de masse": a kind of act, no one event
    if place is None:  # "des réfugiés ukrainiens ont fui": Ukraine, not the town that takes them in
        place = fled_country(token, agent_tokens, trig.type)
    if place is None:  # "le tribunal de Nanterre a condamné": where the court sits
        place = seat_town(actors, trig.type)
    if place is None:
        place = fallback_place(sent, ctx.sdoc, mentions, token, war=war)  # not "la guerre en X"
        # "pour peser à l'Assemblée": not where an election is
        place = unseated(place, trig.type, span_text(sent))
        if place is not None and country_scale(trig.type, token):  # "l'invasion", in a report on Lviv
            place = widened(place, sent, ctx.sdoc, mentions)
    if place is None:  # "un boulanger parisien a augmenté ses prix", "les transports parisiens"
        place = demonym_place(token, agent_tokens, trig.type, regions=False)
    if place is None:  # "en direct de X", "X (Rhône)" said later: where a fire, a trial was filmed
        place = filmed_place(ctx.sdoc, mentions, trig.type)
    if place is None:  # "les épinettes bretonnes": a region's people, after the filmed town
        place = demonym_place(token, agent_tokens, trig.type)
    if place is None:  # France, for a report set wholly there
        place = national_fallback(token, trig.type)
    acted_on = {m.name for t in target_tokens if (m := mentions.get(t)) is not None}
    if place is not None and place.name not in acted_on and not country_scale(trig.type, token):
        # not "a envahi l'Ukraine"; nor an invasion or a war ("la guerre en Ukraine"): a country's act
        place = narrowed(place, sent, ctx.sdoc, mentions)  # "de l'Ukraine", in a report about Lviv
    # a casualty's head count is of those hit, not of who hit them ("deux hommes ont tué trois policiers")
    counted = [t for t in used if t not in agent_tokens] if trig.type in CASUALTY_TYPES else used
    arg_texts = [subtree_text(t) for t in counted]
    if not nominal and trig.type in HEAD_COUNT_TYPES:  # a toll's own stretch first, not a neighbour's
        arg_texts.append(stretch_text(token))  # ("Sept personnes ont été tuées, 11 autres blessées")
    arg_texts.append(subtree_text(token))
    if not nominal:
        arg_texts.append(span_text(sent))
    if nominal and token.dep_ == "nmod" and lemma(token.head) in QUANTITY_NOUNS:
        arg_texts.append(subtree_text(token.head))  # "une dizaine de blessés"
    subjects = agent_tokens + [c for c in token.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    dead = [subtree_text(t) for t in subjects] if trig.type == "death" else None  # read for a death only
    amounts = quantities(trig.type, arg_texts, dead)
    doc, mode = ctx.document, modality(token)  # asked once: the date and the record both read it
    kind = refined_type(token, trig.type)  # "une vague de chaleur": a heat wave, not only a disaster
    kind = casualty_kind(token, kind, actors, sent)  # "blessés dans l'incendie": nobody wounded them
    if fire_fought(token, trig):  # "face aux flammes, le combat se gagne": firefighting
        kind = "emergency_response"
    source: Literal["text", "publication"] | None = "text" if when is not None else None
    if when is None:  # the subject's verb, "au lendemain de", the story's day, else the publication
        when, source = later_date(token, ctx.sdoc, ctx.times, doc.published, ctx.offset == 0, mode)
    if mode == "asserted" and source == "text" and announced_for_later(token, when, doc.published):
        mode = "future"  # "la CGT a annoncé une grève pour jeudi"
    return Event(
        id=stable_id(doc.id, token.idx + ctx.offset, kind),
        doc=doc.id,
        type=kind,
        trigger=trigger_text(token, trig),
        evidence=Evidence(sent.start_char, sent.end_char, doc.text[sent.start_char : sent.end_char]),
        cameo=cameo_codes().get(kind),
        actors=tuple(actors),
        location=place,
        date=when,
        quantities=amounts,
        modality=mode,
        date_source=source,
    )


FRAMING_VERBS = {"décider", "annoncer"}
WAR_CONSEQUENCES = {"flee", "death"}
"""Events outside CAMEO that a war's place is still the place of ("fuir la guerre en Ukraine")."""
STATE_ACTS = {"arrest", "sentence", "expel"}
"""Acts of a state's authorities: with no agent named, the country they happen in acts."""
SENDING_ACTS = frozenset({"expel"})
"""State acts that send someone somewhere: a country after "au", "aux", "en" is where to."""


ARTICLED = frozenset({"du", "des", "au", "aux"})
"""Prepositions with the article in them: "la garde à vue du chauffeur" names someone, not an office."""


def is_office(token: Token, mentions: MentionIndex) -> bool:
    """A title with no determiner and no name is the office, not someone: "élu président",
    "devient maire", "nommé premier gouverneur" (the one appointed is the agent or the subject)."""
    return (
        token.pos_ == "NOUN"
        and is_role(token)
        and mentions.get(token) is None
        and not any(
            c.dep_ in {"det", "nmod:poss"} or c.pos_ == "DET" or c.lower_ in ARTICLED for c in token.children
        )
    )


def is_media(token: Token, mentions: MentionIndex) -> bool:
    """A subject naming a news outlet or programme ("Le 20H de TF1")."""
    for t in token.subtree:
        m = mentions.get(t)
        names = ([m.name] if m is not None else []) + ([t.text] if t.pos_ == "PROPN" else [])
        if any(non_actor_kind(n) == "media" for n in names):
            return True
    return False


def is_echo(token: Token, trig: Trigger, mentions: MentionIndex) -> bool:
    """One event, not two: a noun naming the people who act ("les secouristes", "les grévistes")
    as the subject of a verb that triggers the same type is the verb's event; a verb of deciding
    or announcing whose object or infinitive is itself a trigger ("a décidé de plafonner les
    prix", "a annoncé des mesures") is that trigger's event."""
    if trig.pos == "VERB" and trig.lemma in FRAMING_VERBS:
        return any(
            c.dep_ in {"obj", "xcomp", "ccomp"} and match_trigger(c, mentions) is not None
            for c in token.children
        )
    node = token.head if token.dep_ == "nmod" and lemma(token.head) in QUANTITY_NOUNS else token
    if trig.de_role != "self" or node.dep_ not in {"nsubj", "nsubj:pass"}:  # "des milliers de manifestants"
        return False
    head = match_trigger(node.head, mentions)
    return head is not None and head.type == trig.type


def candidate_sentences(starts: list[int], length: int, candidates: list[int]) -> list[tuple[int, int]]:
    """The bounds of the sentences (``doc.sents``: one starts at 0 and at each sentence start after
    it) that hold a candidate (sorted token indexes), in order."""
    bounds = [0, *(i for i in starts if i > 0), length]
    found = {bisect_right(bounds, i) - 1 for i in candidates}
    return [(bounds[k], bounds[k + 1]) for k in sorted(found)]


def extract_events(ctx: DocContext) -> list[Event]:
    """Every event report in the document, in text order."""
    mentions = MentionIndex(ctx.sdoc, ctx.mentions)
    out: list[tuple[Token, Event]] = []
    doc, table = ctx.sdoc, tokens(ctx.sdoc)
    lemmas, lower = table.lemma, table.lower  # match_trigger's first tests, over the columns (no token made)
    candidates = [
        i
        for i, p in enumerate(table.pos)  # the part of speech first: most words stop there
        if p in TRIGGER_POS and trigger_rows(lemmas[i], lower[i], p not in NOMINAL_POS)
    ]
    candidates = sorted(
        {*candidates, *phrase_heads(doc), *misread_verbs(doc)}
    )  # "garde à vue", "il ravitaille"
    for start, end in candidate_sentences(table.sent_starts, len(doc), candidates):
        sent = doc[start:end]  # as doc.sents makes it, for the sentences with a candidate only
        lo = bisect_left(candidates, start)
        for i in kept(doc, candidates[lo : bisect_left(candidates, end, lo)], start, end):
            token = doc[i]
            trig = match_trigger(token, mentions)
            if trig is None or is_echo(token, trig, mentions) or is_generic(token):
                continue  # is_generic: "les incendies sont de plus en plus fréquents"
            event = event_from_trigger(token, trig, sent, ctx, mentions)
            if event is not None:
                out.append((token, event))
    main = main_events(ctx, mentions, {t.i for t, _ in out}, event_from_trigger)  # the lead's happenings
    out += main
    out.sort(key=lambda found: found[0].i)
    out = contextual_agents(out, mentions)  # "L'UE a adopté des sanctions. [...] De nouvelles sanctions"
    # "la motion a été rejetée": one vote; the lead's heads capped once merged
    return capped(one_per_happening(out), {e.id for _, e in main})
