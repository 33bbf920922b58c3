"""The knowledge library in a real Chromium: a visitor finds a guide by a sentence from inside
its PDF, opens it and downloads the file, in English on a desktop screen and in Spanish on a
phone; a search across every language finds a Spanish-only resource, marked as Spanish; the
filters work without JavaScript. (axe-core and the keyboard check the library's pages with every
other page type: tests/browser/test_accessibility.py.)"""

import re
from dataclasses import dataclass

import pytest

from tests.browser.conftest import DESKTOP, MOBILE

pytestmark = pytest.mark.browser


def expect():
    # Imported here so that the folder is collected, and skipped, where Playwright is missing.
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect


def result_count(page):
    return int(re.search(r"\d+", page.locator(".directory__count").inner_text()).group(0))


@dataclass
class Journey:
    language: str
    viewport: dict
    library: str  # the main menu's link to the library
    query: str  # words from inside the resource's PDF, in neither its title nor its summary
    slug: str
    passage: str  # the sentence of the PDF the query finds
    marked: set  # the words marked in it
    kind: str
    year: str
    search: str  # the library's search button
    downloads: str  # the fact that counts the downloads


JOURNEYS = [
    pytest.param(
        Journey(
            language="en",
            viewport=DESKTOP,
            library="Library",
            query="keyline ploughing",
            slug="slowing-the-water",
            passage="Keyline ploughing slowed the runoff on the upper slopes",
            marked={"keyline", "ploughing"},
            kind="Guide",
            year="2021",
            search="Search",
            downloads="Downloads",
        ),
        id="en-1280",
    ),
    pytest.param(
        Journey(
            language="es",
            viewport=MOBILE,
            library="Biblioteca",
            query="piedras pasaderas",
            slug="terrazas-de-piedra-seca",
            passage="se colocan piedras pasaderas, largas, que atraviesan el muro",
            marked={"piedras", "pasaderas"},
            kind="Guía",
            year="2023",
            search="Buscar",
            downloads="Descargas",
        ),
        id="es-375",
    ),
]


def open_file(page, link):
    """Click `link` to a file: the response that answers it at the end of its redirects, and the
    file's bytes. Wagtail serves a PDF inline, and Chromium opens it in the tab rather than
    saving it (no download event), so the bytes are fetched again from the address it opened:
    what the response itself holds by then is Chromium's PDF viewer."""
    with page.expect_response(
        lambda response: response.request.is_navigation_request() and response.status == 200
    ) as answered:
        link.click()
    response = answered.value
    return response, page.request.get(response.url).body()


