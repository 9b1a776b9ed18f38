// description: the actors one document mentions, with their type and every alias (one row per alias), to find their names in its text
// params: doc_id
// required: doc_id
// columns: actor_id name type alias
MATCH (d:Document {id: $doc_id})<-[:MENTIONED_IN]-(a:Actor)
WHERE a.name IS NOT NULL
WITH a, [l IN labels(a) WHERE l <> 'Actor'] AS types
WHERE size(types) > 0
UNWIND CASE WHEN a.aliases IS NULL THEN [null] ELSE a.aliases END AS alias
UNWIND types AS type
RETURN a.id AS actor_id, a.name AS name, min(type) AS type, alias
ORDER BY actor_id, coalesce(alias, '')
