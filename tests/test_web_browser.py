"""The map in a real browser: Debian's headless Chromium driven by Playwright, over a live server.

The store is built once per session through the real ingest (frontwatch.commands.demo.build_store):
the bundled illustrative reports plus one hostile article whose text carries ``<script>`` and an
``onerror=`` attribute. Screenshots go to tests/screenshots/ (gitignored); with
FRONTWATCH_UPDATE_SCREENSHOT=1 the map with an open dispute also replaces docs/screenshot.png (the README's
picture), so an ordinary test run leaves the checkout unchanged.
"""

from __future__ import annotations

import os
import re
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "tests" / "screenshots"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
HOSTILE_TITLE = 'Shelling in Kallaseh <img src=x onerror="window.__xss=3;alert(3)">'
HOSTILE_TEXT = """Shelling in Kallaseh

ALEPPO - Government artillery shelled the Kallaseh district of eastern Aleppo on Sunday, killing 5 civilians, the Syrian Observatory for Human Rights said.

A pro-government page on social media posted a message that read <script>window.__xss=1;alert('xss')</script> and an image tag <img src=x onerror="window.__xss=2;alert(2)"> beside a photo of the damage.

State media said rebels had fired the shells themselves, killing 2 people, and that the army had not shelled the district.
"""


def _require_chromium() -> None:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} not found (run scripts/install-browser)"
        if os.environ.get("FRONTWATCH_REQUIRE_SHARED") == "1":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def browser_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo reports and the hostile article, through the real ingest."""
    _require_chromium()
    from frontwatch.commands.demo import build_store, demo_jsonl

    folder = tmp_path_factory.mktemp("browser")
    hostile = folder / "hostile.jsonl"
    import json

    hostile.write_text(json.dumps({"id": "hostile", "text": HOSTILE_TEXT, "title": HOSTILE_TITLE,
                                   "published": "2016-12-11", "outlet": "Hostile Test Page"}) + "\n", encoding="utf-8")
    db = folder / "map.db"
    report: Any = build_store(db, [demo_jsonl(folder / "demo.jsonl"), hostile])
    assert report.failed == 0, report.failures
    return db


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def base_url(browser_store: Path) -> Iterator[str]:
    """A uvicorn server over the store, in a background thread on a free localhost port."""
    import uvicorn

    from frontwatch.web.app import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(browser_store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def context(tmp_path_factory: pytest.TempPathFactory, base_url: str) -> Iterator[Any]:
    """Chromium with a fresh profile (persistent context in a new user-data dir)."""
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=ARGS, viewport={"width": 1400, "height": 900}
        )
        yield ctx
        ctx.close()


class Watched:
    """A page with every console error, page error and dialog it raised."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, url: str) -> Any:
        self.page.goto(url)
        self.page.wait_for_selector("body[data-ready='1']", timeout=30_000)
        return self.page


@pytest.fixture
def watched(context: Any) -> Iterator[Watched]:
    page = context.new_page()
    yield Watched(page)
    page.close()


def _fills(page: Any) -> dict[str, str]:
    return dict(page.eval_on_selector_all("path.nbh", "ps => ps.map(p => [p.dataset.polygonId, p.getAttribute('fill')])"))


def test_page_loads_without_console_errors(watched: Watched, base_url: str) -> None:
    page = watched.open(base_url)
    assert page.locator("path.nbh").count() == 133
    assert page.locator("path.governorate").count() == 14
    assert page.locator("path.incident-marker").count() > 0
    assert page.locator("#timeline svg rect.bar").count() > 0
    assert page.locator("#legend").inner_text().count("Battles") == 1
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "map.png"))
    assert watched.errors == [] and watched.dialogs == []


def test_slider_changes_the_shading(watched: Watched, base_url: str) -> None:
    page = watched.open(base_url)
    last_day = page.locator("#date-label").inner_text()
    at_end = _fills(page)
    slider = page.locator("#date-slider")
    slider.focus()
    page.keyboard.press("Home")  # a person dragging the slider to the first day
    first_day = page.locator("#date-label").inner_text()
    assert first_day < last_day
    page.wait_for_selector(f"body[data-control-date='{first_day}']")
    at_start = _fills(page)
    changed = [pid for pid in at_end if at_end[pid] != at_start.get(pid)]
    assert changed, "moving the slider from the last to the first day changed no neighbourhood's shading"
    page.screenshot(path=str(SCREENSHOTS / "map-first-day.png"))
    assert watched.errors == []


