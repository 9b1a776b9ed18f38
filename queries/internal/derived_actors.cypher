// Every actor with its types, documents that mention it and statements it made (stores/derived.py)
MATCH (a:Actor)
OPTIONAL MATCH (a)-[:MENTIONED_IN]->(d)
WITH a, count(DISTINCT d) AS documents
OPTIONAL MATCH (s)-[:SPEAKER]->(a)
WITH a, documents, count(DISTINCT s) AS statements
RETURN a.id AS id, [l IN labels(a) WHERE l <> 'Actor'] AS types, documents, statements
