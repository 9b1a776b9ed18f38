// The places and actors of every event (stores/derived.py): kind "place" or "actor"
MATCH (e:Event)-[:PLACE]->(p:Place)
RETURN e.id AS event, 'place' AS kind, p.id AS node
UNION ALL
MATCH (e:Event)-[:AGENT|TARGET|PARTICIPANT]->(a:Actor)
RETURN e.id AS event, 'actor' AS kind, a.id AS node
