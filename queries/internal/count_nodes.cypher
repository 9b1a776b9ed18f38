// description: how many nodes the graph holds (len() of a Cypher store)
// columns: nodes
MATCH (n) RETURN count(n) AS nodes
