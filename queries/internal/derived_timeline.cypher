// What every actor said or did: one row per statement it made or event report it takes part in
// (role speaker, agent, target or participant), with the columns of actor_timeline and
// actor_history, which are answered from these (stores/derived_timeline.py)
MATCH (a:Actor)<-[r:SPEAKER|AGENT|TARGET|PARTICIPANT]-(i)
WHERE (i:Statement AND type(r) = 'SPEAKER') OR (i:EventReport AND type(r) <> 'SPEAKER')
MATCH (i)-[:IN_DOCUMENT]->(d:Document), (i)-[:EVIDENCE]->(ev:Evidence), (i)-[:EVENT_TYPE]->(et:EventType)
RETURN a.id AS actor, a.name IS NOT NULL AS named, i.date AS date, i.dateStart AS start, i.dateEnd AS end_,
       CASE WHEN type(r) = 'SPEAKER' THEN 'statement' ELSE 'event' END AS kind,
       toLower(type(r)) AS role,
       CASE WHEN type(r) = 'SPEAKER' THEN i.cue ELSE et.id END AS what,
       CASE WHEN type(r) = 'SPEAKER' THEN i.content ELSE i.trigger END AS text,
       d.id AS doc_id, ev.text AS evidence, i.id AS item_id, true AS typed
