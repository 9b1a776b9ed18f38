// description: who speaks about or acts on whom, with weights (statements mentioning an actor, events of an interaction type with an agent and a target, and meetings, talks and accords between two partners with no target), between identified actors only (a named person, organisation or state, an institution such as the government, a collective with a nationality; not an anonymous description such as "un homme", which stays in the graph and its events)
// params: topic since until
// columns: source_id source_name target_id target_name relation weight
MATCH (src:Actor)<-[r1:SPEAKER|AGENT|PARTICIPANT]-(i)-[r2:ABOUT|TARGET|PARTICIPANT]->(tgt:Actor)
WHERE ((i:Statement AND type(r1) = 'SPEAKER' AND type(r2) = 'ABOUT')
       OR (i:EventReport AND type(r1) = 'AGENT' AND type(r2) = 'TARGET')
       // a meeting, talks or an accord with no target: agent -> partner, or partner -> partner once
       OR (i:EventReport AND type(r2) = 'PARTICIPANT' AND NOT (i)-[:TARGET]->()
           AND (type(r1) = 'AGENT' OR (type(r1) = 'PARTICIPANT' AND src.id < tgt.id AND NOT (i)-[:AGENT]->()))))
  AND src.id <> tgt.id AND src.identified = true AND tgt.identified = true
  AND (NOT i:EventReport OR i.modality IS NULL OR NOT i.modality IN ['negated', 'hypothetical'])
  AND src.name IS NOT NULL AND tgt.name IS NOT NULL
  AND ($topic IS NULL OR (i)-[:TOPIC]->(:Topic {id: $topic}))
  AND ($since IS NULL OR i.dateEnd >= $since)  // what overlaps [since, until] is kept
  AND ($until IS NULL OR i.dateStart <= $until)
MATCH (i)-[:EVENT_TYPE]->(et:EventType)
WHERE i:Statement OR (type(r2) <> 'PARTICIPANT' AND et.dyadic = true)  // an interaction (event_types.ttl), not a death or an accident
   OR (type(r2) = 'PARTICIPANT' AND et.id IN ['consult', 'phone_call', 'meet', 'engage_in_negotiation', 'sign', 'agree'])  // consult, meet, talks, accords: between partners
WITH src, tgt, i, CASE WHEN type(r1) = 'SPEAKER' THEN 'speaks_about' ELSE et.id END AS relation
RETURN src.id AS source_id, min(src.name) AS source_name, tgt.id AS target_id, min(tgt.name) AS target_name,
       relation, count(DISTINCT i) AS weight
ORDER BY weight DESC, source_id, target_id, relation
