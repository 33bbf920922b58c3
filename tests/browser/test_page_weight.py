"""The page-weight budget for a visitor on a slow, expensive connection, measured in Chromium
on a first visit (empty cache): HTML, CSS, JavaScript and data at most 150 KB compressed, and at
most 15 requests before images; images lazy below the fold, responsive, in WebP or AVIF, with
their width and height set so that nothing shifts as they arrive. The figures are printed at
the end of the run.

Compressed size: what the server sent when it compressed the response itself (WhiteNoise serves
static files pre-compressed; the site gzips an anonymous visitor's pages and data,
website/compression.py); for a response it sent plain, the size of its body after gzip at
level 6."""

import gzip

import pytest

from tests.browser.conftest import MOBILE, PAGE_WEIGHT

pytestmark = pytest.mark.browser

BUDGET_BYTES = 150 * 1024
BUDGET_REQUESTS = 15
MAX_LAYOUT_SHIFT = 0.1

PAGES = {
    "home": "/en/",
    "landscape directory": "/en/landscapes/",
    "expert profile": "/en/experts/abebe-tesfaye/",
    "course": "/en/learning/andean-highlands-research-institute/community-weather-stations/",
    "story": "/en/stories/springs-return/",
    "library": "/en/library/",
    "library resource": "/en/library/slowing-the-water/",
}

LAYOUT_SHIFT_OBSERVER = """
window.__layoutShift = 0;
new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }
}).observe({type: 'layout-shift', buffered: true});
"""

# Map tiles are left out of the image checks: Leaflet sizes and places them itself (absolutely
# positioned: they shift nothing), loads only those in view, and the basemap's are small PNGs
# of a few flat colours (network/basemap.py), which WebP would not make smaller.
IMAGES = """() => [...document.images].filter((image) => !image.classList.contains('leaflet-tile'))
    .map((image) => {
    const box = image.getBoundingClientRect();
    return {
        src: image.currentSrc || image.src,
        width: image.getAttribute('width'),
        height: image.getAttribute('height'),
        loading: image.getAttribute('loading'),
        belowFold: box.top + window.scrollY > window.innerHeight,
        srcset: Boolean(image.srcset) || Boolean(image.closest('picture')),
        modernFormats: image.closest('picture')
            ? [...image.closest('picture').querySelectorAll('source')].map((s) => s.type)
            : [],
    };
})"""


def compressed_size(response):
    if response.header_value("content-encoding"):
        return response.request.sizes()["responseBodySize"]
    return len(gzip.compress(response.body(), compresslevel=6))


@pytest.mark.parametrize("name", PAGES)
def test_the_page_is_within_its_weight_budget(visitor, record_property, name):
    page = visitor(viewport=MOBILE)
    page.add_init_script(LAYOUT_SHIFT_OBSERVER)
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(PAGES[name])
    page.wait_for_load_state("networkidle")

    weighed = []  # (resource type, url, compressed bytes) of everything but images
    images = 0
    broken = []
    for request in finished:
        response = request.response()
        if response is not None and response.status >= 400:
            broken.append(f"{response.status} {request.url}")
        if request.resource_type == "image":
            images += 1
        elif response is not None:
            weighed.append((request.resource_type, request.url, compressed_size(response)))
    total = sum(size for _type, _url, size in weighed)
    layout_shift = page.evaluate("() => window.__layoutShift")
    record_property(PAGE_WEIGHT, (name, total, len(weighed), images, layout_shift))

    assert not broken, f"requests that failed: {broken}"
    detail = "\n".join(f"  {size:>8} {kind:<10} {url}" for kind, url, size in weighed)
    assert total <= BUDGET_BYTES, f"{total} bytes compressed:\n{detail}"
    assert len(weighed) <= BUDGET_REQUESTS, f"{len(weighed)} requests before images:\n{detail}"
    assert layout_shift < MAX_LAYOUT_SHIFT

    problems = []
    for image in page.evaluate(IMAGES):
        if not (image["width"] and image["height"]):
            problems.append(f"no width and height: {image['src']}")
        if image["belowFold"] and image["loading"] != "lazy":
            problems.append(f"below the fold and not lazy: {image['src']}")
        modern = image["src"].endswith((".webp", ".avif")) or {
            "image/webp",
            "image/avif",
        } & set(image["modernFormats"])
        if not image["src"].endswith(".svg") and not (image["srcset"] and modern):
            problems.append(f"not responsive WebP/AVIF: {image['src']}")
    assert not problems, "\n".join(problems)
