"""Multi-word triggers, round 16: fixed expressions of ``event_phrases.tsv`` whose head word is the
trigger and whose whole text names the event ("garde à vue", "passés à tabac"), with the head's
roles (a verbal idiom's passive subject undergoes it). Sentences written for these tests; rows as in
test_event_constructions (sentence, type, agent, target, place; substrings, None: not checked,
"-": none)."""

from __future__ import annotations

import pytest
from test_event_constructions import check, events_of, no_event

ROWS = [
    # custody, charges and release
    ("Un adolescent a été placé en garde à vue dimanche à Rouen.", "arrest", None, "adolescent", "rouen"),
    ("La garde à vue de l'automobiliste a été levée dans la soirée.", "release", None, None, None),
    ("L'ancien maire a été remis en liberté après trois mois.", "release", None, "maire", None),
    ("Le juge a ordonné la remise en liberté de la militante.", "release", None, None, None),
    # hostages and beatings: the passive subject is who undergoes it
    (
        "Deux infirmiers ont été passés à tabac devant l'hôpital de Nîmes.",
        "physical_assault",
        "-",
        "infirmiers",
        None,
    ),
    ("Un forcené a pris en otage les employés d'une banque.", "abduct", "forcené", "employés", None),
    # offences named by their legal term
    ("Le chauffard a commis un délit de fuite.", "crime", "chauffard", None, None),
    # sanctions at work, power seized
    ("Le surveillant a été mis à pied pour une semaine.", "dismiss", None, "surveillant", None),
    ("Les militaires ont pris le pouvoir au Gabon.", "coup", "militaires", None, "gabon"),
    ("Un coup d'État a renversé le président du Soudan.", "coup", None, None, None),
    # places taken by storm: a crowd, or troops
    ("Les plages bretonnes ont été prises d'assaut ce week-end.", "crowd_rush", None, None, None),
    ("Les soldats ont pris d'assaut le bâtiment.", "attack", "soldats", None, None),
    # handovers and closures
    ("Le fondateur passe la main à son neveu.", "resign", "fondateur", None, None),
    pytest.param(
        "Après quarante ans, la quincaillerie a mis la clé sous la porte.",
        "closure",
        "quincaillerie",
        None,
        None,
        marks=pytest.mark.xfail(strict=True, reason="a shop noun is no actor (event_role_actors)"),
    ),
    ("La boulangerie du village a mis la clé sous la porte.", "closure", None, None, None),
    (
        "La préfecture a mis en demeure le propriétaire de l'usine.",
        "demand",
        "préfecture",
        "propriétaire",
        None,
    ),
    ("Une minute de silence a été respectée dans tous les stades.", "ceremony", None, None, None),
    ("Le conducteur a perdu le contrôle de sa voiture dans un virage.", "accident", "conducteur", None, None),
    # a measure put in place, an aid, a tribute paid
    ("La mairie a mis en place un système de navettes gratuites.", "policy_measure", "mairie", None, None),
    ("Un numéro d'urgence a été mis en place par la préfecture.", "policy_measure", "préfecture", None, None),
    ("Nouveau coup de pouce du gouvernement pour les étudiants.", "provide_aid", None, None, None),
    ("Le maire a rendu hommage aux pompiers disparus.", "ceremony", "maire", None, None),
    ("Un vibrant hommage leur a été rendu à Toulon.", "ceremony", None, None, "toulon"),
    ("Un mandat d'arrêt a été émis contre l'homme d'affaires.", "arrest", None, None, None),
    # who undergoes a nominal event: "faire l'objet de", "être victime de"
    ("Le directeur fait l'objet d'une enquête pour harcèlement.", "investigate", "-", "directeur", None),
    ("Une commerçante a été victime d'une agression à Metz.", "physical_assault", "-", "commerçante", "metz"),
    ("Le sénateur a fait l'objet d'une mise en examen.", "arrest", "-", "sénateur", None),
    # the "de X" after a nominal expression (on its head or its last word), with a contracted article
    ("La garde à vue du chauffeur a été prolongée.", "arrest", None, "chauffeur", None),
    ("Le tribunal a ordonné la remise en liberté du militant.", "release", None, "militant", None),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), ROWS)
def test_phrase_trigger(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


TEXTS = [
    ("Le suspect a été placé en garde à vue.", "garde à vue"),
    ("Les fans ont été passés à tabac.", "passés à tabac"),
    ("Une prise d'otages a eu lieu dans une école.", "prise d'otages"),
]


@pytest.mark.parametrize(("sentence", "text"), TEXTS)
def test_trigger_names_the_expression(nlp, sentence, text):
    assert text in [e.trigger for e in events_of(nlp, sentence)]


NONE = [
    # a word of an expression triggers nothing of its own
    ("Les magasins ont été pris d'assaut par les clients.", "attack"),
    # asked for, not done
    ("L'avocat a demandé la remise en liberté de son client.", "release"),
    ("Il ose envisager sa remise en liberté.", "release"),
    # power taken by a party at the polls is no coup
    ("La gauche a pris le pouvoir dans la région.", "coup"),
    # a security plan is police deployed, not a measure; a figurative boost; a film's homage
    ("Un dispositif de sécurité a été mis en place autour du stade.", "policy_measure"),
    ("Ces annonces sont-elles un vrai coup de pouce ?", "provide_aid"),
    ("Le film rend hommage aux westerns des années 1960.", "ceremony"),
    # asked for, not done
    ("Les riverains demandent la mise en place d'un système de surveillance.", "policy_measure"),
    # a driver's control lost over something else
    ("Le maire a perdu le contrôle de son budget.", "accident"),
]


@pytest.mark.parametrize(("sentence", "type_"), NONE)
def test_no_phrase_event(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


def test_phrase_heads_are_candidates(nlp):
    """The event search tries every head of an expression, though the head word alone is no
    trigger (a prefilter of trigger words must admit ``phrase_head_words``)."""
    from newsgraph.extract.event_phrases import phrase_head_words, phrase_heads

    doc = nlp("Le boxeur a jeté l'éponge au cinquième round.")
    assert [doc[i].text for i in phrase_heads(doc)] == ["jeté"]
    assert "jeter" in phrase_head_words()
    assert [e.trigger for e in events_of(nlp, doc.text)] == ["jeté l'éponge"]
