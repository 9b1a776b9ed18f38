"""Modality of a trigger (asserted, negated, hypothetical, future or reported: the event is kept
and marked, not dropped), and the verb a nominal trigger hangs on. The words are in
``ontology/lexicons/event_modality.tsv`` and ``event_verbs.tsv``."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.event_amounts import PHASE_NOUNS, QUANTITY_NOUNS
from newsgraph.extract.event_cache import doc_memo, morph_feats
from newsgraph.extract.event_expected import (
    ENDING,
    concessive,
    is_announced,
    is_past_indicative,
    is_restrictive,
    lone_ne,
    under_negation,
)
from newsgraph.extract.event_parse import OBJECT_DEPS, SUBJECT_DEPS, is_object, lemma
from newsgraph.extract.negation_words import NE
from newsgraph.extract.verb_mood import conditional_form, future_form
from newsgraph.model import Modality, TimeValue

_MODALITY = lexicons.tagged("event_modality.tsv")
NEGATORS = _MODALITY["negator"]  # lemmas, with a trigger's negative determiner: "aucun blessé"
HYPOTHETICAL_MARKS = _MODALITY["hypothetical_mark"]
HYPOTHETICAL_GOVERNORS = _MODALITY["hypothetical_governor"]
HYPOTHETICAL_HEAD_NOUNS = _MODALITY["hypothetical_noun"]
HYPOTHETICAL_AMODS = _MODALITY["hypothetical_adjective"]
FACTUAL_GOVERNORS = _MODALITY["factual_governor"]
"""Governors whose infinitive complement reports something that happened (or was ordered)."""
FUTURE_AMODS = _MODALITY["future_adjective"]
ALLEGED_AMODS = _MODALITY["alleged_adjective"]
FUTURE_HEAD_NOUNS = _MODALITY["future_noun"]
FUTURE_GOVERNORS = _MODALITY["future_governor"]
ALLEGING_GOVERNORS = _MODALITY["alleging_governor"]
DENIAL_GOVERNORS = _MODALITY["denial_governor"]
RETROSPECTIVE_GOVERNORS = _MODALITY["retrospective_governor"]
ANNOUNCING_GOVERNORS = _MODALITY["announcing_governor"]
ANNOUNCED_DONE = _MODALITY["announced_done_noun"]
_VERBS = lexicons.tagged("event_verbs.tsv")
LIGHT_VERBS = _VERBS["light"]
"""A verb that carries a nominal trigger: "avoir des pourparlers", "imposer des sanctions"."""
OCCUR_VERBS = _VERBS["occur"]


def is_negated(token: Token) -> bool:
    deps = {"advmod", "advmod:neg", "det", "neg"}
    negators = [c for c in token.children if c.lower_ in NEGATORS and c.dep_ in deps]
    if not negators:
        return False
    return not (all(c.lower_ in NE for c in negators) and (is_restrictive(token) or lone_ne(token)))


CONTRACTED_ARTICLES = {"au", "aux", "du", "des"}
"""A preposition fused with an article: the noun is determined ("en proie aux flammes"), not bare."""


CLASSIFIER_CASES = frozenset({"de", "d'", "d’", "à"})
"""The prepositions of a classifying noun: "navire de combat", "char d'assaut", "avion à réaction"."""


def is_classifier(token: Token) -> bool:
    """A bare noun that classifies another ("navire de combat", "char d'assaut"): no event."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "nmod"
        and not any(c.dep_ in {"det", "nmod", "amod", "nummod"} for c in token.children)
        and not any(c.dep_ == "case" and c.lower_ in CONTRACTED_ARTICLES for c in token.children)
        and all(
            c.lower_ in CLASSIFIER_CASES for c in token.children if c.dep_ == "case"
        )  # not "entre en vigueur"
        and lemma(token.head) not in QUANTITY_NOUNS | PHASE_NOUNS  # "une série de frappes", "départs de feu"
    )


JUDGING_IDIOMS = frozenset(
    {"cause", "doute", "question", "garde", "avant", "évidence", "lumière", "accusation"}
)
"""The bare nouns of "mettre en X" idioms that judge or show their object ("met en cause la grève",
"remet en question les sanctions", "a mis en avant les frappes"): the verb then carries no event."""


