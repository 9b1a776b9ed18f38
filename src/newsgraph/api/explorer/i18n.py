"""The explorer's interface labels in French and English; ``?lang=fr|en`` picks one (kept in a cookie)."""

from __future__ import annotations

from typing import Any

from fastapi import Request

LANGUAGES = ("fr", "en")
DEFAULT = "fr"

LABELS: dict[str, dict[str, Any]] = {
    "fr": {
        "site": "newsgraph", "skip": "Aller au contenu", "nav": "Navigation",
        "search": "Déclarations", "network": "Réseau", "events": "Événements", "add": "Ajouter un article",
        "api": "API", "other_lang": "English", "other_lang_code": "en",
        "search_title": "Qui a dit quoi", "text": "Texte", "text_hint": "mots de la déclaration ou de sa phrase",
        "topic": "Thème", "any": "tous", "speaker": "Orateur", "speaker_hint": "nom ou alias",
        "since": "Depuis", "until": "Jusqu'au", "outlet": "Média", "sort": "Tri",
        "oldest": "plus anciennes d'abord", "newest": "plus récentes d'abord", "submit": "Chercher",
        "csv": "Télécharger en CSV", "results": "Résultats", "no_results": "Aucune déclaration ne correspond.",
        "previous": "Précédentes", "next": "Suivantes", "page": "Page",
        "direct": "citation directe", "reported": "discours rapporté", "source": "Source",
        "in_document": "Voir dans l'article", "undated": "sans date", "date_from_publication": "date de publication",
        "precision": "précision", "day": "jour", "week": "semaine", "month": "mois", "year": "année",
        "hour": "heure", "minute": "minute",
        "document": "Article", "published": "Publié", "legend": "Légende",
        "k_statement": "déclaration", "k_event": "événement", "k_actor": "acteur (nom trouvé dans le texte)",
        "k_time": "expression de temps", "records": "Ce que la machine a lu", "click_hint":
        "Cliquez sur un passage surligné (ou Tab puis Entrée) pour voir ce qui en a été extrait.",
        "no_text": "Le texte de cet article n'est pas dans le graphe (construit avant que les textes y soient gardés : reconstruisez-le).",
        "not_found": "Introuvable", "cue": "verbe ou marque", "topics": "thèmes", "about": "parle de",
        "agent": "agent", "target": "cible", "participant": "participant", "place": "lieu",
        "type": "type", "cameo": "code CAMEO", "date": "date", "value": "valeur normalisée",
        "event_type": "type d'événement", "reports": "récits", "documents": "articles",
        "actor": "Acteur", "aliases": "Alias", "timeline": "Chronologie", "said": "a dit", "did": "événement",
        "speaks_about": "Parle de", "spoken_about_by": "Est évoqué par", "acts_on": "Agit sur",
        "acted_on_by": "Subit l'action de", "none": "rien pour l'instant",
        "network_title": "Qui parle de qui, qui agit sur qui", "time_window": "Fenêtre de temps",
        "apply": "Appliquer", "gephi": "Ouvrir dans Gephi (GEXF)", "edges": "Liens", "from": "de", "to": "vers",
        "relation": "relation", "weight": "poids", "no_edges": "Aucun lien entre acteurs pour cette sélection.",
        "events_title": "Ce qui s'est passé, où", "map": "Carte", "list": "Liste", "first_reported": "premier récit",
        "last_reported": "dernier récit", "no_events": "Aucun événement ne correspond.",
        "map_note": "Fond de carte : contours des pays Natural Earth, livrés avec newsgraph (hors ligne).",
        "add_title": "Ajouter un article", "title": "Titre", "url": "Adresse (URL)", "api_key": "Clé d'API",
        "send": "Envoyer", "writes_off": "L'ajout d'articles est désactivé sur ce service (NEWSGRAPH_WRITES_ENABLED).",
        "file": "ou un fichier texte", "sending": "Analyse en cours…", "types": {
            "Person": "personne", "Organization": "organisation", "GeopoliticalEntity": "État ou entité géopolitique",
            "Group": "collectif", "AnonymousActor": "source anonyme", "Actor": "acteur",
        },
    },
    "en": {
        "site": "newsgraph", "skip": "Skip to content", "nav": "Navigation",
        "search": "Statements", "network": "Network", "events": "Events", "add": "Add an article",
        "api": "API", "other_lang": "Français", "other_lang_code": "fr",
        "search_title": "Who said what", "text": "Text", "text_hint": "words of the statement or its sentence",
        "topic": "Topic", "any": "any", "speaker": "Speaker", "speaker_hint": "name or alias",
        "since": "Since", "until": "Until", "outlet": "Outlet", "sort": "Sort",
        "oldest": "oldest first", "newest": "newest first", "submit": "Search",
        "csv": "Download as CSV", "results": "Results", "no_results": "No statement matches.",
        "previous": "Previous", "next": "Next", "page": "Page",
        "direct": "direct quote", "reported": "reported speech", "source": "Source",
        "in_document": "See it in the article", "undated": "undated", "date_from_publication": "publication date",
        "precision": "precision", "day": "day", "week": "week", "month": "month", "year": "year",
        "hour": "hour", "minute": "minute",
        "document": "Article", "published": "Published", "legend": "Legend",
        "k_statement": "statement", "k_event": "event", "k_actor": "actor (name found in the text)",
        "k_time": "time expression", "records": "What the machine read", "click_hint":
        "Click a highlighted passage (or Tab then Enter) to see what was extracted from it.",
        "no_text": "This article's text is not in the graph (built before texts were kept: rebuild it).",
        "not_found": "Not found", "cue": "verb or cue", "topics": "topics", "about": "speaks about",
        "agent": "agent", "target": "target", "participant": "participant", "place": "place",
        "type": "type", "cameo": "CAMEO code", "date": "date", "value": "normalized value",
        "event_type": "event type", "reports": "reports", "documents": "articles",
        "actor": "Actor", "aliases": "Aliases", "timeline": "Timeline", "said": "said", "did": "event",
        "speaks_about": "Speaks about", "spoken_about_by": "Spoken about by", "acts_on": "Acts on",
        "acted_on_by": "Acted on by", "none": "nothing yet",
        "network_title": "Who speaks about whom, who acts on whom", "time_window": "Time window",
        "apply": "Apply", "gephi": "Open in Gephi (GEXF)", "edges": "Links", "from": "from", "to": "to",
        "relation": "relation", "weight": "weight", "no_edges": "No link between actors in this selection.",
        "events_title": "What happened, where", "map": "Map", "list": "List", "first_reported": "first reported",
        "last_reported": "last reported", "no_events": "No event matches.",
        "map_note": "Base map: Natural Earth country outlines, shipped with newsgraph (offline).",
        "add_title": "Add an article", "title": "Title", "url": "Address (URL)", "api_key": "API key",
        "send": "Send", "writes_off": "Adding articles is disabled on this service (NEWSGRAPH_WRITES_ENABLED).",
        "file": "or a text file", "sending": "Analysing…", "types": {
            "Person": "person", "Organization": "organization", "GeopoliticalEntity": "state or geopolitical entity",
            "Group": "collective", "AnonymousActor": "anonymous source", "Actor": "actor",
        },
    },
}


def language(request: Request) -> str:
    """``?lang=`` if it names a language, else the ``lang`` cookie, else French."""
    for value in (request.query_params.get("lang"), request.cookies.get("lang")):
        if value in LANGUAGES:
            return value
    return DEFAULT
