"""No page scrolls sideways, in any language, on a small phone, a phone, a tablet or a desktop:
every page type of the demo site in English, Spanish, French and Portuguese at 320, 375, 768 and
1280 px, measured in a real Chromium (`document.documentElement.scrollWidth` against the
window's width). Longer words than English's ("Rechercher", "Pesquisar", a figure's "15,8 M $US")
are what used to push the header and the home page's figures past the edge.

A page that overflows is reported with the elements that stick out furthest, and a screenshot
of it is saved in tests/browser/screenshots/. One browser context and one tab per width."""

import re
import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "es", "fr", "pt"]
WIDTHS = [320, 375, 768, 1280]

# Every page type, in English; the others are found through each page's hreflang alternates
# (their slugs are translated), or have the same path under their own language prefix.
PAGES = [
    "/en/",
    "/en/landscapes/",
    "/en/organisations/",
    "/en/experts/",
    "/en/learning/",
    "/en/stories/",
    "/en/landscapes/kogelberg-coast/",
    "/en/landscapes/kogelberg-coast/progress/",
    "/en/organisations/commonland/",
    "/en/experts/abebe-tesfaye/",  # with its contact form
    "/en/learning/andean-highlands-research-institute/",
    "/en/learning/andean-highlands-research-institute/community-weather-stations/",
    "/en/stories/springs-return/",
    "/en/library/",
    "/en/library/slowing-the-water/",
    "/en/about/",
    "/en/progress/",
    "/en/funding/",
    "/en/search/?q=water",
    "/en/accounts/login/",
    "/en/accounts/signup/",
    "/en/no-such-page/",
]

# <link rel="alternate" hreflang="es" href="http://127.0.0.1:…/es/…">: (language, path).
ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([\w-]+)" href="https?://[^/"]+([^"]*)"')

# The elements (or their text) furthest past either edge of the window, innermost first (the
# culprit before the boxes around it); those inside an element that clips its content (a map,
# a scrolling table) are left out: they do not widen the page.
OVERFLOW = """() => {
    const root = document.documentElement;
    const limit = window.innerWidth;
    if (root.scrollWidth <= limit) return null;
    const clipped = (element) => {
        let node = element.parentElement;
        for (; node && node !== document.body; node = node.parentElement) {
            if (getComputedStyle(node).overflowX !== "visible") return true;
        }
        return false;
    };
    const describe = (element) => {
        const parts = [];
        let node = element;
        for (; node !== document.body && parts.length < 4; node = node.parentElement) {
            let part = node.tagName.toLowerCase();
            if (node.id) part += "#" + node.id;
            if (node.classList.length) part += "." + [...node.classList].join(".");
            parts.unshift(part);
        }
        return parts.join(" > ");
    };
    const sticking = [];
    for (const element of document.body.querySelectorAll("*")) {
        const box = element.getBoundingClientRect();
        if (!box.width) continue;
        // Text wider than its box (a word that cannot break) sticks out of the box's edge.
        const right = Math.max(box.right, box.left + element.scrollWidth) + window.scrollX;
        const past = Math.max(right - limit, -(box.left + window.scrollX));
        if (past < 1 || clipped(element)) continue;
        const text = (element.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 40);
        const width = Math.round(box.width);
        sticking.push({ past: Math.round(past), width, element: describe(element), text });
    }
    sticking.sort((a, b) => b.past - a.past || a.width - b.width);
    return { scrollWidth: root.scrollWidth, sticking: sticking.slice(0, 3) };
}"""

# Maps that have begun to draw (map.js, once Leaflet is loaded) have finished.
MAPS_SETTLED = """() => [...document.querySelectorAll("[data-map].map--ready")]
    .every((map) => map.matches(".map--loaded, .map--failed"))"""


@pytest.fixture(scope="module")
def addresses(demo_site):
    """Every page of PAGES in every language: [(language, path)]."""
    found = []
    for english in PAGES:
        try:
            with urllib.request.urlopen(demo_site.url + english, timeout=30) as response:  # noqa: S310
                html = response.read().decode()
        except urllib.error.HTTPError as error:
            html = error.read().decode()
        alternates = dict(ALTERNATE.findall(html))
        for language in LANGUAGES:
            path = alternates.get(language) or english.replace("/en/", f"/{language}/", 1)
            found.append((language, path))
    return found


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_scrolls_sideways(visitor, addresses, screenshot, width):
    page = visitor({"width": width, "height": 800})
    overflowing = []
    for language, path in addresses:
        response = page.goto(path)
        assert response.status < 500, f"{path}: {response.status}"
        page.wait_for_function(MAPS_SETTLED)
        found = page.evaluate(OVERFLOW)
        if found:
            overflowing.append(f"{path} ({language}, {width} px): {found}")
            screenshot(page, f"overflow-{width}-{language}")
    assert overflowing == [], "\n".join(overflowing)