def judging_idiom(token: Token) -> bool:
    """The "en X" of a judging idiom on its own verb ("met en cause"), not the head of a clause of its
    own the parser hung on the verb ("ouverte par la police, tandis que les suspects sont en garde à vue")."""
    return (
        lemma(token) in JUDGING_IDIOMS
        and bare_en(token)
        and not any(c.dep_ in {"cop", "mark", "nsubj"} for c in token.children)
    )


def bare_en(token: Token) -> bool:
    """A noun after a bare "en" ("en cause", "en doute"), with no article."""
    return any(c.dep_ == "case" and c.lower_ == "en" for c in token.children) and not any(
        c.dep_ == "det" for c in token.children
    )


CONTAINER_NOUNS = frozenset(
    {"vague", "opération", "campagne", "plan", "programme", "paquet", "salve", "journée", "mission"}
)
"""Nouns of a batch or an undertaking whose bare "de X" names the act they hold: who launches "une
vague de frappes", "une opération de sauvetage", "un plan d'aide", "un paquet de sanctions" does
the act, so the act hangs on the verb of the batch as on its own."""


def contained(token: Token) -> bool:
    """A bare "de X" of a batch noun ("une vague de frappes"; not "la vague du variant": a
    determiner), see ``CONTAINER_NOUNS``."""
    return (
        lemma(token.head) in CONTAINER_NOUNS
        and any(c.dep_ == "case" and c.lower_ in {"de", "d'", "d’"} for c in token.children)
        and not any(c.dep_ == "det" for c in token.children)
    )


def carrier(token: Token) -> Token:
    """The verb a nominal trigger hangs on: a light verb it is the object of ("mener des frappes"),
    or a verb of occurring it is the subject of ("les pourparlers ont eu lieu à Istanbul"); found
    once per noun and document (the roles, the modality and the context rules ask again)."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return token
    doc = token.doc
    memo = doc_memo(doc)
    key = ("carrier", token.i)
    found: int | None = memo.get(key)
    if found is None:
        found = memo[key] = _carrier(token).i
    return token if found == token.i else doc[found]


def _carrier(token: Token) -> Token:
    node = token
    if token.dep_ == "nmod" and token.head.pos_ == "NOUN" and lemma(token.head) in QUANTITY_NOUNS:
        node = token.head  # "ont mené une série de contre-offensives": the series' verb
    elif token.dep_ == "nmod" and token.head.pos_ == "NOUN" and contained(token):
        node = token.head  # "a lancé une vague de frappes", "ont mené une opération de sauvetage"
    light = lemma(node.head) in LIGHT_VERBS
    if node.dep_ == "obl:arg" and any(c.dep_ == "obj" for c in node.head.children):
        light = False  # "faire face à des incendies", "mettre fin à la grève": the object is the verb's
    if light and any(judging_idiom(c) and c.i != node.i for c in node.head.children):
        light = False  # "l'entreprise met en cause la grève": the idiom's object, not an act of the subject
    if light and (node.dep_ in OBJECT_DEPS | {"obl:arg", "nsubj:pass"} or is_object(node)):
        return node.head  # "procéder à des frappes", "ont fait grève"
    if light and node.dep_ == "obl:mod" and any(c.lower_ == "en" and c.dep_ == "case" for c in node.children):
        return node.head  # "se mettre en grève", "placé en garde à vue"
    if node.dep_ in SUBJECT_DEPS and is_occurring(node.head):
        return node.head
    return next((c for c in token.children if c.dep_ == "conj" and is_occurring(c)), token)


def is_occurring(verb: Token) -> bool:
    """ "avoir lieu", "se tenir", "se dérouler", "commencer"..."""
    lem = lemma(verb)
    if lem == "avoir":
        return any(lemma(c) == "lieu" for c in verb.children)
    return lem in OCCUR_VERBS


MODAL_VERBS = frozenset({"pouvoir", "devoir"})
"""Verbs of possibility and obligation: an event under one is not a fact ("pourrait frapper")."""


def verb_group(verb: Token) -> list[Token]:
    """The verb and its auxiliaries, where tense and mood are read ("aurait pu": "aurait", "pu")."""
    return [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]


def is_conditional(group: list[Token]) -> bool:
    """A verb group in the conditional mood ("aurait tué", "pourrait"), also where the tagger calls
    it an imperfect ("attaquerait": ``verb_mood.conditional_form``)."""
    return any("Cnd" in morph_feats(t).get("Mood", []) or conditional_form(t) for t in group)


SUBJUNCTIVE_MARKS = frozenset({"que", "qu'", "qu’"})
"""The conjunction of a subjunctive clause ("pour qu'il parte", "il faut que la grève cesse")."""


def is_subjunctive(verb: Token) -> bool:
    """A verb in the subjunctive of a "que" clause ("qu'une trêve soit signée"); a main clause
    tagged subjunctive is the tagger reading an ambiguous "-e" form ("la Coupe se déroule")."""
    return "Sub" in morph_feats(verb).get("Mood", []) and any(
        c.dep_ == "mark" and c.lower_ in SUBJUNCTIVE_MARKS for c in verb.children
    )


CONDITION_MARKS = frozenset({"si", "s'", "s’"})


def has_condition(verb: Token) -> bool:
    """A verb with an "if" clause ("si on avait pu, on aurait fait la queue"): its conditional is
    the unreal one, not the journalistic one."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in verb.children
    )


