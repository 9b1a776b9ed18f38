// description: statements found by words of what was said (or of its sentence), topic, speaker, outlet and dates, with their document's title and outlet; order=desc lists the newest first
// params: text topic speaker outlet since until order
// @match speaker actor sp id label
// columns: date speaker_id speaker_name content direct cue doc_id title outlet evidence statement
MATCH (s:Statement)-[:SPEAKER]->(sp:Actor), (s)-[:IN_DOCUMENT]->(d:Document), (s)-[:EVIDENCE]->(ev:Evidence)
WHERE ($topic IS NULL OR (s)-[:TOPIC]->(:Topic {id: $topic}))
  AND ($text IS NULL OR toLower(s.content) CONTAINS toLower($text) OR toLower(ev.text) CONTAINS toLower($text))
  AND ($outlet IS NULL OR (d.outlet IS NOT NULL AND toLower(d.outlet) CONTAINS toLower($outlet)))
  AND ($since IS NULL OR (s.dateEnd IS NOT NULL AND s.dateEnd >= $since))  // what overlaps is kept
  AND ($until IS NULL OR (s.dateStart IS NOT NULL AND s.dateStart <= $until))
  AND ($speaker_match IS NULL OR sp.id IN $speaker_match)  // the actors found in the index of names
UNWIND sp.names AS name
WITH s, sp, d, ev, name
WITH s, sp, d, ev, min(name) AS speaker_name
RETURN s.date AS date, sp.id AS speaker_id, speaker_name, s.content AS content,
       s.direct AS direct, s.cue AS cue, d.id AS doc_id, d.title AS title, d.outlet AS outlet,
       ev.text AS evidence, s.id AS statement
// by first day, then last day (undated first); newest first with order=desc (undated last)
ORDER BY CASE WHEN $order = 'desc' THEN coalesce(s.dateStart, '') ELSE '' END DESC,
         CASE WHEN $order = 'desc' THEN coalesce(s.dateEnd, '') ELSE '' END DESC,
         coalesce(s.dateStart, ''), coalesce(s.dateEnd, ''), doc_id, statement
