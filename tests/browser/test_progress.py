"""Action and investment (progress/) in a real Chromium against the demo site
(tests/browser/demo_server.py).

1. A landscape's progress page, the network's and the funding page, in every language at 375 and
   1280 px: no WCAG 2.2 A/AA violation (axe-core), no horizontal scroll, the page's language on
   <html>, each chart drawn and its figures in a table. Screenshots in English and Spanish
   (tests/browser/screenshots/progress-<page>-<lang>-<width>.png).
2. A coordinator adds an action with a budget and a funder's contribution in the workspace; it is
   in review and not public; a moderator approves it from the admin's dashboard; the public page
   lists it with its budget.
3. Without JavaScript, the funding page's filters work: a ticked facet narrows the needs."""

import re

import pytest

from tests.browser.conftest import DESKTOP, MOBILE, SCREENSHOTS, TIMEOUT_MS
from tests.browser.test_accessibility import axe_violations
from tests.browser.test_partnership_journeys import (
    MODERATOR,
    sign_in_to_admin,
    staff,  # noqa: F401 (a fixture: the demo site's editor and moderator)
    status_message,
    watch,
)

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "es", "fr", "pt"]
SCREENSHOT_LANGUAGES = ["en", "es"]
WIDTHS = {375: MOBILE, 1280: DESKTOP}
# A demo landscape with actions, indicator series and assessments (progress/demo/landscapes/),
# and a team (network/demo/teams.json): its coordinator's demo account.
LANDSCAPE = "kogelberg-coast"
COORDINATOR = "thandiwe.mokoena@example.org"
COORDINATOR_PASSWORD = "a-long-coordinator-password-41"
FUNDER = "Commonland"
PAGES = {
    "landscape": f"/{{language}}/landscapes/{LANDSCAPE}/progress/",
    "network": "/{language}/progress/",
    "funding": "/{language}/funding/",
}
# The pages that draw charts (the funding page lists needs and offers, without a chart).
WITH_CHARTS = {"landscape", "network"}

NO_HORIZONTAL_SCROLL = "document.documentElement.scrollWidth <= window.innerWidth"
CHARTS = """() => [...document.querySelectorAll('figure.chart')].map((figure) => {
    const drawn = [...figure.querySelectorAll('svg.chart__svg')].filter((svg) => {
        const box = svg.getBoundingClientRect();
        return getComputedStyle(svg).display !== 'none' && box.width > 0 && box.height > 0;
    });
    return {
        title: figure.querySelector('figcaption')?.textContent.trim(),
        empty: !!figure.querySelector('.chart__empty'),
        drawn: drawn.length,
        fits: drawn.every((svg) => svg.getBoundingClientRect().right <= window.innerWidth),
        tables: figure.querySelectorAll('table').length,
    };
})"""


def expect():
    # Imported here so that the folder is collected, and skipped, where Playwright is missing.
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect


# 1. The public pages, in every language at both widths
# ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tab_at(browser, demo_site):
    """tab_at(width): one tab on the demo site for each width, kept for the whole module so that
    the pages' checks do not pay for a new browser context each. Requests to any other host and
    script errors are recorded in the tab's `problems`, which each test empties and checks."""
    from urllib.parse import urlsplit

    site = urlsplit(demo_site.url).netloc
    contexts, tabs = [], {}

    def make(width):
        if width not in tabs:
            context = browser.new_context(
                base_url=demo_site.url, locale="en-GB", viewport=WIDTHS[width]
            )
            context.set_default_timeout(TIMEOUT_MS)
            context.set_default_navigation_timeout(TIMEOUT_MS)
            contexts.append(context)
            page = context.new_page()
            page.problems = watch(page)
            page.on(
                "request",
                lambda request: (
                    page.problems.append(f"request to another host: {request.url}")
                    if urlsplit(request.url).scheme in ("http", "https", "ws", "wss")
                    and urlsplit(request.url).netloc != site
                    else None
                ),
            )
            tabs[width] = page
        return tabs[width]

    yield make
    for context in contexts:
        context.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_the_progress_pages_are_accessible_and_fit_in_every_language(tab_at, width, name, language):
    page = tab_at(width)
    page.problems.clear()
    response = page.goto(PAGES[name].format(language=language))
    assert response.status == 200, (page.url, response.status)
    assert page.locator("html").get_attribute("lang") == language
    assert page.evaluate(NO_HORIZONTAL_SCROLL), (
        f"{page.url} at {width} px scrolls sideways: "
        f"{page.evaluate('document.documentElement.scrollWidth')} px wide"
    )
    charts = page.evaluate(CHARTS)
    if name in WITH_CHARTS:
        assert [chart for chart in charts if not chart["empty"]], f"no chart on {page.url}"
    for chart in charts:
        if chart["empty"]:
            continue
        assert chart["drawn"] == 1, f"{chart['title']}: {chart['drawn']} drawings shown"
        assert chart["fits"], f"{chart['title']} is wider than the window"
        assert chart["tables"] == 1, f"{chart['title']}: no table of its figures"
    if language in SCREENSHOT_LANGUAGES:
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(
            path=SCREENSHOTS / f"progress-{name}-{language}-{width}.png", full_page=True
        )
    violations = axe_violations(page)
    assert violations == [], f"{page.url} at {width} px:\n" + "\n".join(violations)
    assert page.problems == []


