// description: which of the given content hashes ($hashes) belong to stored documents
// columns: sha256
MATCH (d:Document) WHERE d.sha256 IN $hashes RETURN DISTINCT d.sha256 AS sha256
