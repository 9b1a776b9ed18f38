"""The web explorer in a real headless Chromium (Debian's ``chromium``, driven by Playwright)
against ``newsgraph serve`` on the sample corpus: the issue's walk-through, screenshots of each
page into docs/screenshots/, and not one request that leaves loopback.

Skips, saying why, where /usr/bin/chromium or Playwright is missing (``.ci/run`` installs both).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from servers import free_port

CHROMIUM = Path(os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium"))
if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} is missing (apt-get install chromium): the browser tests need a real Chromium",
        allow_module_level=True,
    )
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright for Python is not installed (pip install playwright)"
)

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("NEWSGRAPH_SCREENSHOTS") or Path(tempfile.gettempdir()) / "newsgraph-screenshots")
"""Where the walk-through's screenshots go: a temporary folder, so a test run changes no tracked file;
``NEWSGRAPH_SCREENSHOTS=docs/screenshots`` refreshes the README's pictures."""
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
STARTUP = 120.0  # seconds for the server to answer /health: a bound, not a measure
API_KEY = "browser-test-key-0123456789"


@pytest.fixture(scope="module")
def base_url(sample_records, tmp_path_factory) -> Iterator[str]:
    """``newsgraph serve`` on a free loopback port, over a store holding the sample corpus."""
    import httpx

    from newsgraph.stores.oxigraph import OxigraphStore

    folder = tmp_path_factory.mktemp("explorer")
    store = OxigraphStore(folder / "store")
    store.write(sample_records)
    store.close()
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
        "NEWSGRAPH_WRITES_ENABLED": "true",
        "NEWSGRAPH_API_KEY": API_KEY,
    }
    log = (folder / "serve.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsgraph",
            "serve",
            "--store",
            str(folder / "store"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP
        while True:
            if proc.poll() is not None:
                pytest.fail(f"newsgraph serve exited: {(folder / 'serve.log').read_text()[-2000:]}")
            try:
                if httpx.get(f"{url}/health", timeout=2.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"newsgraph serve did not answer within {STARTUP:g} s")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, base_url) -> Iterator[object]:
    """A page whose every request is checked: one that leaves loopback is refused and fails the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 860}, locale="fr-FR")
    outside: list[str] = []

    def guard(route) -> None:
        host = urlsplit(route.request.url).hostname or ""
        if route.request.url.startswith(("data:", "blob:")) or host in LOOPBACK:
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.set_default_timeout(30_000)
    yield pg
    context.close()
    assert not outside, f"requests left loopback: {outside}"
    assert not errors, f"JavaScript errors: {errors}"


def shot(pg, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def milley_card(pg, base_url):
    pg.goto(f"{base_url}/?q=n%C3%A9gociation")
    card = (
        pg.locator(".card", has_text="fenêtre d'opportunité")
        .filter(has=pg.locator(".speaker", has_text="Milley"))
        .first
    )
    sync_api.expect(card).to_be_visible()
    return card


def test_search_finds_milleys_window_of_opportunity(page, base_url):
    card = milley_card(page, base_url)
    sync_api.expect(card.locator(".said")).to_contain_text("une fenêtre d'opportunité pour la négociation")
    sync_api.expect(card.locator(".badge")).to_be_visible()
    assert "q=n%C3%A9gociation" in page.url  # the search is its URL
    shot(page, "search")


def test_the_document_view_highlights_the_sentence(page, base_url):
    card = milley_card(page, base_url)
    card.get_by_role("link", name="Voir dans l'article").click()
    page.wait_for_url("**/explore/documents/**")
    current = page.locator("#doctext .hl.k-statement.current")
    sync_api.expect(current.first).to_be_visible()
    highlighted = "".join(current.all_text_contents())
    assert "une fenêtre d'opportunité pour la négociation" in highlighted
    wanted = page.url.split("hl=")[1].split("#")[0]
    assert all(wanted in r.split() for r in current.evaluate_all("els => els.map(e => e.dataset.records)"))
    assert page.evaluate("document.activeElement.classList.contains('current')")  # scrolled to and focused
    panel = page.locator("#selected")
    sync_api.expect(panel).to_contain_text("Mark Milley")
    sync_api.expect(page.locator("#doctext .hl.k-time").first).to_be_visible()
    sync_api.expect(page.locator("#doctext .hl.k-actor").first).to_be_visible()
    shot(page, "document")


def test_highlights_answer_the_keyboard(page, base_url):
    card = milley_card(page, base_url)
    href = card.get_by_role("link", name="Voir dans l'article").get_attribute("href")
    page.goto(base_url + href.split("?")[0])
    sync_api.expect(page.locator("#selected .record")).to_have_count(0)
    page.locator("#doctext .hl[tabindex='0']").first.focus()
    page.keyboard.press("Enter")
    sync_api.expect(page.locator("#selected .record").first).to_be_visible()


def test_milleys_actor_page_has_his_timeline(page, base_url):
    card = milley_card(page, base_url)
    card.locator(".speaker").click()
    page.wait_for_url("**/explore/actors/**")
    sync_api.expect(page.locator("h1")).to_contain_text("Milley")
    items = page.locator("ol.timeline > li")
    assert items.count() >= 2
    sync_api.expect(page.locator("ol.timeline")).to_contain_text("fenêtre d'opportunité")
    dates = [d for d in page.locator("ol.timeline time").evaluate_all("els => els.map(e => e.dateTime)") if d]
    assert dates == sorted(dates)
    sync_api.expect(page.locator(".strip svg .m").first).to_be_attached()
    shot(page, "actor")


def test_the_network_draws_edges_between_actors(page, base_url):
    page.goto(f"{base_url}/explore/network")
    rows = page.locator("#edges tbody tr")
    sync_api.expect(rows.first).to_be_visible()
    edges = page.evaluate("window.newsgraphNetwork.edges().length")
    nodes = page.evaluate("window.newsgraphNetwork.nodes().length")
    assert edges >= 1 and nodes >= 2
    gexf = page.locator("#gephi").get_attribute("href")
    assert gexf.startswith("/export/gexf")
    page.wait_for_timeout(300)  # let the layout paint before the screenshot (not a measure)
    shot(page, "network")


def test_the_map_shows_kherson(page, base_url):
    page.goto(f"{base_url}/explore/events")
    marker = page.locator('.leaflet-marker-icon[title="Kherson"]')
    sync_api.expect(marker).to_be_visible()
    outline = page.locator(".leaflet-overlay-pane path")
    sync_api.expect(outline.first).to_be_attached()
    assert outline.count() >= 1
    marker.focus()  # by keyboard (nearby markers may overlap it on a small map)
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    sync_api.expect(popup).to_contain_text("Kherson")
    counts = [item.rsplit(" · ", 1)[-1] for item in popup.locator("li").all_inner_texts()]
    assert counts and all(c == "1 récit" or (c.endswith(" récits") and c != "1 récits") for c in counts), (
        counts
    )
    sync_api.expect(page.locator("table.events")).to_contain_text("Kherson")
    page.wait_for_timeout(400)  # the popup fades in: for the screenshot only, not a measure
    shot(page, "events")


def test_english_labels_and_a_phone_width(browser, base_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    outside: list[str] = []
    context.route(
        "**/*",
        lambda r: (
            r.continue_()
            if (urlsplit(r.request.url).hostname or "") in LOOPBACK
            else (outside.append(r.request.url), r.abort())
        ),
    )
    pg = context.new_page()
    pg.goto(f"{base_url}/?q=n%C3%A9gociation&lang=en")
    sync_api.expect(pg.locator("h1")).to_have_text("Who said what")
    sync_api.expect(pg.locator(".card", has_text="fenêtre d'opportunité").first).to_be_visible()
    assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    shot(pg, "search-phone")
    pg.goto(f"{base_url}/")  # the language is remembered
    sync_api.expect(pg.locator("h1")).to_have_text("Who said what")
    context.close()
    assert not outside, f"requests left loopback: {outside}"


def test_adding_an_article_opens_its_document_view(page, base_url):
    """Last: it writes to the store. The sentences are our own."""
    page.goto(f"{base_url}/explore/add")
    page.fill(
        "#text",
        "Le ministre Jean Dupont a déclaré mardi à Lyon : « Nous voulons une trêve avant l'hiver. »\n\n"
        "Selon la préfète Anne Martin, les habitants de la ville ont été évacués lundi.",
    )
    page.fill("#published", "2022-11-15")
    page.fill("#outlet-in", "Test des navigateurs")
    page.fill("#key", "wrong-key-0123456789")
    page.click("button[type=submit]")
    sync_api.expect(page.locator("#add-status")).to_contain_text("403")
    page.fill("#key", API_KEY)
    page.click("button[type=submit]")
    page.wait_for_url("**/explore/documents/**", timeout=180_000)  # the first article loads the model
    sync_api.expect(page.locator("#doctext")).to_contain_text("Nous voulons une trêve avant l'hiver.")
    sync_api.expect(page.locator("#doctext .hl.k-statement").first).to_be_visible()
    shot(page, "add-result")
