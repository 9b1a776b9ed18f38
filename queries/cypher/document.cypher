// description: one document by id: title, publication date, outlet, url and its text (the offsets of its statements, events and time expressions index this text)
// params: doc_id
// required: doc_id
// columns: doc_id title published outlet url text
MATCH (d:Document {id: $doc_id})
RETURN d.id AS doc_id, d.title AS title, d.published AS published, d.outlet AS outlet, d.url AS url, d.text AS text
