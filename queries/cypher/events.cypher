// description: events (one row per real-world event) with their type, place, date and number of reports, filtered by type, actor, place and dates
// params: type actor place since until
// @match actor actor actor_node id label alias
// @match place place place_node id label alias
// columns: event_id event_type date place_id place_name reports documents first_reported last_reported
MATCH (e:Event)-[:EVENT_TYPE]->(et:EventType)
WHERE $type IS NULL OR et.id = $type
OPTIONAL MATCH (e)-[:AGENT|TARGET|PARTICIPANT]->(a:Actor)
WHERE $actor_match IS NOT NULL AND a.id IN $actor_match  // the actors found in the index of names
WITH e, et, count(a) AS actor_hits
WHERE $actor_match IS NULL OR actor_hits > 0
MATCH (r)-[:REPORT_OF]->(e), (r)-[:IN_DOCUMENT]->(d:Document)
WHERE ($since IS NULL OR r.dateEnd >= $since)  // reports that overlap [since, until]
  AND ($until IS NULL OR r.dateStart <= $until)
OPTIONAL MATCH (e)-[:PLACE]->(p:Place)
WITH e, et, r, d, p
WHERE $place_match IS NULL OR (p IS NOT NULL AND p.id IN $place_match)  // the places found by name
WITH e, et, p, count(DISTINCT r) AS reports, count(DISTINCT d) AS documents
// the earliest known date and publication dates of the event, whatever its undated reports
OPTIONAL MATCH (r0)-[:REPORT_OF]->(e)
WITH e, et, p, reports, documents, min(r0.dateStart + ' ' + r0.date) AS first
OPTIONAL MATCH (r1)-[:REPORT_OF]->(e), (r1)-[:IN_DOCUMENT]->(d1:Document)
WITH e, et, p, reports, documents, first, min(d1.published) AS first_reported, max(d1.published) AS last_reported
RETURN e.id AS event_id, et.id AS event_type, substring(first, 11) AS date, p.id AS place_id, p.name AS place_name,
       reports, documents, first_reported, last_reported
ORDER BY coalesce(first, ''), event_id, event_type, coalesce(place_id, '')
