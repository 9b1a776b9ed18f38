"""Roles of an event: the agent, target and participants of a trigger, read from the parse (the
subject, the object, a passive "par X", the "de X" of a nominal trigger), as actor references."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.event_types import CASUALTY_TYPES
from newsgraph.extract.event_agent_accused import held_for
from newsgraph.extract.event_agent_announcer import announced
from newsgraph.extract.event_agent_authors import document_author
from newsgraph.extract.event_agent_calls import caller
from newsgraph.extract.event_agent_entrusted import entrusted
from newsgraph.extract.event_agent_errands import errand_doer
from newsgraph.extract.event_agent_forces import armed_side
from newsgraph.extract.event_agent_initiative import initiators
from newsgraph.extract.event_agent_inverted import inverted_relative
from newsgraph.extract.event_agent_kinds import genitive_doer
from newsgraph.extract.event_agent_measures import measure_deciders, measure_setter
from newsgraph.extract.event_agent_misparsed import adjunct_purpose, hung_subject, object_conjunct
from newsgraph.extract.event_agent_placing import PLACING_VERBS, placer
from newsgraph.extract.event_agent_quantified import quantified_subject
from newsgraph.extract.event_agent_relatives import object_relative
from newsgraph.extract.event_agents import (
    ATTACK_TYPES,
    ATTACKERS,
    PRODUCT_TYPES,
    adjective_actor,
    fallen_to,
    joined,
    light_dep,
    purpose_verb,
    shared_passive_agent,
    sides,
    taken_up,
)
from newsgraph.extract.event_agents import state_of as state_of  # used by events
from newsgraph.extract.event_amounts import (
    MILITARY_NOUNS,
    PEOPLE_NOUNS,
)
from newsgraph.extract.event_arg_displaced import called_for, displaced_de
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_modality import LIGHT_VERBS, carrier
from newsgraph.extract.event_nominal import (
    ARMED_TYPES,
    against,
    against_verb,
    between,
    borrowed_agents,
    de_complements,
    has_case,
    impersonal,
    is_force,
    is_settlement,
    own_agents,
    partners,
)
from newsgraph.extract.event_nominal import MEETING_TYPES as MEETING_TYPES  # used by events
from newsgraph.extract.event_parse import (
    AGENT_DEPS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    PLACE_LABELS,
    SUBJECT_DEPS,
    MentionIndex,
    is_object,
    is_predicate,
    lemma,
    subject_chain,
)
from newsgraph.extract.event_persons import SPORT_TYPES, club
from newsgraph.extract.event_phrases import inside_phrase
from newsgraph.extract.event_reference import (
    agent_next_to,
    agent_phrases,
    antecedent,
    controller,
    headline_participle,
    infinitive,
    is_passive,
    possessive_antecedent,
    stranded_subject,
    with_conjuncts,
)
from newsgraph.extract.event_role_actors import actor_of, instruments, possessor_token
from newsgraph.extract.event_role_asides import aside, media_crew
from newsgraph.extract.event_role_kinds import ATTENDED_TYPES, SCOPE_TYPES, UNDERGOER_TYPES
from newsgraph.extract.event_role_perpetrators import author_of, perpetrator
from newsgraph.extract.event_role_routes import route_start
from newsgraph.extract.event_role_undergone import (
    perfect_infinitive,
    trailing_participle,
    undergone_by_subject,
)
from newsgraph.extract.event_triggers import Trigger, match_trigger
from newsgraph.model import RoleRef
from newsgraph.names import actor_id

_VERBS = lexicons.tagged("event_verbs.tsv")
ATTENDANCE_VERBS = _VERBS["attendance"]
SUFFER_VERBS = _VERBS["suffer"]
"""Light verbs whose subject undergoes the event ("l'Ukraine a subi des frappes")."""
INSTIGATE_VERBS = _VERBS["instigate"]
"""Verbs whose subject is the agent of the nominal trigger they govern ("appellent à la grève")."""
NAMED_LABELS = {"PER", "ORG", "GPE", "LOC"}


def in_the_street(token: Token, type_: str) -> bool:
    """A protest said as being in the street: "les retraités étaient dans la rue" (its subject acts)."""
    return type_ == "demonstrate" and has_case(token, {"dans"})


def bare_de(token: Token) -> bool:
    """A predicate noun said with a bare "de", as "en X" is: "les touristes sont de retour", "le
    ministre est de passage à Lyon" (not "le prix est de deux euros": no event noun)."""
    return has_case(token, {"de", "d'", "d’"}) and not any(c.dep_ == "det" for c in token.children)


