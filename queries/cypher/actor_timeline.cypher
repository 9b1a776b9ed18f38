// description: an actor's statements and events in date order (by actor id or part of a name)
// params: actor since until
// required: actor
// @match actor actor a id label alias
// columns: date kind role what text doc_id evidence item_id
// $actor_match: the actors the text finds in the index of names; each looked up by its key
UNWIND $actor_match AS actor_id
MATCH (a:Actor {id: actor_id})<-[r:SPEAKER|AGENT|TARGET|PARTICIPANT]-(i)
WHERE a.name IS NOT NULL
  AND ((i:Statement AND type(r) = 'SPEAKER') OR (i:EventReport AND type(r) <> 'SPEAKER'))
  AND ($since IS NULL OR i.dateEnd >= $since)  // what overlaps [since, until] is kept
  AND ($until IS NULL OR i.dateStart <= $until)
MATCH (i)-[:IN_DOCUMENT]->(d:Document), (i)-[:EVIDENCE]->(ev:Evidence), (i)-[:EVENT_TYPE]->(et:EventType)
WITH DISTINCT i.date AS date, i.dateStart AS start, i.dateEnd AS end_,
     CASE WHEN type(r) = 'SPEAKER' THEN 'statement' ELSE 'event' END AS kind,
     toLower(type(r)) AS role,
     CASE WHEN type(r) = 'SPEAKER' THEN i.cue ELSE et.id END AS what,
     CASE WHEN type(r) = 'SPEAKER' THEN i.content ELSE i.trigger END AS text,
     d.id AS doc_id, ev.text AS evidence, i.id AS item_id
RETURN date, kind, role, what, text, doc_id, evidence, item_id
ORDER BY coalesce(start, ''), coalesce(end_, ''), doc_id, item_id, role
