"""Visitors' journeys through the demo site in a real Chromium, with JavaScript and, where the
journey applies, without it: the forms and links carry every journey; scripts only add the map
and the search suggestions."""

import re

import pytest

from tests.browser.conftest import MOBILE

pytestmark = pytest.mark.browser

STORY = "/en/stories/springs-return/"
EXPERT = "/en/experts/abebe-tesfaye/"


def expect():
    # Imported here so that the folder is collected, and skipped, where Playwright is missing.
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect


def markers_on_map(page):
    """How many landscape markers the directory's map holds (clustered or not), once the map has
    its data."""
    expect()(page.locator(".map.map--loaded")).to_be_attached()
    return page.locator(".map").evaluate(
        """(container) => {
            // With the cluster plugin, the group holds every marker (on the map or in a
            // cluster); without it, the markers are on the map themselves.
            const groups = [];
            const markers = [];
            container.leafletMap.eachLayer((layer) => {
                if (L.MarkerClusterGroup && layer instanceof L.MarkerClusterGroup) {
                    groups.push(layer);
                } else if (layer instanceof L.Marker && !layer.getAllChildMarkers) {
                    markers.push(layer);
                }
            });
            if (!groups.length) return markers.length;
            return groups.reduce((sum, group) => sum + group.getLayers().length, 0);
        }"""
    )


def result_count(page):
    return int(re.search(r"\d+", page.locator(".directory__count").inner_text()).group(0))


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_visitor_switches_language_on_a_story_and_lands_on_its_translation(visitor, javascript):
    page = visitor(javascript=javascript)
    page.goto(STORY)
    english_title = page.locator("h1").inner_text()

    page.locator("nav.language-switcher a[hreflang=es]").click()

    expect()(page).to_have_url(re.compile(r"/es/stories/el-regreso-de-los-manantiales/$"))
    expect()(page.locator("html")).to_have_attribute("lang", "es")
    assert page.locator("h1").inner_text() not in ("", english_title)
    current = page.locator("nav.language-switcher a[aria-current=true]")
    expect()(current).to_have_attribute("hreflang", "es")


def test_filtering_the_landscape_directory_moves_the_map_with_it(visitor):
    page = visitor()
    page.goto("/en/landscapes/")
    everything = result_count(page)
    assert markers_on_map(page) == everything > 1

    # With JavaScript a ticked box applies at once.
    page.get_by_role("checkbox", name=re.compile("^Africa")).check()

    expect()(page).to_have_url(re.compile(r"region=africa"))
    expect()(page.get_by_role("checkbox", name=re.compile("^Africa"))).to_be_focused()
    expect()(page.get_by_role("list", name="Chosen filters")).to_contain_text("Africa")
    africa = result_count(page)
    assert 0 < africa < everything
    assert markers_on_map(page) == africa


def test_filters_work_without_javascript(visitor):
    page = visitor(javascript=False)
    page.goto("/en/landscapes/")
    everything = result_count(page)
    page.get_by_role("checkbox", name=re.compile("^Africa")).check()
    page.get_by_role("button", name="Apply filters").click()
    expect()(page).to_have_url(re.compile(r"region=africa"))
    assert 0 < result_count(page) < everything
    # No script, no map: the empty container takes no room and nothing in it is focusable.
    assert page.locator(".map").bounding_box()["height"] == 0


def test_a_visitor_opens_a_landscape_from_a_map_marker(visitor):
    page = visitor()
    page.goto("/en/landscapes/?region=oceania")
    assert result_count(page) == 1
    assert markers_on_map(page) == 1
    name = page.locator(".cards .card__title").inner_text()

    page.locator(".map__marker").click()
    page.locator(".leaflet-popup-content a", has_text=name).click()

    expect()(page.locator("h1")).to_have_text(name)
    assert "/en/landscapes/" in page.url


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_visitor_finds_a_course_by_language_and_level_and_reaches_enrolment(visitor, javascript):
    page = visitor(viewport=MOBILE, javascript=javascript)
    page.goto("/en/learning/")
    # On a phone the results come first; the filters fold behind "Filters".
    first_result = page.locator(".cards").bounding_box()["y"]
    assert first_result < 2 * MOBILE["height"], first_result
    page.locator(".directory__filters > summary").click()
    page.locator("input[name=language][value=es]").check()
    if javascript:  # applied at once; the filters come back open, the focus where it was
        expect()(page).to_have_url(re.compile(r"language=es"))
        expect()(page.locator("input[name=language][value=es]")).to_be_focused()
        page.locator("input[name=level][value=beginner]").check()
    else:
        page.locator("input[name=level][value=beginner]").check()
        page.get_by_role("button", name="Apply filters").click()

    expect()(page).to_have_url(
        re.compile(r"language=es.*level=beginner|level=beginner.*language=es")
    )
    first = page.locator(".cards .card__title a").first
    title = first.inner_text()
    first.click()

    expect()(page.locator("h1")).to_have_text(title)
    enrol = page.get_by_role("link", name=re.compile(r"^Enrol"))
    expect()(enrol.first).to_be_visible()
    assert enrol.first.get_attribute("href").startswith("http")


