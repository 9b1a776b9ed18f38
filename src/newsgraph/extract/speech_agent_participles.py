"""A speech act told by its past participle and its agent, no auxiliary: a stance of X on a thing
named by a noun phrase (round 39, stm39r; issue 14):

    Une visite très contestée par la Chine.
    Le gouvernement maintient une réforme vivement critiquée par les syndicats.
    Bercy prépare les aides promises par le président.

and a judgement in the passive, the attribute after the participle ("L'obligation est jugée
disproportionnée par les tribunaux", "une guerre annoncée imminente par les Américains").

``speech_passive.passive_candidates`` reads the passive with its auxiliary; the verb rules skip a
participle ("les chiffres avancés par …"). Here only verbs that take a stance on the noun they
modify speak through a bare participle: criticising, denying, reacting, promising (grade 2 or more,
with a noun-phrase object); not a vote or a ruling ("rejeté par l'Assemblée", "approuvé par le
Parlement", "condamné par le tribunal"), not the telling of a topic ("la scène décrite par …", "les
mesures annoncées par …": a verb of saying or announcing speaks so only with an attribute).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract import attribution as grammar
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speaker_kinds import special_speaker
from newsgraph.extract.speech_common import (
    MIN_CONTENT_WORDS,
    Candidate,
    in_shouting_line,
    inside,
    speech_verb_forms,
    verb_report,
    words,
)
from newsgraph.extract.speech_quotes import trim
from newsgraph.extract.speech_report_subjects import no_one

STANCE_SENSES = frozenset({"criticize", "deny", "react", "promise"})
NOT_STANCES = frozenset({"condamner", "rejeter", "écarter", "approuver", "remercier", "commenter"})
"""A ruling, a vote, a dismissal, a firing or a topic: "condamné par le tribunal", "rejeté par le
Sénat", "écarté par l'entraîneur", "approuvé par les actionnaires", "remercié par le club"."""
ATTRIBUTE_SENSES = frozenset({"judge", "announce"})
"""With an adjective after the participle, what X judged or announced it to be ("jugée
disproportionnée par …", "annoncée imminente par …")."""
AGENT_DEPS = frozenset({"obl:agent", "obl:arg", "obl:mod", "obl", "nmod"})
CLAUSE_STOPS = frozenset({",", ";", ":", "(", ")", "«", "»", "“", "”", '"'})


def par_agent(verb: Token) -> Token | None:
    """The noun after "par" that depends on the participle, or on its attribute (the parse may hang
    it there: "jugée disproportionnée par les tribunaux"); none when it is nobody."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "ADJ"]
    agent = next(
        (
            c
            for h in holders
            for c in h.children
            if c.i > verb.i
            and c.dep_ in AGENT_DEPS
            and c.pos_ in {"NOUN", "PROPN", "PRON"}
            and any(g.lower_ == "par" and g.dep_ == "case" for g in c.children)
        ),
        None,
    )
    return None if agent is None or no_one(agent) else agent


def attribute_of(verb: Token) -> Token | None:
    """The adjective right after the participle, its attribute ("jugée disproportionnée")."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        nxt is not None
        and nxt.pos_ == "ADJ"
        and nxt.head.i == verb.i
        and nxt.dep_ in {"xcomp", "amod", "acl"}
    ):
        return nxt
    return None


def phrase_end(doc_len: int, agent: Token) -> int:
    """The token index after the agent's phrase, not past a comma, a bracket or a quote mark
    ("…, qui réclamaient ce pont": the relative says something else)."""
    doc = agent.doc
    end = agent.i + 1
    while end < min(doc_len, agent.right_edge.i + 1) and doc[end].text not in CLAUSE_STOPS:
        end += 1
    return end


def agent_participle_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """ "<noun> VERB-é par <agent>" with no auxiliary (a stance), and "<subject> est jugé ADJ par
    <agent>": the agent said it; the words are the noun phrase or the clause, agent included."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for i in speech_verb_forms(doc):  # speech_verb answers None for the others
        tok = doc[i]
        if tok.pos_ != "VERB" or "Part" not in tok.morph.get("VerbForm", []):
            continue
        if (
            "Past" not in tok.morph.get("Tense", ["Past"])
            or inside(quotes, tok.idx)
            or in_shouting_line(text, tok.idx)
        ):
            continue
        entry = grammar.speech_verb(tok)
        if entry is None or entry.grade < 2 or entry.bare in NOT_STANCES:
            continue
        passive = any(c.dep_ == "aux:pass" for c in tok.children)
        attribute = attribute_of(tok)
        if attribute is not None and entry.sense in ATTRIBUTE_SENSES | STANCE_SENSES:
            pass  # "jugée disproportionnée par …", "annoncée imminente par …"
        elif passive or entry.sense not in STANCE_SENSES or "np" not in entry.frames:
            continue  # the passive with its auxiliary is speech_passive's
        agent = par_agent(tok)
        if agent is None:
            continue
        if passive:
            subject = next((c for c in tok.children if c.dep_ == "nsubj:pass" and c.i < tok.i), None)
        elif tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i < tok.i:
            subject = tok.head  # the noun the participle qualifies
        else:
            subject = None
        while subject is not None and subject.dep_ == "nmod" and subject.head.i < subject.i:
            subject = subject.head  # "une hausse des prix dénoncée par …": the whole noun phrase
        if subject is None or inside(quotes, subject.idx):
            continue
        end = phrase_end(len(doc), agent)
        content = trim(text, subject.left_edge.idx, doc[end - 1].idx + len(doc[end - 1]))
        if words(text[content[0] : content[1]]) < MIN_CONTENT_WORDS:
            continue
        out.append(agent_candidate(ctx, content, tok, entry.lemma, agent, "agent-participle"))
    return out


def agent_candidate(
    ctx: DocContext, content: tuple[int, int], verb: Token, lemma: str, agent: Token, rule: str
) -> Candidate:
    """A statement said by the "par" agent of ``verb`` (this module's participles and
    ``speech_passive``'s passives): the speaker is the head of the agent's noun phrase."""
    doc = verb.doc
    head = grammar.np_head(doc, agent.left_edge.i + 1, agent.i + 1) if agent.left_edge.i < agent.i else agent
    cand = verb_report(content, verb, head, rule, cue=lemma.replace("_", " "))
    cand.speaker = special_speaker(ctx, head)
    return cand
