// description: everything an actor said (by actor id or part of a name), in date order
// params: actor since until
// required: actor
// columns: date speaker_id speaker_name content direct cue doc_id evidence statement outlet title
MATCH (s:Statement)-[:SPEAKER]->(sp:Actor), (s)-[:IN_DOCUMENT]->(d:Document), (s)-[:EVIDENCE]->(ev:Evidence)
WHERE $actor IS NOT NULL
  AND sp.name IS NOT NULL
  AND (sp.id = $actor OR any(alias IN sp.names + coalesce(sp.aliases, []) WHERE toLower(alias) CONTAINS toLower($actor)))
  AND ($since IS NULL OR s.dateEnd >= $since)  // what overlaps [since, until] is kept
  AND ($until IS NULL OR s.dateStart <= $until)
WITH s, sp, d, ev, min(sp.name) AS speaker_name
RETURN s.date AS date, sp.id AS speaker_id, speaker_name, s.content AS content,
       s.direct AS direct, s.cue AS cue, d.id AS doc_id, ev.text AS evidence, s.id AS statement,
       d.outlet AS outlet, d.title AS title
ORDER BY coalesce(s.dateStart, ''), coalesce(s.dateEnd, ''), doc_id, statement
