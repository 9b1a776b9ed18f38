// description: everything an actor said (by actor id or part of a name), in date order
// params: actor since until
// required: actor
// @match actor actor sp id label alias
// columns: date speaker_id speaker_name content direct cue doc_id evidence statement outlet title
// $actor_match: the actors the text finds in the index of names; each looked up by its key
UNWIND $actor_match AS actor_id
MATCH (sp:Actor {id: actor_id})<-[:SPEAKER]-(s:Statement), (s)-[:IN_DOCUMENT]->(d:Document), (s)-[:EVIDENCE]->(ev:Evidence)
WHERE sp.name IS NOT NULL
  AND ($since IS NULL OR s.dateEnd >= $since)  // what overlaps [since, until] is kept
  AND ($until IS NULL OR s.dateStart <= $until)
WITH s, sp, d, ev, min(sp.name) AS speaker_name
RETURN s.date AS date, sp.id AS speaker_id, speaker_name, s.content AS content,
       s.direct AS direct, s.cue AS cue, d.id AS doc_id, ev.text AS evidence, s.id AS statement,
       d.outlet AS outlet, d.title AS title
ORDER BY coalesce(s.dateStart, ''), coalesce(s.dateEnd, ''), doc_id, statement