def in_case_clause(verb: Token) -> bool:
    """The verb of an "au cas où" / "dans le cas où" clause ("dans le cas où la reine s'éteindrait",
    "au cas où les manifestants envahiraient la place"): a condition, whatever its mood. The parser
    hangs the clause on "cas" or "cas" on its verb."""
    if not any(c.lower_ == "où" for c in verb.children):
        return False
    return (verb.dep_ == "acl:relcl" and lemma(verb.head) == "cas") or any(
        lemma(c) == "cas" and c.dep_.startswith("obl") for c in verb.children
    )


def modality(token: Token) -> Modality:
    """How the text presents the event: ``asserted``, ``negated``, ``hypothetical`` (a condition,
    wish, possibility, call or threat), ``future`` (announced or planned) or ``reported`` (alleged:
    the journalistic conditional, "présumé", an accusation)."""
    verb = carrier(token)
    if any(is_negated(t) for t in (token, verb)):
        return "negated"
    if token.dep_ in OBJECT_DEPS | {"xcomp"} and is_existential(token.head) and is_negated(token.head):
        return "negated"  # "il n'y a pas eu de blessé"
    if under_negation(token):
        return "negated"  # "il n'y a plus de file d'attente", "pas d'avis de tempête"
    if verb.dep_ in {"xcomp", "ccomp"} and (
        lemma(verb.head) in DENIAL_GOVERNORS
        or verb.head.lower_.startswith(("dément", "démenti", "nie", "nié"))
    ):
        return "negated"  # "Moscou a démenti avoir bombardé"
    if in_case_clause(verb):
        return "hypothetical"  # "au cas où Moscou attaquerait"
    marked = infinitive_mark(verb)
    if marked is not None:
        return marked
    for t in (token, verb):
        if is_subjunctive(t):
            return "hypothetical"
        if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS | CONDITION_MARKS for c in t.children):
            return "asserted" if concessive(t) else "hypothetical"  # "s'il était réélu"; "même si"
    if token.pos_ in {"NOUN", "PROPN"}:
        found = _noun_modality(token, verb)
        if found is not None:
            return found
    if any(c.dep_.startswith("aux") and lemma(c) in MODAL_VERBS for c in verb.children):
        return "hypothetical"
    auxiliaries = verb_group(verb)
    if is_conditional(auxiliaries):
        if verb.dep_.startswith(("advcl", "ccomp")) or has_condition(verb):  # "si on avait pu, on aurait"
            return "hypothetical"
        return "reported"  # "aurait tué"
    if any(future_form(t) for t in auxiliaries):
        return "future"
    governor = lemma(verb.head) if verb.dep_ != "ROOT" else ""
    infinitive = any("Inf" in morph_feats(t).get("VerbForm", []) for t in auxiliaries)  # "avoir bombardé"
    if infinitive and verb.dep_ != "ROOT":
        if governor in MODAL_VERBS and is_past_indicative(verb.head):  # "ont dû quitter", "a pu fuir"
            return "negated" if is_negated(verb.head) else "asserted"
        if is_negated(verb.head) and governor in FACTUAL_GOVERNORS | FUTURE_GOVERNORS | ENDING:
            return "asserted" if governor in ENDING else "negated"  # "ne cessent d'augmenter"; "ne vont pas"
        if governor in FACTUAL_GOVERNORS:
            return "asserted"
        if governor in FUTURE_GOVERNORS:
            return "future"
        if governor in ALLEGING_GOVERNORS:
            return "reported"
        return "hypothetical"
    if verb.dep_ in {"xcomp", "ccomp"} and governor in HYPOTHETICAL_GOVERNORS:
        return "hypothetical"
    return "asserted"


