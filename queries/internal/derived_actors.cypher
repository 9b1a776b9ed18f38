// Every actor with its types, documents that mention it, statements it made and whether it is
// identified (a named or institutional actor: the actor network joins these only; stores/derived.py)
MATCH (a:Actor)
OPTIONAL MATCH (a)-[:MENTIONED_IN]->(d)
WITH a, count(DISTINCT d) AS documents
OPTIONAL MATCH (s)-[:SPEAKER]->(a)
WITH a, documents, count(DISTINCT s) AS statements
RETURN a.id AS id, [l IN labels(a) WHERE l <> 'Actor'] AS types, documents, statements,
       coalesce(a.identified, false) AS identified
