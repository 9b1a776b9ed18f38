// description: for exports: the aliases of every actor and place, one row each (kind is actor or place)
// params:
// columns: kind node_id alias
MATCH (n)
WHERE (n:Actor OR n:Place) AND n.aliases IS NOT NULL
UNWIND n.aliases AS alias
RETURN DISTINCT CASE WHEN n:Actor THEN 'actor' ELSE 'place' END AS kind, n.id AS node_id, alias
ORDER BY kind, node_id, alias
