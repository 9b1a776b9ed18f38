// Every actor and place with its names (stores/derived.py), a page at a time
MATCH (n:Actor)
RETURN 'actor' AS kind, n.id AS id, n.names AS labels, n.aliases AS aliases
UNION ALL
MATCH (n:Place)
RETURN 'place' AS kind, n.id AS id, n.names AS labels, n.aliases AS aliases