def placed_in(verb: Token) -> list[Token]:
    """The objects of an active verb that puts someone into a state ("a placé le suspect en garde à
    vue", "les ont placés en détention"); none for a verb without object ("ils restent en grève")."""
    return [
        c
        for c in verb.children
        if c.dep_ in OBJECT_DEPS and (c.pos_ in {"NOUN", "PROPN", "PRON"} or c.i < verb.i)  # clitic "les"
    ]


def aimed_people(token: Token, mentions: MentionIndex) -> list[Token]:
    """The "contre X" of a noun when X is an actor, named or not ("les frappes de Moscou contre les
    milices", "l'offensive de Kiev contre les forces russes"): whom the act is aimed at."""
    return [
        c
        for c in token.children
        if c.dep_ == "nmod" and has_case(c, {"contre"}) and actor_of(c, mentions, "target") is not None
    ]


def side_adjective(adjective: Token, kind: str) -> bool:
    """An adjective that names who acts ("l'offensive russe", "la victoire française"); for a match
    or a title, a union of states is the competition's scope, not a side ("son premier titre
    européen", "la finale européenne"); for a study, a country is where its researchers work, not
    its state ("une étude américaine montre"; "un rapport onusien" is the UN's)."""
    ref = adjective_actor(adjective, "agent")
    if ref is None or (kind in STUDY_TYPES and ref.type == "gpe"):
        return False
    if ref.type == "gpe" and lemma(adjective.head) in MEAL_NOUNS:
        return False  # "un déjeuner mexicain": the cuisine, not the state
    return kind not in SPORT_TYPES or ref.type == "gpe"


MEAL_NOUNS = frozenset({"déjeuner", "dîner", "repas", "banquet", "buffet", "brunch", "goûter", "apéritif"})
"""Meals, whose nationality adjective names a cuisine ("un dîner italien"), not who hosts it."""
STUDY_TYPES = frozenset({"report_release"})
"""Kinds of events whose nationality adjective says where, not who ("une étude britannique")."""


BY_DEPS = frozenset({"nmod", "obl:agent"})
"""How the parser hangs a "par X" on a nominal trigger's first "de X": as its complement, or as the
agent of a passive ("l'encerclement de Kiev par les Russes", round 25b)."""


def team_word(token: Token, mentions: MentionIndex) -> Token:
    """The word that names a side of a match: the token itself ("Lyon a battu Marseille"), or for a
    subject pronoun the team it takes up ("Le Stade toulousain a décroché le titre. Il a remporté
    la finale")."""
    if token.pos_ == "PRON" and token.lower_ in {"il", "elle", "ils", "elles"} and token.dep_ in SUBJECT_DEPS:
        return antecedent(token, mentions) or token
    return token


def has_possessive(token: Token) -> bool:
    return any("Yes" in morph_feats(c).get("Poss", []) for c in token.children)


