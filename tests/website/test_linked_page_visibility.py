"""A page that links to another page never shows one that nobody may see: an unpublished page, a
draft still under review, a login-only or password-protected page. Through the API's nested
fields (`?fields=organisation(*)`), and on public pages: course instructors and story authors
(PersonBlock choosers), their JSON-LD, an expert's card in the directory, a call to action.

The pages are built once for the module inside a transaction rolled back at the end (the pattern
of tests/network/test_permissions.py)."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from learning.factories import make_catalog, make_course, make_institution
from network.factories import make_expert, make_organisation
from network.models import ExpertIndexPage, ExpertPage, OrganisationIndexPage
from stories.factories import make_story, make_story_index
from tests.worlds import module_world
from website.factories import make_site, make_standard_page

pytestmark = pytest.mark.django_db


def _index(home, model, slug):
    index = home.add_child(instance=model(title=slug.title(), slug=slug))
    index.save_revision().publish()
    return index


def _draft_expert(index, title):
    """A profile an expert has written and submitted, never approved: a draft, not live."""
    page = index.add_child(
        instance=ExpertPage(
            title=title,
            slug=title.lower().replace(" ", "-"),
            headline="Hydrologist",
            locale=index.locale,
            live=False,
        )
    )
    page.save_revision()
    return page


def _login_only(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


def build_world():
    homes = make_site(languages=["en"])
    organisations = _index(homes["en"], OrganisationIndexPage, "organisations")
    experts = _index(homes["en"], ExpertIndexPage, "experts")
    public_org = make_organisation(
        organisations, title="Open Rivers Trust", website="https://open.example.org"
    )
    unpublished_org = make_organisation(
        organisations,
        title="Hidden Delta Fund",
        summary="Unpublished summary",
        website="https://hidden.example.org",
    )
    unpublished_org.unpublish()
    private_org = _login_only(
        make_organisation(
            organisations,
            title="Members Only Alliance",
            summary="Members-only summary",
            website="https://members.example.org",
        )
    )
    with_unpublished = make_expert(experts, title="Eva Unpub", organisation=unpublished_org)
    with_private = make_expert(experts, title="Pia Private", organisation=private_org)
    with_public = make_expert(experts, title="Olu Public", organisation=public_org)
    draft = _draft_expert(experts, "Dana Draftonly")
    restricted = _login_only(make_expert(experts, title="Rita Restricted"))

    people = [
        ("instructor", {"expert": person, "name": ""})
        for person in (draft, restricted, with_public)
    ]
    institution = make_institution(make_catalog(homes)["en"], title="Andes School")
    course = make_course(institution, title="Watershed care", instructors=people)
    story = make_story(
        make_story_index(homes)["en"],
        title="River voices",
        authors=[("author", value) for _kind, value in people],
    )
    call_to_action = {
        "title": "Meet the team",
        "text": "",
        "page": draft,
        "url": "",
        "button_label": "Meet them",
    }
    about = make_standard_page(
        homes["en"], title="About us", body=[("call_to_action", call_to_action)]
    )
    return {
        "experts": experts,
        "with_unpublished": with_unpublished.pk,
        "with_private": with_private.pk,
        "with_public": with_public.pk,
        "course": course.url,
        "story": story.url,
        "about": about.url,
        "draft": draft,
    }


world = module_world(build_world)


def json_ld(html):
    start = html.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    return json.loads(html[start : html.index("</script>", start)])


HIDDEN = ["Hidden Delta Fund", "Unpublished summary", "hidden.example.org"]
PRIVATE = ["Members Only Alliance", "Members-only summary", "members.example.org"]


@pytest.mark.parametrize(
    ("expert", "secrets"), [("with_unpublished", HIDDEN), ("with_private", PRIVATE)]
)
def test_the_api_nests_no_organisation_that_is_unpublished_or_private(
    client, world, expert, secrets
):
    response = client.get(f"/api/v2/pages/{world[expert]}/", {"fields": "organisation(*)"})

    assert response.status_code == 200
    assert response.json()["organisation"] is None
    for secret in secrets:
        assert secret not in response.content.decode()


def test_the_api_nests_a_public_organisation(client, world):
    response = client.get(f"/api/v2/pages/{world['with_public']}/", {"fields": "organisation(*)"})

    organisation = response.json()["organisation"]
    assert organisation["title"] == "Open Rivers Trust"
    assert organisation["website"] == "https://open.example.org"


def test_the_api_listing_nests_no_hidden_organisation(client, world):
    response = client.get(
        "/api/v2/pages/", {"type": "network.ExpertPage", "fields": "organisation(title,summary)"}
    )

    organisations = {item["id"]: item["organisation"] for item in response.json()["items"]}
    assert organisations[world["with_unpublished"]] is None
    assert organisations[world["with_private"]] is None
    assert organisations[world["with_public"]]["title"] == "Open Rivers Trust"
    # The hidden draft and the private expert are not listed themselves either.
    assert len(organisations) == 3


def restriction_reads(client, url):
    """How many queries a second request for `url` runs, and how many of them read view
    restrictions (what deciding visibility costs)."""
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    sqls = [query["sql"] for query in context.captured_queries]
    return len(sqls), sum("wagtailcore_pageviewrestriction" in sql for sql in sqls)


def test_deciding_whether_nested_pages_show_costs_no_query_each(client, world):
    """Visibility is read once a request, not asked of each nested page. (Wagtail's serializer
    itself fetches each nested page and its locale: two queries an item, upstream.)"""
    url = "/api/v2/pages/?type=network.ExpertPage&fields=organisation(title)"
    total_before, visibility_before = restriction_reads(client, url)
    organisations = OrganisationIndexPage.objects.get()
    for number in range(4):
        organisation = make_organisation(organisations, title=f"River Trust {number}")
        make_expert(world["experts"], title=f"Expert {number}", organisation=organisation)

    total_after, visibility_after = restriction_reads(client, url)

    assert visibility_after == visibility_before
    assert total_after - total_before <= 2 * 4
    assert len(client.get(url).json()["items"]) == 7


def test_a_course_names_no_draft_or_private_instructor(client, world):
    html = client.get(world["course"]).content.decode()

    assert "Olu Public" in html
    for hidden in ("Dana Draftonly", "dana-draftonly", "Rita Restricted", "rita-restricted"):
        assert hidden not in html  # neither the page nor its JSON-LD


def test_a_story_credits_no_draft_or_private_author(client, world):
    html = client.get(world["story"]).content.decode()

    [author] = json_ld(html)["author"]
    assert author["name"] == "Olu Public"
    assert author["url"].startswith("http://testserver/en/experts/")  # their profile
    for hidden in ("Dana Draftonly", "dana-draftonly", "Rita Restricted", "rita-restricted"):
        assert hidden not in html


def test_an_expert_card_names_no_hidden_organisation(client, world):
    html = client.get(world["experts"].url).content.decode()

    assert "Open Rivers Trust" in html
    assert "Hidden Delta Fund" not in html
    assert "Members Only Alliance" not in html


def test_a_call_to_action_does_not_link_to_a_draft(client, world):
    html = client.get(world["about"]).content.decode()

    assert "Meet the team" in html
    assert "dana-draftonly" not in html
    assert "Meet them" not in html  # no button that would lead to a 404


def test_a_published_profile_is_linked_once_approved(client, world):
    draft = ExpertPage.objects.get(pk=world["draft"].pk)
    draft.get_latest_revision().publish()

    assert "Dana Draftonly" in client.get(world["course"]).content.decode()
    assert 'href="/en/experts/dana-draftonly/"' in client.get(world["about"]).content.decode()
