"""One router per resource."""

from newsgraph.api.routes import (
    actors,
    cypher,
    documents,
    events,
    export,
    health,
    queries,
    sparql,
    statements,
)

ROUTERS = [
    health.router,
    statements.router,
    actors.router,
    events.router,
    queries.router,
    sparql.router,
    documents.router,
    export.router,
    cypher.router,
]
