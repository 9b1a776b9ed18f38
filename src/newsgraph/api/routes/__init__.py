"""One router per resource."""

from newsgraph.api.routes import actors, events, health, queries, sparql, statements

ROUTERS = [health.router, statements.router, actors.router, events.router, queries.router, sparql.router]
