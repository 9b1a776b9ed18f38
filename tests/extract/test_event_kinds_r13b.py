"""Event kinds of politics, diplomacy, economy, sport and culture (round 13, kinds B), found by
reading unannotated 2022 reports: an appointment told by the choice ("a choisi son nouveau Premier
ministre"), by the team ("constitue son gouvernement", "la composition du gouvernement"), by the
new office-holder ("le nouveau ministre de l'Intérieur"), by the office kept or sworn into ("est
maintenu à son poste", "a prêté serment"); a government staking its responsibility (the 49.3 in
words); a side armed ("armer les Ukrainiens"); the status of EU candidate granted; diplomats
declared persona non grata; talks held ("des discussions se sont tenues"); a wage offer ("la
proposition d'augmenter les salaires"); a business taken over ("a repris l'épicerie du village");
meetings put off ("le conseil des ministres est reporté"); a home match ("le PSG reçoit le Real");
a win by a score ("se sont imposés 30 à 26"); semi-finals; a concert given; a film in cinemas. And
the other senses of the same words (weapons in hand, patience, a trophy received, work resumed, a
town retaken, a doctor's appointments cancelled, a witness's oath, a classroom). Sentences written
for these tests. Rows: (sentence, type, agent, place), agent and place lowercase substrings of an
actor's name (any role) and of the place, None: not checked."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, events_of, no_event

ROWS = [
    # appointments: the choice, the team, the new office-holder
    ("Le président a choisi son nouveau Premier ministre.", "appoint", "président", None),
    ("La fédération a choisi un nouveau sélectionneur pour les Bleues.", "appoint", "fédération", None),
    ("Le nouveau Premier ministre a constitué son gouvernement en trois jours.", "appoint", None, None),
    ("La composition du nouveau gouvernement a été annoncée mardi soir.", "appoint", None, None),
    ("Le nouveau ministre de l'Agriculture a visité une ferme du Cantal.", "appoint", "ministre", None),
    ("Le nouveau gouvernement tiendra son premier Conseil des ministres lundi.", "appoint", None, None),
    # offices kept or sworn into
    ("La ministre de la Culture est maintenue à son poste.", "appoint", "ministre", None),
    ("La nouvelle présidente a prêté serment devant le Parlement.", "appoint", None, None),
    pytest.param(
        "Le nouveau président brésilien a prêté serment dimanche à Brasilia.",
        "appoint",
        None,
        None,
        marks=pytest.mark.xfail(
            strict=True, reason="the parser makes 'serment' the root, 'prêté' its dependent"
        ),
    ),
    # the 49.3 in words
    (
        "La Première ministre a engagé la responsabilité de son gouvernement sur le budget.",
        "force_through",
        "ministre",
        None,
    ),
    # diplomacy: a side armed, talks held
    ("Les Occidentaux continuent d'armer l'Ukraine.", "provide_military_aid", "occidentaux", None),
    ("Plusieurs pays vont armer les forces ukrainiennes.", "provide_military_aid", "pays", None),
    ("La Moldavie a obtenu le statut de candidat à l'Union européenne.", "join_alliance", "moldavie", None),
    ("La Pologne a déclaré persona non grata trois diplomates biélorusses.", "expel", "pologne", None),
    ("De longues discussions se sont tenues à Genève entre les deux délégations.", "consult", None, "genève"),
    ("Les deux partis ont entamé des discussions en vue des législatives.", "consult", "partis", None),
    # economy: a wage offer, a business taken over
    ("La direction a fait une proposition pour augmenter les salaires de 5 %.", "propose_talks", None, None),
    ("Un jeune boulanger a repris la boulangerie du village.", "takeover", "boulanger", None),
    ("Un groupe italien a repris l'usine et ses 300 salariés.", "takeover", "groupe", None),
    # meetings put off
    ("Le sommet européen a été reporté à la semaine prochaine.", "postponement", None, None),
    ("Le conseil des ministres de mercredi est reporté.", "postponement", None, None),
    ("Le chef de l'État a annulé son déplacement à Berlin.", "postponement", "chef", None),
    # sport: a home match, a win by a score
    ("L'OM reçoit Tottenham mardi en Ligue des champions.", "sport_competition", None, None),
    pytest.param(
        "Le PSG reçoit le Real Madrid en huitième de finale.",
        "sport_competition",
        None,
        None,
        marks=pytest.mark.xfail(strict=True, reason="the parser makes 'en huitième' a clause of its own"),
    ),
    ("Les Bleus se sont imposés 24 à 17 face aux Anglais.", "sport_result", None, None),
    ("L'équipe de France a été éliminée en demi-finale par le Portugal.", "sport_result", "portugal", None),
    ("La Française a perdu sa demi-finale en trois sets.", "sport_result", None, None),
    # culture: a film in cinemas, a play on the bill
    ("Le nouveau film de la réalisatrice est dans les salles ce mercredi.", "cultural_event", None, None),
    ("La pièce est à l'affiche du Théâtre de Paris jusqu'en mars.", "cultural_event", None, None),
    # culture: a concert given
    (
        "La chanteuse a donné un concert gratuit à Marseille samedi.",
        "cultural_event",
        "chanteuse",
        "marseille",
    ),
]

OTHER_SENSES = [
    ("Des hommes armés ont attaqué le convoi.", "provide_military_aid"),
    ("Les forces armées ukrainiennes ont repris la ville.", "provide_military_aid"),
    ("Les automobilistes doivent s'armer de patience.", "provide_military_aid"),
    ("L'équipe n'a jamais été aussi bien armée pour gagner.", "provide_military_aid"),
    ("Les supporters se battaient, armés de barres de fer.", "provide_military_aid"),
    ("Le capitaine a reçu le trophée des mains du président.", "sport_competition"),
    ("Les salariés ont repris le travail lundi matin.", "takeover"),
    ("Les soldats ont repris la ville de Lyman.", "takeover"),
    ("Le médecin a dû annuler tous ses rendez-vous de la semaine.", "postponement"),
    ("Le futur ministre devra trancher ce dossier.", "appoint"),
    ("La responsabilité de l'État est engagée dans ce drame.", "force_through"),
    ("Le candidat s'est imposé avec 58 % des voix.", "sport_result"),
    ("Ils ont choisi de rester à Paris.", "appoint"),
    ("Le maire a maintenu son arrêté malgré les critiques.", "appoint"),
    ("Le film a été tourné dans une salle de classe.", "cultural_event"),
    ("Les spectateurs ont quitté la salle en silence.", "cultural_event"),
    ("Le témoin a prêté serment devant la cour d'assises.", "appoint"),
    ("Le statut de candidat libre intéresse de nombreux lycéens.", "join_alliance"),
    ("Il a déclaré que la situation était grave.", "expel"),
    ("La mode du vélo s'est imposée face aux critiques.", "sport_result"),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "place"), ROWS)
def test_kind(nlp, sentence, type_, agent, place):
    check_row(nlp, sentence, type_, agent, place)


@pytest.mark.parametrize(("sentence", "type_"), OTHER_SENSES)
def test_other_sense(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


def test_a_hosted_match_is_no_state_visit(nlp):
    types = {e.type for e in events_of(nlp, "Le PSG reçoit le Real Madrid mardi en Ligue des champions.")}
    assert "sport_competition" in types and "host_visit" not in types
