// Every statement and event report with its type, date, document, and the actors and places it
// involves and its topics (role "topic"), one row each: export_items, and the event reports of
// export_actors and export_places, are answered from these (stores/derived_exports.py)
MATCH (i)-[:EVENT_TYPE]->(et:EventType), (i)-[:IN_DOCUMENT]->(d:Document)
WHERE (i:Statement OR i:EventReport)
MATCH (i)-[rp:SPEAKER|ABOUT|AGENT|TARGET|PARTICIPANT|PLACE|TOPIC]->(n)
RETURN CASE WHEN i:Statement THEN 'statement' ELSE 'event' END AS kind, i.id AS item_id,
       et.id AS item_type, i.date AS date, i.dateStart AS start, i.dateEnd AS end_, d.id AS doc_id,
       toLower(type(rp)) AS role, n.id AS node_id
