// description: for exports: every actor with its type and counts (documents that mention it, statements it made, event reports it takes part in)
// params:
// columns: actor_id name type documents statements events
MATCH (a:Actor)
WHERE a.name IS NOT NULL
WITH a, [l IN labels(a) WHERE l <> 'Actor'] AS types
WHERE size(types) > 0
OPTIONAL MATCH (a)-[:MENTIONED_IN]->(d)
WITH a, types, count(DISTINCT d) AS documents
OPTIONAL MATCH (s:Statement)-[:SPEAKER]->(a)
WITH a, types, documents, count(DISTINCT s) AS statements
OPTIONAL MATCH (r:EventReport)-[:AGENT|TARGET|PARTICIPANT]->(a)
WITH a, types, documents, statements, count(DISTINCT r) AS events
UNWIND types AS type
RETURN a.id AS actor_id, a.name AS name, min(type) AS type, documents, statements, events
ORDER BY actor_id
