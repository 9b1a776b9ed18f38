"""A bounded load test on loopback: a real server, 500 requests from 8 concurrent clients, no errors."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from newsgraph.stores.oxigraph import OxigraphStore
from servers import free_port

ROOT = Path(__file__).resolve().parents[2]
REQUESTS = 500
CLIENTS = 8
COUNT = "PREFIX ng: <https://newsgraph.org/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?s a ng:Statement }"
MIX = [
    ("GET", "/health", {}),
    ("GET", "/statements", {"limit": 20}),
    ("GET", "/statements", {"topic": "negotiation", "limit": 10}),
    ("GET", "/actors", {"limit": 20}),
    ("GET", "/events", {"limit": 20}),
    ("GET", "/queries/who_said_what", {"topic": "negotiation", "limit": 5}),
    ("GET", "/sparql", {"query": COUNT}),
    ("POST", "/sparql", {"query": COUNT}),
]

pytestmark = [pytest.mark.server, pytest.mark.slow]


@pytest.fixture(scope="module")
def server(sample_records, tmp_path_factory):
    path = tmp_path_factory.mktemp("load") / "store"
    store = OxigraphStore(path)
    store.write(sample_records)
    store.close()
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSGRAPH_")}
    cmd = [sys.executable, "-m", "newsgraph.cli", "serve", "--port", str(port), "--store", str(path)]
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
        if proc.poll() is not None:
            pytest.fail(f"the server did not start: {proc.stderr.read().decode()[-2000:]}")
    else:
        proc.kill()
        pytest.fail("the server did not answer /health within 60 s")
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=20)
    if proc.stderr is not None:
        proc.stderr.close()


def test_500_requests_from_8_clients_without_errors(server):
    actor = httpx.get(server + "/actors", params={"limit": 1}).json()["items"][0]["actor_id"]
    mix = [*MIX, ("GET", f"/actors/{actor}", {})]

    def client(worker: int) -> list[tuple[int, float]]:
        out = []
        with httpx.Client(base_url=server, timeout=30) as c:
            for i in range(worker, REQUESTS, CLIENTS):
                method, path, params = mix[i % len(mix)]
                t0 = time.monotonic()
                try:
                    if method == "GET":
                        r = c.get(path, params=params)
                    else:
                        r = c.post(path, data=params)
                    status = r.status_code
                except httpx.HTTPError:
                    status = -1
                out.append((status, time.monotonic() - t0))
        return out

    t0 = time.monotonic()
    with ThreadPoolExecutor(CLIENTS) as pool:
        results = [r for rs in pool.map(client, range(CLIENTS)) for r in rs]
    elapsed = time.monotonic() - t0
    errors = [s for s, _ in results if s != 200]
    latencies = sorted(t for _, t in results)
    p95 = latencies[int(0.95 * len(latencies)) - 1]
    print(
        f"\nload: {len(results)} requests, {CLIENTS} clients, {elapsed:.1f} s, "
        f"{len(results) / elapsed:.0f} req/s, "
        f"errors {len(errors)}, median {statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms"
    )
    assert len(results) == REQUESTS
    assert errors == []
    assert elapsed < 60
