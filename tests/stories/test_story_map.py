"""The story map and its chapters: the public story map draws the story's landscape's boundary
under the chapters (in the story's language, and only a live, public landscape's), and the
Wagtail admin's chapter form carries the map picker (stories/blocks.py,
static/js/map-chapter-picker.js) while the chapter still validates and keeps what was typed."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import PageViewRestriction

from network.factories import make_landscape, square
from stories.blocks import MapChapterBlock
from stories.factories import chapter, make_story, make_story_index
from stories.models import StoryPage
from tests.queries import PAGE_QUERY_LIMIT, queries_for
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401
from website.factories import translate_page

pytestmark = pytest.mark.django_db

BOUNDARY = square(35.4, 0.4)
CHAPTERS = [
    chapter("The river", "Kerio river", 0.6, 35.6),
    chapter("The terraces", "Iten", 0.67, 35.5, zoom=12),
]


@pytest.fixture
def indexes(directory_site):
    return make_story_index({language: pages["home"] for language, pages in directory_site.items()})


@pytest.fixture
def kerio(directory_site):
    return make_landscape(
        directory_site["en"]["landscapes"], title="Kerio", slug="kerio", boundary=BOUNDARY
    )


def story_map(client, url):
    html = client.get(url).content.decode()
    match = re.search(
        r'<script id="story-map-data" type="application/json">(.*?)</script>', html, re.S
    )
    return json.loads(match.group(1))["features"] if match else None


def boundaries(features):
    return [f for f in features if f["geometry"]["type"] in ("Polygon", "MultiPolygon")]


def points(features):
    return [f["geometry"]["coordinates"] for f in features if f["geometry"]["type"] == "Point"]


# --- The public story map --------------------------------------------------------------------


def test_the_story_map_draws_the_landscapes_boundary_with_the_chapters(client, indexes, kerio):
    story = make_story(indexes["en"], landscape=kerio, body=CHAPTERS)
    features = story_map(client, story.url)
    [boundary] = boundaries(features)
    assert boundary["geometry"] == BOUNDARY
    assert boundary["properties"] == {"name": "Kerio", "url": kerio.url}
    # The chapters' places are still there, in order, for story-map.js to fly to.
    assert points(features) == [[35.6, 0.6], [35.5, 0.67]]


def test_a_spanish_story_draws_the_spanish_landscape(client, indexes, kerio):
    story = make_story(indexes["en"], landscape=kerio, body=CHAPTERS)
    spanish_kerio = translate_page(kerio, "es")
    spanish_story = translate_page(story, "es")
    assert spanish_kerio.url.startswith("/es/")
    html = client.get(spanish_story.url).content.decode()
    assert f'<a href="{spanish_kerio.url}">{spanish_kerio.title}</a>' in html
    [boundary] = boundaries(story_map(client, spanish_story.url))
    assert boundary["properties"] == {"name": spanish_kerio.title, "url": spanish_kerio.url}
    assert boundary["geometry"] == BOUNDARY


def test_a_landscape_not_yet_translated_is_drawn_in_its_own_language(client, indexes, kerio):
    """The page names only a landscape of its language (as before); the map still shows where
    the story happened, marked with the landscape's language as the directory's map marks it."""
    story = make_story(indexes["en"], landscape=kerio, body=CHAPTERS)
    french_story = translate_page(story, "fr")
    html = client.get(french_story.url).content.decode()
    assert f'href="{kerio.url}"' not in html.split('id="story-map-data"')[0]
    [boundary] = boundaries(story_map(client, french_story.url))
    assert boundary["properties"] == {
        "name": "Kerio",
        "url": kerio.url,
        "lang": "en",
        "language_name": "English",
    }


def test_no_boundary_when_the_landscape_has_none(client, indexes, directory_site):
    centred = make_landscape(
        directory_site["en"]["landscapes"],
        boundary=None,
        centre_latitude=0.5,
        centre_longitude=35.5,
    )
    story = make_story(indexes["en"], landscape=centred, body=CHAPTERS)
    features = story_map(client, story.url)
    assert boundaries(features) == []
    assert points(features) == [[35.6, 0.6], [35.5, 0.67]]  # not the landscape's centre


def test_no_boundary_of_an_unpublished_landscape(client, indexes, kerio):
    story = make_story(indexes["en"], landscape=kerio, body=CHAPTERS)
    kerio.unpublish()
    features = story_map(client, story.url)
    assert boundaries(features) == []
    assert len(points(features)) == 2


def test_no_boundary_of_a_private_landscape(client, indexes, kerio):
    PageViewRestriction.objects.create(page=kerio, restriction_type=PageViewRestriction.LOGIN)
    story = make_story(indexes["en"], landscape=kerio, body=CHAPTERS)
    features = story_map(client, story.url)
    assert boundaries(features) == []
    assert ">Kerio</a>" not in client.get(story.url).content.decode()


def test_a_story_without_chapters_has_no_map(client, indexes, kerio):
    story = make_story(indexes["en"], landscape=kerio)
    assert story_map(client, story.url) is None


def test_the_boundary_comes_with_the_landscape_in_the_same_query(
    client, indexes, kerio, directory_site
):
    """The landscape the page names and the boundary its map draws are one query: a story whose
    landscape has a boundary runs as many queries as one whose landscape has none, in the
    landscape's language or another."""
    centred = make_landscape(
        directory_site["en"]["landscapes"], boundary=None, centre_latitude=0.5, centre_longitude=35
    )
    with_boundary = make_story(indexes["en"], landscape=kerio, body=CHAPTERS)
    without_boundary = make_story(indexes["en"], landscape=centred, body=CHAPTERS)
    french_with = translate_page(with_boundary, "fr")
    french_without = translate_page(without_boundary, "fr")
    assert boundaries(story_map(client, with_boundary.url))
    assert boundaries(story_map(client, french_with.url))
    english = queries_for(client, with_boundary.url)
    assert english == queries_for(client, without_boundary.url) <= PAGE_QUERY_LIMIT
    assert queries_for(client, french_with.url) == queries_for(client, french_without.url)


