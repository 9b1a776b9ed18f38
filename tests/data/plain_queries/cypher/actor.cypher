// description: one actor by id: its names (canonical name and every alias), type and number of documents
// params: actor_id
// required: actor_id
// columns: actor_id name type alias documents
MATCH (a:Actor {id: $actor_id})
WHERE a.name IS NOT NULL
WITH a, [l IN labels(a) WHERE l <> 'Actor'] AS types
WHERE size(types) > 0
OPTIONAL MATCH (a)-[:MENTIONED_IN]->(d)
WITH a, types, count(DISTINCT d) AS documents
UNWIND CASE WHEN a.aliases IS NULL THEN [null] ELSE a.aliases END AS alias
UNWIND types AS type
RETURN a.id AS actor_id, a.name AS name, min(type) AS type, alias, documents
ORDER BY alias
