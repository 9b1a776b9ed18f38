// description: the geocoded places with their coordinates (for a map)
// params:
// columns: place_id name lat lng
MATCH (p:Place)
WHERE p.lat IS NOT NULL AND p.long IS NOT NULL AND p.name IS NOT NULL
RETURN p.id AS place_id, p.name AS name, p.lat AS lat, p.long AS lng
ORDER BY place_id
