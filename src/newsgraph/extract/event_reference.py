"""Who a word in an event's actor slot stands for, beyond the trigger's own subject: the
antecedent of a subject pronoun ("il", "elle"), the topic a sentence opens on ("quant à X"), the
nouns coordinated with a subject, the "par X" of a passive verb however the parser attached it."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.context import Mention
from newsgraph.extract.entity_spans import first_names
from newsgraph.extract.event_amounts import QUANTITY_NOUNS
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import (
    ACTOR_TYPES,
    AGENT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    MentionIndex,
    lemma,
    personal_expletive,
    sentences_back,
)
from newsgraph.extract.pronoun_candidates import (
    by_people,
    conjuncts,
    joined,
    named_first_name,
    people_of,
)
from newsgraph.extract.speaker_gender import first_name_gender
from newsgraph.extract.speech_quotes import QUOTE_MARKS
from newsgraph.extract.speech_speakers import mention_speaker
from newsgraph.extract.speech_subjects import possessive_pronoun
from newsgraph.names import fold_spaced as fold

ETRE_VERBS = lexicons.tagged("event_verbs.tsv")["etre"]
"""Verbs conjugated with être, so "est arrivé" is no passive."""


def antecedent(
    pronoun: Token, mentions: MentionIndex, sentences: int = 2, chain: int = 5, form: str | None = None
) -> Token | None:
    """What a subject pronoun ("il", "elle", "ils", "elles") stands for: for "il"/"elle" the
    nearest person named as a subject in its own sentence or the ``sentences`` before, else the
    nearest subject noun that agrees in number and gender ("Le ministre [...], il consulte", "Les
    troupes russes [...]. Elles ont bombardé"); the same pronoun as a subject before it, with no
    noun between, stands for the same ("Le suspect a fui. Il a été arrêté. Il a avoué": the
    suspect, up to ``chain`` links), also where the parser took it for an expletive ("Il est
    conducteur de train", ``personal_expletive``); None when there is none."""
    doc = pronoun.doc
    start = sentences_back(pronoun, sentences)
    own = pronoun.lower_.removeprefix("-")  # "savoure-t-il": "-il"
    form = form or own
    plural = form in {"ils", "elles"}
    want = "f" if form.startswith("elle") else "m"
    subjects: list[Token] = []
    agents: list[Token] = []
    marks = False  # a quotation mark between the word read and the pronoun (``quote_between``, kept
    # as the walk goes back, not asked again of every word)
    for i in range(pronoun.i - 1, start - 1, -1):
        t = doc[i]
        marks = marks or (i + 1 < pronoun.i and doc[i + 1].text in QUOTE_MARKS)
        if (
            chain > 0
            and not subjects
            and (
                (t.lower_ == own and (t.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or personal_expletive(t)))
                or t.lower_ == "-" + own
            )
        ):  # the same pronoun as a subject, also inverted in an incise ("« … », savoure-t-il")
            return antecedent(t, mentions, sentences, chain - 1)
        head = t.head if t.dep_ in {"flat:name", "appos"} else t
        m = mentions.get(t)
        if not plural and m is not None and m.label == "PER" and named_subject(head, mentions):
            if not of_gender(m, form):  # "Élisabeth Borne [...]. Il a": not her
                continue
            return t
        quoted = marks  # "… ont péri. « Ils tuent des gens »": the speaker's "ils"
        if not plural and not quoted and named_first_name(t, m, form):  # "« … », confie Vincent. Il a dû"
            return t
        if (
            plural and head.i == t.i and not quoted and joined(t, form)
        ):  # "Maurice et Édith [...]. Ils viennent"
            subjects.append(t)
            continue
        if not quoted and by_people(t) and agrees(form, t, plural):
            agents.append(t)  # "… bloqué par les agriculteurs. Ils protestaient", if no subject agrees
        if head.dep_ not in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or t.pos_ not in {"NOUN", "PROPN"}:
            continue
        if t.pos_ == "PROPN" and first_names().get(fold(t.text)) not in {None, want}:
            continue  # "Sophie [...]. Il a": not her
        inner = counted(t) if plural else None  # "La plupart de ces habitants [...]. Ils ont fui"
        if plural and inner is None and not quoted and not agrees(form, t, plural):
            inner = people_of(t)  # "Une grève des contrôleurs [...]. Ils réclament": the controllers
        if head.i == t.i and inner is not None and agrees(form, inner, plural):
            subjects.append(inner)
        elif head.i == t.i and agrees(form, t, plural):
            subjects.append(t)
    return subjects[0] if subjects else (agents[0] if agents else None)


def of_gender(person: Mention, form: str) -> bool:
    """A person whose first name agrees with a singular pronoun ("elle": Élisabeth, not Emmanuel),
    or whose first name says nothing; any person for an owner's "on" ("sa rentrée": hers or his)."""
    if form not in {"il", "elle"}:
        return True
    known = first_name_gender(mention_speaker(person))
    return known is None or known == ("f" if form.startswith("elle") else "m")


def counted(noun: Token) -> Token | None:
    """The people a noun of number counts ("la plupart de ces habitants", "des milliers de
    manifestants", "des centaines de milliers de réfugiés": the refugees), whom a plural pronoun after
    them stands for; None for any other noun."""
    if lemma(noun) not in QUANTITY_NOUNS:
        return None
    inner = next((c for c in noun.children if c.dep_ == "nmod" and c.pos_ == "NOUN"), None)
    return counted(inner) if inner is not None and lemma(inner) in QUANTITY_NOUNS else inner


NAMING_VERBS = {"appeler", "nommer", "prénommer", "surnommer"}
"""Verbs that give a person's name to a subject with "se" ("il s'appelle X", "elle se prénomme X")."""


def named_subject(head: Token, mentions: MentionIndex) -> bool:
    """A person's name in the subject's place, also where the parser missed it: hung as a
    conjunct on a common noun before it ("Triple ballon d'or, Michel Platini dit"), or left the
    root of a sentence whose verb it took for something else ("Jérôme Lepoivre, éleveur à X,
    peut être fier")."""
    if head.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        return True
    if head.dep_ in {"obj", "xcomp"} and lemma(head.head) in NAMING_VERBS:
        return any(c.lower_ in {"se", "s'", "s’"} for c in head.head.children)  # "Il se nomme X"
    if head.dep_ == "ROOT":
        return head.pos_ == "PROPN"
    up = head.head
    return (
        head.dep_ == "conj"
        and up.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
        and up.pos_ == "NOUN"
        and mentions.get(up) is None
    )


def agrees(form: str, noun: Token, plural: bool) -> bool:
    """Number (and gender, when the parse gives it: the noun's or its article's, "la ministre") of a
    pronoun ("il", "elles"; "on" for an owner of either gender) and a noun agree."""
    number = morph_feats(noun).get("Number", [])
    if number and ("Plur" in number) != plural:
        return False
    if form == "on":
        return True
    words = (noun, *(c for c in noun.children if c.dep_ == "det"))
    gender = [g for t in words for g in morph_feats(t).get("Gender", [])]
    want = "Fem" if form.startswith("elle") else "Masc"
    return not gender or want in gender or (plural and want == "Masc")


def possessive_antecedent(noun: Token, mentions: MentionIndex) -> Token | None:
    """Whom a third-person possessive of a noun ("leur convoi", "sa visite") stands for when its own
    clauses name nobody: the nearest subject before it in this sentence or the one before that
    agrees with the owner's number ("Les troupes russes avancent. Leur convoi..." : the troops)."""
    det = next((c for c in noun.children if "Yes" in morph_feats(c).get("Poss", [])), None)
    form = possessive_pronoun(det.lower_) if det is not None else None
    if form is None:
        return None
    return antecedent(noun, mentions, sentences=1, chain=0, form=form)


NAME_PARTS = {"flat:name", "flat", "compound", "amod"}


def stranded_subject(verb: Token) -> list[Token]:
    """The subject of a finite verb the parser left without one ("Dans la région de X, les soldats
    [...] chargent les obus et tirent": "soldats" hung on the place): the noun phrases before the
    verb, nearest first, back to the previous verb or clause mark, that agree with it in number
    and are not introduced by a preposition."""
    head = verb
    while head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"} and head.head.i < head.i:
        head = head.head
    if "Fin" not in morph_feats(head).get("VerbForm", []) and not any(
        c.dep_ == "aux:tense" for c in head.children
    ):
        return []
    if "Imp" in morph_feats(head).get("Mood", []) or any(c.dep_.startswith("expl") for c in head.children):
        return []
    aux = next((c for c in head.children if c.dep_ == "aux:tense"), head)
    plural = "Plur" in morph_feats(aux).get("Number", [])
    found = []
    for t in reversed(head.doc[head.sent.start : head.i]):
        if t.pos_ in {"VERB", "SCONJ"} or t.lower_ in {";", ":", "que", "qui", "qu'", "qu’"}:
            break
        if t.pos_ not in {"NOUN", "PROPN"} or t.dep_ in NAME_PARTS:
            continue
        if t.dep_ == "nmod" or any(c.dep_ == "case" for c in t.children):
            continue  # "le gouvernement de Michel Rocard": not "Rocard"
        number = morph_feats(t).get("Number", [])
        if number and ("Plur" in number) != plural:
            continue
        found.append(t)
    return found[:2]


OBJECT_CONTROL = {
    "accuser", "soupçonner", "suspecter", "forcer", "contraindre", "obliger", "pousser", "autoriser",
    "inciter", "encourager", "exhorter", "charger", "aider", "inviter", "empêcher", "dissuader",
}  # fmt: skip
"""Verbs whose object does what their infinitive says ("accuse X d'avoir tiré", "force X à signer")."""
DATIVE_CONTROL = {
    "permettre", "demander", "ordonner", "conseiller", "recommander", "proposer", "suggérer",
    "reprocher", "enjoindre", "imposer",
}  # fmt: skip
"""Verbs whose "à X" does what their "de" infinitive says ("permettent aux scientifiques de
surveiller", "demande aux habitants d'évacuer", "reproche au maire d'avoir menti"); not
"interdire à X de", whose X is kept from the act."""
DATIVE_CASES = {"à", "au", "aux"}
CLITIC_OBJECTS = {"le", "la", "l'", "l’", "les", "lui", "leur"}


def infinitive(verb: Token) -> bool:
    """An infinitive, present or past ("tirer", "avoir tenté")."""
    return "Inf" in morph_feats(verb).get("VerbForm", []) or any(
        c.dep_ == "aux:tense" and "Inf" in morph_feats(c).get("VerbForm", []) for c in verb.children
    )


def controller(verb: Token) -> list[Token] | None:
    """Who does what an infinitive says when a verb of accusing, forcing or allowing governs it:
    the governor's object ("Elle accuse le maire d'avoir tenté de la frapper": the mayor), through
    infinitives in between; [] when the object is a clitic (its antecedent is not read here, and
    the governor's subject would be the wrong one); None when no such verb governs."""
    t = verb
    for _ in range(3):
        if not infinitive(t) or t.head.i == t.i or t.head.pos_ not in {"VERB", "AUX"}:
            return None
        head = t.head
        if lemma(head) in OBJECT_CONTROL:
            objs = [c for c in head.children if c.dep_ in {"obj", "iobj"} and c.i != t.i]
            if any(o.pos_ == "PRON" and o.lower_ in CLITIC_OBJECTS for o in objs):
                return []
            nouns = [o for o in objs if o.pos_ in {"NOUN", "PROPN"}]
            return nouns or None
        if lemma(head) in DATIVE_CONTROL and (datives := dative(head, t)) is not None:
            return datives
        if any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in head.children):
            return None
        t = head
    return None


def dative(head: Token, infinitive: Token) -> list[Token] | None:
    """The "à X" of a verb of ``DATIVE_CONTROL`` said with the infinitive ("permettent aux
    scientifiques de surveiller"): [] for a clitic ("leur permet de partir", its antecedent not
    read here); None when there is none ("permettent de surveiller": the subject is no doer)."""
    kids = [c for c in head.children if c.i != infinitive.i]
    if any(c.dep_ in {"iobj", "obj"} and c.pos_ == "PRON" and c.lower_ in {"lui", "leur"} for c in kids):
        return []
    found = [
        c
        for c in kids
        if c.pos_ in {"NOUN", "PROPN"}
        and (c.dep_ == "iobj" or c.dep_.startswith("obl"))
        and any(g.dep_ == "case" and g.lower_ in DATIVE_CASES for g in c.children)
    ]
    return found[:1] or None


def agent_next_to(noun: Token) -> list[Token]:
    """The "par X" said right after a nominal trigger's phrase, however the parser hung it
    ("l'invasion de l'Ukraine par la Russie", "par" taken for the verb's agent)."""
    if noun.head.i != noun.i and is_passive(noun.head):
        return []  # "accusé de viol par deux femmes": the passive verb's agent
    end = noun.right_edge.i + 1
    doc = noun.doc
    if end >= noun.sent.end or doc[end].lower_ != "par":
        return []
    x = doc[end].head
    return [x] if x.pos_ in {"NOUN", "PROPN"} and x.i > end and x.i != noun.i else []


def topic(pronoun: Token, mentions: MentionIndex) -> Token | None:
    """What a sentence opens on with "quant à" ("Quant à la France, elle a promis...", "Quant à
    l'agresseur, il a été arrêté"), the antecedent of its subject pronoun before any name of the
    sentences before; None when the sentence has no such topic."""
    for t in pronoun.sent:
        if t.i >= pronoun.i:
            break
        m = mentions.get(t)
        named = m is not None and m.label in ACTOR_TYPES
        if (named or t.pos_ == "NOUN") and any(c.lower_ == "quant" for c in t.children):
            return t
    return None


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    """Subjects and their coordinated nouns: "les Allemands et les Britanniques vont envoyer", and
    a first conjunct the parser broke off ("Washington et Londres ont imposé", "Washington" left a
    root of its own)."""
    return (
        tokens
        + [c for t in tokens for c in t.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
        + [c for t in tokens if (c := broken_conjunct(t)) is not None]
        + [c for t in tokens for c in partners(t)]
    )


def partners(pronoun: Token) -> list[Token]:
    """The other people a plural subject pronoun takes up with its antecedent, when that is a
    coordination ("Maurice et Édith se sont rencontrés. Ils viennent de fêter": Édith besides
    Maurice, whom ``antecedent`` gives); [] for any other word."""
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in {"ils", "elles"} or pronoun.dep_ not in SUBJECT_DEPS:
        return []
    none = MentionIndex(pronoun.doc, [])  # a plural pronoun's antecedent needs no mention
    if topic(pronoun, none) is not None:
        return []  # "Quant aux élus, ils": the topic, read first
    found = antecedent(pronoun, none)
    return conjuncts(found) if found is not None and joined(found, pronoun.lower_) else []


def broken_conjunct(token: Token) -> Token | None:
    """The noun before "X et" when the parser hung "et" on the verb and left that noun apart."""
    doc = token.doc
    start = token.left_edge.i
    if start < 2 or doc[start - 1].lower_ != "et" or doc[start - 1].head.i == token.i:
        return None
    first = doc[start - 2]
    while first.dep_ in {"flat:name", "flat"} and first.head.i < first.i:
        first = first.head
    if first.pos_ not in {"NOUN", "PROPN"}:  # (the parser may even end a sentence before "et")
        return None
    return first if first.dep_ == "ROOT" or first.head.i == token.head.i else None


def agent_phrases(verb: Token) -> list[Token]:
    """The "par X" of a passive verb, however the parser labels or attaches it ("prolongée jeudi
    par les syndicats", the agent hung on "jeudi")."""
    found = [
        c
        for c in verb.children
        if c.dep_ in AGENT_DEPS
        or (c.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ == "par" for g in c.children))
    ]
    hung = [g for c in verb.children if c.dep_ == "obl:mod" for g in c.children if g.dep_ in AGENT_DEPS]
    return found or hung or agent_after(verb)


def agent_after(verb: Token) -> list[Token]:
    """A "par X" later in the passive verb's stretch of words that the parser hung elsewhere
    ("présentées il y a une semaine par Élisabeth Borne"): up to a comma or another verb."""
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.lower_ in {",", ";", ":", "("} or (t.pos_ == "VERB" and lemma(t) != "avoir"):
            return []
        if t.lower_ == "par" and t.head.pos_ in {"NOUN", "PROPN"} and t.head.i > t.i:
            return [t.head]
    return []


def is_passive(token: Token) -> bool:
    """A passive verb ("a été arrêté"), not a verb conjugated with être ("est arrivé", "s'est
    retirée") that the parser took for one."""
    been = any(c.dep_ == "aux:pass" and c.lower_ == "été" for c in token.children)  # "ont été passés à tabac"
    if (lemma(token) in ETRE_VERBS and not been) or any(
        c.dep_.startswith("expl") or c.lower_ in {"se", "s'", "s’"} for c in token.children
    ):
        return False
    return (
        any(c.dep_ == "aux:pass" for c in token.children)
        or "Pass" in morph_feats(token).get("Voice", [])
        or headline_participle(token)
        or detached_participle(token)
    )


def headline_participle(token: Token) -> bool:
    """A past participle that is a clause of its own, with a subject and no auxiliary: a title or
    a caption ("Paul Dupont blessé au bras", "Deux militants arrêtés à Lyon"), passive in sense."""
    return (
        token.dep_ == "ROOT"
        and token.pos_ == "VERB"
        and "Part" in morph_feats(token).get("VerbForm", [])
        and "Pres" not in morph_feats(token).get("Tense", [])
        and not any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in token.children)
        and any(c.dep_ in SUBJECT_DEPS for c in token.children)
    )


def detached_participle(token: Token) -> bool:
    """A bare past participle fronted as a clause of the sentence, with no auxiliary nor subject
    of its own ("Violemment agressée par son ex-compagnon, une jeune femme a été hospitalisée",
    "Interpellé par les gendarmes, le suspect..."): passive in sense, the clause's subject undergoes
    it and its "par X" does it (verbs conjugated with être are sorted out by ``is_passive``)."""
    return (
        token.dep_ == "advcl"
        and token.i < token.head.i  # fronted: after the clause it is often a misplaced apposition
        and token.pos_ == "VERB"
        and "Part" in morph_feats(token).get("VerbForm", [])
        and "Pres" not in morph_feats(token).get("Tense", [])
        and not any(
            c.dep_.startswith("aux") or c.dep_ in {"cop", "mark"} | SUBJECT_DEPS for c in token.children
        )
    )
