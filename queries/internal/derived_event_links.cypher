// The places and actors of every event (stores/derived.py): kind "place", or the actor's role
MATCH (e:Event)-[:PLACE]->(p:Place)
RETURN e.id AS event, 'place' AS kind, p.id AS node
UNION ALL
MATCH (e:Event)-[ra:AGENT|TARGET|PARTICIPANT]->(a:Actor)
RETURN e.id AS event, toLower(type(ra)) AS kind, a.id AS node