def _click_marker(page: Any, marker: Any) -> None:
    marker.evaluate("p => p.parentNode.appendChild(p)")  # bring to front, as Leaflet's bringToFront does
    marker.click()


def _dispute_cards(page: Any) -> Any:
    cards = page.locator("#incident-panel .dispute").first.locator(".claim-card")
    cards.first.wait_for()
    return cards


def test_marker_opens_incident_with_both_sides_of_a_dispute(watched: Watched, base_url: str) -> None:
    page = watched.open(base_url)
    marker = page.locator("path.incident-marker[data-disputed='1']").first
    assert marker.count() == 1, "no incident with disputed figures on the map"
    incident_id = marker.get_attribute("data-incident-id")
    # Pinned by id: bringing the marker to front moves it in the DOM, and ".first" would then name another.
    marker = page.locator(f"path.incident-marker[data-incident-id='{incident_id}']")
    _click_marker(page, marker)
    page.wait_for_selector(f"#incident-panel[data-incident-id='{incident_id}']")
    cards = _dispute_cards(page)
    assert cards.count() >= 2
    sources = [cards.nth(i).locator(".claim-source").inner_text() for i in range(cards.count())]
    figures = [cards.nth(i).locator(".claim-figure").inner_text() for i in range(cards.count())]
    assert len(set(sources)) >= 2, sources
    assert len(set(figures)) >= 2, figures
    assert all(cards.nth(i).locator(".claim-quote").inner_text().strip() for i in range(cards.count()))
    page.mouse.move(700, 880)  # off the map: close the marker's tooltip for the picture
    page.wait_for_timeout(200)
    page.screenshot(path=str(SCREENSHOTS / "incident-dispute.png"))
    if os.environ.get("FRONTWATCH_UPDATE_SCREENSHOT") == "1":
        page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))
    # the evidence of a claim opens in the article view, highlighted
    cards.first.locator("button.open-doc").click()
    claim_id = cards.first.get_attribute("data-claim-id")
    selected = page.locator("#document-view mark.span.selected").first
    selected.wait_for()
    assert claim_id in (selected.get_attribute("data-claim-ids") or "").split()
    assert selected.inner_text().strip()
    assert watched.errors == []


def test_article_markup_is_shown_as_text_and_never_runs(watched: Watched, base_url: str, browser_store: Path) -> None:
    with sqlite3.connect(f"file:{browser_store}?mode=ro", uri=True) as conn:
        row = conn.execute("SELECT doc_id, body FROM documents WHERE body LIKE '%onerror=%'").fetchone()
    assert row is not None, "the hostile article lost its markup in ingest: the test would prove nothing"
    doc_id, body = row
    assert "<script>" in body
    page = watched.open(f"{base_url}#doc={doc_id}")
    view = page.locator(f"#document-view[data-doc-id='{doc_id}']")
    view.wait_for()
    page.wait_for_timeout(300)  # give an injected handler the time it would need to fire
    text = view.inner_text()
    assert "<script>window.__xss=1;alert('xss')</script>" in text
    assert 'onerror="window.__xss=2;alert(2)"' in text
    assert "onerror" in page.locator("#document-view .doc-title").inner_text()
    injected = page.evaluate(
        "() => ({xss: window.__xss === undefined ? 'unset' : String(window.__xss), scripts: document.querySelectorAll('#side script, #side img, #side [onerror]').length,"
        " handlers: [...document.querySelectorAll('*')].filter(e => e.hasAttribute('onerror')).length})"
    )
    assert injected == {"xss": "unset", "scripts": 0, "handlers": 0}
    assert watched.dialogs == []
    page.screenshot(path=str(SCREENSHOTS / "hostile-document.png"))
    assert not [e for e in watched.errors if re.search(r"xss|alert", e)]

