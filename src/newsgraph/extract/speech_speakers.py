"""Who speaks: the speaker of a statement from its subject phrase, resolved within the article.

A subject is a named mention (person, organization, place standing for its government), a role
linked by ``entities`` to a named person, an anonymous or collective phrase (kept as such), or a
pronoun resolved to the most recent person or anonymous speaker before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract import speaker_antecedents as antecedents
from newsgraph.extract.context import DocContext, Mention, sentence_before, sentence_before_start
from newsgraph.extract.entities import (
    DEFINITE,
    INDEFINITE,
    is_role,
    looks_like_person,
    np_span,
    strip_determiner,
)
from newsgraph.extract.speaker_appositions import apposed_name, apposed_to_mention
from newsgraph.extract.speaker_bodies import body_referent
from newsgraph.extract.speaker_compounds import compound_determiner, compound_head, compound_span, split_word
from newsgraph.extract.speaker_countries import country_taken_up
from newsgraph.extract.speaker_demonstrative_names import named_before_description, subject_named_since
from newsgraph.extract.speaker_gender import aged_name, gender, known_first_name
from newsgraph.extract.speaker_latest import latest_referent
from newsgraph.extract.speaker_named import glued_name, people_named
from newsgraph.extract.speaker_nouns import (
    counted_people,
    determined_noun,
    folded_institutions,
    head_form,
    institution_roles,
    is_subject_mention,
    person_noun,
    speaker_kind,
)
from newsgraph.extract.speaker_passing_names import passing_first_name
from newsgraph.extract.speaker_plural import pair_before, plural_people_before, plural_subject_before
from newsgraph.extract.speaker_relatives import act_author, relative_heads
from newsgraph.extract.speaker_roles import (
    before_own_case,
    kin_head,
    place_over_role,
    previous_topic_role,
    role_complement,
)
from newsgraph.extract.speaker_titles import titled_person
from newsgraph.extract.speaker_untagged_names import untagged_body_name
from newsgraph.extract.speech_demonstratives import concerned_anaphor, latest_anaphor
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote
from newsgraph.extract.speech_subjects import (
    PRONOUNS_PL,
    RELATIVE,
    dislocated_topic,
    pronoun_form,
    subject_of,
)
from newsgraph.names import fold_spaced as fold

SOME_PEOPLE = {"certains", "certaines", "d'autres", "beaucoup", "plusieurs"}
"""Bare quantifiers ("Pour d'autres, …"): people set against others, whom no later pronoun takes up."""

LABEL_TYPES = {
    "PER": "person",
    "ORG": "organization",
    "GPE": "gpe",
    "LOC": "gpe",
    "ANON": "anonymous",
    "GROUP": "group",
}
LABEL_RANK = {"PER": 0, "ANON": 1, "GROUP": 2, "ORG": 3, "GPE": 4, "LOC": 4}
# Subject dependents that are not part of the speaker's description.
NOT_DESCRIPTION = {"acl:relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct", "parataxis", "dep"}
_WORDS = lexicons.tagged("speaker_words.tsv")
PLURAL_DETS = _WORDS["plural_det"]
CLOSE_PEOPLE = _WORDS["close_people"]
PRONOUN_WINDOW = 1500  # characters back to look for a pronoun's antecedent
NEAR_WINDOW = 250  # a person named in passing this close can be the antecedent
PASSING_WINDOW = 800  # ... or this close, when the first name or title gives the gender


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    type: str
    start: int  # where it is mentioned (characters), for later pronouns
    key: str


def mentions_between(ctx: DocContext, start: int, end: int) -> list[Mention]:
    """Mentions inside the character range."""
    return [m for m in ctx.mentions_within(start, end) if m.label in LABEL_TYPES]


def mention_speaker(m: Mention) -> Speaker:
    return Speaker(glued_name(m.name), LABEL_TYPES[m.label], m.start, m.key)


def person_mention_speaker(ctx: DocContext, m: Mention) -> Speaker:
    """The speaker a mention names, a person when an apposition says so ("Jules, 17 ans")."""
    if aged_name(ctx, m):
        return Speaker(m.name, "person", m.start, m.key)
    named = apposed_to_mention(ctx, m)  # "Irina, une infirmière qui …": the name
    return Speaker(named[0], "person", named[1], named[2]) if named else mention_speaker(m)


def description_tokens(head: Token) -> list[Token]:
    """The subject's head with its modifiers and appositions, without clauses."""
    keep = [head]
    for child in head.children:
        if child.dep_ not in NOT_DESCRIPTION:
            keep.extend(description_tokens(child))
    return keep