# 2. A coordinator's action, reviewed and published
# ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def coordinator(demo_site):
    """The demo coordinator of the landscape, who signs in with a password (demo accounts have
    none)."""
    demo_site.manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model\n"
        f"user = get_user_model().objects.get(email={COORDINATOR!r})\n"
        f"user.set_password({COORDINATOR_PASSWORD!r})\n"
        "user.save()\n",
    )
    return COORDINATOR


def sign_in(page, email, password, next_url):
    page.goto(f"/en/accounts/login/?next={next_url}")
    form = page.locator("form").filter(has=page.locator("input[name=password]"))
    form.locator("input[name=login]").fill(email)
    form.locator("input[name=password]").fill(password)
    form.locator("[type=submit]").click()
    expect()(page).to_have_url(re.compile(re.escape(next_url) + "$"))


def axe_at(page, widths, where):
    """axe's violations on the page as it is, at each of `widths`, marked with where they are."""
    problems = []
    for width in widths:
        page.set_viewport_size(WIDTHS[width])
        assert page.evaluate(NO_HORIZONTAL_SCROLL), f"{page.url} scrolls sideways at {width} px"
        problems += [f"{where} at {width} px: {violation}" for violation in axe_violations(page)]
    page.set_viewport_size(DESKTOP)
    return problems