# --- The chapter's form in the admin ---------------------------------------------------------

PICKER_HELP = (
    "Click the map to place this chapter, or drag its marker; zooming the map sets the zoom. "
    "You can also type the latitude, longitude and zoom above."
)
PICKER_STRINGS = {
    "data-zoom-in": "Zoom in",
    "data-zoom-out": "Zoom out",
    "data-attribution-title": "A JavaScript library for interactive maps",
    "data-marker-label": "The chapter’s place: drag it to move it",
}


def picker_of(html):
    return BeautifulSoup(html, "html.parser").find(attrs={"data-chapter-picker": True})


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt"])
def test_the_chapter_form_carries_the_map_picker_in_the_admins_language(language):
    block = StoryPage._meta.get_field("body").stream_block.child_blocks["map_chapter"]
    with translation.override(language):
        picker = picker_of(block.render_form_template())
        expected = {attribute: gettext(text) for attribute, text in PICKER_STRINGS.items()}
        region_label = gettext("Map for placing the chapter")
        help_text = gettext(PICKER_HELP)
    assert picker is not None
    # Hidden until the script has a working map: the fields above are the form without it.
    assert picker.has_attr("hidden")
    for attribute, text in expected.items():
        assert picker[attribute] == text
    region = picker.find(attrs={"data-chapter-picker-map": True})
    assert region["role"] == "region"
    assert region["aria-label"] == region_label
    # Wagtail puts each chapter's prefix in place of __PREFIX__: one help text per chapter.
    help_id = region["aria-describedby"]
    assert help_id == "__PREFIX__-picker-help"
    assert picker.find(id=help_id).get_text() == help_text
    assert picker["data-tile-url"].endswith("{z}/{x}/{y}{r}.png")
    assert picker.find(attrs={"data-chapter-picker-preview": True})["aria-label"]


def test_the_chapter_form_keeps_wagtails_fields():
    html = MapChapterBlock().render_form_template()
    page = BeautifulSoup(html, "html.parser")
    fields = [
        tag["data-structblock-child"]
        for tag in page.find_all(attrs={"data-structblock-child": True})
    ]
    assert fields == ["title", "place_name", "latitude", "longitude", "zoom", "text"]
    labels = [label.get_text() for label in page.find_all("label")]
    assert labels == ["Chapter title*", "Place name*", "Latitude*", "Longitude*", "Zoom*", "Text*"]


