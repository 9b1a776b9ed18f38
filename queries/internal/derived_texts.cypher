// What each statement says and the sentence it came from, and the outlet of each document
// (stores/derived.py)
MATCH (s:Statement)-[:EVIDENCE]->(ev:Evidence)
RETURN 'text' AS kind, s.id AS id, [s.content, ev.text] AS texts
UNION ALL
MATCH (d:Document) WHERE d.outlet IS NOT NULL
RETURN 'outlet' AS kind, d.id AS id, [d.outlet] AS texts