def _noun_modality(token: Token, verb: Token) -> Modality | None:
    """What a nominal trigger's own words say: "le présumé massacre", "une éventuelle trêve",
    "sans combats", "le projet de réforme", "appeler à la grève"."""
    amods = {lemma(c) for c in token.children if c.dep_ == "amod"}
    if amods & ALLEGED_AMODS:
        return "reported"
    if amods & FUTURE_AMODS:
        return "future"
    if amods & HYPOTHETICAL_AMODS:
        return "hypothetical"
    if any(c.dep_ == "case" and c.lower_ == "sans" for c in token.children):
        return "negated"
    head = lemma(token.head)
    said = conditional_subject(token)
    if said is not None:
        return said
    if token.dep_ == "nmod" and head == "cas" and bare_en(token.head):
        return "hypothetical"  # "en cas d'invasion"
    relative = relative_modality(token)
    if relative is not None:
        return relative
    announced = announced_modality(token)
    if announced is not None:
        return announced
    if token.dep_ == "nmod" and head in HYPOTHETICAL_HEAD_NOUNS:
        return "future" if head in FUTURE_HEAD_NOUNS else "hypothetical"
    if verb.i == token.i and token.dep_ in OBJECT_DEPS | {"obl:arg"}:
        if head in FUTURE_GOVERNORS:
            return "future"
        if head in HYPOTHETICAL_GOVERNORS:
            return "hypothetical"
        if is_future_verb(token.head) and head not in RETROSPECTIVE_GOVERNORS:
            return "future"  # "les retraités toucheront une revalorisation"
        if under_conditional_modal(token.head):
            return "hypothetical"  # "il pourrait bénéficier d'une aide de l'État"
    return None


DONE_MARKS = frozenset({"pour", "après"})  # "condamné pour avoir agressé", "après avoir remporté"
WITHOUT = frozenset({"sans"})

PROSECUTING = frozenset({"juger", "poursuivre", "inculper", "interpeller", "arrêter", "soupçonner"})
ALLEGING_STEMS = ("soupçonn", "accus", "inculp")
"""Verbs of prosecution, whose past infinitive tells an alleged act ("jugés pour avoir fourni des
armes", unlike "condamné pour avoir agressé"); stems of those the tagger reads as nouns."""


