"""The pages in a real browser (Debian's Chromium, headless, driven by Playwright): an analyst
signs in, opens the review queue, corrects a wrong date with the keyboard and accepts the event;
the change shows on the event page, in the API and in an export. Screenshots of every page go to
$VEILLE_WEB_SCREENSHOTS (or the test's tmp folder); the folder is printed."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from test_web_support import EVIL_ID, RIGHT_DATE, WRONG_DATE, Live, demo_copy, serve

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's Chromium at /usr/bin/chromium")


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    db = demo_copy(tmp_path_factory.mktemp("web-browser"), tmp_path_factory.mktemp("web-demo-browser"))
    with serve(db, rate_per_second=0) as server:
        yield server


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("VEILLE_WEB_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots in {folder}")
    return folder


def test_analyst_corrects_a_date_in_the_queue(live: Live, shots: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    with live.client("vera") as c:
        eid = c.get(f"/api/articles/{EVIL_ID}").json()["records"][0]["event_id"]
        assert c.get(f"/api/events/{eid}").json()["event"]["date"]["start"] == WRONG_DATE
    csp_errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on(
                "console",
                lambda m: csp_errors.append(m.text) if "Content Security Policy" in m.text else None,
            )
            page.goto(live.url + "/")
            assert "/login" in page.url
            page.screenshot(path=str(shots / "login.png"), full_page=True)
            page.fill("#name", "ana")
            page.fill("#token", live.tokens["ana"])
            page.click("#login-submit")
            page.wait_for_selector("#timeseries")
            assert page.locator("#map circle.cluster").count() > 3
            page.screenshot(path=str(shots / "dashboard.png"), full_page=True)

            page.goto(live.url + "/queue")
            card = page.locator(f'section.card[data-event="{eid}"]')
            assert card.get_attribute("class") == "card current"  # lowest confidence comes first
            page.screenshot(path=str(shots / "queue.png"), full_page=False)
            date_input = card.locator('tr[data-field="date"] .input')
            date_input.fill(RIGHT_DATE)
            with page.expect_navigation():
                date_input.press("Enter")  # Enter corrects the field
            card = page.locator(f'section.card[data-event="{eid}"]')
            assert RIGHT_DATE in card.locator('tr[data-field="date"] td.value').inner_text()
            with page.expect_navigation():
                page.keyboard.press("a")  # a accepts the current event
            assert (
                page.locator(f'section.card[data-event="{eid}"]').count() == 0
            )  # reviewed: out of the queue

            page.goto(f"{live.url}/events/{eid}")
            assert RIGHT_DATE in page.locator('#fields tr[data-field="date"] td.value').inner_text()
            assert page.locator("#review-status").inner_text() == "accepted"
            assert "corrected" in page.locator('#fields tr[data-field="date"]').inner_text()
            assert page.locator("#history").inner_text().count("ana") >= 2
            assert page.evaluate("typeof window.__pwned") == "undefined"
            page.screenshot(path=str(shots / "event.png"), full_page=True)

            api = page.request.get(f"{live.url}/api/events/{eid}").json()
            assert api["event"]["date"]["start"] == RIGHT_DATE and api["event"]["review_status"] == "accepted"
            export = page.request.get(f"{live.url}/api/export?format=jsonl").text()
            row = next(json.loads(x) for x in export.splitlines() if json.loads(x)["id"] == eid)
            assert row["date"]["start"] == RIGHT_DATE

            page.goto(f"{live.url}/articles/{EVIL_ID}")
            assert page.locator("#article-title").inner_text().startswith("<script>")  # shown as text
            assert page.evaluate("typeof window.__pwned") == "undefined"
            page.screenshot(path=str(shots / "article.png"), full_page=True)

            page.goto(live.url + "/statistics")
            assert page.locator("#stats tr").count() > 5
            page.screenshot(path=str(shots / "statistics.png"), full_page=True)

            page.goto(live.url + "/docs")
            page.wait_for_selector(".endpoint")
            assert page.locator(".endpoint").count() > 15
            page.screenshot(path=str(shots / "docs.png"), full_page=False)
        finally:
            browser.close()
    assert not csp_errors, csp_errors
    assert {f.name for f in shots.iterdir()} >= {
        "login.png",
        "dashboard.png",
        "queue.png",
        "event.png",
        "article.png",
        "statistics.png",
        "docs.png",
    }


def test_analyst_merges_and_splits_from_the_queue(live: Live, shots: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(live.url + "/login?next=/queue")
            page.fill("#name", "ana")
            page.fill("#token", live.tokens["ana"])
            page.click("#login-submit")
            page.wait_for_selector("section.card")
            first, second = (page.locator("section.card").nth(i).get_attribute("data-event") for i in (0, 1))
            records = {
                eid: page.request.get(f"{live.url}/api/events/{eid}").json()["event"]["record_ids"]
                for eid in (first, second)
            }
            page.keyboard.press("m")  # mark the current (first) event
            page.keyboard.press("j")
            page.keyboard.press("m")  # and the second
            with page.expect_navigation():
                page.keyboard.press("M")  # merge the marked events
            wanted = set(records[first]) | set(records[second])
            merged = next(
                e
                for e in page.request.get(f"{live.url}/api/events?limit=500").json()["events"]
                if set(e["record_ids"]) == wanted
            )
            assert merged["review_status"] == "edited"
            page.goto(f"{live.url}/queue?offset=0")
            card = page.locator(f'section.card[data-event="{merged["id"]}"]')
            page.screenshot(path=str(shots / "queue-merged.png"), full_page=False)
            for rid in records[second]:
                card.locator(f'input.split-record[value="{rid}"]').check()
            with page.expect_navigation():
                card.locator("button[data-split]").click()
            events = page.request.get(f"{live.url}/api/events?limit=500").json()["events"]
            groups = {frozenset(e["record_ids"]) for e in events}
            assert frozenset(records[second]) in groups and frozenset(records[first]) in groups
            history = page.request.get(f"{live.url}/api/events/{merged['id']}/history").json()["audit"]
            assert [h["action"] for h in history][-2:] == ["merge", "split"]
        finally:
            browser.close()
