// Who speaks about or acts on whom, as actor_relations reads it: one row per node (a statement or an
// event report of an interaction type that is neither negated nor hypothetical; not the event merged
// from reports) with an event type, its role (speaker, about, agent, target; participant of a meeting, talks or an accord), the actor in that
// role and the type
// (stores/derived_relations.py)
MATCH (i)-[r:SPEAKER|ABOUT|AGENT|TARGET|PARTICIPANT]->(a:Actor)
WHERE (i:Statement OR i:EventReport)
  AND (i.modality IS NULL OR NOT i.modality IN ['negated', 'hypothetical'])
MATCH (i)-[:EVENT_TYPE]->(et:EventType)
WHERE (i:Statement OR et.dyadic = true)  // an interaction (event_types.ttl)
  AND (type(r) <> 'PARTICIPANT' OR et.id IN ['consult', 'phone_call', 'meet', 'engage_in_negotiation', 'sign', 'agree'])  // partners of a meeting, talks, an accord
RETURN CASE WHEN i:Statement THEN 'statement/' ELSE 'report/' END + i.id
       AS item, toLower(type(r)) AS role, a.id AS actor, et.id AS type
