// description: who said what about a topic, and when: statements with speaker, content, date and the sentence they came from
// params: topic speaker since until doc
// columns: date speaker_id speaker_name content direct cue doc_id evidence statement
MATCH (s:Statement)-[:SPEAKER]->(sp:Actor), (s)-[:IN_DOCUMENT]->(d:Document), (s)-[:EVIDENCE]->(ev:Evidence)
WHERE ($topic IS NULL OR (s)-[:TOPIC]->(:Topic {id: $topic}))
  AND ($since IS NULL OR (s.date IS NOT NULL AND s.date >= $since))
  AND ($until IS NULL OR (s.date IS NOT NULL AND substring(s.date, 0, size($until)) <= $until))
  AND ($doc IS NULL OR d.id = $doc)
UNWIND sp.names AS name
WITH s, sp, d, ev, name
WHERE $speaker IS NULL OR sp.id = $speaker OR toLower(name) CONTAINS toLower($speaker)
RETURN s.date AS date, sp.id AS speaker_id, min(name) AS speaker_name, s.content AS content,
       s.direct AS direct, s.cue AS cue, d.id AS doc_id, ev.text AS evidence, s.id AS statement
ORDER BY coalesce(date, ''), doc_id, statement
