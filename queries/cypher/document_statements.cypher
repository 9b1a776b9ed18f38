// description: the statements of one document with the offsets of their sentence, one row per speaker, actor spoken about and topic (role speaker, about or topic)
// params: doc_id
// required: doc_id
// columns: statement start end content direct cue date role node_id node_name
MATCH (d:Document {id: $doc_id})<-[:IN_DOCUMENT]-(s:Statement)-[:EVIDENCE]->(ev:Evidence)
MATCH (s)-[r:SPEAKER|ABOUT|TOPIC]->(n)
RETURN s.id AS statement, ev.start AS start, ev.end AS end, s.content AS content, s.direct AS direct,
       s.cue AS cue, s.date AS date, toLower(type(r)) AS role, n.id AS node_id, n.name AS node_name
ORDER BY start, end, statement, role, node_id
