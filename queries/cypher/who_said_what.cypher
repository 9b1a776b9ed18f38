// description: who said what about a topic, and when: statements with speaker, content, date and the sentence they came from
// params: topic speaker since until doc
// @match speaker actor sp id label
// columns: date speaker_id speaker_name content direct cue doc_id evidence statement outlet title
MATCH (s:Statement)-[:SPEAKER]->(sp:Actor), (s)-[:IN_DOCUMENT]->(d:Document), (s)-[:EVIDENCE]->(ev:Evidence)
WHERE ($topic IS NULL OR (s)-[:TOPIC]->(:Topic {id: $topic}))
  AND ($since IS NULL OR s.dateEnd >= $since)  // what overlaps [since, until] is kept
  AND ($until IS NULL OR s.dateStart <= $until)
  AND ($doc IS NULL OR d.id = $doc)
  AND ($speaker_match IS NULL OR sp.id IN $speaker_match)  // the actors found in the index of names
UNWIND sp.names AS name
WITH s, sp, d, ev, min(name) AS speaker_name
RETURN s.date AS date, sp.id AS speaker_id, speaker_name, s.content AS content,
       s.direct AS direct, s.cue AS cue, d.id AS doc_id, ev.text AS evidence, s.id AS statement,
       d.outlet AS outlet, d.title AS title
ORDER BY coalesce(s.dateStart, ''), coalesce(s.dateEnd, ''), doc_id, statement