def infinitive_mark(verb: Token) -> Modality | None:
    """An infinitive's mark that decides its modality (evp27): "sans" negates it ("partis sans
    payer", "sans avoir voté"); "pour" or "après" before a past infinitive tells a done act
    ("condamné pour avoir agressé", "après avoir remporté"), as does "de" before a past infinitive
    completing a noun ("ses raisons d'avoir tué"); alleged under a verb of alleging or prosecution
    ("jugés pour avoir fourni", "soupçonnés d'avoir fourni"). None otherwise ("pour négocier")."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    infinitive = "Inf" in morph_feats(verb).get("VerbForm", [])
    past = any(
        c.dep_ == "aux:tense" and "Inf" in morph_feats(c).get("VerbForm", []) for c in verb.children
    ) and "Part" in morph_feats(verb).get("VerbForm", [])
    if marks & WITHOUT and (infinitive or past):
        return "negated"
    if not past:
        return None
    if lemma(verb.head) in ALLEGING_GOVERNORS | PROSECUTING or verb.head.lower_.startswith(ALLEGING_STEMS):
        return "reported"  # "soupçonnés d'avoir fourni des armes", "jugés pour avoir fourni"
    if marks & DONE_MARKS:
        return "asserted"
    if marks & {"de", "d'", "d’"} and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return "asserted"
    return None


def announced_for_later(token: Token, when: TimeValue | None, published: TimeValue | None) -> bool:
    """An event noun announced for a day after the report's (evp27): the object of a verb of
    announcing ("la CGT a annoncé une grève pour jeudi"), not a done happening ("a annoncé la mort
    de"), dated in the text later than the publication. An announced measure with no later date is
    the decision told, asserted ("a annoncé une aide de 2 milliards")."""
    head = token.head
    if token.dep_ not in OBJECT_DEPS or lemma(head) not in ANNOUNCING_GOVERNORS or is_negated(head):
        return False
    if when is None or published is None:
        return False
    if lemma(token) in ANNOUNCED_DONE or "W" in when.value or "W" in published.value:
        return False
    return when.value[:10] > published.value[:10] and not published.value.startswith(when.value)


def announced_modality(token: Token) -> Modality | None:
    """An event noun planned (evp27) or expected (evd28), qualified or predicated by "prévu" or
    "attendu" ("la manifestation prévue samedi", "le verdict est attendu le 29 juin"): future
    (``event_expected.is_announced``). None otherwise."""
    return "future" if is_announced(token) else None


RECEIVING_VERBS = frozenset(
    {
        "bénéficier",
        "toucher",
        "recevoir",
        "obtenir",
        "percevoir",
        "affronter",
        "subir",
        "connaître",
        "profiter",
    }
)
"""Verbs whose object comes to the subject only if the verb happens ("bénéficier d'une aide",
"affronter un vote de défiance", "connaître une grève"), unlike verbs that act on what already is
("devrait limiter la flambée des prix": the rise is a fact)."""


def under_conditional_modal(verb: Token) -> bool:
    """An infinitive of receiving governed by "pouvoir" or "devoir" in the conditional ("pourrait
    bénéficier", "devrait toucher"): what its object names may come, not a fact (round 26, evs26)."""
    return (
        lemma(verb) in RECEIVING_VERBS
        and verb.pos_ == "VERB"
        and "Inf" in morph_feats(verb).get("VerbForm", [])
        and verb.dep_ == "xcomp"
        and lemma(verb.head) in MODAL_VERBS
        and is_conditional(verb_group(verb.head))
        and not is_negated(verb.head)
    )


def is_future_verb(verb: Token) -> bool:
    """A verb in the future indicative, simple or perfect ("toucheront", "auront reçu"), or an
    infinitive a future governor governs ("vont toucher"), not negated (round 25b, evt25b)."""
    if verb.pos_ not in {"VERB", "AUX"} or is_negated(verb):
        return False
    if any(future_form(t) for t in verb_group(verb)):
        return True
    return (
        "Inf" in morph_feats(verb).get("VerbForm", [])
        and verb.dep_ == "xcomp"
        and lemma(verb.head) in FUTURE_GOVERNORS
        and not is_negated(verb.head)
    )


def is_existential(verb: Token) -> bool:
    """The "avoir" of "il y a" ("il n'y a pas eu de victime")."""
    return lemma(verb) == "avoir" and any(c.lower_ == "y" for c in verb.children)


RELATIVE_SUBJECTS = frozenset({"qui"})


def relative_modality(token: Token) -> Modality | None:
    """A nominal trigger that is the subject of its own relative clause saying that it may happen,
    "pouvoir" or "devoir" with a verb of occurring ("une attaque qui peut survenir à tout moment",
    "une grève qui pourrait se produire"): a possibility. None otherwise: "des sanctions qui
    pourraient s'aggraver" exist, "qui a pu avoir lieu" happened."""
    for rel in token.children:
        if rel.dep_ != "acl:relcl" or not any(
            c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_SUBJECTS for c in rel.children
        ):
            continue
        happening = [c for c in rel.children if c.dep_ == "xcomp" and is_occurring(c)]
        if lemma(rel) in MODAL_VERBS and happening and not is_past_indicative(rel):
            return "hypothetical"
    return None


def conditional_subject(token: Token) -> Modality | None:
    """A nominal trigger that is the subject of a verb in the conditional: with "pouvoir" or
    "devoir" a possibility, not a fact ("une attaque contre ce pays aurait pu déclencher une guerre",
    "une grève pourrait paralyser le port"); without, the journalistic conditional of an unconfirmed
    fact ("une frappe aurait fait dix morts"). None when the trigger is no such subject."""
    if token.dep_ not in SUBJECT_DEPS or token.head.i == token.i:
        return None
    auxiliaries = verb_group(token.head)
    if not is_conditional(auxiliaries):
        return None
    if any(lemma(t) in MODAL_VERBS for t in auxiliaries):
        return "hypothetical"
    return "reported"
