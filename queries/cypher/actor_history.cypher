// description: an actor's statements and events in date order, by actor id (as actor_timeline, which also takes part of a name; bound to the id, this one is an index lookup)
// params: actor_id
// required: actor_id
// columns: date kind role what text doc_id evidence item_id
MATCH (a:Actor {id: $actor_id})<-[r:SPEAKER|AGENT|TARGET|PARTICIPANT]-(i)
WHERE (i:Statement AND type(r) = 'SPEAKER') OR (i:EventReport AND type(r) <> 'SPEAKER')
MATCH (i)-[:IN_DOCUMENT]->(d:Document), (i)-[:EVIDENCE]->(ev:Evidence), (i)-[:EVENT_TYPE]->(et:EventType)
WITH DISTINCT i.date AS date,
     CASE WHEN type(r) = 'SPEAKER' THEN 'statement' ELSE 'event' END AS kind,
     toLower(type(r)) AS role,
     CASE WHEN type(r) = 'SPEAKER' THEN i.cue ELSE et.id END AS what,
     CASE WHEN type(r) = 'SPEAKER' THEN i.content ELSE i.trigger END AS text,
     d.id AS doc_id, ev.text AS evidence, i.id AS item_id
RETURN date, kind, role, what, text, doc_id, evidence, item_id
ORDER BY coalesce(date, ''), doc_id, item_id, role
