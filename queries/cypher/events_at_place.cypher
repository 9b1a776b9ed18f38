// description: what happened at a place (by place id or part of a name), by whom, when: one row per event and actor, with its number of reports and first and last report dates
// params: place type since until
// columns: event_id event_type date actor_id actor_name role place_id place_name reports first_reported last_reported
MATCH (e:Event)-[:EVENT_TYPE]->(et:EventType), (e)-[:PLACE]->(p:Place), (r)-[:REPORT_OF]->(e), (r)-[:IN_DOCUMENT]->(d:Document)
WHERE $place IS NOT NULL
  AND p.name IS NOT NULL
  AND (p.id = $place OR any(alias IN p.names + coalesce(p.aliases, []) WHERE toLower(alias) CONTAINS toLower($place)))
  AND ($type IS NULL OR et.id = $type)
  AND ($since IS NULL OR (r.date IS NOT NULL AND r.date >= $since))
  AND ($until IS NULL OR (r.date IS NOT NULL AND substring(r.date, 0, size($until)) <= $until))
OPTIONAL MATCH (e)-[ra:AGENT|TARGET|PARTICIPANT]->(a:Actor)
WHERE a.name IS NOT NULL
WITH e, et, p, r, d, a, CASE WHEN ra IS NULL THEN null ELSE toLower(type(ra)) END AS role
RETURN e.id AS event_id, et.id AS event_type, CASE WHEN count(*) = count(r.date) THEN min(r.date) END AS date,
       a.id AS actor_id, min(a.name) AS actor_name, role, p.id AS place_id, min(p.name) AS place_name, count(DISTINCT r) AS reports,
       CASE WHEN count(*) = count(d.published) THEN min(d.published) END AS first_reported,
       CASE WHEN count(*) = count(d.published) THEN max(d.published) END AS last_reported
ORDER BY coalesce(date, ''), event_id, coalesce(actor_id, ''), coalesce(role, '')
