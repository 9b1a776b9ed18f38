// description: actors whose name or an alias contains the text (for completion as one types): id, canonical name and type, shortest names first
// params: q
// required: q
// columns: actor_id name type
MATCH (a:Actor)
WHERE $q IS NOT NULL AND a.name IS NOT NULL
  AND any(n IN a.names + coalesce(a.aliases, []) WHERE toLower(n) CONTAINS toLower($q))
WITH a, [l IN labels(a) WHERE l <> 'Actor'] AS types
WHERE size(types) > 0
UNWIND types AS type
RETURN a.id AS actor_id, a.name AS name, min(type) AS type
ORDER BY size(name), actor_id
