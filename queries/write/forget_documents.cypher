// Forget documents before their new version is written (POST /documents?replace=true, build
// --replace): the document, every node in it (statements, event reports, evidence, time
// expressions), and the events and actors no other document speaks of. Parameter: $forget (ids).
// Prepended to the load statement, so that forgetting and writing are one transaction.
UNWIND $forget AS fid
MATCH (r:EventReport)-[:IN_DOCUMENT]->(:Document {id: fid})
MATCH (r)-[:REPORT_OF]->(e:Event)
OPTIONAL MATCH (r2:EventReport)-[:REPORT_OF]->(e)
OPTIONAL MATCH (r2)-[:IN_DOCUMENT]->(d2:Document)
WHERE d2.id <> fid
WITH e, count(d2) AS others
WHERE others = 0
DETACH DELETE e
WITH count(*) AS forgot0
UNWIND $forget AS fid
MATCH (a)-[:MENTIONED_IN]->(:Document {id: fid})
OPTIONAL MATCH (a)-[:MENTIONED_IN]->(d2:Document)
WHERE d2.id <> fid
WITH a, count(d2) AS others
WHERE others = 0
DETACH DELETE a
WITH count(*) AS forgot1
UNWIND $forget AS fid
MATCH (x)-[:IN_DOCUMENT]->(:Document {id: fid})
DETACH DELETE x
WITH count(*) AS forgot2
UNWIND $forget AS fid
MATCH (d:Document {id: fid})
DETACH DELETE d
WITH count(*) AS forgot3