@pytest.mark.parametrize("journey", JOURNEYS)
def test_a_visitor_finds_a_guide_by_words_inside_its_pdf_and_downloads_it(
    visitor, screenshot, journey
):
    page = visitor(viewport=journey.viewport)
    page.goto(f"/{journey.language}/")

    # The library, from the main menu: on a phone, behind the menu button.
    if journey.viewport == MOBILE:
        menu = page.locator(".site-menu__toggle")
        expect()(menu).to_be_visible()
        menu.click()
    link = page.locator("nav.main-nav").get_by_role("link", name=journey.library, exact=True)
    expect()(link).to_be_visible()
    screenshot(page, "menu")
    link.click()
    expect()(page).to_have_url(re.compile(rf"/{journey.language}/library/$"))
    expect()(page.locator("h1")).to_have_text(journey.library)
    everything = result_count(page)
    screenshot(page, "library")

    # Words from inside a PDF, in the library's own search box.
    search = page.locator("form.directory .directory__search")
    search.get_by_role("searchbox").fill(journey.query)
    search.get_by_role("button", name=journey.search, exact=True).click()
    expect()(page).to_have_url(re.compile(r"\?(.*&)?q=" + journey.query.replace(" ", r"\+")))
    assert 0 < result_count(page) < everything
    card = page.locator(".resource-card").filter(
        has=page.locator(f".card__title a[href$='/{journey.slug}/']")
    )
    expect()(card).to_have_count(1)
    # The passage of the PDF that matched, the words found marked in it.
    found = card.locator(".resource-card__passage")
    expect()(found).to_be_visible()
    expect()(found).to_contain_text(journey.passage)
    marks = {text.lower() for text in found.locator("mark").all_inner_texts()}
    assert marks >= journey.marked, marks
    screenshot(page, "results")

    # The resource: its cover, its facts, its file.
    title = card.locator(".card__title a").inner_text()
    card.locator(".card__title a").click()
    expect()(page).to_have_url(re.compile(rf"/{journey.language}/library/{journey.slug}/$"))
    expect()(page.locator("h1")).to_have_text(title)
    cover = page.locator(".resource__cover img")
    expect()(cover).to_be_visible()
    # Loaded, or broken (complete either way: the click's page may still be loading), then drawn.
    page.wait_for_function("(image) => image.complete", arg=cover.element_handle())
    assert cover.evaluate("(image) => image.naturalWidth") > 0
    facts = page.locator("aside.profile__facts")
    expect()(facts).to_be_visible()
    expect()(facts.locator("dd").first).to_have_text(journey.kind)
    expect()(facts).to_contain_text(journey.year)
    screenshot(page, "resource")

    counted = facts.locator("dt", has_text=journey.downloads).locator("xpath=following::dd[1]")
    downloads = int(counted.inner_text())
    resource = page.url
    button = page.locator(".resource__files a.button").first
    expect()(button).to_be_visible()
    address = button.evaluate("(link) => link.href")
    assert re.search(r"/files/\d+/$", address), address
    response, body = open_file(page, button)
    assert response.request.redirected_from.url == address
    assert response.headers["content-type"] == "application/pdf"
    assert body.startswith(b"%PDF-"), body[:20]
    expect()(page).to_have_url(re.compile(r"\.pdf$"))
    # Counted: the resource's facts show one download more.
    page.goto(resource)
    expect()(counted).to_have_text(str(downloads + 1))


def test_a_search_in_every_language_finds_a_spanish_only_guide_marked_as_spanish(
    visitor, screenshot
):
    page = visitor()
    page.goto("/en/library/")
    search = page.locator("form.directory .directory__search")
    search.get_by_role("searchbox").fill("piedra seca")
    search.get_by_role("button", name="Search", exact=True).click()
    expect()(page).to_have_url(re.compile(r"q=piedra\+seca"))
    # Only English pages so far: the Spanish-only guide is not among them.
    spanish_only = page.locator(".card__title a[href*='/terrazas-de-piedra-seca/']")
    expect()(spanish_only).to_have_count(0)

    every_language = page.get_by_role("checkbox", name="Include results in every language")
    every_language.check()  # applied at once, with the words searched for
    expect()(page).to_have_url(re.compile(r"languages=all"))
    expect()(page).to_have_url(re.compile(r"q=piedra\+seca"))
    expect()(spanish_only).to_have_count(1)
    expect()(spanish_only).to_have_attribute("lang", "es")
    expect()(spanish_only).to_have_attribute("href", re.compile(r"/es/library/"))
    expect()(spanish_only).to_contain_text("Terrazas de piedra seca")
    screenshot(page, "every-language")


def test_library_filters_work_without_javascript(visitor, screenshot):
    page = visitor(javascript=False)
    page.goto("/en/library/")
    everything = result_count(page)
    guide = page.locator("#facet-kind").get_by_role("checkbox", name=re.compile(r"^Guide\b"))
    offered = int(re.search(r"\((\d+)\)", guide.locator("xpath=..").inner_text()).group(1))
    guide.check()
    page.get_by_role("button", name="Apply filters").click()

    expect()(page).to_have_url(re.compile(r"kind=guide"))
    expect()(page.get_by_role("list", name="Chosen filters")).to_contain_text("Guide")
    guides = result_count(page)
    assert 0 < guides < everything
    assert guides == offered
    cards = page.locator(".cards > li")
    expect()(cards).to_have_count(guides)
    for meta in cards.locator(".card__meta").all_inner_texts():
        assert meta.startswith("Guide"), meta
    screenshot(page, "guides")
