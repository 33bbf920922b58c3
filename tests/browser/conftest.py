"""Real-browser tests: Playwright (sync API) driving Debian's Chromium against pytest-django's
live server. Playwright's own browser builds are never downloaded or used."""

import importlib.util
import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SCREENSHOTS = Path(__file__).parent / "screenshots"
TIMEOUT_MS = 15_000

# The live server listens on the loopback address only (pytest-django's default is "localhost",
# which may resolve to ::1 or more). --liveserver on the command line still wins.
os.environ["DJANGO_LIVE_TEST_SERVER_ADDRESS"] = "127.0.0.1"
# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse ORM
# calls made from the test while it is running ("You cannot call this from an async context").
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


def _missing():
    """What the browser tests need and this machine lacks."""
    missing = []
    if importlib.util.find_spec("playwright") is None:
        missing.append('the playwright package (pip install "playwright>=1.50,<2")')
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} (apt-get install chromium)")
    return missing


def _skip_reason():
    missing = _missing()
    if not missing or os.environ.get("CI") == "true":
        return None  # in CI nothing is skipped: the browser fixture fails instead
    return f"browser tests skipped: missing {' and '.join(missing)}"


def pytest_configure(config):
    # Until pyproject.toml registers the marker, register it here (--strict-markers is on).
    if not any(line.split(":")[0].strip() == "browser" for line in config.getini("markers")):
        config.addinivalue_line("markers", "browser: drives a real browser (Chromium)")


def pytest_collection_modifyitems(config, items):
    reason = _skip_reason()
    if reason is None:
        return
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def browser():
    missing = _missing()
    if missing:
        pytest.fail(f"browser tests cannot run, missing {' and '.join(missing)}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser):
    """new_page(): a tab in a browser context of its own (no cookies, no storage), as a second
    person on another computer would have; closed after the test."""
    contexts = []

    def make():
        context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
        context.set_default_timeout(TIMEOUT_MS)
        context.set_default_navigation_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A tab in a fresh browser context for each test."""
    return new_page()


@pytest.fixture
def base_url(live_server):
    assert live_server.url.startswith("http://127.0.0.1:"), live_server.url
    return live_server.url


@pytest.fixture
def screenshot(request):
    """screenshot(page, "name"): saves tests/browser/screenshots/<test>-<n>-<name>.png, for a
    person to look at (the folder is gitignored)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    counter = iter(range(1, 100))
    test = request.node.name

    def take(page, name):
        path = SCREENSHOTS / f"{test}-{next(counter):02d}-{name}.png"
        page.screenshot(path=path, full_page=True)

    return take
