// The columns of who_said_what, search_statements and statements_by_actor for every statement: a
// page of them is cut from these rows in memory (stores/derived_statements.py)
MATCH (s:Statement)-[:SPEAKER]->(sp:Actor), (s)-[:IN_DOCUMENT]->(d:Document), (s)-[:EVIDENCE]->(ev:Evidence)
UNWIND sp.names AS name
WITH s, sp, d, ev, min(name) AS speaker_name
RETURN s.id AS statement, s.date AS date, sp.id AS speaker_id, speaker_name, s.content AS content,
       s.direct AS direct, s.cue AS cue, d.id AS doc_id, ev.text AS evidence, d.outlet AS outlet, d.title AS title