def concerned_person(ctx: DocContext, head: Token) -> Speaker | None:
    """The one named last that "l'intéressé(e)" takes up, if any ("raconte l'intéressée")."""
    if not concerned_anaphor(head):
        return None
    return latest_referent(ctx, head, person_mention_speaker, phrase_speaker)


def speaker_from_head(ctx: DocContext, head: Token, history: list[Speaker]) -> Speaker | None:
    """The speaker named by a subject (or by the object of "selon", "pour", a postposed subject)."""
    head = compound_head(head)  # "une aide-soignante": the whole word, not a piece of it
    head = act_author(ctx, head) or head  # "le communiqué de la mairie", "les propos du joueur": the author
    low = head.lower_
    if latest_anaphor(head):
        return latest_referent(ctx, head, person_mention_speaker, phrase_speaker)
    if (concerned := concerned_person(ctx, head)) is not None:
        return concerned
    if (pronoun := pronoun_form(head)) is not None:  # "il", or "ses" of "selon ses dires"
        topic = dislocated_topic(head)
        if topic is not None:
            return speaker_from_head(ctx, topic, history)
        return resolve_pronoun(pronoun, head.idx, history, ctx)
    if low in RELATIVE and head.head.i != head.i:  # the parse's antecedent (not "dans la ville"), then others
        taken_up = (speaker_from_head(ctx, t, history) for t in relative_heads(ctx, head))
        return next((s for s in taken_up if s is not None), None)
    if head.pos_ == "PRON" and not ctx.mentions_at(head.idx) and not determined_noun(head):
        # "Certains, comme le général Mark Milley, pensaient que …": the example named speaks
        nearby = list(head.children) + [c for c in head.head.children if head.i < c.i < head.head.i]
        example = next(
            (c for c in nearby if any(g.lower_ == "comme" and g.dep_ == "case" for g in c.children)), None
        )
        return speaker_from_head(ctx, example, history) if example is not None else None
    demonym = next((m for m in ctx.mentions_at(head.idx) if m.label == "DEMONYM"), None)
    if demonym is not None or antecedents.singular_demonym(ctx, head):  # "un Ukrainien", "un Niçois": someone
        return people_speaker(head, antecedents.singular_demonym(ctx, head))
    toks = description_tokens(head)
    start, end = min(t.idx for t in toks), max(t.idx + len(t) for t in toks)
    found = [m for m in mentions_between(ctx, start, end) if not before_own_case(head, m)]
    covering = [
        m
        for m in ctx.mentions_at(head.idx)
        if m.label in LABEL_TYPES and not place_over_role(head, m) and not before_own_case(head, m)
    ]
    if kin_head(head) and all(m.label in {"ANON", "GROUP"} for m in covering):
        return phrase_speaker(ctx, head)  # "les familles de victimes", "les proches de Lola": not the victim
    if covering:
        best = person_mention_speaker(ctx, min(covering, key=lambda m: LABEL_RANK[m.label]))
        seat = best.type == "person" and " " not in best.name  # "Matignon" tagged a person
        if head_form(head) in folded_institutions() and (best.type == "gpe" or seat):
            return Speaker(best.name, "organization", best.start, best.key)  # "le ministère", "Matignon"
        return best
    named = [m for m in found if m.label in {"PER", "ANON", "GROUP"} and not role_complement(head, m)]
    if named and all(m.label == "GROUP" for m in named) and own_role(head, named):
        named = []  # "le syndicat des boulangers", "la secrétaire du syndicat des cheminots": the role speaks
    if named:
        return mention_speaker(min(named, key=lambda m: (LABEL_RANK[m.label], m.start)))
    if found and (head.pos_ == "PROPN" or not (is_role(head) or speaker_kind(head))):
        return mention_speaker(min(found, key=lambda m: (LABEL_RANK[m.label], m.start)))
    if (country := country_taken_up(ctx, head)) is not None:  # "Le pays a annoncé …": the one named last
        return Speaker(country.name, "gpe", head.idx, country.key)
    if (titled := titled_person(ctx, head)) is not None:  # "L'ancien ministre a dit": the one named so
        return demonstrative_speaker(ctx, head, history) or person_mention_speaker(ctx, titled)
    return demonstrative_speaker(ctx, head, history) or phrase_speaker(ctx, head)