def test_a_coordinators_action_is_public_once_a_moderator_approves_it(
    visitor,
    demo_site,
    staff,  # noqa: F811 (the fixture imported above)
    coordinator,
    screenshot,
):
    problems, violations = [], []
    title = "Fynbos seed bank for the Kogelberg slopes"
    public_url = f"/en/landscapes/{LANDSCAPE}/progress/"

    # The coordinator opens the workspace and the landscape's progress section.
    page = visitor(DESKTOP)
    problems += watch(page)
    sign_in(page, coordinator, COORDINATOR_PASSWORD, "/en/my-landscapes/")
    expect()(page.get_by_role("heading", level=1)).to_have_text("My landscapes")
    card = page.locator(".workspace-card").filter(has_text="Kogelberg Coast")
    card.get_by_role("link", name="Progress: actions, indicators, 5 Elements").click()
    expect()(page).to_have_url(re.compile(rf"/en/my-landscapes/{LANDSCAPE}/progress/$"))
    expect()(page.get_by_role("heading", level=1)).to_have_text("Progress of Kogelberg Coast")
    violations += axe_at(page, [375, 1280], "the workspace's progress overview")
    screenshot(page, "overview-en-1280")

    # The action form, in Spanish too.
    page.get_by_role("link", name="Add an action").click()
    expect()(page).to_have_url(re.compile(rf"/en/my-landscapes/{LANDSCAPE}/actions/new/$"))
    expect()(page.get_by_role("heading", level=1)).to_have_text("New action")
    form_url = page.url
    violations += axe_at(page, [375, 1280], "the action form (en)")
    page.set_viewport_size(MOBILE)
    page.goto(form_url.replace("/en/", "/es/", 1))
    expect()(page.locator("html")).to_have_attribute("lang", "es")
    violations += axe_at(page, [375], "the action form (es)")
    screenshot(page, "action-form-es-375")

    # A new action with a budget and one contribution from a funder.
    page.goto(form_url)
    page.get_by_label("Name of the action").fill(title)
    page.get_by_label("Description").fill("Collecting and storing the seed of 40 fynbos species.")
    page.locator("#id_budget").fill("1,250,000")  # its label also names a legend
    page.get_by_label("Currency of the budget").select_option("ZAR")
    contribution = page.get_by_role("group", name="Contribution 1", exact=True)
    contribution.get_by_label("Funder").select_option(label=FUNDER)
    contribution.get_by_label("Amount").fill("300,000")
    contribution.get_by_label("Currency").select_option("ZAR")
    contribution.get_by_label("Year").fill("2026")
    screenshot(page, "action-form-filled-en-1280")
    page.get_by_role("button", name="Save and send for review").click()

    # Back on the overview: saved, in review.
    expect()(page).to_have_url(re.compile(rf"/en/my-landscapes/{LANDSCAPE}/progress/$"))
    expect()(status_message(page)).to_contain_text("Saved and sent for review")
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=title))
    expect()(row).to_have_count(1)
    expect()(row).to_contain_text("In review")

    # Not public yet.
    public = visitor(DESKTOP)
    problems += watch(public)
    public.goto(public_url)
    expect()(public.get_by_role("heading", level=2, name="Actions")).to_be_visible()
    expect()(public.get_by_role("heading", name=title)).to_have_count(0)

    # A moderator approves it from "Awaiting your review" on the admin's dashboard.
    moderator = visitor(DESKTOP)
    problems += watch(moderator)
    sign_in_to_admin(moderator, MODERATOR)
    awaiting = moderator.get_by_role("region", name="Awaiting your review")
    waiting = awaiting.get_by_role("row").filter(has=moderator.get_by_role("link", name=title))
    expect()(waiting).to_have_count(1)
    screenshot(moderator, "admin-dashboard-1280")
    waiting.get_by_role("button", name="Actions").click()
    with moderator.expect_response(
        re.compile(r"/admin/snippets/progress/action/workflow/action/\d+/approve/\d+/")
    ) as post:
        waiting.get_by_role("button", name="Approve and publish", exact=True).click()
    assert post.value.status == 302, post.value.status
    expect()(moderator).to_have_url(re.compile(r"/admin/$"))
    expect()(moderator.get_by_role("link", name=title)).to_have_count(0)

    # The coordinator sees it published; the public page lists it with its budget.
    page.reload()
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=title))
    expect()(row).to_contain_text("Published")
    public.reload()
    action = public.locator("article.progress-action").filter(
        has=public.get_by_role("heading", level=3, name=title)
    )
    expect()(action).to_have_count(1)
    expect()(action.locator("[data-figure=budget]")).to_have_text(re.compile(r"1,250,000"))
    expect()(action.locator("[data-figure=budget]")).to_contain_text(re.compile(r"ZAR|R"))
    expect()(action).to_contain_text(FUNDER)
    expect()(action).to_contain_text(re.compile(r"300,000 in 2026"))
    action.scroll_into_view_if_needed()
    screenshot(public, "public-action-en-1280")

    assert violations == [], "\n".join(violations)
    assert problems == []


# 3. The funding page's filters without JavaScript
# ------------------------------------------------------------------------------------------

COUNT = re.compile(r"(\d[\d,]*)")


def number_in(text):
    return int(COUNT.search(text).group(1).replace(",", ""))


def shown_count(page):
    return number_in(page.locator(".directory__count").inner_text())


def test_the_funding_filters_work_without_javascript(visitor):
    page = visitor(MOBILE, javascript=False)
    page.goto("/en/funding/")
    total = shown_count(page)
    assert total > 1, "the demo has open needs"

    # A region that some needs are in, not all.
    options = page.locator("#facet-region input[type=checkbox]")
    counts = [
        number_in(text) for text in page.locator("#facet-region .facet__count").all_inner_texts()
    ]
    chosen = next(i for i, count in enumerate(counts) if 0 < count < total)
    value = options.nth(chosen).get_attribute("value")
    region = page.locator("#facet-region label").nth(chosen).inner_text().rsplit("(", 1)[0].strip()
    expected = counts[chosen]
    options.nth(chosen).check()
    page.get_by_role("button", name="Apply filters").click()

    expect()(page).to_have_url(re.compile(rf"/en/funding/\?(.*&)?region={value}(&|$)"))
    expect()(page.locator(f"#facet-region input[value='{value}']")).to_be_checked()
    assert shown_count(page) == expected
    after = page.locator("article.funding-need")
    expect()(after).to_have_count(min(expected, 20))
    for place in after.locator(".progress-action__status").all_inner_texts():
        assert place.endswith(f"· {region}"), (place, region)
    expect()(page.get_by_role("link", name="Clear all filters")).to_be_visible()
