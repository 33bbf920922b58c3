"""An image whose file is missing, corrupt or cut short: the pages that show it answer 200
without it (no broken placeholder, no 500), and say which image it was in the log.

The files are really broken in storage (deleted, overwritten, truncated), and the pages are
rendered as a visitor gets them: the landscape's profile and the directory that lists it, the
story and the stories index, and the Terraso export. Before website/images.py, Wagtail printed
<img src="/media/not-found" width="0"> for a missing file, and every one of these pages
answered 500 for a corrupt one (and the story and the export for a missing one too)."""

import logging
import re

import pytest
from django.template import Context, Engine, engines
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file_jpeg

from network.factories import make_landscape
from stories.factories import make_story, make_story_index
from website.templatetags import tolerant_images as tolerant

pytestmark = pytest.mark.django_db


def break_file(image, damage):
    path = image.file.path
    if damage == "missing":
        image.file.storage.delete(image.file.name)
    elif damage == "corrupt":
        with open(path, "wb") as stream:
            stream.write(b"<html>not an image</html>" * 50)
    else:  # truncated, as by a copy that stopped halfway
        with open(path, "rb") as stream:
            start = stream.read(300)
        with open(path, "wb") as stream:
            stream.write(start)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def test_a_broken_image_is_left_out_of_every_page_that_shows_it(
    client, directory_site, media, caplog
):
    en = directory_site["en"]
    stories = make_story_index({code: pages["home"] for code, pages in directory_site.items()})
    sound = get_image_model().objects.create(
        title="Sound", file=get_test_image_file_jpeg("sound.jpg")
    )
    make_landscape(en["landscapes"], title="Sound Valley", image=sound)
    pages = {}
    for damage in ("missing", "corrupt", "truncated"):
        image = get_image_model().objects.create(
            title=f"Broken {damage}", file=get_test_image_file_jpeg(f"{damage}.jpg")
        )
        break_file(image, damage)
        landscape = make_landscape(en["landscapes"], title=f"{damage.title()} Hills", image=image)
        story = make_story(stories["en"], title=f"The {damage} photo", hero_image=image)
        pages[damage] = (landscape, story)

    with caplog.at_level(logging.WARNING, logger="website.images"):
        for damage, (landscape, story) in pages.items():
            for url in (landscape.url, story.url):
                response = client.get(url)
                html = response.content.decode()
                assert response.status_code == 200, (damage, url)
                assert f"{damage}." not in html  # no <img>, <source>, og:image or JSON-LD
                assert "not-found" not in html
                assert 'property="og:image"' not in html
            export = client.get(f"{landscape.url}json/")
            assert export.status_code == 200
            assert export.json()["name"] == f"{damage.title()} Hills"

        for url in (en["landscapes"].url, stories["en"].url):
            response = client.get(url)
            html = response.content.decode()
            assert response.status_code == 200, url
            assert "not-found" not in html
            for damage, (landscape, story) in pages.items():
                assert f"{damage}." not in html
                assert (landscape.title if url == en["landscapes"].url else story.title) in html
            if url == en["landscapes"].url:
                # The sound image is still shown beside the broken ones.
                assert re.search(r'<img[^>]+src="/media/images/sound\.[^"]+\.webp"', html)

    for damage in pages:
        assert f"Broken {damage}" in caplog.text


def test_a_sound_image_renders_exactly_as_wagtail_renders_it(media):
    """Our tags replace Wagtail's under its own library name; for an image that is fine, they
    must print what Wagtail's print."""
    image = get_image_model().objects.create(
        title="Terraces", file=get_test_image_file_jpeg("terraces.jpg")
    )
    source = (
        "{% load wagtailimages_tags %}"
        '{% image img fill-480x270 format-webp loading="lazy" alt="" class="card" %}|'
        "{% srcset_image img width-{320,640} sizes='50vw' alt='x' %}|"
        "{% picture img format-{avif,webp,jpeg} fill-{480x270,960x540} sizes='100vw' alt='' %}|"
        "{% image img fill-1200x630 format-jpeg as og %}{{ og.url }} {{ og.width }}"
    )
    ours = engines["django"].from_string(source).render({"img": image})
    wagtails = (
        Engine(libraries={"wagtailimages_tags": "wagtail.images.templatetags.wagtailimages_tags"})
        .from_string(source)
        .render(Context({"img": image}))
    )
    assert engines["django"].engine.template_libraries["wagtailimages_tags"] is tolerant.register
    assert ours == wagtails
    assert ours.count("/media/images/terraces.") > 6