def own_role(head: Token, groups: list[Mention]) -> bool:
    """An institution, or one person by role, whose description names a group it belongs to or
    serves ("le syndicat des boulangers", "la secrétaire générale du syndicat des cheminots"): the
    head speaks, not the group named in its complement."""
    if head_form(head) in folded_institutions():
        return True
    return (
        head.pos_ == "NOUN"
        and (is_role(head) or speaker_kind(head) == "group")  # "l'ordre des médecins": a body
        and "Plur" not in head.morph.get("Number", [])
        and not any(m.start <= head.idx < m.end for m in groups)
    )


DEMONSTRATIVES = {"ce", "cet", "cette"}
DEMONSTRATIVE_WINDOW = 700  # characters after the last speaker's words


def demonstrative_speaker(ctx: DocContext, head: Token, history: list[Speaker]) -> Speaker | None:
    """ "Ce jeune entrepreneur pense …": the person who just spoke (or was just named), taken up by a
    description (a singular role with a demonstrative; the determiner gives the gender)."""
    det = next((c for c in head.children if c.dep_ == "det" and c.i < head.i), None)
    if det is None or det.lower_ not in DEMONSTRATIVES or "Plur" in head.morph.get("Number", []):
        return None
    if not (is_role(head) or person_noun(head)) or head.lemma_.lower() in institution_roles():
        return None  # "ce jeune entrepreneur", "cette hôtesse"; not "cette clinique"
    wanted = "f" if det.lower_ == "cette" else "m"
    recent = bool(history) and head.idx - history[-1].start <= DEMONSTRATIVE_WINDOW
    since = subject_named_since(ctx, head, history[-1].start, history[-1].key, wanted) if recent else None
    if recent and history[-1].type == "person" and since is None:  # nobody named as a subject since
        return history[-1] if gender(ctx, history[-1]) in {wanted, None} else None
    # "Suzanne nous ouvre. Cette grand-mère …": the one named since the last speaker
    named = since or named_before_description(ctx, head, history[-1].start if recent else -1, wanted)
    return person_mention_speaker(ctx, named) if named is not None else None


def people_speaker(head: Token, singular: bool = False) -> Speaker:
    """A member or members of a people ("un Ukrainien", "des Russes"): anonymous or a group."""
    span = np_span(head)
    name = strip_determiner(span)
    if not singular and ("Plur" in head.morph.get("Number", []) or head.lower_.endswith("s")):
        return Speaker(name, "group", span.start_char, "group:" + fold(name))
    return Speaker(name, "anonymous", span.start_char, "anon:" + fold(name))


def phrase_speaker(ctx: DocContext, head: Token) -> Speaker | None:
    """A speaker from a noun phrase no mention covers: a role (anonymous, group, institution)
    or an unrecognized proper name."""
    span = compound_span(head)  # "sage-femme de la maternité" split by the tokenizer
    if (
        case := next((c for c in head.children if c.dep_ == "case" and span.start < c.i < head.i), None)
    ) is not None:
        span = head.doc[case.i : span.end]  # "600 pompiers Pour les autorités": a heading glued before
    while len(span) > 1 and (span[0].dep_ == "case" or span[0].lower_ == "dont") and span[0].i < head.i:
        span = span[1:]  # "quant au maire" (tagged an adverb, "quant" stays in the phrase)
    while len(span) > 2 and span[0].pos_ == "ADV" and span[0].i < head.i and span[1].dep_ == "det":
        span = span[1:]  # "notamment les infirmières", "même les élus": the adverb is no part of the name
    name = strip_determiner(span)
    det = next((t.lower_ for t in span if t.dep_ == "det" and t.i < head.i), "")
    plural = "Plur" in head.morph.get("Number", [])
    if head.pos_ == "PROPN":
        capitals = sum(t.text[:1].isupper() for t in span)
        # one capitalised word: an organisation, unless an age or a person noun in apposition or
        # a known first name makes it someone ("indique Léa, 15 ans", "raconte Yanis")
        alone = len(span) == 1 and (looks_like_person(span) or known_first_name(ctx, head.text))
        type_ = "person" if capitals >= 2 or alone else "organization"
        return Speaker(name, type_, span.start_char, fold(name))
    counted = counted_people(head, lambda t: is_role(t) or speaker_kind(t) is not None)
    if counted is not None:  # "des centaines de femmes", "la plupart des élus": a group speaks
        return Speaker(name, "group", span.start_char, "group:" + fold(name))
    if head.lower_ in CLOSE_PEOPLE:  # "ses proches", "la famille", "une autre famille"
        return Speaker(name, "group", span.start_char, "group:" + fold(name))
    if not is_role(head):
        kind = speaker_kind(head) or ("organization" if untagged_body_name(head) else None)  # "la RNA"
        if kind is None:
            return None
        key = {"organization": "", "group": "group:", "anonymous": "anon:"}[kind] + fold(name)
        return Speaker(name, kind, span.start_char, key)
    if head_form(head) in folded_institutions() and not plural:
        return Speaker(name, "organization", span.start_char, fold(name))
    if plural or det in PLURAL_DETS:
        return Speaker(name, "group", span.start_char, "group:" + fold(name))
    possessive = any(t.dep_ == "det" and t.i < head.i and "Yes" in t.morph.get("Poss", []) for t in span)
    if det in INDEFINITE or det in DEFINITE or det in DEMONSTRATIVES or not det or possessive:
        # "notre envoyé spécial", "sa mère": a role of the newsroom or of someone named before
        return Speaker(name, "anonymous", span.start_char, "anon:" + fold(name))
    return None


