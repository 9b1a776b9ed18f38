# Forget documents before their new version is written (POST /documents?replace=true, build
# --replace): the document, every node in it (statements, event reports, evidence, time
# expressions), its mentions, and the events and actors no other document speaks of.
# {{docs}} is replaced by the documents' IRIs; the whole text runs as one update (one transaction).
PREFIX ng: <https://newsgraph.org/ontology#>
DELETE { ?e ?p ?o } WHERE {
  VALUES ?doc { {{docs}} }
  ?r ng:inDocument ?doc ; ng:reportOf ?e .
  FILTER NOT EXISTS { ?r2 ng:reportOf ?e ; ng:inDocument ?d2 . FILTER(?d2 != ?doc) }
  ?e ?p ?o
} ;
DELETE { ?a ?p ?o } WHERE {
  VALUES ?doc { {{docs}} }
  ?a ng:mentionedIn ?doc .
  FILTER NOT EXISTS { ?a ng:mentionedIn ?d2 . FILTER(?d2 != ?doc) }
  ?a ?p ?o
} ;
DELETE { ?x ?p ?o } WHERE { VALUES ?doc { {{docs}} } ?x ng:inDocument ?doc . ?x ?p ?o } ;
DELETE { ?a ng:mentionedIn ?doc } WHERE { VALUES ?doc { {{docs}} } ?a ng:mentionedIn ?doc } ;
DELETE { ?doc ?p ?o } WHERE { VALUES ?doc { {{docs}} } ?doc ?p ?o }
