// description: the earliest and latest dates of statements and event reports (for a time slider)
// params:
// columns: first last
MATCH (i)
WHERE (i:Statement OR i:EventReport) AND i.date IS NOT NULL
RETURN min(i.date) AS first, max(i.date) AS last