def resolve_pronoun(
    pronoun: str, at: int, history: list[Speaker], ctx: DocContext, depth: int = 0
) -> Speaker | None:
    """The most recent earlier speaker, person named as a subject, or role subject of the sentence
    before, agreeing with the pronoun; a person named only as an object or in passing counts when
    nothing else is near."""
    plural = pronoun in PRONOUNS_PL
    wanted = {"group"} if plural else {"person", "anonymous"}
    candidates = [s for s in history if s.type in wanted and s.start < at and at - s.start <= PRONOUN_WINDOW]
    candidates = [s for s in candidates if fold(s.name) not in SOME_PEOPLE]  # "d'autres": no "eux"
    role = previous_role_subject(ctx, at, pronoun, history, depth)
    if plural:  # no subject: a group named otherwise in the sentence before ("a reçu les maires")
        noun = None if role or candidates else plural_people_before(ctx, at, pronoun)
        noun = antecedents.own_clause_referent(ctx, at, pronoun) or noun  # "X …, même s'ils …"
        if noun is None and role is None and not candidates:  # "Les salariés débrayent. Ils …"
            noun = plural_subject_before(ctx, at, pronoun)
        role = phrase_speaker(ctx, noun) if noun is not None else role
        candidates += [role] if role is not None else []
        return max(candidates, key=lambda s: s.start) if candidates else None
    named = [m for m in people_named(ctx) if m.end <= at]  # not inside quoted words: spoken of
    subjects = [m for m in named if at - m.start <= PRONOUN_WINDOW and is_subject_mention(ctx, m)]
    nearby = [m for m in named if at - m.start <= NEAR_WINDOW]
    wanted_gender = "f" if "elle" in pronoun else "m" if "il" in pronoun or pronoun == "lui" else None

    def agrees(s: Speaker) -> bool:
        return wanted_gender is None or gender(ctx, s) in {wanted_gender, None}

    candidates = [s for s in candidates if agrees(s)] + [
        s for s in (person_mention_speaker(ctx, m) for m in subjects) if agrees(s)
    ]
    candidates += [role] if role is not None else []  # last: a person's mention at the same place wins
    candidates += [s for s in [narration_referent(ctx, at, pronoun, history)] if s is not None and agrees(s)]
    if not candidates:
        candidates = [s for s in (person_mention_speaker(ctx, m) for m in nearby) if agrees(s)]
    if not candidates and (topic := previous_topic_role(ctx, at, pronoun)) is not None:
        candidates = [Speaker(topic[0], "anonymous", topic[1], "anon:" + fold(topic[0]))]
    if not candidates and wanted_gender is not None:
        # a person named in passing further back ("une équipe se rend chez Yann"), whose first
        # name or title says the pronoun's gender
        far = [
            s
            for s in (person_mention_speaker(ctx, m) for m in named)
            if at - s.start <= PASSING_WINDOW and s.type == "person" and gender(ctx, s) == wanted_gender
        ]
        candidates = far[-1:]
    passing = passing_first_name(ctx, at, wanted_gender) if wanted_gender else None
    if passing is not None and not any(s.start >= sentence_before_start(ctx, at) for s in candidates):
        # "… pour Annie. « … », dit-elle": the first name just before, no speaker as near
        return Speaker(passing.text, "person", passing.idx, fold(passing.text))
    if not candidates:  # "La Cour des comptes … Selon elle, …": a body agreeing with the pronoun
        return body_referent(ctx, at, pronoun, history, speaker_from_head)
    best = max(candidates, key=lambda s: s.start)
    return (named_since(ctx, best, nearby, wanted_gender) if wanted_gender else None) or best


