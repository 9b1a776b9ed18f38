// description: everything an actor said (by actor id or part of a name), in date order
// params: actor since until
// columns: date speaker_id speaker_name content direct cue doc_id evidence statement
MATCH (s:Statement)-[:SPEAKER]->(sp:Actor), (s)-[:IN_DOCUMENT]->(d:Document), (s)-[:EVIDENCE]->(ev:Evidence)
WHERE $actor IS NOT NULL
  AND sp.name IS NOT NULL
  AND (sp.id = $actor OR any(alias IN sp.names + coalesce(sp.aliases, []) WHERE toLower(alias) CONTAINS toLower($actor)))
  AND ($since IS NULL OR (s.date IS NOT NULL AND s.date >= $since))
  AND ($until IS NULL OR (s.date IS NOT NULL AND substring(s.date, 0, size($until)) <= $until))
RETURN s.date AS date, sp.id AS speaker_id, min(sp.name) AS speaker_name, s.content AS content,
       s.direct AS direct, s.cue AS cue, d.id AS doc_id, ev.text AS evidence, s.id AS statement
ORDER BY coalesce(date, ''), doc_id, statement
