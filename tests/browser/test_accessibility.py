"""Accessibility of every page type, in every language, on a phone and on a desktop screen:
axe-core (from npm, node_modules/axe-core) finds no violation of the WCAG 2.2 A and AA rules;
with the keyboard alone every interactive element is reached, shows where the focus is, and lets
the focus go on. Screenshots of each page type at both widths are saved for a person to review
(tests/browser/screenshots/, not committed)."""

from pathlib import Path

import pytest

from tests.browser.conftest import DESKTOP, MOBILE, SCREENSHOTS

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
LANGUAGES = ["en", "es", "fr", "pt"]

# One page of each type, by its English address; the other languages' addresses are read from
# the page's own hreflang links, as a search engine finds them.
PAGE_TYPES = {
    "home": "/en/",
    "standard-page": "/en/about/",
    "landscape-directory": "/en/landscapes/",
    "landscape": "/en/landscapes/kogelberg-coast/",
    "organisation-directory": "/en/organisations/",
    "organisation": "/en/organisations/commonland/",
    "expert-directory": "/en/experts/",
    "expert": "/en/experts/abebe-tesfaye/",
    "course-catalog": "/en/learning/",
    "institution": "/en/learning/andean-highlands-research-institute/",
    "course": "/en/learning/andean-highlands-research-institute/community-weather-stations/",
    "story-index": "/en/stories/",
    "story": "/en/stories/springs-return/",
    "library-index": "/en/library/",
    "library-resource": "/en/library/slowing-the-water/",
    "search-results": "/en/search/?q=water&languages=all",
    "search-empty": "/en/search/",
    "sign-in": "/en/accounts/login/",
    "sign-up": "/en/accounts/signup/",
    "not-found": "/en/no-such-page/",
}


def axe_violations(page):
    """axe-core's WCAG 2.2 A/AA violations on the page as it is now. The script goes in through
    the DevTools protocol, not a <script> element, so the site's Content-Security-Policy is
    neither loosened for it nor in its way."""
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        "(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_22_A_AA
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in result["violations"]
    ]


def address_in(page, language):
    """The address of the page's translation into `language`, from its hreflang links."""
    if language == "en":
        return page.url
    link = page.locator(f'link[rel=alternate][hreflang="{language}"]')
    if link.count():
        return link.first.get_attribute("href")
    return page.url.replace("/en/", f"/{language}/", 1)


def settle(page):
    """Wait until scripts have drawn what they draw: maps load when they come near the
    viewport, so bring each into view, then wait until each has drawn its landscapes (not
    for the network to fall silent: half a second at least on each of the hundreds of pages
    these tests read, and the maps' markers are what it waited for)."""
    for container in page.locator("[data-map]").all():
        container.scroll_into_view_if_needed()
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-map]')]"
        ".every((map) => map.classList.contains('map--loaded'))"
    )
    # Markers fly apart or together while clusters form: check them where they settle.
    page.wait_for_function(
        "() => !document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim')"
    )


@pytest.fixture(scope="module")
def screenshots_folder():
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_no_wcag_violations_in_any_language_at_either_width(visitor, page_type, screenshots_folder):
    problems = []
    addresses = None
    for viewport in (MOBILE, DESKTOP):
        page = visitor(viewport=viewport)
        page.goto(PAGE_TYPES[page_type])
        if addresses is None:  # read once from the English page, for both widths
            addresses = {language: address_in(page, language) for language in LANGUAGES}
        for language in LANGUAGES:
            if language != "en":
                page.goto(addresses[language])
            settle(page)
            assert page.locator("html").get_attribute("lang") == language, page.url
            if language == "en":
                page.screenshot(
                    path=screenshots_folder / f"{page_type}-{viewport['width']}.png",
                    full_page=True,
                )
            problems += [
                f"{page.url} at {viewport['width']} px: {violation}"
                for violation in axe_violations(page)
            ]
    assert not problems, "\n".join(problems)


# Focus order, visibility and traps
# ------------------------------------------------------------------------------------------

TABBABLE = """() => {
    // Every element a keyboard user should reach: visible, enabled, not taken out of the order.
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex], ' +
        '[contenteditable=""], [contenteditable="true"]';
    const visible = (element) => {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return style.visibility !== 'hidden' && style.display !== 'none' &&
            box.width > 0 && box.height > 0 && !element.closest('[inert], [aria-hidden="true"]');
    };
    const elements = [...document.querySelectorAll(selector)].filter((element) =>
        !element.disabled && element.tabIndex >= 0 && element.type !== 'hidden' &&
        visible(element));
    // A group of radio buttons is one stop (the arrow keys move within it): its buttons share
    // one probe index, so that reaching any of them counts for the group.
    const groups = {};
    let count = 0;
    elements.forEach((element) => {
        if (element.type === 'radio' && element.name) {
            const key = (element.form ? 'form' : 'page') + ':' + element.name;
            if (!(key in groups)) groups[key] = count++;
            element.dataset.tabIndexProbe = groups[key];
        } else {
            element.dataset.tabIndexProbe = count++;
        }
    });
    return count;
}"""

FOCUSED = """() => {
    // Which probed element has focus, and whether anything shows it.
    const element = document.activeElement;
    if (!element || element === document.body) return {index: null};
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow && style.boxShadow !== 'none';
    return {
        index: element.dataset.tabIndexProbe ?? null,
        shown: outline || shadow,
        name: element.outerHTML.slice(0, 120),
    };
}"""


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_the_keyboard_reaches_everything_sees_the_focus_and_is_never_trapped(visitor, page_type):
    page = visitor(viewport=DESKTOP)
    page.goto(PAGE_TYPES[page_type])
    settle(page)
    expected = page.evaluate(TABBABLE)
    reached, unmarked_focus = [], []
    for _ in range(expected + 40):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["index"] is None:
            if reached and focused.get("name") is None:
                break  # past the last element, back to the document: the focus goes on
            continue
        if not focused["shown"]:
            unmarked_focus.append(focused["name"])
        if reached and focused["index"] == reached[0]:
            break  # round the page and back to the first element
        reached.append(focused["index"])
    else:
        pytest.fail(f"Tab never left the page or came back round: trapped after {reached[-5:]}")

    missing = expected - len(set(reached))
    assert missing == 0, f"{missing} of {expected} interactive elements never got the focus"
    assert not unmarked_focus, f"focus not visible on: {unmarked_focus}"
