"""Privacy follows a page into every language and every listing (website/translation_privacy.py):
restricting the English landscape restricts its Spanish translation too, for the page itself,
/sitemap.xml, the API and search; a translation made later starts restricted; lifting the
restriction lifts it everywhere; deleting the English page leaves the Spanish one private. And no
facet or listing names a private page when its slug is passed.

The site is built once for the module inside a transaction rolled back at the end (the pattern
of tests/network/test_permissions.py)."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, PageViewRestriction

from learning.factories import make_catalog, make_course, make_institution, session
from network.factories import make_directory_site, make_landscape
from stories.factories import make_story, make_story_index
from tests.worlds import module_world
from website.factories import translate_page

pytestmark = pytest.mark.django_db


def build_world():
    sites = make_directory_site()
    homes = {language: site["home"] for language, site in sites.items()}
    landscapes = sites["en"]["landscapes"]
    quiet = make_landscape(landscapes, title="Quiet Hills", slug="quiet-hills")
    open_plains = make_landscape(landscapes, title="Open Plains", slug="open-plains")
    later = make_landscape(landscapes, title="Later Marsh", slug="later-marsh")
    stories = make_story_index(homes)
    make_story(stories["en"], title="Voices of the hills", landscape=quiet)
    make_story(stories["en"], title="Voices of the plains", landscape=open_plains)
    catalog = make_catalog(homes)["en"]
    closed_school = make_institution(catalog, title="Closed Circle Academy", slug="closed-circle")
    make_course(closed_school, title="Members course", sessions=[session(10)])
    open_school = make_institution(catalog, title="Open Field School", slug="open-field")
    make_course(open_school, title="Everyone course", sessions=[session(12)])
    return {
        "sites": sites,
        "quiet": quiet,
        "quiet_es": translate_page(quiet, "es"),
        "open_es": translate_page(open_plains, "es"),
        "later": later,
        "closed_school": closed_school,
        "catalog": catalog,
        "stories": stories["en"],
    }


world = module_world(build_world)


def restrict(page, restriction_type=PageViewRestriction.LOGIN, **fields):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, **fields
    )


def assert_private(client, page):
    """Anonymous visitors are sent to sign in, or asked for the password; never shown it."""
    response = client.get(page.url)
    if response.status_code == 302:
        assert "login" in response["Location"]
    else:
        assert 'type="password"' in response.content.decode()
        assert page.specific.summary not in response.content.decode()


def test_restricting_a_page_restricts_its_translations_everywhere(client, world):
    quiet_es, open_es = world["quiet_es"], world["open_es"]
    assert client.get(quiet_es.url).status_code == 200

    restrict(world["quiet"])

    assert_private(client, quiet_es)
    sitemap = client.get("/sitemap.xml").content.decode()
    assert open_es.full_url in sitemap
    assert "quiet-hills" not in sitemap
    api = client.get("/api/v2/pages/", {"locale": "es", "type": "network.LandscapePage"}).json()
    assert {item["id"] for item in api["items"]} == {open_es.pk}
    # An API 404 is sent on to the language-prefixed 404 (tests/RELIABILITY.md).
    assert client.get(f"/api/v2/pages/{quiet_es.pk}/", follow=True).status_code == 404
    assert open_es.url in client.get("/es/search/", {"q": "Plains"}).content.decode()
    assert quiet_es.url not in client.get("/es/search/", {"q": "Hills"}).content.decode()


def test_lifting_the_restriction_opens_every_language_again(client, world):
    restriction = restrict(world["quiet"])
    assert_private(client, world["quiet_es"])

    restriction.delete()

    assert client.get(world["quiet_es"].url).status_code == 200
    assert world["quiet_es"].url in client.get("/sitemap.xml").content.decode()


def test_a_password_or_groups_change_follows_into_the_translation(client, world):
    partners = Group.objects.create(name="Partners")
    restriction = restrict(world["quiet"], PageViewRestriction.GROUPS)
    restriction.groups.add(partners)

    copy = PageViewRestriction.objects.get(page=world["quiet_es"])
    assert (copy.restriction_type, list(copy.groups.all())) == ("groups", [partners])

    restriction.restriction_type = PageViewRestriction.PASSWORD
    restriction.password = "hills-2030"
    restriction.save()
    restriction.groups.clear()

    copy = PageViewRestriction.objects.get(page=world["quiet_es"])
    assert (copy.restriction_type, copy.password, copy.groups.count()) == (
        "password",
        "hills-2030",
        0,
    )
    assert_private(client, world["quiet_es"])


def test_a_translation_made_later_starts_private(client, world):
    restrict(world["later"])

    later_es = translate_page(world["later"], "es")

    assert_private(client, later_es)
    assert PageViewRestriction.objects.filter(page=later_es).count() == 1
    assert "later-marsh" not in client.get("/sitemap.xml").content.decode()


def test_deleting_the_page_leaves_its_translation_private(client, world):
    restrict(world["quiet"])

    Page.objects.get(pk=world["quiet"].pk).delete()

    assert_private(client, world["quiet_es"])


def test_a_translation_alone_neither_opens_nor_closes_its_source(client, world):
    """Translators may set privacy in their language's tree: what they do there must not open a
    private English page, nor close a public one. A translation's privacy is its source's."""
    restrict(world["quiet"])

    PageViewRestriction.objects.filter(page=world["quiet_es"]).delete()

    assert_private(client, world["quiet_es"])
    assert_private(client, world["quiet"])

    open_plains = Page.objects.get(slug="open-plains", locale__language_code="en")
    restrict(world["open_es"])

    assert client.get(open_plains.url).status_code == 200
    assert client.get(world["open_es"].url).status_code == 200
    assert not PageViewRestriction.objects.filter(page__slug="open-plains").exists()


def test_a_private_page_first_written_in_spanish_stays_private_in_english(client, world):
    """The source is the page translated from, not the default language's: translating a private
    Spanish page into English must neither open it nor leave the English one public."""
    spanish_index = world["quiet_es"].get_parent()
    written_in_spanish = make_landscape(spanish_index, title="Sierra Callada", slug="sierra")
    restrict(written_in_spanish)

    in_english = translate_page(written_in_spanish, "en")

    assert_private(client, written_in_spanish)
    assert_private(client, in_english)


def test_a_private_landscape_gives_no_facet_label_to_the_stories(client, world):
    restrict(world["quiet"])

    html = client.get(world["stories"].url, {"landscape": "quiet-hills"}).content.decode()

    assert "Quiet Hills" not in html
    assert "Open Plains" in html  # the facet still names the public landscape


def test_a_private_institution_gives_no_facet_label_to_the_catalog(client, world):
    restrict(world["closed_school"])

    html = client.get(world["catalog"].url, {"institution": "closed-circle"}).content.decode()

    assert "Closed Circle Academy" not in html
    assert "Members course" not in html
    assert "Open Field School" in html


def test_the_home_page_lists_no_session_of_a_private_course(client, world):
    assert "Members course" in client.get("/en/").content.decode()

    restrict(world["closed_school"])

    html = client.get("/en/").content.decode()
    assert "Members course" not in html
    assert "Everyone course" in html


def test_restrictions_set_before_are_copied_by_the_command(client, world):
    # A restriction from before privacy followed translations (bulk_create sends no signal).
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=world["quiet"], restriction_type=PageViewRestriction.LOGIN)]
    )
    assert client.get(world["quiet_es"].url).status_code == 200

    call_command("sync_translation_privacy", stdout=io.StringIO())

    assert_private(client, world["quiet_es"])
