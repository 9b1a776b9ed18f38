"""Speech acts whose words are no clause: in the passive voice, their speaker the agent after "par",
and judgements on a thing with its attribute ("a jugé la proposition insuffisante"):

    Le suspect est accusé de fraude par les autorités fiscales.
    La fermeture du site a été annoncée mardi par la direction.
    L'information a été confirmée par le porte-parole du gouvernement, Gabriel Attal.

The verb is a speech verb of the graded lexicon that takes a noun-phrase object (what is announced,
denied, criticised is the passive subject); the content is the clause, from its subject to its end.
The verb rules skip passives ("les chiffres avancés par …" is a participle, not a speech act): only a
passive with its auxiliary and an agent is read here.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract import attribution as grammar
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speaker_kinds import special_speaker
from newsgraph.extract.speech_agent_participles import agent_candidate, agent_participle_candidates
from newsgraph.extract.speech_clauses import PERCEPTION_VERBS
from newsgraph.extract.speech_common import (
    MIN_CONTENT_WORDS,
    Candidate,
    in_shouting_line,
    inside,
    speech_verb_forms,
    verb_report,
    words,
)
from newsgraph.extract.speech_coordinated import clause_predicate
from newsgraph.extract.speech_quotes import trim
from newsgraph.extract.speech_report_subjects import no_one
from newsgraph.extract.speech_reported import subject_for

COURT_VERBS = {"condamner"}  # "condamné par le tribunal": a sentence, not a statement
AGENT_DEPS = {"obl:agent", "obl:mod", "obl", "nmod"}


def agent_of(verb: Token) -> Token | None:
    """The noun after "par" that depends on the passive verb; none when it is nobody ("n'a été
    confirmé par aucun service")."""
    agent = next(
        (
            c
            for c in verb.children
            if c.i > verb.i and c.dep_ in AGENT_DEPS and any(g.lower_ == "par" for g in c.children)
        ),
        None,
    )
    return None if agent is None or no_one(agent) else agent


def passive_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """ "<subject> est/a été VERB-é [complements] par <agent>": the agent said it (and the bare
    participles of ``speech_agent_participles``)."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for i in speech_verb_forms(doc):  # speech_verb answers None for the others
        tok = doc[i]
        if tok.pos_ != "VERB" or tok.dep_ not in {"ROOT", "ccomp", "conj"}:
            continue
        if not any(c.dep_ == "aux:pass" for c in tok.children):
            continue
        entry = grammar.speech_verb(tok)
        if entry is None or entry.grade < 2 or "np" not in entry.frames or entry.lemma in COURT_VERBS:
            continue
        if inside(quotes, tok.idx) or in_shouting_line(text, tok.idx):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj:pass" and c.i < tok.i), None)
        agent = agent_of(tok)
        if subject is None or agent is None:
            continue
        content = trim(text, subject.left_edge.idx, grammar.clause_end(doc, tok.i))
        if words(text[content[0] : content[1]]) < MIN_CONTENT_WORDS:
            continue
        out.append(agent_candidate(ctx, content, tok, entry.lemma, agent, "passive"))
    return out + agent_participle_candidates(ctx, quotes)  # no auxiliary, or a judgement's attribute


DE_FORMS = {"de", "d'", "d’"}


def participle_attribute(tok: Token, obj: Token) -> bool:
    """ "juge cette stratégie risquée", "estime la réforme dépassée": a past participle right after
    the object, its attribute, which the tagger reads as a verb."""
    return (
        tok.pos_ == "VERB"
        and tok.dep_ in {"amod", "xcomp", "acl"}
        and tok.i > obj.i
        and tok.right_edge.i == tok.i  # alone: not "les données publiées par le ministère"
        and "Part" in tok.morph.get("VerbForm", [])
        and "Past" in tok.morph.get("Tense", [])
        and not any(t.pos_ in {"VERB", "AUX"} or t.text == "," for t in tok.doc[obj.i + 1 : tok.i])
    )


def judgement_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """A judgement on a thing with its attribute, no "que": "Laurent Berger a jugé la proposition
    insuffisante", "la ministre estime ce délai trop court". The object and its adjective are the
    content (a verb of judging, grade 2 or more, with an object whose last word is an adjective)."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for i in speech_verb_forms(doc):  # speech_verb answers None for the others
        tok = doc[i]
        if tok.pos_ != "VERB" or inside(quotes, tok.idx) or in_shouting_line(text, tok.idx):
            continue
        entry = grammar.speech_verb(tok)
        qualify = entry is not None and entry.bare == "qualifier"  # "qualifie la grève d'irresponsable"
        if entry is None or entry.sense != "judge" or (entry.grade < 2 and not qualify):
            continue
        if tok.lemma_ in PERCEPTION_VERBS:
            continue  # "Il observe les prix flamber", "constate les dégâts": what was seen
        if "Part" in tok.morph.get("VerbForm", []) and "Pres" in tok.morph.get("Tense", []):
            continue  # "…, estimant la colère légitime": a participle continues the sentence
        obj = next((c for c in tok.children if c.dep_ in {"obj", "xcomp"} and c.i > tok.i), None)
        if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
            continue
        last = obj.right_edge
        attribute = next(
            (
                c
                for c in list(obj.children) + list(tok.children)
                if c.i > obj.i
                and (
                    (c.pos_ == "ADJ" and c.dep_ in {"amod", "xcomp", "acl"})
                    or participle_attribute(c, obj)
                    or (qualify and c.dep_ == "nmod" and any(g.lower_ in DE_FORMS for g in c.children))
                    or comme_attribute(c)
                )
            ),
            None,
        )
        if attribute is None or max(last.i, attribute.i) != attribute.right_edge.i:
            continue
        head = subject_for(tok)
        if head is None or clause_predicate(head):
            continue  # "L'accusé est bien l'auteur des faits, a estimé le tribunal correctionnel"
        end = attribute.right_edge
        content = trim(text, obj.left_edge.idx, end.idx + len(end))
        if words(text[content[0] : content[1]]) < MIN_CONTENT_WORDS - 1:
            continue
        cand = verb_report(content, tok, head, "judgement", cue=entry.lemma)
        cand.speaker = special_speaker(ctx, head)
        out.append(cand)
    return out


def comme_attribute(tok: Token) -> bool:
    """ "La justice considère ces faits comme prescrits", "juge cette loi comme une atteinte …": the
    attribute "comme" opens, which the parser hangs on the object or the verb as a modifier."""
    return tok.dep_ in {"acl", "nmod", "obl:mod", "xcomp", "advcl"} and any(
        g.lower_ == "comme" and g.dep_ in {"case", "mark"} and g.i < tok.i for g in tok.children
    )
