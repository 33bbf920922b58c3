"""Real-browser tests: Playwright (sync API) driving Debian's Chromium against pytest-django's
live server. Playwright's own browser builds are never downloaded or used."""

import importlib.util
import os
from pathlib import Path
from urllib.parse import urlsplit

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
    # Nothing but the machine itself resolves: a page that asks another host fails to load
    # it, and the request is still seen (and failed) by the foreign-host check below.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
SCREENSHOTS = Path(__file__).parent / "screenshots"
TIMEOUT_MS = 15_000

LIVE_SERVER_HOST = "127.0.0.1"


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
    # pytest-django's live server listens on "localhost" unless told otherwise, which may mean
    # more than the loopback address; `--liveserver` given on the command line still wins.
    if not config.getoption("liveserver", default=None):
        config.option.liveserver = LIVE_SERVER_HOST


def _is_browser_test(item):
    return Path(__file__).parent in Path(str(item.path)).parents


@pytest.hookimpl(trylast=True)  # after pytest-django has put the tests in its order
def pytest_collection_modifyitems(config, items):
    # The browser tests run last: while Playwright's sync API is open (the session-wide browser),
    # an event loop is running in this thread, which async_to_sync and Django's async-safety
    # checks in any later test would trip over.
    items.sort(key=_is_browser_test)
    reason = _skip_reason()
    if reason is None:
        return
    for item in items:
        # The demo content's checks (test_demo_content.py) read the demo site without a browser.
        if _is_browser_test(item) and "browser" in item.fixturenames:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def browser():
    missing = _missing()
    if missing:
        pytest.fail(f"browser tests cannot run, missing {' and '.join(missing)}")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread; without this, Django
    # refuses the ORM calls the tests and the database teardown make meanwhile ("You cannot call
    # this from an async context"). Only for as long as the browser is open: a variable set
    # for the whole run would reach subprocesses (`manage.py check --deploy` rejects it).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # With an event loop running, Django keeps its database connections per async context rather
    # than per thread: the tests would get new connection objects, not the ones the test database
    # was set up on (those carry the serialized data that `serialized_rollback` restores, and,
    # for SQLite in memory, the database every other test used). Hand the same ones over.
    outside = {alias: connections[alias] for alias in connections}
    try:
        with sync_playwright() as playwright:
            for alias, connection in outside.items():
                connections[alias] = connection
            chromium = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


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
    assert live_server.url.startswith(f"http://{LIVE_SERVER_HOST}:"), live_server.url
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


# The demo site (tests/browser/demo_server.py) and visitors to it
# ------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def demo_site():
    """The site with its demo content, served by gunicorn on 127.0.0.1 for the whole session."""
    from tests.browser.demo_server import DemoServer

    server = DemoServer()
    try:
        yield server.start()
    finally:
        server.stop()


MOBILE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def visitor(browser, demo_site):
    """visitor(width=DESKTOP, javascript=True): a tab on the demo site in a browser context of
    its own. Every request the page makes is recorded; the test fails if any went to a host
    other than the site's own."""
    contexts = []
    foreign = []
    site = urlsplit(demo_site.url).netloc

    def make(viewport=DESKTOP, javascript=True):
        context = browser.new_context(
            base_url=demo_site.url,
            locale="en-GB",
            viewport=viewport,
            java_script_enabled=javascript,
        )
        context.set_default_timeout(TIMEOUT_MS)
        context.set_default_navigation_timeout(TIMEOUT_MS)
        context.on(
            "request",
            lambda request: (
                foreign.append(request.url)
                if urlsplit(request.url).scheme in ("http", "https", "ws", "wss")
                and urlsplit(request.url).netloc != site
                else None
            ),
        )
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
    assert not foreign, f"pages asked hosts other than the site's own: {sorted(set(foreign))}"


# Page weight figures, printed at the end of the run (tests/browser/test_page_weight.py)
# ------------------------------------------------------------------------------------------

# The name under which each page's figures travel in its test's report (from a pytest-xdist
# worker too): (page, compressed bytes, requests before images, images, layout shift).
PAGE_WEIGHT = "page_weight"


def pytest_terminal_summary(terminalreporter):
    rows = [
        value
        for report in terminalreporter.stats.get("passed", [])
        + terminalreporter.stats.get("failed", [])
        if report.when == "call"
        for name, value in report.user_properties
        if name == PAGE_WEIGHT
    ]
    if not rows:
        return
    write = terminalreporter.write_line
    terminalreporter.section("page weight (first visit, 375 px; budget 150 KB, 15 requests)")
    write(f"{'page':<22}{'KB compressed':>15}{'requests':>10}{'images':>8}{'layout shift':>14}")
    for name, size, requests, images, shift in sorted(rows):
        write(f"{name:<22}{size / 1024:>15.1f}{requests:>10}{images:>8}{shift:>14.3f}")
