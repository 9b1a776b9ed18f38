"""Statements of the eighteenth round: reported speech by stance frames (``speech_stance``,
``speech_stances.tsv``) and the stance verbs of the graded lexicon, in sentences of our own. A fixed
expression reports what a person or an organisation says or thinks ("tirer la sonnette d'alarme",
"crier victoire", "manifester son désaccord", "monter au créneau"): its content is the phrase it
governs, the clause after its colon, or the expression itself; near misses say nothing ("la
situation inquiète", "cacher sa colère", "on ignore si …")."""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements

# (text, speaker name part, content part, direct)
CASES = [
    # a governed phrase after the expression
    (
        "Les pédiatres tirent la sonnette d'alarme sur la pénurie de médicaments.",
        "pédiatres",
        "pénurie de médicaments",
        False,
    ),
    (
        "Le chef du groupe tire à boulets rouges sur le projet de budget.",
        "chef du groupe",
        "projet de budget",
        False,
    ),
    (
        "Les parents d'élèves donnent de la voix contre la fermeture de la cantine.",
        "parents",
        "fermeture de la cantine",
        False,
    ),
    (
        "La sénatrice hausse le ton contre les opérateurs téléphoniques.",
        "sénatrice",
        "opérateurs téléphoniques",
        False,
    ),
    (
        "Le collectif monte au créneau contre la vente du stade municipal.",
        "collectif",
        "vente du stade",
        False,
    ),
    (
        "Les infirmiers ne cachent pas leur colère face à la suppression des primes.",
        "infirmiers",
        "suppression des primes",
        False,
    ),
    # the clause after a colon
    (
        "Les vétérinaires tirent la sonnette d'alarme : "
        "les cas de grippe aviaire se multiplient dans l'Ouest.",
        "vétérinaires",
        "grippe aviaire se multiplient",
        False,
    ),
    # an indirect question
    (
        "La préfète ignore si les digues tiendront jusqu'à la fin de la semaine.",
        "préfète",
        "digues tiendront",
        False,
    ),
    # nothing governed: the expression itself
    (
        "Les écologistes ont crié victoire après l'abandon du projet d'autoroute.",
        "écologistes",
        "crié victoire",
        False,
    ),
    (
        "Le conseil départemental a manifesté son désaccord.",
        "conseil départemental",
        "manifesté son désaccord",
        False,
    ),
    ("Le Premier ministre a exprimé sa colère.", "Premier ministre", "exprimé sa colère", False),
    ("Les élus de la majorité n'ont pas caché leur agacement.", "élus", "caché leur agacement", False),
    (
        "La ministre de la Santé a fait part de son inquiétude.",
        "ministre",
        "fait part de son inquiétude",
        False,
    ),
    ("Les éleveurs ont exprimé leur soutien aux pêcheurs bretons.", "éleveurs", "leur soutien", False),
    (
        "Devant la hausse des loyers, le maire de Grenoble monte au créneau.",
        "maire de Grenoble",
        "monte au créneau",
        False,
    ),
    ("Les syndicats de policiers haussent le ton.", "syndicats", "haussent le ton", False),
    # admitting a fault, apologising: the expression, up to a coordinated verb
    (
        "Devant le juge, le chauffeur a reconnu ses torts et présenté ses excuses.",
        "chauffeur",
        "reconnu ses torts",
        False,
    ),
    ("La direction de la clinique a fait son mea culpa.", "direction", "fait son mea culpa", False),
    # a verb of criticism added to the graded lexicon
    (
        "Le sénateur vilipende la gestion des inondations par la préfecture.",
        "sénateur",
        "gestion des inondations",
        False,
    ),
    # stance verbs the lexicon already reads (kept working)
    (
        "Les commerçants du centre s'insurgent contre la hausse des parkings.",
        "commerçants",
        "hausse des parkings",
        False,
    ),
    (
        "Le maire redoute que la rivière ne déborde encore cette nuit.",
        "maire",
        "la rivière ne déborde",
        False,
    ),
    (
        "Les chauffeurs réclament une revalorisation de leurs salaires.",
        "chauffeurs",
        "revalorisation de leurs salaires",
        False,
    ),
    (
        "La fédération met en garde contre les faux vendeurs de billets.",
        "fédération",
        "faux vendeurs de billets",
        False,
    ),
    (
        "La présidente de l'association se dit inquiète pour les bénévoles.",
        "présidente",
        "inquiète pour les bénévoles",
        False,
    ),
    # a plural noun of a kind of body speaks as a group (col19's speaker nouns)
    (
        "Les refuges tirent la sonnette d'alarme : les adoptions sont en net recul depuis l'été.",
        "refuges",
        "adoptions sont en net recul",
        False,
    ),
    # "les soutiens de X" speak themselves, not X (col19's role complements)
    (
        "Les soutiens du candidat ne cachent pas leur amertume.",
        "soutiens",
        "leur amertume",
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content", "direct"), CASES)
def test_stance_frame(nlp, text: str, speaker: str, content: str, direct: bool) -> None:
    check_construction(nlp, text, speaker, content, direct)


# (text, words that are no statement's content)
NOT_SAID = [
    # the experiencer is the object: nobody speaks
    ("La situation inquiète les élus du département.", "élus"),
    ("La situation inquiète.", "inquiète"),
    ("Le chiffre pense-bête reste affiché sur le frigo.", "frigo"),
    ("Les invités ont reçu un faire-part de mariage la semaine dernière.", "mariage"),
    # cacher without a negation hides the stance
    ("Le joueur cache sa déception après la défaite.", "déception"),
    # the generic "on" of a low-grade expression: nothing is known, nobody says it
    ("On ignore si les deux hommes se connaissaient.", "deux hommes"),
    # the words of the expression used literally
    ("Le gardien a tiré la sonnette de la porte d'entrée.", "sonnette"),
    ("Les randonneurs montent au refuge avant la nuit.", "refuge"),
    ("Les gendarmes ont reconnu le fuyard sur les images.", "fuyard"),
    ("Le club a présenté ses nouveaux joueurs mardi.", "joueurs"),
    # literal senses of low-grade expressions read only with a governed content
    ("Dans les tribunes, les supporters donnent de la voix.", "voix"),
    ("Un voisin a donné l'alerte vers trois heures du matin.", "alerte"),
    # the subject of another clause, across a colon
    ("Le journal s'est rendu sur place : artisans et clients ont peur et expriment leur colère.", "colère"),
    # a quote after the colon is the quote rules' (one statement, direct)
    ("Le maire tire la sonnette d'alarme : « Nous n'avons plus un euro pour les routes. »", "sonnette"),
]


@pytest.mark.parametrize(("text", "words"), NOT_SAID)
def test_no_stance_statement(nlp, text: str, words: str) -> None:
    found = statements(nlp, text)
    assert not [s for s in found if words.lower() in s.content.lower()], described(found)


def test_quote_after_stance_colon_is_direct(nlp) -> None:
    """ "X tire la sonnette d'alarme : « … »": the quote is X's words, read once, as a quote."""
    found = statements(
        nlp, "La directrice tire la sonnette d'alarme : « Nous manquons de tout dans ce service. »"
    )
    hits = [s for s in found if "manquons de tout" in s.content]
    assert len(hits) == 1 and hits[0].direct, described(found)
