// description: the event reports of one document with the offsets of their sentence, one row per actor or place involved (role agent, target, participant or place; none when there is none)
// params: doc_id
// required: doc_id
// columns: report start end trigger event_type cameo date event_id role node_id node_name
MATCH (d:Document {id: $doc_id})<-[:IN_DOCUMENT]-(r:EventReport)-[:EVIDENCE]->(ev:Evidence)
MATCH (r)-[:EVENT_TYPE]->(et:EventType), (r)-[:REPORT_OF]->(e:Event)
OPTIONAL MATCH (r)-[rel:AGENT|TARGET|PARTICIPANT|PLACE]->(n)
RETURN r.id AS report, ev.start AS start, ev.end AS end, r.trigger AS trigger, et.id AS event_type,
       r.cameoCode AS cameo, r.date AS date, e.id AS event_id,
       CASE WHEN rel IS NULL THEN null ELSE toLower(type(rel)) END AS role, n.id AS node_id, n.name AS node_name
ORDER BY start, end, report, coalesce(role, ''), coalesce(node_id, '')