def test_its_media_are_wagtails_struct_block_leaflet_and_the_picker():
    from wagtail.admin.telepath import JSContext

    context = JSContext()
    context.pack(StoryPage._meta.get_field("body").stream_block)
    scripts = [str(path) for path in context.media._js]
    styles = [str(path) for path in context.media._css["all"]]
    assert sum("leaflet.js" in path for path in scripts) == 1
    assert scripts.index("vendor/leaflet/leaflet.js") < scripts.index("js/map-chapter-picker.js")
    assert any(
        "telepath/blocks.js" in path
        for path in scripts[: scripts.index("js/map-chapter-picker.js")]
    )
    for path in ["vendor/leaflet/leaflet.js", "js/map-chapter-picker.js"]:
        assert finders.find(path), path
    for path in ["vendor/leaflet/leaflet.css", "css/map-chapter-picker.css"]:
        assert path in styles and finders.find(path), path


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "story-editor", "story-editor@example.org", "pw-story-editor-12345"
    )


def test_the_story_editor_loads_leaflet_once_with_the_picker(client, indexes, kerio, editor):
    story = make_story(indexes["en"], landscape=kerio, body=CHAPTERS)
    client.force_login(editor)
    response = client.get(f"/admin/pages/{story.pk}/edit/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content.decode(), "html.parser")
    scripts = [tag["src"] for tag in page.find_all("script", src=True)]
    assert sum("leaflet" in src for src in scripts) == 1  # Leaflet alone, once: no Geoman here
    assert any(src.endswith("js/map-chapter-picker.js") for src in scripts)
    # The chapters' definition is the picker's, which Wagtail's script draws in the browser.
    block = page.find(attrs={"data-controller": "w-block"})
    assert "stories.blocks.MapChapterBlock" in block["data-w-block-data-value"]
    assert "data-chapter-picker" in block["data-w-block-data-value"]


def block_state(html):
    """The StreamField's value and errors as the admin hands them to its script."""
    block = BeautifulSoup(html, "html.parser").find(attrs={"data-controller": "w-block"})
    return json.loads(block["data-w-block-arguments-value"])


@pytest.mark.parametrize(
    ("field", "typed"),
    [("latitude", "95"), ("latitude", "-90.5"), ("longitude", "181"), ("longitude", "-200")],
)
def test_a_chapter_out_of_range_is_refused_and_kept_as_typed(
    client, indexes, kerio, editor, field, typed
):
    from tests.network.test_permissions import editor_form_data

    story = make_story(indexes["en"], landscape=kerio, body=CHAPTERS)
    client.force_login(editor)
    data = editor_form_data(story, editor)
    assert data["body-0-type"] == "map_chapter"
    data[f"body-0-value-{field}"] = typed
    data["body-0-value-place_name"] = "Kerio gorge"
    response = client.post(f"/admin/pages/{story.pk}/edit/", data)
    assert response.status_code == 200  # the form again, with its error
    value, errors = block_state(response.content.decode())
    chapter_value = value[0]["value"]
    assert float(chapter_value[field]) == float(typed)
    assert chapter_value["place_name"] == "Kerio gorge"
    [message] = errors["blockErrors"]["0"]["blockErrors"][field]["messages"]
    assert "less than or equal" in message or "greater than or equal" in message
    story.refresh_from_db()
    assert story.get_latest_revision_as_object().body[0].value[field] in (0.6, 35.6)


def test_a_chapter_in_range_is_saved_as_typed(client, indexes, kerio, editor):
    from tests.network.test_permissions import editor_form_data

    story = make_story(indexes["en"], landscape=kerio, body=CHAPTERS)
    client.force_login(editor)
    data = editor_form_data(story, editor)
    data.update({"body-0-value-latitude": "-33.9", "body-0-value-longitude": "18.4"})
    data["body-0-value-zoom"] = "11"
    response = client.post(f"/admin/pages/{story.pk}/edit/", data)
    assert response.status_code == 302
    story.refresh_from_db()
    saved = story.get_latest_revision_as_object().body[0].value
    assert (saved["latitude"], saved["longitude"], saved["zoom"]) == (-33.9, 18.4, 11)
    # The stored value keeps its shape: no field more, none less.
    assert set(saved.keys()) == {"title", "place_name", "latitude", "longitude", "zoom", "text"}
