// description: actors whose name or an alias contains the text, with how many documents mention them and how many statements they made
// params: q actor_type
// columns: actor_id name type documents statements
MATCH (a:Actor)
WHERE a.name IS NOT NULL
  AND ($q IS NULL OR a.id = $q OR any(alias IN a.names + coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS toLower($q)))
WITH a, [l IN labels(a) WHERE l <> 'Actor' AND ($actor_type IS NULL OR toLower(l) = toLower($actor_type))] AS types
WHERE size(types) > 0
OPTIONAL MATCH (a)-[:MENTIONED_IN]->(d)
WITH a, types, count(DISTINCT d) AS documents
OPTIONAL MATCH (s)-[:SPEAKER]->(a)
WITH a, types, documents, count(DISTINCT s) AS statements
UNWIND types AS type
RETURN a.id AS actor_id, a.name AS name, min(type) AS type, documents, statements
ORDER BY documents DESC, actor_id
