// Every event report with its event, the event's type, its document and dates, for events
// (stores/derived.py)
MATCH (e:Event)-[:EVENT_TYPE]->(et:EventType), (r)-[:REPORT_OF]->(e), (r)-[:IN_DOCUMENT]->(d:Document)
RETURN e.id AS event, et.id AS type, r.id AS report, d.id AS doc, r.dateStart AS start, r.dateEnd AS end_,
       r.date AS date, d.published AS published