def narration_referent(ctx: DocContext, at: int, pronoun: str, history: list[Speaker]) -> Speaker | None:
    """The person the narration before the pronoun puts forward (``speaker_antecedents``): a first
    name, or a person noun (subject, antecedent of a subject relative, agent, "comme cet homme"),
    or the name or speaker it takes up ("Irina, une infirmière qui …"; "cette habitante")."""
    found = antecedents.recent_referent(ctx, at, pronoun)
    if found is None:
        return None
    head, kind = found
    if kind == "person":
        name, start = antecedents.first_name_phrase(head)
        return Speaker(name, "person", start, fold(name))
    if (named := apposed_name(ctx, head)) is not None:
        return Speaker(named[0], "person", named[1], named[2])
    return demonstrative_speaker(ctx, head, history) or phrase_speaker(ctx, head)


def named_since(ctx: DocContext, best: Speaker, nearby: list[Mention], wanted: str) -> Speaker | None:
    """A person named in a sentence after the one the chosen antecedent is in, close before the
    pronoun and agreeing in gender by name or title: "L'idée vient d'Hubert Rabany. Il voulait …
    « … », explique-t-il" (Hubert Rabany, not the subject of an earlier sentence)."""
    span = ctx.sdoc.char_span(best.start, best.start + 1, alignment_mode="expand")
    if span is None or not len(span):  # an antecedent's start on a space (no token there)
        return None
    later = [
        s
        for s in (person_mention_speaker(ctx, m) for m in nearby)
        if s.type == "person" and s.start >= span[0].sent.end_char and gender(ctx, s) == wanted
    ]
    return later[-1] if later else None


CHAIN_DEPTH = 2  # sentences back a pronoun subject may hand its antecedent on


def previous_role_subject(
    ctx: DocContext, at: int, pronoun: str, history: list[Speaker] | None = None, depth: int = 0
) -> Speaker | None:
    """When no person is near: the role that is the subject of the sentence before the pronoun's,
    agreeing in number ("Le président français a pris la parole mercredi. Il affirme que …"), or
    what that sentence's own subject pronoun stands for ("Une pédiatre dirige le service. Depuis
    lundi, elle ne dort plus. « … », explique-t-elle")."""
    doc = ctx.sdoc
    prev = sentence_before(ctx, at)
    if prev is None:
        return None
    quotes = doc_quotes(doc)
    for _ in range(3):  # past the quoted sentences an incise closes: "« … . … », se désole-t-il"
        if not inside_quote(quotes, prev.start_char + 1) or prev.start == 0:
            break
        prev = doc[prev.start - 1].sent
    head = subject_of(prev.root)
    head = compound_head(head) if head is not None else None  # "Une aide-soignante travaille …"
    if (
        head is not None
        and head.pos_ == "PRON"
        and head.lower_ == pronoun.removeprefix("-t").lstrip("-")
        and prev.start <= head.i < prev.end
        and depth < CHAIN_DEPTH
        and not inside_quote(quotes, head.idx)
    ):
        return resolve_pronoun(pronoun, head.idx, history or [], ctx, depth + 1)
    if pronoun in PRONOUNS_PL and (pair := pair_before(ctx, at, "elle" in pronoun)):
        return Speaker(pair[0], "group", pair[1], "group:" + fold(pair[0]))  # "Marie et Paul … Ils"
    if head is None or (head.pos_ != "NOUN" and not split_word(head)) or not prev.start <= head.i < prev.end:
        return None
    plural = "Plur" in head.morph.get("Number", [])
    if not (is_role(head) or person_noun(head) or (plural and speaker_kind(head) == "group")):
        return None
    if not plural and compound_determiner(head) is None:
        return None  # "Devenir propriétaire était son rêve": a bare noun refers to no one
    if antecedents.named_for(ctx, head, prev):
        return None  # "Cette mère de famille …" after a name, "… est le fleuriste, Erik Dahl"
    if ("Plur" in head.morph.get("Number", [])) != (pronoun in PRONOUNS_PL):
        return None
    det = compound_determiner(head)
    gender = antecedents.phrase_gender(head, det)  # "les vendeuses", tagged masculine: feminine
    if ("elle" in pronoun and "Masc" in gender) or ("elle" not in pronoun and "Fem" in gender):
        return None  # "la ministre": the determiner knows
    titled = titled_person(ctx, head)  # "Le président ukrainien a parlé. Il …": the one named so
    return demonstrative_speaker(ctx, head, history or []) or (
        person_mention_speaker(ctx, titled) if titled else phrase_speaker(ctx, head)
    )
