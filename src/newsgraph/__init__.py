"""newsgraph: a knowledge-graph builder and query service for news."""

__version__ = "0.1.0"
