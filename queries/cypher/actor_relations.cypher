// description: whom an actor speaks about or acts on (direction out) and who speaks about or acts on it (in), with the relation (speaks_about or an event type) and the number of statements or event reports (events of an interaction type only, negated and hypothetical ones left out, as in actor_network)
// params: actor_id
// required: actor_id
// columns: direction relation other_id other_name weight
MATCH (a:Actor {id: $actor_id})<-[r1:SPEAKER|ABOUT|AGENT|TARGET|PARTICIPANT]-(i)-[r2:SPEAKER|ABOUT|AGENT|TARGET|PARTICIPANT]->(o:Actor)
WHERE o.id <> a.id AND o.name IS NOT NULL
  AND (i:Statement OR i:EventReport)  // an event merged from reports is not counted again
  AND (i.modality IS NULL OR NOT i.modality IN ['negated', 'hypothetical'])
  AND ((type(r1) = 'SPEAKER' AND type(r2) = 'ABOUT') OR (type(r1) = 'ABOUT' AND type(r2) = 'SPEAKER')
       OR (type(r1) = 'AGENT' AND type(r2) = 'TARGET') OR (type(r1) = 'TARGET' AND type(r2) = 'AGENT')
       // the partners of a meeting, talks or an accord with no target (as actor_network counts them)
       OR (NOT (i)-[:TARGET]->() AND ((type(r1) = 'AGENT' AND type(r2) = 'PARTICIPANT')
           OR (type(r1) = 'PARTICIPANT' AND type(r2) = 'AGENT')
           OR (type(r1) = 'PARTICIPANT' AND type(r2) = 'PARTICIPANT' AND NOT (i)-[:AGENT]->()))))
MATCH (i)-[:EVENT_TYPE]->(et:EventType)
WHERE (type(r1) IN ['SPEAKER', 'ABOUT'] OR et.dyadic = true)  // an interaction (event_types.ttl)
  AND ((type(r1) <> 'PARTICIPANT' AND type(r2) <> 'PARTICIPANT')
       OR et.id IN ['consult', 'phone_call', 'meet', 'engage_in_negotiation', 'sign', 'agree'])
WITH CASE WHEN type(r1) IN ['SPEAKER', 'AGENT'] OR (type(r1) = 'PARTICIPANT' AND type(r2) = 'PARTICIPANT' AND a.id < o.id)
          THEN 'out' ELSE 'in' END AS direction,
     CASE WHEN type(r1) IN ['SPEAKER', 'ABOUT'] THEN 'speaks_about' ELSE et.id END AS relation, o, i
RETURN direction, relation, o.id AS other_id, min(o.name) AS other_name, count(DISTINCT i) AS weight
ORDER BY direction DESC, weight DESC, other_id, relation
