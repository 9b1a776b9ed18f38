// description: the time expressions of one document: offsets, text, normalized value and precision
// params: doc_id
// required: doc_id
// columns: start end text value precision
MATCH (d:Document {id: $doc_id})<-[:IN_DOCUMENT]-(t:TimeExpression)
RETURN t.start AS start, t.end AS end, t.text AS text, t.value AS value, t.datePrecision AS precision
ORDER BY start, end, value
