// description: for exports: statements and event reports with the actors and places they involve, one row per item and participant (role speaker, about, agent, target, participant or place), filtered by topic, actor, place and dates
// params: topic actor place since until
// columns: item_id kind item_type date doc_id role node_id
MATCH (i)-[:EVENT_TYPE]->(et:EventType), (i)-[:IN_DOCUMENT]->(d:Document)
WHERE (i:Statement OR i:EventReport)
  AND ($topic IS NULL OR (i)-[:TOPIC]->(:Topic {id: $topic}))
  AND ($since IS NULL OR i.dateEnd >= $since)  // what overlaps [since, until] is kept
  AND ($until IS NULL OR i.dateStart <= $until)
OPTIONAL MATCH (i)-[:SPEAKER|ABOUT|AGENT|TARGET|PARTICIPANT]->(a:Actor)
WHERE $actor IS NOT NULL
  AND (a.id = $actor OR any(alias IN coalesce(a.names, []) + coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS toLower($actor)))
WITH i, et, d, count(a) AS actor_hits
WHERE $actor IS NULL OR actor_hits > 0
OPTIONAL MATCH (i)-[:PLACE]->(p:Place)
WHERE $place IS NOT NULL
  AND (p.id = $place OR any(alias IN coalesce(p.names, []) + coalesce(p.aliases, []) WHERE toLower(alias) CONTAINS toLower($place)))
WITH i, et, d, count(p) AS place_hits
WHERE $place IS NULL OR place_hits > 0
MATCH (i)-[rp:SPEAKER|ABOUT|AGENT|TARGET|PARTICIPANT|PLACE]->(n)
RETURN DISTINCT i.id AS item_id, CASE WHEN i:Statement THEN 'statement' ELSE 'event' END AS kind,
       et.id AS item_type, i.date AS date, d.id AS doc_id, toLower(type(rp)) AS role, n.id AS node_id
ORDER BY kind, item_id, role, node_id
