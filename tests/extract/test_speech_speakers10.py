"""Who speaks, tenth round (issue 14): one row per construction of French reporting, sentences
written for these tests. A row: text, speaker name part, content part, direct, speaker type."""

from __future__ import annotations

import pytest
from speech import check_construction, described, find, statements

ROWS = [
    # a pronoun incise whose person is the subject of a subordinate clause, a first name the
    # tagger takes for a place
    (
        "Quand Caroline a vu arriver les supporters, elle a eu peur. "
        "« Ils ont cassé toutes les vitrines du quartier », témoigne-t-elle dans le reportage.",
        "Caroline",
        "Ils ont cassé toutes les vitrines",
        True,
        "person",
    ),
    # ... a first name the tagger does not find at all, two sentences back
    (
        "Léonie vient de finir ses études. Pour elle, le métier attire moins les jeunes : "
        "« Les clients sont devenus très pressés et parfois agressifs », explique-t-elle.",
        "Léonie",
        "Les clients sont devenus très pressés",
        True,
        "person",
    ),
    # ... a noun of a person led by "comme", antecedent of a subject relative
    (
        "Certains sont encore inquiets, comme cet homme qui a surveillé le ciel toute la nuit. "
        "« Je n'arrivais pas à dormir », dit-il dans la vidéo.",
        "homme",
        "Je n'arrivais pas à dormir",
        True,
        "anonymous",
    ),
    # ... the agent of a passive in a sentence without a finite verb
    (
        "Le tribunal a retenu la responsabilité du gérant. Une décision saluée par les familles, "
        "mais contestée par l'avocate du gérant. « Mon client a respecté toutes les règles », "
        "précise-t-elle.",
        "avocate",
        "Mon client a respecté toutes les règles",
        True,
        "anonymous",
    ),
    # ... a noun of a person three sentences back, more recent than the last speaker, through a
    # sentence whose subject is the same pronoun and one whose subject is a plural pronoun
    (
        "« Le vent a tout arraché », raconte une campeuse. Réveillé par l'orage, ce grand-père "
        "a voulu partir en voiture. Il a pris ses papiers et ses clés. Ensuite, ils ont attendu "
        "l'aube sur le parking. « Nous avons eu très peur pour les enfants », confie-t-il.",
        "grand-père",
        "Nous avons eu très peur pour les enfants",
        True,
        "anonymous",
    ),
    # ... a noun of a person led by "à l'instar de" in the quote's own sentence, before a colon
    (
        "Pour bien dormir, mieux vaut éviter les écrans, à l'instar de ce quidam interrogé par nos "
        "équipes : « Je lis un livre avant de dormir, jamais mon téléphone », assure-t-il.",
        "quidam",
        "Je lis un livre avant de dormir",
        True,
        "anonymous",
    ),
    # ... a person whose name the tagger takes for a common noun: no gender from the noun's form
    (
        "« Il faut tout préparer la veille », explique Hélène Vidal. Nadir Bensalem a quant à elle "
        "déjà enseigné au lycée. « On appréhende toujours un peu la rentrée », reconnaît-elle.",
        "Bensalem",
        "On appréhende toujours",
        True,
        "person",
    ),
    # a woman named with a masculine role noun in apposition: her first name gives the gender
    (
        "« Les prix ne baissent plus depuis un an », constate Mathieu Roche, notaire. « Les acheteurs "
        "hésitent, mais on en parle », assure Sophie Delmas, agent immobilier. Pourtant la demande "
        "reste forte, constate-t-elle : « Les familles veulent toujours une maison avec jardin. »",
        "Sophie Delmas",
        "Les familles veulent toujours une maison",
        True,
        "person",
    ),
    # a compound first name gives its gender by its first part
    (
        "Le camping de Paul Mercier affiche complet. À Sète, le taux de réservation atteint 90 % pour "
        "Marie-Odile Vasseur, gérante d'un gîte. « J'ai surtout des séjours longs cette année », "
        "confie-t-elle.",
        "Marie-Odile Vasseur",
        "J'ai surtout des séjours longs",
        True,
        "person",
    ),
    # an honorific before the first name, and a determiner after an apposition, say nothing of
    # the gender ("Me Luc Vial, avocat de la famille, la décision …")
    (
        "Le procureur a requis un an de prison. Selon Me Luc Vial, avocat de la famille, la décision "
        "sera historique. « C'est un message très fort pour toutes les victimes », estime-t-il.",
        "Luc Vial",
        "C'est un message très fort",
        True,
        "person",
    ),
    # an adverbial phrase between the inverted verb and its subject
    (
        "« Les discussions reprendront lundi à Genève », rapporte tout d'abord le journaliste Paul Girard.",
        "Paul Girard",
        "Les discussions reprendront lundi",
        True,
        "person",
    ),
    (
        "« Nous ne céderons sur aucun point », explique d'abord Claire Fabre, porte-parole du collectif.",
        "Claire Fabre",
        "Nous ne céderons sur aucun point",
        True,
        "person",
    ),
    # a periphrastic incise: an inverted clitic between a governing verb and the speech verb
    (
        "Marc Lenoir a perdu son emploi l'an dernier. "
        "« Je paie trois cents euros de plus chaque année », fait-il remarquer.",
        "Marc Lenoir",
        "Je paie trois cents euros",
        True,
        "person",
    ),
    (
        "La maire de Brest a reçu les commerçants. « Rien ne sera décidé sans vous », tient-elle à préciser.",
        "maire",
        "Rien ne sera décidé sans vous",
        True,
        "anonymous",
    ),
    # a speech noun as the verb's object, a comma, and the quote that ends the sentence
    (
        "Mercredi, Paul Roy a lancé un appel solennel à cinq jours du vote, "
        "« chaque voix comptera dimanche ».",
        "Paul Roy",
        "chaque voix comptera dimanche",
        True,
        "person",
    ),
    (
        "La ministre a adressé un avertissement aux industriels, « les prix doivent baisser avant l'été ».",
        "ministre",
        "les prix doivent baisser avant l'été",
        True,
        "anonymous",
    ),
    # a quote announced by "ce que" and a speech verb with its subject after it, a clause between
    (
        "Voici ce que répondait Jean Morel, un dirigeant du groupe, lorsqu'on l'interrogeait sur les "
        "contrôles : « Jamais. Notre priorité reste la sécurité des clients. »",
        "Jean Morel",
        "Notre priorité reste la sécurité",
        True,
        "person",
    ),
    # a second clause led by a link word, its subject and a speech verb before the colon
    (
        "« On attend depuis trois heures », se plaint une passagère, tandis que son voisin ajoute : "
        "« La compagnie ne nous dit rien ».",
        "voisin",
        "La compagnie ne nous dit rien",
        True,
        "anonymous",
    ),
    # ... the narrative infinitive "et X de + speech verb"
    (
        "« Nous avons tout perdu », soupire un éleveur, et sa fille de renchérir : "
        "« Personne ne nous a prévenus ».",
        "fille",
        "Personne ne nous a prévenus",
        True,
        "anonymous",
    ),
    # one inhabitant named by a demonym in -ois: someone a pronoun takes up
    (
        "Les rues sont couvertes de verre, témoigne un Lillois. « Ils ont abîmé toutes les devantures », "
        "assure-t-il.",
        "Lillois",
        "Ils ont abîmé toutes les devantures",
        True,
        "anonymous",
    ),
    # a passive speech participle before a quoted fragment relays no one: the correspondent speaks
    (
        "Des aides ont aussi été votées pour « des familles situées dans les zones rurales, l'État va "
        "doubler le chèque énergie », poursuit le journaliste Marc Aubry.",
        "Marc Aubry",
        "l'État va doubler le chèque énergie",
        True,
        "person",
    ),
]


