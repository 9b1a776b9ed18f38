// Every statement with what who_said_what, search_statements and statements_by_actor filter and
// sort by (stores/derived.py)
MATCH (s:Statement)-[:SPEAKER]->(sp:Actor), (s)-[:IN_DOCUMENT]->(d:Document), (s)-[:EVIDENCE]->(:Evidence)
WHERE sp.names IS NOT NULL
OPTIONAL MATCH (s)-[:TOPIC]->(t:Topic)
RETURN s.id AS id, sp.id AS speaker, d.id AS doc, s.dateStart AS start, s.dateEnd AS end_, collect(t.id) AS topics
