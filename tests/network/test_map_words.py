"""The words a map's scripts show come from the page, in its language
(templates/network/includes/map_words.html): Leaflet's own are English whatever the page.
In a real browser: tests/browser/test_map_language.py."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext

from network.factories import make_directory_site, make_landscape, square
from network.widgets import BoundaryWidget
from tests.worlds import module_world

directory_world = module_world(make_directory_site)

pytestmark = pytest.mark.django_db

# The data attribute that carries each of Leaflet's words, and the word in English.
LEAFLET_WORDS = {
    "data-zoom-in": "Zoom in",
    "data-zoom-out": "Zoom out",
    "data-close-popup": "Close popup",
    "data-attribution-title": "A JavaScript library for interactive maps",
}
CLUSTER_LABEL = "Landscapes in this group: {count}"


def in_language(language, text):
    with translation.override(language):
        return gettext(text)


@pytest.mark.parametrize("language", ["es", "fr", "pt"])
def test_the_map_script_and_the_directory_map_carry_the_pages_words(
    client, directory_world, language
):
    make_landscape(directory_world["en"]["landscapes"], boundary=square(36.8, -1.3))
    response = client.get(directory_world[language]["landscapes"].url)
    html = BeautifulSoup(response.content, "html.parser")
    loader = html.find("script", src=lambda source: source and "js/map.js" in source)
    container = html.find(attrs={"data-map": True})

    for attribute, english in LEAFLET_WORDS.items():
        assert loader[attribute] == in_language(language, english) != english
    assert container["data-cluster-label"] == in_language(language, CLUSTER_LABEL) != CLUSTER_LABEL
    assert "{count}" in container["data-cluster-label"]


@pytest.mark.parametrize("language", ["es", "fr", "pt"])
def test_the_boundary_editor_carries_the_words_in_the_active_language(language):
    with translation.override(language):
        html = BoundaryWidget().render("boundary", square(36.8, -1.3), attrs={"id": "id_boundary"})
    editor = BeautifulSoup(html, "html.parser").find(attrs={"data-boundary-editor": True})
    for attribute in ("data-zoom-in", "data-zoom-out", "data-attribution-title"):
        english = LEAFLET_WORDS[attribute]
        assert editor[attribute] == in_language(language, english) != english
