"""docker/: the API image and the compose file (Neo4j 5 + the API configured for it).

No Docker engine runs here; the compose file is parsed as YAML and, where a compose client is
installed, by ``docker compose config`` (or ``docker-compose config``), which needs no engine.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "docker" / "compose.yaml"
DOCKERFILE = ROOT / "docker" / "Dockerfile"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def test_neo4j_5_with_a_healthcheck(compose):
    neo4j = compose["services"]["neo4j"]
    assert neo4j["image"].startswith("neo4j:5")
    assert neo4j["healthcheck"]["test"] and "cypher-shell" in " ".join(neo4j["healthcheck"]["test"])
    assert "NEO4J_AUTH" in neo4j["environment"]
    assert all(str(p).startswith("127.0.0.1:") for p in neo4j["ports"]), "bind to loopback only"


def test_the_api_waits_for_a_healthy_neo4j_and_is_configured_for_it(compose, monkeypatch):
    api = compose["services"]["api"]
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert (COMPOSE.parent / api["build"]["context"] / api["build"]["dockerfile"]).resolve() == DOCKERFILE
    env = api["environment"]
    from newsgraph.settings import Settings

    for key, value in env.items():
        monkeypatch.setenv(key, re.sub(r"\$\{[A-Z_]+:-([^}]*)\}", r"\1", str(value)))
    settings = Settings()
    assert settings.backend == "neo4j"
    assert settings.neo4j.uri == "bolt://neo4j:7687" and settings.neo4j.user == "neo4j"
    assert settings.neo4j.password.get_secret_value()
    assert all(str(p).startswith("127.0.0.1:") for p in api["ports"])


def test_the_image_is_slim_non_root_healthchecked_and_serves_on_all_interfaces():
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.12-slim\b", text, re.M)
    user = re.findall(r"^USER\s+(\S+)", text, re.M)
    assert user and user[-1] not in {"root", "0"}
    assert re.search(r"^HEALTHCHECK .*", text, re.M) and "/health" in text
    assert "fr_core_news_md" in text
    assert re.search(r'CMD \["serve", "--host", "0\.0\.0\.0"', text)
    for source in re.findall(r"^COPY (?!--from)(\S+)", text, re.M):
        assert (ROOT / source).exists(), source


def _compose_client() -> list[str] | None:
    if (
        shutil.which("docker")
        and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0
    ):
        return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


def test_compose_config_accepts_the_file():
    client = _compose_client()
    if client is None:
        pytest.skip("no compose client (docker compose or docker-compose) is installed")
    result = subprocess.run(
        [*client, "-f", str(COMPOSE), "config", "--quiet"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