def test_a_visitor_searches_with_suggestions_using_the_keyboard_only(visitor):
    page = visitor()
    page.goto("/en/")
    box = page.locator("#site-search-q")
    # From the top of the page, Tab until the search box has focus: no mouse anywhere.
    for _ in range(30):
        page.keyboard.press("Tab")
        if box.evaluate("(element) => element === document.activeElement"):
            break
    else:
        pytest.fail("the search box was not reached with Tab")

    page.keyboard.type("Laikip", delay=40)
    listbox = page.get_by_role("listbox")
    expect()(listbox).to_be_visible()
    expect()(box).to_have_attribute("aria-expanded", "true")
    first = listbox.get_by_role("option").first
    # Waited for: on a slow machine the list may first show what a shorter prefix found.
    expect()(first).to_contain_text("Laikipia")

    page.keyboard.press("ArrowDown")
    expect()(first).to_have_attribute("aria-selected", "true")
    expect()(box).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    page.keyboard.press("Enter")

    # The suggestion's own page, not the search results (nor the home page still showing).
    expect()(page).to_have_url(re.compile(r"/en/(?!search/)[^?]+/$"))
    expect()(page.locator("h1")).to_contain_text("Laikipia")


def test_escape_closes_the_suggestions_and_enter_then_searches(visitor):
    page = visitor()
    page.goto("/en/")
    box = page.locator("#site-search-q")
    box.focus()
    page.keyboard.type("Laikipia", delay=40)
    expect()(page.get_by_role("listbox")).to_be_visible()
    page.keyboard.press("Escape")
    expect()(box).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/en/search/\?q=Laikipia"))
    expect()(page.locator(".search-results, main").first).to_contain_text("Laikipia")


def test_search_works_without_javascript(visitor):
    page = visitor(javascript=False)
    page.goto("/en/")
    page.locator("#site-search-q").fill("Laikipia")
    page.locator("form.site-search").get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"/en/search/\?q=Laikipia"))
    assert page.get_by_role("link", name=re.compile("Laikipia")).count() > 0


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_visitor_sends_a_contact_message_and_sees_the_confirmation(
    visitor, demo_site, javascript
):
    page = visitor(javascript=javascript)
    page.goto(EXPERT)
    before = len(demo_site.sent_mail())
    words = f"Could we talk about grazing plans? ({'with' if javascript else 'without'} JS)"
    contact = page.locator("#contact")
    contact.get_by_label("Your name").fill("Rosa Quispe")
    contact.get_by_label("Your e-mail address").fill("rosa@example.org")
    contact.get_by_label("Message").fill(words)
    contact.get_by_role("button", name="Send message").click()

    expect()(
        page.get_by_role("status").filter(has_text="your message has been sent")
    ).to_be_visible()
    assert page.url.endswith("?contact=sent#contact")
    sent = demo_site.sent_mail()
    assert len(sent) == before + 1 and words in sent[-1]


def test_a_contact_message_with_a_mistake_keeps_what_was_typed(visitor):
    page = visitor(javascript=False)
    page.goto(EXPERT)
    contact = page.locator("#contact")
    contact.get_by_label("Your name").fill("Rosa Quispe")
    contact.get_by_label("Your e-mail address").fill("not an address")
    contact.get_by_label("Message").fill("A long message I would hate to type again.")
    contact.get_by_role("button", name="Send message").click()

    contact = page.locator("#contact")
    expect()(contact.get_by_label("Message")).to_have_value(
        "A long message I would hate to type again."
    )
    expect()(contact.get_by_label("Your name")).to_have_value("Rosa Quispe")
    expect()(contact).to_contain_text("Enter a valid email address")
