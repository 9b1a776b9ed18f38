// The edges of the actor network, one row per statement or event report, with its topics and
// dates, events of an interaction type only: actor_network is counted from these, between
// identified actors (the actors table says which; stores/derived.py)
MATCH (src:Actor)<-[r1:SPEAKER|AGENT|PARTICIPANT]-(i)-[r2:ABOUT|TARGET|PARTICIPANT]->(tgt:Actor)
WHERE ((i:Statement AND type(r1) = 'SPEAKER' AND type(r2) = 'ABOUT')
       OR (i:EventReport AND type(r1) = 'AGENT' AND type(r2) = 'TARGET')
       // a meeting, talks or an accord with no target: agent -> partner, or partner -> partner once
       OR (i:EventReport AND type(r2) = 'PARTICIPANT' AND NOT (i)-[:TARGET]->()
           AND (type(r1) = 'AGENT' OR (type(r1) = 'PARTICIPANT' AND src.id < tgt.id AND NOT (i)-[:AGENT]->()))))
  AND src.id <> tgt.id
  AND (NOT i:EventReport OR i.modality IS NULL OR NOT i.modality IN ['negated', 'hypothetical'])
MATCH (i)-[:EVENT_TYPE]->(et:EventType)
WHERE i:Statement OR (type(r2) <> 'PARTICIPANT' AND et.dyadic = true)  // an interaction (event_types.ttl)
   OR (type(r2) = 'PARTICIPANT' AND et.id IN ['consult', 'phone_call', 'meet', 'engage_in_negotiation', 'sign', 'agree'])  // consult, meet, talks, accords: between partners
OPTIONAL MATCH (i)-[:TOPIC]->(t:Topic)
WITH src, tgt, i, et, r1, collect(t.id) AS topics
RETURN CASE WHEN type(r1) = 'SPEAKER' THEN 'speaks_about' ELSE et.id END AS relation,
       src.id AS source, tgt.id AS target,
       CASE WHEN type(r1) = 'SPEAKER' THEN 'statement/' ELSE 'report/' END + i.id AS item, topics, i.dateStart AS start, i.dateEnd AS end_
