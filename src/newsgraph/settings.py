"""One place for configuration: every setting is also an environment variable NEWSGRAPH_<NAME>
(nested groups with ``__``, e.g. ``NEWSGRAPH_NEO4J__URI``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_KEYS = {"", "changeme", "change-me", "changethis", "secret", "placeholder", "xxx"}


class Neo4jSettings(BaseModel):
    uri: str | None = None
    user: str = "neo4j"
    password: SecretStr = SecretStr("")
    database: str = "neo4j"


class FalkorDBSettings(BaseModel):
    url: str | None = None  # redis://host:port for a server; None = embedded falkordblite
    path: Path = Path(".newsgraph/falkordb.db")
    graph: str = "newsgraph"


class SparqlSettings(BaseModel):
    """A remote SPARQL 1.1 server (Fuseki, GraphDB, QLever, Virtuoso, Oxigraph server)."""

    query_url: str | None = None
    update_url: str | None = None
    store_url: str | None = None  # Graph Store Protocol endpoint
    user: str | None = None
    password: SecretStr | None = None


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSGRAPH_", env_nested_delimiter="__", extra="ignore")

    backend: Literal["oxigraph", "falkordb", "neo4j", "sparql"] = "oxigraph"
    store_path: Path = Path(".newsgraph/store")
    registry_path: Path | None = None  # defaults to <store_path>.registry.json (see registry_file)
    model: str = "fr_core_news_md"
    batch_size: int = 64
    neo4j: Neo4jSettings = Neo4jSettings()
    falkordb: FalkorDBSettings = FalkorDBSettings()
    sparql: SparqlSettings = SparqlSettings()

    # service
    host: str = "127.0.0.1"
    port: int = 8000
    query_timeout: float = 10.0  # seconds, for every query
    max_rows: int = 10_000  # row limit for every query
    query_cache: Annotated[int, Field(ge=0)] = (
        256  # results kept by the embedded store until its next write; 0: none
    )
    writes_enabled: bool = False
    api_key: SecretStr | None = None
    max_document_bytes: int = 2_000_000
    max_batch_documents: int = 100
    cors_origins: list[str] = []  # origins allowed to call from a browser (JSON list); none by default
    health_timeout: Annotated[float, Field(gt=0)] = 2.0  # seconds /health waits for the store
    read_timeout: Annotated[float, Field(gt=0)] = 10.0  # seconds for a request to arrive whole
    max_connections: Annotated[int, Field(ge=1)] = 256  # connections served at once (then 503)

    @model_validator(mode="after")
    def _refuse_placeholder_key(self) -> Settings:
        if self.writes_enabled:
            key = self.api_key.get_secret_value() if self.api_key else ""
            if key.strip().lower() in PLACEHOLDER_KEYS or len(key) < 16:
                raise ValueError(
                    "writes are enabled but NEWSGRAPH_API_KEY is missing, a placeholder or shorter "
                    "than 16 characters; set a real secret"
                )
        return self

    @property
    def registry_file(self) -> Path:
        """What actor resolution remembers across builds: ``registry_path`` when set; else, for the
        embedded Oxigraph store, ``<store>.registry.json`` beside it, so two stores in one folder
        never share one (a store that already has the former ``registry.json`` beside it keeps it);
        for the other backends, ``registry.json`` beside ``store_path``."""
        if self.registry_path is not None:
            return self.registry_path
        shared = self.store_path.parent / "registry.json"
        if self.backend != "oxigraph":
            return shared
        own = self.store_path.with_name(f"{self.store_path.name}.registry.json")
        if not own.exists() and shared.exists() and self.store_path.exists():
            return shared  # a store built before each store had a registry of its own
        return own
