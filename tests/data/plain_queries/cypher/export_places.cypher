// description: for exports: every place with its type, coordinates, country and counts (documents that mention it, event reports located there)
// params:
// columns: place_id name type lat lng country documents events
MATCH (p:Place)
WHERE p.name IS NOT NULL
OPTIONAL MATCH (p)-[:MENTIONED_IN]->(d)
WITH p, count(DISTINCT d) AS documents
OPTIONAL MATCH (r:EventReport)-[:PLACE]->(p)
WITH p, documents, count(DISTINCT r) AS events
RETURN p.id AS place_id, p.name AS name, p.placeType AS type, p.lat AS lat, p.long AS lng,
       p.countryCode AS country, documents, events
ORDER BY place_id