def test_heading_with_an_infinitive_stays_out_of_the_quote(nlp):
    """A web heading glued before a quote ("Un deuxième procès à venir « … »") has an infinitive,
    no verb of a clause: the content is the quote alone."""
    text = (
        "Elle a été condamnée à une amende et reste libre. Un deuxième procès à venir « L'audience a "
        "duré dix heures. Je n'ai pas pu voir mon avocat », a confié la militante."
    )
    hits = find(statements(nlp, text), "L'audience a duré")
    assert len(hits) == 1 and hits[0].content.startswith("L'audience"), described(hits)


@pytest.mark.parametrize(("text", "speaker", "content", "direct", "kind"), ROWS)
def test_speaker(nlp, text, speaker, content, direct, kind):
    check_construction(nlp, text, speaker, content, direct, kind)


def test_demonstrative_description_takes_up_the_name_before(nlp):
    """ "Cette mère de famille" right after a named person is that person, not a new speaker."""
    text = (
        "Une cliente, Julie Perrin, vient d'emprunter 5 000 euros. Cette mère de famille gagne moins "
        "de 2 000 euros par mois. « Je préfère rembourser un crédit qu'être à découvert », témoigne-t-elle."
    )
    hits = find(statements(nlp, text), "Je préfère rembourser")
    assert len(hits) == 1 and "Julie Perrin" in hits[0].speaker.name, described(hits)


def test_name_after_the_description_wins(nlp):
    """A description whose sentence names the person after it ("le fleuriste du quartier, Erik
    Dahl") hands the pronoun to the name."""
    text = (
        "Des fleurs s'amoncellent devant les grilles. Le premier témoin de la ferveur est le fleuriste "
        "du quartier, Erik Dahl. « On n'a jamais vendu autant de roses », confie-t-il."
    )
    hits = find(statements(nlp, text), "On n'a jamais vendu")
    assert len(hits) == 1 and "Erik Dahl" in hits[0].speaker.name, described(hits)


def test_elided_determiner_noun_keeps_its_gender(nlp):
    """ "L'ami" (masculine, the determiner elided) is no referent of "elle": the last woman heard is."""
    text = (
        "« Ils fouillaient chaque maison du quartier », a déclaré Irina Volkova, une couturière de 40 ans. "
        "L'ami de son fils a entendu des cris toute la nuit. "
        "« Il y avait des dizaines de personnes enfermées », a-t-elle ajouté."
    )
    hits = find(statements(nlp, text), "Il y avait des dizaines")
    assert len(hits) == 1 and "Irina Volkova" in hits[0].speaker.name, described(hits)


def test_bare_role_noun_is_no_referent(nlp):
    """A bare noun ("Devenir propriétaire était son rêve") refers to no one: the pronoun takes
    the person named in the sentence."""
    text = (
        "Devenir propriétaire était le rêve de Lucie Marchand. Après deux refus, elle a enfin obtenu "
        "un prêt. « Je n'y croyais plus du tout », confie-t-elle."
    )
    hits = find(statements(nlp, text), "Je n'y croyais plus")
    assert len(hits) == 1 and "Lucie Marchand" in hits[0].speaker.name, described(hits)
