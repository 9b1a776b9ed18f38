// Every place with its type, coordinates, country and the documents that mention it, for
// export_places (stores/derived_exports.py); its names come from derived_names
MATCH (p:Place)
OPTIONAL MATCH (p)-[:MENTIONED_IN]->(d)
WITH p, count(DISTINCT d) AS documents
RETURN p.id AS id, p.placeType AS type, p.lat AS lat, p.long AS lng, p.countryCode AS country, documents
