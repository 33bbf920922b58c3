"""The middle of a detail page is rendered once per content version and kept for every visitor
(website/templatetags/kept_fragments.py): the same for a visitor signed in or not, never stale
after a publish, never what a preview shows."""

import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file_jpeg

from learning.factories import make_catalog, make_course, make_institution
from library.factories import make_library_index, make_resource
from network.factories import make_expert, make_landscape, make_organisation
from stories.factories import make_story, make_story_index
from tests.queries import queries_and_response
from tests.worlds import (  # noqa: F401 (fixtures)
    directory_site_world,
    shared_directory_site,
    shared_homes,
    shared_themes,
)

pytestmark = pytest.mark.django_db


def kept_pages(directory_site, homes):
    """A page of each kind whose middle is kept: {kind: page}."""
    en = directory_site["en"]
    catalog = make_catalog(homes)
    return {
        "landscape": make_landscape(en["landscapes"], summary="Terraces and springs."),
        "organisation": make_organisation(en["organisations"], summary="Terraces and springs."),
        "expert": make_expert(en["experts"], headline="Terraces and springs."),
        "course": make_course(make_institution(catalog["en"]), summary="Terraces and springs."),
        "story": make_story(make_story_index(homes)["en"], standfirst="Terraces and springs."),
        "resource": make_resource(make_library_index(homes)["en"], summary="Terraces and springs."),
    }


def article(html):
    """The text of the page's <article>, where the kept part is (the head repeats a summary)."""
    return BeautifulSoup(html, "html.parser").find("article").get_text(" ", strip=True)


SUMMARY_FIELD = {
    "landscape": "summary",
    "organisation": "summary",
    "expert": "headline",
    "course": "summary",
    "story": "standfirst",
    "resource": "summary",
}


@pytest.mark.parametrize("kind", list(SUMMARY_FIELD))
def test_a_publish_shows_at_once_signed_in_or_not(client, directory_site, homes, kind, admin_user):
    page = kept_pages(directory_site, homes)[kind]
    signed_in = type(client)()
    signed_in.force_login(admin_user)
    for visitor in (client, signed_in):
        assert "Terraces and springs." in article(visitor.get(page.url).text)

    setattr(page, SUMMARY_FIELD[kind], "Mangroves and fisheries, together.")
    page.save_revision().publish()

    for visitor in (client, signed_in):
        text = article(visitor.get(page.url).text)
        assert "Mangroves and fisheries, together." in text
        assert "Terraces and springs." not in text


@pytest.mark.parametrize("kind", list(SUMMARY_FIELD))
def test_a_preview_shows_its_draft_not_the_kept_page(client, directory_site, homes, kind):
    page = kept_pages(directory_site, homes)[kind]
    client.get(page.url)  # its middle is kept now

    draft = type(page).objects.get(pk=page.pk)
    setattr(draft, SUMMARY_FIELD[kind], "A summary nobody published.")
    preview = draft.make_preview_request()

    assert "A summary nobody published." in article(preview.content.decode())
    assert "A summary nobody published." not in article(client.get(page.url).text)


# Made again, a page runs these queries: the page itself, on its kept route (website/structure.py),
# and a resource's download count, which is shown as it is.
KEPT_PAGE_QUERIES = dict.fromkeys(SUMMARY_FIELD, 1) | {"resource": 2}


@pytest.mark.parametrize("kind", list(SUMMARY_FIELD))
def test_a_kept_page_runs_only_the_query_for_itself(client, directory_site, homes, kind):
    """Its middle, its head's share image and schema.org data (its authors, sessions, files) and
    its language links are not asked for again."""
    page = kept_pages(directory_site, homes)[kind]
    first = article(client.get(page.url).text)
    queries, again = queries_and_response(client, page.url)

    assert article(again.text) == first
    assert queries == KEPT_PAGE_QUERIES[kind]


@pytest.mark.parametrize("kind", list(SUMMARY_FIELD))
def test_the_kept_head_follows_a_publish(client, directory_site, homes, kind):
    page = kept_pages(directory_site, homes)[kind]
    client.get(page.url)

    page.title = "Mangroves and fisheries"
    page.save_revision().publish()

    head = BeautifulSoup(client.get(page.url).text, "html.parser").head
    assert head.find("meta", property="og:title")["content"] == "Mangroves and fisheries"
    assert "Mangroves and fisheries" in head.find("script", type="application/ld+json").string


def test_an_image_given_a_new_file_shows_at_once(client, directory_site, homes):
    """A new file gives an image new renditions and the old ones go: the kept page follows."""
    image = get_image_model().objects.create(
        title="Terraces at dawn", file=get_test_image_file_jpeg("terraces.jpg", colour="olive")
    )
    page = make_landscape(
        directory_site["en"]["landscapes"], image=image, image_description="Terraces at dawn"
    )
    before = image_sources(client.get(page.url).text)

    image.file = get_test_image_file_jpeg("terraces-retaken.jpg", colour="teal")
    image.save()
    image.renditions.all().delete()
    after = image_sources(client.get(page.url).text)

    assert before and after and before.isdisjoint(after)
    assert all("terraces-retaken" in source for source in after)


def image_sources(html):
    article = BeautifulSoup(html, "html.parser").find("article")
    return {
        source
        for element in article.find_all(["img", "source"])
        for source in (element.get("src"), element.get("srcset"))
        if source
    }