def roles(
    token: Token, verb: Token, trig: Trigger, mentions: MentionIndex, depth: int = 2
) -> tuple[list[RoleRef], list[Token]]:
    """Agent and target of a trigger, and the tokens that name them; a definite or demonstrative
    noun that names nobody takes up the agent of the earlier report it repeats (``depth`` links)."""
    agents: list[Token] = []
    targets: list[Token] = []
    participants: list[Token] = []
    if token.pos_ in {"NOUN", "PROPN"}:
        des = [d for d in de_complements(token) if not inside_phrase(d)]  # not "État" of "coup d'État"
        des = [d for d in des if not route_start(d, trig.type, mentions)]  # "de l'Égypte à l'Éthiopie"
        # "contre X", "sur X", on the noun or on its first "de X" ("l'attaque du Hamas contre Israël")
        aimed = against(token, mentions) + (against(des[0], mentions) if des else [])
        aimed += against_verb(token, mentions)  # "des sanctions prises contre la Russie"
        aimed += [c for c in aimed_people(token, mentions) if all(c.i != a.i for a in aimed)]
        agents += own_agents(token)  # "lancée par X", "de la part de X"
        if not agents:  # "l'invasion de l'Ukraine par la Russie"; "la prise de la ville par les rebelles"
            by = agent_next_to(token) + [g for d in des[:1] for g in d.children if g.dep_ in BY_DEPS]
            agents += [c for c in by if has_case(c, {"par"}) and actor_of(c, mentions, "agent") is not None][
                :1
            ]
        if impersonal(trig.type):  # "23 départements sont en vigilance orange": nobody acts, but
            agents += placer(token)  # "placés en vigilance par Météo-France": who issues the alert
        elif is_predicate(token) and (
            has_case(token, {"en"}) or bare_de(token) or in_the_street(token, trig.type)
        ):
            holders = with_conjuncts([c for c in token.children if c.dep_ in SUBJECT_DEPS])
            if not holders and in_the_street(token, trig.type) and token.dep_ == "nmod":
                holders = [token.head]  # the parser hung "étaient dans la rue" on its subject
            (targets if trig.type in UNDERGOER_TYPES else agents).extend(holders)  # "X est en garde à vue"
        elif is_predicate(token) and trig.type == "candidacy":  # "la sénatrice sera candidate à"
            agents.extend(with_conjuncts([c for c in token.children if c.dep_ in SUBJECT_DEPS]))
        elif token.dep_ == "nmod" and has_case(token, {"en"}) and token.head.pos_ in {"NOUN", "PROPN"}:
            # "les contrôleurs en grève", "Emmanuel Macron, en visite à Berlin, a salué"
            (targets if trig.type in UNDERGOER_TYPES else agents).append(token.head)
            placing = token.head.head
            if (
                trig.type in UNDERGOER_TYPES
                and token.head.dep_ in OBJECT_DEPS
                and lemma(placing) in PLACING_VERBS
            ):
                # "la police a placé le suspect en garde à vue" (the parser hung "en" on the object)
                agents.extend(with_conjuncts(subject_chain(placing)) if not is_passive(placing) else [])
        elif (
            token.dep_.startswith("obl")
            and (has_case(token, {"en"}) or in_the_street(token, trig.type))
            and token.head.pos_ == "VERB"
            and verb.i == token.i
        ):
            # "les Russes battent en retraite", "ils restent en grève"; "placé en détention": undergone
            holders = with_conjuncts(subject_chain(token.head))
            undergone = trig.type in UNDERGOER_TYPES or is_passive(token.head)
            placed = placed_in(token.head) if undergone and not is_passive(token.head) else []
            if placed:  # "la police a placé le suspect en garde à vue": the subject places the object
                agents.extend(holders)
                targets.extend(placed)
            else:
                (targets if undergone else agents).extend(holders)
        if des:
            first = des[0]
            m = mentions.get(first)
            if trig.de_role == "target" and trig.type in ARMED_TYPES and is_force(first, mentions):
                agents.append(first)  # "le bombardement des Russes", "l'offensive de l'armée"
            elif trig.de_role == "target" and trig.type in ATTACK_TYPES and lemma(first) in ATTACKERS:
                agents.append(first)  # "l'attaque des terroristes", "l'assaut des rebelles"
            elif (
                trig.de_role == "target"
                and aimed
                and not agents
                and actor_of(first, mentions, "agent") is not None
            ):
                agents.append(first)  # "l'attaque du Hamas contre Israël", "les frappes de Moscou sur Kiev"
            elif trig.de_role == "target":  # a doer's "de": "l'enquête de la gendarmerie"
                (agents if genitive_doer(first, trig.type) else targets).append(first)
            elif m is not None and m.label in PLACE_LABELS and len(des) == 1 and is_settlement(m):
                pass  # "le retrait de Kherson": the place, not an actor
            elif m is not None and m.label in PLACE_LABELS and impersonal(trig.type):
                pass  # "les inondations du Pakistan": where, nobody acts
            elif agents:
                pass  # the agent is said otherwise ("de la part de X", "lancée par X")
            elif (same := match_trigger(first, mentions)) is not None and same.type == trig.type:
                pass  # "un mouvement de grève", "une journée de grève": the event itself, nobody
            elif actor_of(first, mentions, "agent") is None:
                pass  # "un accord de principe": no actor, so the carrier's subject may be the agent
            else:
                agents.append(first)
        if trig.type not in SCOPE_TYPES:  # "les élections européennes": where, not who
            agents += [c for c in token.children if c.dep_ == "amod" and side_adjective(c, trig.type)]
        participants += between(token)  # "des pourparlers entre Kiev et Moscou"
        if verb.i != token.i and token.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
            participants += between(verb)  # "un échange a eu lieu entre la Russie et l'Ukraine"
        participants += partners(token, verb, trig)
        targets += aimed
        if not agents and trig.de_role == "agent":  # "le déplacement à Nice du président"
            agents += [x for x in displaced_de(token, mentions) if actor_of(x, mentions, "agent") is not None]
        if trig.de_role == "self" and not agents:  # "40 000 manifestants à Paris"
            agents.append(token)
        if not agents and trig.de_role != "target" and has_possessive(token):
            # "X a remis sa démission", "son adhésion"; "Les troupes avancent. Leur convoi..."
            owner = possessor_token(token, mentions) or possessive_antecedent(token, mentions)
            agents += [owner] if owner is not None else []
        if not agents and trig.de_role != "target":
            agents += borrowed_agents(token, mentions)
        if not targets and trig.type in UNDERGOER_TYPES and not des and has_possessive(token):
            # "Élisabeth Borne a dédié sa nomination"; "Le ministre arrive. Son audition commence"
            owner = possessor_token(token, mentions) or possessive_antecedent(token, mentions)
            targets += [owner] if owner is not None else []
        if not agents and token.dep_ in OBJECT_DEPS | {"obl:arg"} and lemma(token.head) in INSTIGATE_VERBS:
            agents += with_conjuncts(subject_chain(token.head))  # "les syndicats appellent à la grève"
        if not agents and (calling := called_for(token)) is not None and lemma(calling) in INSTIGATE_VERBS:
            agents += with_conjuncts(subject_chain(calling))  # "appellent mardi à une grève", an obl:mod
        if not agents:  # "les syndicats ont lancé un appel à la grève"
            agents += caller(token)
        if not agents:  # "la Cour des comptes a publié un rapport", "dans un rapport, Amnesty dénonce"
            agents += document_author(token, trig.type)
        if not agents:  # "Parmi les mesures décidées par la préfecture : la fermeture de la N118"
            agents += measure_deciders(token) or measure_setter(token, trig.type)  # "X prolonge la remise"
        if not agents and (author := author_of(token)) is not None:
            agents.append(author)  # "le suspect de la fusillade", "les organisateurs de la marche"
        if not agents and (relative := object_relative(token)) is not None:
            if not undergone_by_subject(relative[0], trig.type):  # not "le viol qu'elle a subi"
                agents += with_conjuncts(relative[1])  # "les sanctions que l'UE a prises"
        if not agents:  # "repartent à l'assaut", "rejoignent la grève"; a bare "dep" object
            carried = joined(token, trig.type) or light_dep(token, LIGHT_VERBS) or held_for(token)
            agents += with_conjuncts(carried)
        participants += sides(token, trig)  # "des combats opposent X à Y"
        agents += [
            c
            for c in token.children
            if c.dep_ == "nmod"
            and any(  # "la prise de X par Y"
                g.dep_ == "case" and g.lower_ == "par" for g in c.children
            )
        ]
        agents += [] if agents else entrusted(token)  # "l'enquête a été confiée aux gendarmes"
        if verb.i != token.i and not agents and trig.type not in CASUALTY_TYPES:
            subjects = [t for t in subject_chain(verb) if t.i != token.i and t.head.i != token.i]
            if undergone_by_subject(verb, trig.type) or is_passive(
                verb
            ):  # "a subi des frappes", "placé en garde à vue"
                targets += subjects
                agents += agent_phrases(verb)
            else:  # "socialistes et Insoumis ont trouvé un accord", the subject hung elsewhere
                stranded = [t for t in stranded_subject(verb) if t.i != token.i]  # not the trigger itself
                agents += with_conjuncts(subjects or stranded or errand_doer(verb))  # "venue rendre hommage"
        governor = token.head if token.head.pos_ in {"VERB", "AUX"} else token.head.head
        if (
            trig.type in MEETING_TYPES | ATTENDED_TYPES  # "a assisté à la messe"
            and token.dep_ in {"obl:arg", "obl:mod", "obj", "nmod"}
            and lemma(governor) in ATTENDANCE_VERBS
        ):
            participants += subject_chain(governor)
        elif trig.type in MEETING_TYPES and not agents and (host := purpose_verb(token)) is not None:
            if not is_passive(host):  # "a reçu les syndicats pour une consultation"
                agents += with_conjuncts(subject_chain(host))
    else:
        passive = (
            is_passive(token)
            or lemma(token) in SUFFER_VERBS
            or (trailing_participle(token) and is_passive(token.head))  # "enlevée, séquestrée"
            or (  # "a écopé de": undergone
                # "21 personnes ont été tuées et des dizaines blessées"
                token.dep_ == "conj"
                and "Part" in morph_feats(token).get("VerbForm", [])
                and not any(c.dep_.startswith("aux") for c in token.children)
                and is_passive(token.head)
            )
        )
        if trig.type == "capture" and (
            taker := fallen_to(token)
        ):  # "Kherson est tombée aux mains des Russes"
            passive, agents = True, taker
        own = subject_chain(token) or quantified_subject(token)  # "beaucoup de vacanciers se sont"
        own = [] if trailing_participle(token) and not passive else own  # "un réseau [...] bombardé"
        own = own or hung_subject(token) or adjunct_purpose(token)  # "des milliers d'habitants manifestent"
        own = own or object_conjunct(token)  # "ont volé des pièces et saccagé le site"
        agents += with_conjuncts(own) if not passive else []
        if not agents and trig.type in SPORT_TYPES and token.head.i > token.i and is_predicate(token.head):
            # "X a été sacré champion", the participle parsed a word of the predicate noun: the winner
            agents += with_conjuncts(subject_chain(token.head))
        agents += agent_phrases(token) if passive else [c for c in token.children if c.dep_ in AGENT_DEPS]
        if passive and not agents:  # "évacuée et relogée par les autorités"
            agents += shared_passive_agent(token, agent_phrases)
        targets += [
            c
            for c in token.children
            if c.lower_ not in {"se", "s'", "s’"}
            and is_object(c)
            and (
                c.dep_ in OBJECT_DEPS
                or mentions.get(c) is not None
                or lemma(c) in PEOPLE_NOUNS | MILITARY_NOUNS
            )
        ]
        if passive:  # "Donald Tusk a été élu Premier ministre": Tusk, not the title
            targets = [
                *(subject_chain(token) or quantified_subject(token)),
                *(c for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS),
                *(t for t in targets if t.dep_ != "xcomp" and not headline_participle(token)),
            ]
        if not passive and (inverted := inverted_relative(token)) is not None:
            # "l'accord qu'a signé la France": the noun after the verb acts, the one before undergoes
            agents = with_conjuncts([inverted[0]])
            targets = [inverted[1], *(t for t in targets if t.i not in {x.i for x in agents})]
        participants += partners(token, verb, trig) + between(token)  # "discutée entre Russes et Turcs"
        if token.dep_ == "acl" and token.head.pos_ in {"NOUN", "PROPN"}:
            if "Inf" in morph_feats(token).get("VerbForm", []) or perfect_infinitive(token):
                # "a ordonné aux soldats de tirer"; "un homme en train d'être évacué"; "ses raisons
                # d'avoir tué": the infinitive's doer, not someone killed
                (targets if passive else agents).append(token.head)
            else:
                targets.append(token.head)  # "des soldats tués"
        forced = None
        if infinitive(token) and token.head.i != token.i:
            forced = controller(token)  # "accuse le maire d'avoir frappé", "l'a forcé à signer"
            if forced is not None:
                agents = forced
            elif not agents:  # "mobilisés afin de lutter": through "afin" to the verb it qualifies
                governor = token.head.head if token.head.pos_ == "ADV" else token.head
                if lemma(token) not in SUFFER_VERBS:  # "vient d'écoper d'une amende": punished
                    agents += subject_chain(governor) or errand_doer(token)  # "venus manifester"
        top = token  # "des soldats [...] paradent et affirment avoir pris": the governing verb's
        while top.dep_ in {"xcomp", "conj"} and top.head.pos_ in {"VERB", "AUX"} and top.head.i < top.i:
            top = top.head
        if (
            not agents
            and not passive
            and forced is None  # "l'a contraint à signer": nobody rather than the one who forces
            and top.dep_ == "ROOT"
            and not subject_chain(top)
            and trig.type not in CASUALTY_TYPES
        ):
            # "À X, les soldats [...] tirent": the subject the parser hung elsewhere (not a noun
            # already read as the target: "X, figure du siècle, est décédé", X hung as an oblique)
            stranded = [t for t in stranded_subject(top) if all(t.i != x.i for x in targets)]
            agents += [t for t in stranded if actor_of(t, mentions, "agent") is not None][:1]
    if not any(actor_of(t, mentions, "agent") is not None for t in agents):  # "à l'appel de", "sur ordre de"
        agents = [t for t in initiators(token) if actor_of(t, mentions, "agent") is not None] or agents
    agents += instruments(agents, mentions)  # "la frappe russe a détruit", "les tirs de l'armée ont tué"
    if trig.type in PRODUCT_TYPES:  # "a créé une association": a thing that starts, not one acted on
        targets = [t for t in targets if (m := mentions.get(t)) is not None and m.label in NAMED_LABELS]
    targets = [t for t in targets if not aside(t)]  # "d'après les autorités", "(République tchèque)"
    refs: list[RoleRef] = []
    used: list[Token] = []
    for role, toks in (("agent", agents), ("target", targets), ("participant", participants)):
        for t in toks:
            ref = club(team_word(t, mentions), mentions, role) if trig.type in SPORT_TYPES else None
            if ref is None and t.dep_ == "amod":  # "les frappes russes": the forces of the state
                ref = armed_side(adjective_actor(t, role), t, trig.type)
            ref = ref or (None if t.dep_ == "amod" else actor_of(t, mentions, role))
            if ref is not None and role == "target" and media_crew(ref.name, trig.type, MEETING_TYPES):
                continue  # "a reçu une équipe de France 2": the report's own crew
            if ref is not None and all(r.id != ref.id for r in refs):
                refs.append(ref)
                used.append(t)
    if depth > 0 and not any(r.role == "agent" for r in refs) and (ant := taken_up(token, trig, mentions)):
        found = match_trigger(ant, mentions)  # "Ces sanctions visent [...]": the earlier report's agent
        before = roles(ant, carrier(ant), found, mentions, depth - 1) if found is not None else ([], [])
        for ref, t in zip(*before, strict=True):
            if ref.role == "agent" and all(r.id != ref.id for r in refs):
                refs.append(ref)
                used.append(t)
    if not any(r.role == "agent" for r in refs) and (said := announced(token, verb, trig.type, mentions)):
        refs.append(said[0])  # "Une enquête a été ouverte, a indiqué le parquet": the body that says it
        used.append(said[1])
    if not any(r.role == "agent" for r in refs) and (author := perpetrator(token, trig.type)) is not None:
        # "Une fusillade a éclaté [...]. Le tireur s'est rendu" ("assaillant" may be parsed an adjective)
        fallback = RoleRef(actor_id(author.text, "group"), author.text, "agent", "group")
        ref = actor_of(author, mentions, "agent") or fallback
        if all(r.id != ref.id for r in refs):
            refs.append(ref)
            used.append(author)
    return refs, used
