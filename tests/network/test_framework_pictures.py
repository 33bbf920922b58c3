"""The framework in pictures on a landscape's page: an icon beside each of the 4 Returns and the
3 Zones (decorative: the words stay their names), the 3 Zones as one diagram with a text
alternative, and each of the 5 Elements' scores as a bar of 4 segments, as many filled as the
score, beside its words, which every reader gets."""

import re

import pytest
from bs4 import BeautifulSoup

from network.factories import make_directory_site, make_landscape
from tests.worlds import module_world
from website.factories import translate_page

pytestmark = pytest.mark.django_db

RETURNS = {
    "Inspiration": "Pride in the forest.",
    "Social": "Jobs in the villages.",
    "Natural": "Springs flow again.",
    "Financial": "Honey and tea sell.",
}
ZONES = {
    "Natural zone": "The forest core.",
    "Combined zone": "Tea under trees.",
    "Economic zone": "The farms and towns.",
}


def build_world():
    site = make_directory_site()
    landscapes = site["en"]["landscapes"]
    mau = make_landscape(
        landscapes,
        title="Mau Forest",
        slug="mau-forest",
        **dict(
            zip(
                ["return_inspiration", "return_social", "return_natural", "return_financial"],
                RETURNS.values(),
                strict=True,
            )
        ),
        **dict(
            zip(["zone_natural", "zone_combined", "zone_economic"], ZONES.values(), strict=True)
        ),
        element_partnership=1,
        element_shared_understanding=2,
        element_vision_and_planning=3,
        element_taking_action=4,
    )
    translate_page(mau, "es", {mau.slug: "mau-forest"})
    plain = make_landscape(landscapes, title="Quiet hills", slug="quiet-hills")
    return {"mau": mau, "plain": plain}


world = module_world(build_world)


def page_at(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def words(element):
    return re.sub(r"\s+", " ", element.get_text(" ")).strip()


def section(page, heading_id):
    return page.find(id=heading_id).find_parent("section")


def elements(page):
    """{element name: its <li>} of the 5 Elements on a landscape's page."""
    return {
        words(item.find(class_="elements__label")): item
        for item in section(page, "elements").find("ol", class_="elements").find_all("li")
    }


def filled(item):
    bar = item.find(class_="score-bar")
    segments = bar.find_all(class_="score-bar__segment")
    return len(segments), len([s for s in segments if "score-bar__segment--filled" in s["class"]])


def assert_decorative(icon):
    assert icon.name == "svg"
    assert icon["aria-hidden"] == "true" and icon["focusable"] == "false"
    assert not icon.find("title") and not icon.find("text")  # nothing to announce or read


def test_each_return_has_its_icon_beside_its_name_which_stays_the_text(client, world):
    returns = section(page_at(client, "/en/landscapes/mau-forest/"), "returns")
    shown = {}
    for item in returns.find_all(class_="framework__item"):
        term = item.dt
        assert_decorative(term.find("svg", class_="icon"))
        shown[words(term)] = words(item.dd)
    assert shown == RETURNS


def test_each_zone_has_its_icon_and_the_zones_are_one_diagram_with_a_text_alternative(
    client, world
):
    zones = section(page_at(client, "/en/landscapes/mau-forest/"), "zones")
    shown = {}
    for item in zones.find_all(class_="framework__item"):
        assert_decorative(item.dt.find("svg", class_="icon"))
        shown[words(item.dt)] = words(item.dd)
    assert shown == ZONES
    diagram = zones.find("svg", class_="zones-diagram")
    assert diagram["role"] == "img"
    title = zones.find(id=diagram["aria-labelledby"])
    assert title.name == "title" and title.parent is diagram
    assert words(title) == (
        "The 3 Zones: the natural zone at the core, the combined zone around it and the "
        "economic zone around both."
    )
    # Its bands carry the zones' own icons, hidden as the picture's parts.
    for icon in diagram.find_all("svg", class_="icon"):
        assert_decorative(icon)


def test_a_score_of_1_is_a_quarter_bar_and_says_not_begun_1_of_4(client, world):
    partnership = elements(page_at(client, "/en/landscapes/mau-forest/"))["Partnership"]
    assert filled(partnership) == (4, 1)
    assert partnership.find(class_="score-bar")["aria-hidden"] == "true"
    text = partnership.find("data", class_="score__text")
    assert words(text) == "Not begun (1/4)" and text["value"] == "1"
    assert words(partnership) == "Partnership Not begun (1/4)"  # read as it was before the bar


def test_each_score_fills_as_many_segments_and_an_unassessed_element_has_no_bar(client, world):
    page = page_at(client, "/en/landscapes/mau-forest/")
    shown = elements(page)
    assert [filled(shown[name]) for name in list(shown)[:4]] == [(4, 1), (4, 2), (4, 3), (4, 4)]
    assert words(shown["Taking action"]) == "Taking action Completed (4/4)"
    unassessed = shown["Learning and impact"]
    assert unassessed.find(class_="score-bar") is None
    assert words(unassessed) == "Learning and impact Not assessed"
    assert section(page, "elements").find("meter") is None  # drawn alike in every browser


def test_in_spanish_the_bar_has_the_spanish_words(client, world):
    shown = elements(page_at(client, "/es/landscapes/mau-forest/"))
    partnership = shown["Alianza"]
    assert filled(partnership) == (4, 1)
    assert words(partnership.find("data")) == "No iniciado (1/4)"


def test_a_landscape_without_returns_or_zones_shows_no_icons_or_diagram(client, world):
    page = page_at(client, "/en/landscapes/quiet-hills/")
    assert page.find(id="returns") is None and page.find(id="zones") is None
    assert page.find("svg", class_="zones-diagram") is None
