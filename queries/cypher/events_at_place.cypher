// description: what happened at a place (by place id or part of a name), by whom, when: one row per event and actor, with its number of reports and first and last report dates
// params: place type since until
// required: place
// @match place place p id label alias
// columns: event_id event_type date actor_id actor_name role place_id place_name reports first_reported last_reported
// $place_match: the places the text finds in the index of names; each looked up by its key
UNWIND $place_match AS place_id
MATCH (p:Place {id: place_id})<-[:PLACE]-(e:Event)-[:EVENT_TYPE]->(et:EventType), (r)-[:REPORT_OF]->(e),
      (r)-[:IN_DOCUMENT]->(d:Document)
WHERE p.name IS NOT NULL
  AND ($type IS NULL OR et.id = $type)
  AND ($since IS NULL OR r.dateEnd >= $since)  // what overlaps [since, until] is kept
  AND ($until IS NULL OR r.dateStart <= $until)
OPTIONAL MATCH (e)-[ra:AGENT|TARGET|PARTICIPANT]->(a:Actor)
WHERE a.name IS NOT NULL
WITH e, et, p, r, d, a, CASE WHEN ra IS NULL THEN null ELSE toLower(type(ra)) END AS role
WITH e, et, p, a, role, count(DISTINCT r) AS reports
// the earliest known date and publication dates of the event, whatever its undated reports
OPTIONAL MATCH (r0)-[:REPORT_OF]->(e)
WITH e, et, p, a, role, reports, min(r0.dateStart + ' ' + r0.date) AS first
OPTIONAL MATCH (r1)-[:REPORT_OF]->(e), (r1)-[:IN_DOCUMENT]->(d1:Document)
WITH e, et, p, a, role, reports, first, min(d1.published) AS first_reported, max(d1.published) AS last_reported
RETURN e.id AS event_id, et.id AS event_type, substring(first, 11) AS date, a.id AS actor_id, a.name AS actor_name, role,
       p.id AS place_id, p.name AS place_name, reports, first_reported, last_reported
ORDER BY coalesce(first, ''), event_id, event_type, coalesce(actor_id, ''), coalesce(role, '')
