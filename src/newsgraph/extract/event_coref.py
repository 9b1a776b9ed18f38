"""Who a definite description in an event's actor slot takes up: the actor the report named before
it, when the description names that actor by what it is rather than by its name.

- A public office ("Emmanuel Macron a refusé. Le chef de l'État a reçu les partis", "la Première
  ministre recevra") takes up the public figure (``persons.tsv``) named alone in the nearest
  sentence before its own that names one, agreeing with its article and with the titles the report
  gives that person; a description the entities already linked to a name ("le président ukrainien
  Volodymyr Zelensky") never comes here. Not a person named in its own sentence: "Yannick Jadot
  réclame la démission du ministre" is someone else (the speakers' ``office_holder`` reads the same
  offices).
- A generic noun of an organisation ("l'entreprise", "le groupe", "le club", "le syndicat") takes
  up the organisation the nearest sentence naming one names alone; "le pays", the country.
- A singular demonym with its article ("Rudy Gobert [...]. Le Français a été élu", "la Française")
  takes up the person of its gender named alone in the nearest sentence naming one
  (``compatriot``), not the people ("les Français").

Anything else stays the description actor it was (``event_role_actors.actor_of``): an office after
a person who holds no public office or after two people, "le suspect" or "la victime" (the report's
two sides, whom only the text's own links tell apart: ``entities.link_roles``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsgraph.extract.context import PLACE_LABELS, Mention
from newsgraph.extract.entity_spans import non_actor_kind
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import MentionIndex, lemma
from newsgraph.extract.speaker_descriptions import PUBLIC_OFFICES
from newsgraph.extract.speaker_gender import first_name_gender
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote
from newsgraph.extract.speech_speakers import mention_speaker
from newsgraph.geo import geocode
from newsgraph.geo_demonyms import demonym_country
from newsgraph.model import RoleRef
from newsgraph.names import actor_id, canonical_person_keys, known_person_names

DEFINITE = {"le", "la", "l'", "l’"}
ORGANISATION_NOUNS = frozenset(
    {
        "entreprise", "société", "groupe", "firme", "constructeur", "enseigne", "marque", "laboratoire",
        "opérateur", "compagnie", "club", "équipe", "parti", "syndicat", "association", "ong",
        "organisation", "fédération", "fabricant", "distributeur", "géant",
    }
)  # fmt: skip
"""Generic nouns an organisation is called by once named ("Renault [...]. L'entreprise a fermé")."""
COUNTRY_NOUNS = frozenset({"pays"})
TOWN_NOUNS = frozenset({"ville", "commune", "municipalité", "mairie"})
"""Nouns of a town that act as its council ("La ville de Paris versera 20 millions", "Nice accueille
des réfugiés. La municipalité a ouvert un centre"): the council of that town, an organisation."""


def described_actor(token: Token, mentions: MentionIndex, role: str) -> RoleRef | None:
    """The actor named before that a definite description takes up (see the module), or None."""
    key = ("coref", token.i, role)
    if key not in mentions.memo:
        mentions.memo[key] = _described(token, mentions, role)
    found: RoleRef | None = mentions.memo[key]
    return found


def _described(token: Token, mentions: MentionIndex, role: str) -> RoleRef | None:
    if token.pos_ != "NOUN" or "Plur" in morph_feats(token).get("Number", []):
        return None
    det = definite_article(token)
    if det is None:
        return None
    word = lemma(token)
    if mentions.get(token) is not None and word not in TOWN_NOUNS:
        return None  # a name, or a description the entities linked to one
    if word in PUBLIC_OFFICES or token.lower_ in PUBLIC_OFFICES:
        if names_another(token, mentions):
            return None  # "le patron de Renault", "la porte-parole d'Emmanuel Macron"
        person = office_holder(token, det, mentions)
        if person is None:
            return None
        return RoleRef(actor_id(person.name, "person"), person.name, role, "person")
    if word in TOWN_NOUNS and role == "agent":
        town = town_of(token, mentions)
        if town is None:
            return None
        name = council(token, town)
        return RoleRef(actor_id(name, "organization"), name, role, "organization")
    if any(c.dep_ in {"nmod", "acl", "acl:relcl", "appos", "flat:name"} for c in token.children):
        return None  # "le groupe de travail", "l'entreprise de BTP": a referent of its own
    if word in ORGANISATION_NOUNS:
        org = nearest_alone(token, mentions, organisation, own_sentence=True, sentences=ACTOR_SENTENCES)
        if org is None:
            return None
        return RoleRef(actor_id(org.name, "organization"), org.name, role, "organization")
    if word in COUNTRY_NOUNS:
        country = nearest_alone(token, mentions, is_country, own_sentence=True, sentences=ACTOR_SENTENCES)
        if country is None:
            return None
        return RoleRef(actor_id(country.name, "gpe"), country.name, role, "gpe")
    return None


def compatriot(token: Token, mentions: MentionIndex, role: str) -> RoleRef | None:
    """The person a singular demonym with its article takes up ("Caroline Garcia a gagné. La
    Française affrontera", "l'Américain", sport and culture reports' way of not repeating a name):
    the person of its gender named alone in the nearest sentence naming one, its own before it
    first; None for a plural or bare demonym ("les Français", "des Français"), one said with a
    quality or a name ("le Français moyen", "la Française Caroline Garcia": the name is read as
    such) or after two people."""
    if not token.text[:1].isupper() or not demonym_country(token.lower_):
        return None
    det = definite_article(token)
    if det is None or "Plur" in morph_feats(token).get("Number", []):
        return None
    if any(c.dep_ in {"amod", "nmod", "acl", "acl:relcl", "appos", "flat:name"} for c in token.children):
        return None
    if token.head.dep_ == "appos" or (token.i + 1 < len(token.doc) and token.nbor().pos_ == "PROPN"):
        return None  # "la Française Caroline Garcia", the tagger's split of a title and its name
    person = person_taken_up(token, det, mentions, COMPATRIOT_SENTENCES)
    if person is None:
        return None
    return RoleRef(actor_id(person.name, "person"), person.name, role, "person")


COMPATRIOT_SENTENCES = 2
"""Sentences back a singular demonym looks for the person it takes up in."""


def names_another(token: Token, mentions: MentionIndex) -> bool:
    """A "de X" complement that names an actor: the office serves X, it is not X."""
    return any(
        c.dep_ == "nmod" and (m := mentions.get(c)) is not None and m.label in {"PER", "ORG"}
        for c in token.children
    )


def office_holder(token: Token, det: Token, mentions: MentionIndex) -> Mention | None:
    """The public figure a definite office takes up: the person named alone in the nearest sentence
    before the office's own that names a public figure of its gender outside quotes ("Élisabeth
    Borne [...], mais Emmanuel Macron a refusé. La Première ministre"), unless the report gives
    that person another office ("Marine Le Pen, députée du Pas-de-Calais" is no "Première
    ministre"); None when that sentence names two ("Vladimir Poutine a rencontré Emmanuel Macron.
    Le président russe": the report's own words do not say which)."""
    wanted = office_gender(token, det)
    office = role_key(lemma(token))

    def holds(m: Mention) -> bool:
        return m.label == "PER" and agrees(m, wanted) and public_figure(m.name)

    found = nearest_alone(token, mentions, holds, own_sentence=False, sentences=OFFICE_SENTENCES)
    if found is None or not compatible(office, titles(token, mentions, found)):
        return None
    return found


OFFICE_SENTENCES = 8
"""Sentences back an office looks for the public figure it takes up in."""
ACTOR_SENTENCES = 3
"""Sentences back a generic noun of an organisation or a country looks for it in."""
ANY_HEAD = frozenset({"chef", "cheffe", "dirigeant", "dirigeante", "leader", "patron", "patronne"})
"""Offices that head anything ("le chef de l'État", "la cheffe du gouvernement"): no clash with
the title a person is given."""


def role_key(word: str) -> str:
    """A role's lemma without its feminine ending ("présidente", "candidate": one office)."""
    return word.removesuffix("e") if word.endswith(("ente", "ate", "ée")) else word


def titles(token: Token, mentions: MentionIndex, person: Mention) -> set[str]:
    """The heads of the titles the report gives the person by its name before the office ("Marine
    Le Pen, députée"; "le président ukrainien Volodymyr Zelensky"): the role nouns of its mentions
    said next to its name, not a description linked to it further off."""
    heads = set()
    doc = token.doc
    for t in doc[: token.i]:
        m = mentions.get(t)
        if m is not None and m.key == person.key and t.pos_ == "NOUN" and t.text[:1].islower():
            if beside_name(t, mentions, person.key):
                heads.add(role_key(lemma(t)))
    return heads


def beside_name(title: Token, mentions: MentionIndex, key: str) -> bool:
    """A title said with the name it goes with, the one hung on the other ("Marine Le Pen,
    députée", "le président ukrainien Volodymyr Zelensky"), a few words apart."""
    doc = title.doc
    for t in doc[max(0, title.i - TITLE_REACH) : title.i + TITLE_REACH + 1]:
        m = mentions.get(t)
        if m is None or m.key != key or not t.text[:1].isupper():
            continue
        if t.head.i == title.i or title.head.i == t.i:
            return True
    return False


TITLE_REACH = 4


def compatible(office: str, given: set[str]) -> bool:
    """An office that the titles given agree with: none given, the same head, or a head of anything."""
    return not given or office in given or office in ANY_HEAD or bool(given & ANY_HEAD)


def definite_article(token: Token) -> Token | None:
    """The definite article before a noun ("la ministre", "l'acteur"), else None."""
    det = next((c for c in token.children if c.dep_ == "det" and c.i < token.i), None)
    return det if det is not None and det.lower_ in DEFINITE else None


def person_taken_up(token: Token, det: Token, mentions: MentionIndex, sentences: int) -> Mention | None:
    """The person of the noun's gender (as its article or its form says) named alone in the
    nearest sentence naming one, the noun's own before it first, then ``sentences`` back
    (``nearest_alone``): whom "la Française", "l'acteur" takes up."""
    wanted = office_gender(token, det)
    return nearest_alone(
        token,
        mentions,
        lambda m: m.label == "PER" and agrees(m, wanted),
        own_sentence=True,
        sentences=sentences,
    )


def agrees(m: Mention, wanted: str | None) -> bool:
    """A person whose first name is of the wanted gender, or not known."""
    known = first_name_gender(mention_speaker(m))
    return wanted is None or known is None or known == wanted


def office_gender(token: Token, det: Token) -> str | None:
    """ "f" or "m" as the article or the office's own form says ("la ministre", "l'élue")."""
    said = morph_feats(det).get("Gender", []) or morph_feats(token).get("Gender", [])
    return "f" if "Fem" in said else "m" if "Masc" in said else None


def public_figure(name: str) -> bool:
    """A person of ``persons.tsv``, whom a report names by office without saying it."""
    return canonical_person_keys(name) in known_person_names()


def organisation(m: Mention) -> bool:
    return m.label == "ORG" and non_actor_kind(m.name) is None


def is_country(m: Mention) -> bool:
    if m.label not in PLACE_LABELS:
        return False
    place = geocode(m.name)
    return place is not None and place.type == "country"


def nearest_alone(
    token: Token,
    mentions: MentionIndex,
    wanted: Callable[[Mention], bool],
    own_sentence: bool,
    sentences: int,
) -> Mention | None:
    """The actor ``wanted`` accepts that the nearest sentence naming one (outside quotes) names
    alone, looked for in the token's sentence before it (with ``own_sentence``) then in the
    ``sentences`` before; None when that sentence names two ("Le PSG a battu l'OM. Le club": which?)
    or none does."""
    doc = token.doc
    quotes = doc_quotes(doc)
    sent = token.sent
    end = token.i if own_sentence else sent.start
    start = sent.start if own_sentence else (doc[sent.start - 1].sent.start if sent.start else 0)
    for _ in range(sentences + 1):
        found = {
            m.key: m
            for t in doc[start:end]
            if (m := mentions.get(t)) is not None and wanted(m) and not inside_quote(quotes, t.idx)
        }
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
        if start == 0:
            return None
        end, start = start, doc[start - 1].sent.start
    return None


def town_of(token: Token, mentions: MentionIndex) -> str | None:
    """The town a town noun names by its "de X" ("la ville de Paris", "la mairie de Lyon", however
    the tagger spanned it) or, bare, the one town named alone in the nearest sentence naming one;
    None for anything else ("la ville de demain", "la commune voisine", two towns before it)."""
    des = [c for c in token.children if c.dep_ == "nmod" and c.i > token.i]
    if des:
        name = " ".join(t.text for t in des[0].subtree if t.dep_ != "case" and t.pos_ != "DET")
        place = geocode(name)
        return name if des[0].pos_ == "PROPN" and place is not None and place.type == "city" else None
    if mentions.get(token) is not None or any(
        c.dep_ in {"acl", "acl:relcl", "appos", "amod"} for c in token.children
    ):
        return None  # "la commune voisine", "la ville qui accueille": another one
    town = nearest_alone(token, mentions, is_town, own_sentence=True, sentences=ACTOR_SENTENCES)
    return None if town is None else town.name


def is_town(m: Mention) -> bool:
    if m.label not in PLACE_LABELS:
        return False
    place = geocode(m.name)
    return place is not None and place.type == "city"


def council(noun: Token, town: str) -> str:
    """The council's name, the noun the report calls it by with its town ("mairie de Gap", "ville
    d'Angers"): the body that acts, a node of its own beside the town where things happen."""
    elided = town[:1].lower() in "aeiouyéèâêîô"
    return f"{noun.lower_} d'{town}" if elided else f"{noun.lower_} de {town}"
