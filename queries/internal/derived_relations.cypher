// Who speaks about or acts on whom, as actor_relations reads it: one row per node (a statement, an
// event report or an event) with an event type, its role (speaker, about, agent, target), the actor
// in that role and the type (stores/derived_relations.py)
MATCH (i)-[r:SPEAKER|ABOUT|AGENT|TARGET]->(a:Actor)
MATCH (i)-[:EVENT_TYPE]->(et:EventType)
RETURN CASE WHEN i:Statement THEN 'statement/' WHEN i:EventReport THEN 'report/' ELSE 'event/' END + i.id
       AS item, toLower(type(r)) AS role, a.id AS actor, et.id AS type
