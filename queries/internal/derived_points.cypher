// The coordinates of every geocoded place, for place_points (stores/derived.py)
MATCH (p:Place)
WHERE p.lat IS NOT NULL AND p.long IS NOT NULL
RETURN p.id AS id, p.lat AS lat, p.long AS lng
