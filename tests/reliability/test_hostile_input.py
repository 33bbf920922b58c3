"""Hostile input: generated GET parameters, paths and form posts (SQL and HTML injection, path
traversal, huge values, invalid UTF-8, null bytes, wrong types, repeated and missing fields)
against every public endpoint that tests/search/test_fuzz.py does not already cover (it covers
the site search, autocomplete and the directories' and catalog's filters). Nothing may answer
500, nothing sent may come back as markup that would run, and hostile parameters may not make a
page run more queries than a fixed bound.

The test client raises whatever a view lets through, so a failure shows its traceback; hypothesis
prints the example. FUZZ_EXAMPLES sets the examples per property (200 here by default). Each form
example comes from an address of its own with the cache emptied, so that the handlers are tested
rather than the rate limits and lockouts, which have tests of their own below (a 429, never a
500). What this found and what was fixed is in tests/RELIABILITY.md, "Hostile input"."""

import html
import logging
from urllib.parse import quote, urlsplit

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone
from django.utils.http import MAX_URL_REDIRECT_LENGTH, url_has_allowed_host_and_scheme
from django_countries import countries
from hypothesis import given
from hypothesis import strategies as st
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file_jpeg

from network.factories import make_landscape
from network.models import ContactMessage
from stories.factories import make_story
from stories.models import StoryIndexPage
from tests.reliability.hostile import (
    MARKER,
    SCRIPT_EMAIL,
    assert_answered,
    assert_example_answered,
    assert_nothing_reflected,
    form_posts,
    fresh_address,
    fuzz,
    hostile_bytes,
    hostile_text,
    is_json,
    query_strings,
)
from tests.search.pages import make_network
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401
from website.languages import SPOKEN_LANGUAGES
from website.settings import base

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
PASSWORD = "a-long-and-rare-password-41"
EMAIL = "amina@example.org"


@pytest.fixture
def site(directory_site, themes, settings, tmp_path):
    """A small network of every kind of page (tests/search/pages.py), a story of a landscape,
    an image and a document for the API."""
    settings.MEDIA_ROOT = tmp_path
    network = make_network(directory_site, themes)
    network.mangrove_coast.slug = "mangrove-coast"  # a value of the stories' landscape facet
    network.mangrove_coast.save()
    network.story_of_landscape = make_story(
        StoryIndexPage.objects.get(locale__language_code="en"),
        title="Mangroves come back",
        landscape=network.mangrove_coast,
        countries=["KE"],
        returns=["natural"],
        themes=[themes["water"]],
    )
    get_image_model().objects.create(
        title="Mangrove nursery", file=get_test_image_file_jpeg("nursery.jpg")
    )
    get_document_model().objects.create(
        title="Annual report", file=ContentFile(b"Annual report.\n", name="report.txt")
    )
    return network


@pytest.fixture
def account(db):
    """Someone who may sign in to the site and to the admin."""
    user = get_user_model().objects.create_superuser("amina", EMAIL, PASSWORD)
    EmailAddress.objects.create(user=user, email=EMAIL, verified=True, primary=True)
    return user


def post_from_a_new_address(url, post):
    """A form post as a first-time visitor: no counter of any limit has seen this address."""
    cache.clear()
    return Client(REMOTE_ADDR=fresh_address()).post(url, **post["kwargs"])


def assert_kept(response, post, field):
    """What was typed in `field` is in the page again, escaped (when the body carried it as
    typed and it is a value that a text box shows as it is)."""
    if post["encoding"] not in ("multipart", "urlencoded") or field not in post["values"]:
        return
    typed = post["values"][field][-1]
    if typed and typed == typed.strip() and typed.isprintable() and len(typed) <= 100:
        assert html.escape(typed) in response.content.decode(), typed


# GET parameters -------------------------------------------------------------------------------

DIRECTORY_FILTERS = ["q", "theme", "country", "region", "status", "ecosystem", "sdg", "support"]
STORY_FILTERS = ["q", "theme", "country", "landscape", "return", "sdg", "sort", "page"]
FILTER_VALUES = ["water", "restoration", "KE", "TZ", "africa", "natural", "mangrove-coast", "2"]


@fuzz()
@given(
    language=st.sampled_from(LANGUAGES),
    query=query_strings(STORY_FILTERS, FILTER_VALUES),
)
def test_the_stories_index_answers_any_filters(client, site, language, query):
    response = client.get(f"/{language}/stories/?{query}")
    assert_example_answered(response)
    assert response.status_code == 200


@fuzz()
@given(
    language=st.sampled_from(LANGUAGES),
    query=query_strings([*DIRECTORY_FILTERS, "sort", "page"], FILTER_VALUES),
)
def test_the_landscape_map_answers_any_filters(client, site, language, query):
    response = client.get(f"/{language}/landscapes/map/?{query}")
    assert_example_answered(response)
    assert response.status_code == 200
    assert response.json()["type"] == "FeatureCollection"


def other_get_endpoints(site, language):
    """{name: (URL, answers it may give)} of the public GETs that are neither pages with filters
    nor the API."""
    landscape, course = site.mangrove_coast.url, site.course.url
    return {
        "geojson": ("/api/landscapes.geojson", {200, 400}),
        "catalog calendar": (f"/{language}/learning/sessions.ics", {200}),
        # The course is in English only.
        "course calendar": (f"/{language}{course[3:]}sessions.ics", {200, 404}),
        "stories feed": (f"/{language}/stories/feed/", {200}),
        "courses feed": (f"/{language}/learning/feed/", {200}),
        "sitemap": ("/sitemap.xml", {200, 404}),  # ?p= past the last page is a 404
        "landscape export": (f"{landscape}json/", {200}),
        "landscape profile": (landscape, {200}),  # ?contact=sent after a message
        "my profile, signed out": (f"/{language}/my-profile/", {302}),
        "robots.txt": ("/robots.txt", {200}),
        "choose a language": ("/", {302}),
    }


@fuzz()
@given(
    endpoint=st.sampled_from(
        [
            "geojson",
            "catalog calendar",
            "course calendar",
            "stories feed",
            "courses feed",
            "sitemap",
            "landscape export",
            "landscape profile",
            "my profile, signed out",
            "robots.txt",
            "choose a language",
        ]
    ),
    language=st.sampled_from(LANGUAGES),
    query=query_strings(
        ["lang", "p", "contact", "next", "page", "format"], ["en", "es", "xx", "sent", "2", "1"]
    ),
)
def test_feeds_calendars_exports_and_redirects_answer_any_parameters(
    client, site, endpoint, language, query
):
    url, answers = other_get_endpoints(site, language)[endpoint]
    response = client.get(f"{url}?{query}")
    assert_example_answered(response)
    if 302 in answers and len(f"{url}?{query}") > MAX_URL_REDIRECT_LENGTH // 3:
        # A redirect that carries the address along (?next=) may pass Django's limit on a
        # Location (each character percent-encoded takes three): it answers 400 instead.
        answers = {*answers, 400}
    assert response.status_code in answers
    if response.status_code == 302:
        # Never off the site, whatever ?next= said. (url_has_allowed_host_and_scheme refuses
        # any address over 2,048 characters, which is no judgement on where it leads.)
        location = urlsplit(response["Location"])
        assert location.scheme in ("", "http") and location.netloc in ("", "testserver")
        assert not response["Location"].startswith(("//", "/\\"))


API_PARAMETERS = [
    "type",
    "fields",
    "limit",
    "offset",
    "search",
    "search_operator",
    "order",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "locale",
    "site",
    "html_path",
    "id",
    "title",
    "slug",
    "show_in_menus",
    "first_published_at",
    "area_hectares",
    "centre_latitude",
    "publication_date",
    "countries",
    "tags",
    "format",
    "rich_text_format",
]
API_VALUES = [
    "network.LandscapePage",
    "stories.StoryPage",
    "learning.CoursePage",
    "wagtailcore.Page",
    "*",
    "-title",
    "title,summary",
    "_,id",
    "image(*)",
    "themes(*)",
    "random",
    "-first_published_at",
    "en",
    "es",
    "and",
    "or",
    "json",
    "api",
    "20",
    "21",
    "10000000",
    "0",
    "1",
    "true",
    "mangrove",
    "/en/landscapes/",
    "2026-01-01",
]
api_listings = st.sampled_from(["pages/", "images/", "documents/"])
api_paths = st.one_of(
    api_listings,
    api_listings,
    api_listings,
    st.sampled_from(["pages/find/", "images/find/", "documents/find/"]),
    st.tuples(
        st.sampled_from(["pages", "images", "documents"]),
        st.one_of(st.integers(-5, 10**30), hostile_text.map(lambda text: quote(text, safe=""))),
    ).map(lambda pair: f"{pair[0]}/{pair[1]}/"),
)


# The API refuses an unknown parameter before it reads any other: junk names would stop there.
# The operations come up more often than the field filters.
@fuzz()
@given(
    path=api_paths,
    query=query_strings(
        [*API_PARAMETERS, *API_PARAMETERS[:6], *API_PARAMETERS[:6]],
        API_VALUES,
        unknown_names=False,
        pairs=5,
    ),
)
def test_the_wagtail_api_answers_any_parameters(client, site, path, query):
    response = client.get(f"/api/v2/{path}?{query}")
    assert_example_answered(response)
    if response.status_code == 400 and is_json(response):
        assert response.json()["message"]


API_OPERATIONS = {
    "fields": ["*", "_,id", "-title", "title,summary", "image(*)", "themes(*)", "parent(*)"],
    "order": ["title", "-first_published_at", "random", "id"],
    "search": ["mangrove", 'mangrove"coast', "Chocó"],
    "limit": ["0", "1", "20"],
    "offset": ["0", "1", "9223372036854775807"],
}


@fuzz(0.5)
@given(
    page_type=st.sampled_from(
        ["network.LandscapePage", "stories.StoryPage", "learning.CoursePage", "wagtailcore.Page"]
    ),
    typical=st.fixed_dictionaries(
        {name: st.sampled_from(values) for name, values in API_OPERATIONS.items()}
    ),
    operations=st.sets(st.sampled_from(sorted(API_OPERATIONS)), max_size=len(API_OPERATIONS)),
    hostile_operation=st.sampled_from(sorted(API_OPERATIONS)),
    value=st.one_of(hostile_text, st.integers().map(str)),
)
def test_the_wagtail_api_answers_any_value_of_its_operations(
    client, site, page_type, typical, operations, hostile_operation, value
):
    """A well-formed listing with one hostile value, so that the serialisers and the search run
    (the test above mostly meets the checks that come first)."""
    query = {"type": page_type, **{name: typical[name] for name in operations}}
    query[hostile_operation] = value
    if "order" in query and "offset" in query and query["order"] == "random":
        del query["offset"]  # refused together, whatever the values
    response = client.get("/api/v2/pages/", query)
    assert_example_answered(response)
    assert response.status_code in (200, 400)


path_segments = st.one_of(
    hostile_text.map(lambda text: quote(text, safe="")),
    hostile_bytes.map(lambda data: quote(data.decode("latin-1"), safe="", encoding="latin-1")),
    st.sampled_from(
        [
            "landscapes",
            "mangrove-coast",
            "stories",
            "learning",
            "experts",
            "organisations",
            "search",
            "accounts",
            "my-profile",
            "json",
            "map",
            "feed",
            "sessions.ics",
            "..",
            ".",
            "%2e%2e",
            "..%2f..%2fetc%2fpasswd",
            "%2f",
            "%00",
            "%ff",
            "%c0%ae%c0%ae",
            "a" * 3000,
        ]
    ),
)


@fuzz()
@given(
    prefix=st.sampled_from(
        [*(f"/{language}/" for language in LANGUAGES), "/", "/static/", "/documents/", "/admin/"]
    ),
    segments=st.lists(path_segments, min_size=1, max_size=6),
    slash=st.booleans(),
)
def test_any_path_answers_below_500(client, site, prefix, segments, slash):
    response = client.get(prefix + "/".join(segments) + ("/" if slash else ""))
    assert_example_answered(response)
    assert b"root:x:0:0" not in response.content  # /etc/passwd never served


# Forms ----------------------------------------------------------------------------------------


@fuzz(0.5)
@given(
    kind=st.sampled_from(["mangrove_coast", "delta_alliance", "amina"]),
    post=form_posts(
        ["name", "email", "message", "website"],
        typical={
            "name": ["Maria"],
            "email": ["maria@example.org", SCRIPT_EMAIL],
            "message": ["Can we visit in May?"],
            "website": [""],
        },
        huge_field="message",
    ),
)
def test_the_contact_form_answers_any_post(site, kind, post):
    page = getattr(site, kind)
    response = post_from_a_new_address(page.url, post)
    assert_example_answered(response)
    assert response.status_code in (302, 400)
    if response.status_code == 302:
        assert response["Location"] == f"{page.url}?contact=sent#contact"
    elif post["encoding"] != "broken-multipart":
        assert 'id="contact"' in response.content.decode()  # the page again, with its form
        assert_kept(response, post, "name")


@fuzz(0.5)
@given(
    language=st.sampled_from(LANGUAGES),
    post=form_posts(
        ["purpose", "email", "password1", "password2"],
        typical={
            "purpose": ["expert", "coordinate", "follow"],
            "email": ["new-expert@example.org", EMAIL.upper(), SCRIPT_EMAIL],
            "password1": [PASSWORD],
            "password2": [PASSWORD],
        },
    ),
)
def test_sign_up_answers_any_post(site, account, language, post):
    response = post_from_a_new_address(f"/{language}/accounts/signup/", post)
    assert_example_answered(response)
    assert response.status_code in (200, 302, 400)
    if response.status_code == 200:
        assert_kept(response, post, "email")


@fuzz(0.5)
@given(
    language=st.sampled_from(LANGUAGES),
    post=form_posts(
        ["login", "password", "remember", "next"],
        typical={"login": [EMAIL], "password": [PASSWORD], "next": ["/en/landscapes/"]},
    ),
)
def test_sign_in_answers_any_post(site, account, language, post):
    response = post_from_a_new_address(f"/{language}/accounts/login/", post)
    assert_sign_in_answered(response, post, "login")


@fuzz(0.5)
@given(
    post=form_posts(
        ["username", "password", "next"],
        typical={"username": ["amina"], "password": [PASSWORD], "next": ["/admin/pages/"]},
    ),
)
def test_the_admin_login_answers_any_post(site, account, post):
    response = post_from_a_new_address("/admin/login/", post)
    assert_sign_in_answered(response, post, "username")


def assert_sign_in_answered(response, post, name_field):
    """A sign-in form's answer: the form again with the name kept, or a redirect to this site."""
    assert_example_answered(response)
    assert response.status_code in (200, 302, 400)
    if response.status_code == 302:
        assert url_has_allowed_host_and_scheme(response["Location"], {"testserver"})
    elif response.status_code == 200:
        assert_kept(response, post, name_field)


off_site = st.sampled_from(
    [
        "//evil.example/",
        "https://evil.example/",
        "http:evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "javascript:alert(1)",
        "/%2f%2fevil.example",
        "https:/evil.example",
        " //evil.example",
        "\t//evil.example",
        "/en/landscapes/",
    ]
)


@fuzz(0.25)
@given(where=st.sampled_from(["site", "admin"]), next_url=st.one_of(off_site, hostile_text))
def test_signing_in_never_sends_anyone_off_site(site, account, where, next_url):
    cache.clear()
    client = Client(REMOTE_ADDR=fresh_address())
    if where == "site":
        response = client.post(
            f"/en/accounts/login/?next={quote(next_url, safe='')}",
            {"login": EMAIL, "password": PASSWORD, "next": next_url},
        )
    else:
        response = client.post(
            "/admin/login/", {"username": "amina", "password": PASSWORD, "next": next_url}
        )
    assert_example_answered(response)
    assert response.status_code == 302
    assert url_has_allowed_host_and_scheme(response["Location"], {"testserver"})


# Limits: the answer past them is a page, not an error -----------------------------------------


@pytest.fixture
def frozen_clock():
    """Limits count in windows of time; a run that crossed the end of one would start afresh."""
    with time_machine.travel(timezone.now(), tick=False):
        yield


def test_past_their_limits_the_forms_answer_429_never_500(site, frozen_clock):
    """Contact: 5 an hour; sign-up: 10 an hour; sign-in: 30 a minute (README, "Abuse limits")."""
    page = site.delta_alliance
    hostile_message = {"name": MARKER, "email": SCRIPT_EMAIL, "message": MARKER}
    for url, fields, limit, success in [
        (page.url, hostile_message, 5, 302),
        ("/en/accounts/signup/", {"email": MARKER, "password1": "x", "password2": "y"}, 10, 200),
        ("/en/accounts/login/", {"login": MARKER, "password": "a-wrong-guess"}, 30, 200),
    ]:
        client = Client(REMOTE_ADDR="203.0.113.10")
        answers = [client.post(url, fields) for _ in range(limit + 1)]
        for response in answers:
            assert_answered(response)
        assert [response.status_code for response in answers] == [success] * limit + [429], url
        # The form again, what was typed in it escaped.
        assert html.escape(MARKER) in answers[-1].content.decode(), url


def test_a_hostile_name_tried_too_often_pauses_signing_in_without_an_error(
    site, account, frozen_clock
):
    """The lockout after 5 wrong passwords for one account, whatever its name holds."""
    for url, login in [
        ("/en/accounts/login/", {"login": SCRIPT_EMAIL, "password": "x"}),  # a valid address
        ("/admin/login/", {"username": f"{MARKER}\u202e\x7f", "password": "x"}),
    ]:
        client = Client(REMOTE_ADDR="203.0.113.11")
        for _ in range(6):
            response = client.post(url, login)
            assert response.status_code == 200
            assert_nothing_reflected(response)
        assert "Too many failed sign-in attempts" in response.content.decode(), url


def test_a_body_over_the_upload_limit_is_a_400(site):
    """DATA_UPLOAD_MAX_MEMORY_SIZE (5 MB): Django refuses to read the form."""
    message = {"name": "Maria", "email": "maria@example.org", "message": "m" * 6_000_000}
    assert Client().post(site.amina.url, message).status_code == 400
    assert ContactMessage.objects.count() == 0


# No query runs unbounded ----------------------------------------------------------------------

EVERY_COUNTRY = "&".join(f"country={code}" for code, _name in countries)
EVERY_LANGUAGE = "&".join(f"language={code}" for code, _name in SPOKEN_LANGUAGES)
REPEATED = "&".join(["theme=water"] * 200 + ["country=KE"] * 200 + ["sdg=99"] * 200)
# (URL, status, queries at most). The bounds are what these ran on SQLite with thirty more
# landscapes and fifteen more stories than the small network has, and a margin; none grows with
# the number of pages (the API's listings give at most WAGTAILAPI_LIMIT_MAX, 20, items).
BOUNDED = [
    ("/api/v2/pages/?limit=10000000", 400, 5),
    ("/api/v2/pages/?limit=20&offset=9223372036854775807", 200, 12),
    ("/api/v2/pages/?offset=99999999999999999999", 400, 5),
    ("/api/v2/pages/?type=network.LandscapePage&fields=*&limit=20", 200, 40),
    ("/api/v2/pages/?fields=*&limit=20&order=-title", 200, 40),
    ("/api/v2/pages/?search=mangrove%20water&fields=*&limit=20", 200, 40),
    ("/api/v2/pages/?search=" + "w%20" * 300, 400, 5),
    ("/api/v2/images/?fields=*&limit=20", 200, 8),
    ("/en/stories/?page=999999999", 200, 40),
    (f"/en/stories/?{REPEATED}&{EVERY_COUNTRY}&page=-1", 200, 30),
    (f"/en/landscapes/?{EVERY_COUNTRY}&{REPEATED}&page=999999999", 200, 30),
    (f"/en/landscapes/map/?{EVERY_COUNTRY}&{REPEATED}", 200, 12),
    (f"/en/experts/?{EVERY_LANGUAGE}&{EVERY_COUNTRY}&page=abc", 200, 30),
    (f"/en/learning/?{EVERY_COUNTRY}&{REPEATED}&page=99999999", 200, 32),
    ("/api/landscapes.geojson?lang=en&lang=es&lang=" + "x" * 10_000, 400, 3),
    ("/api/landscapes.geojson?lang=en", 200, 8),
    ("/en/learning/sessions.ics?" + REPEATED, 200, 5),
    ("/en/stories/feed/?" + REPEATED, 200, 12),
    ("/sitemap.xml?p=1&p=2&p=" + "9" * 400, 404, 10),
]


def test_hostile_parameters_run_a_bounded_number_of_queries(
    client, site, directory_site, themes, django_assert_max_num_queries
):
    for _ in range(30):
        make_landscape(
            directory_site["en"]["landscapes"], themes=[themes["water"]], countries=["KE", "TZ"]
        )
    index = StoryIndexPage.objects.get(locale__language_code="en")
    for _ in range(15):
        make_story(index, themes=[themes["water"]], countries=["KE"], landscape=site.mangrove_coast)
    client.get("/en/")  # the site's lookups cached, as on any request but a server's first
    for url, status, bound in BOUNDED:
        with django_assert_max_num_queries(bound, info=url[:120]):
            response = client.get(url)
        assert response.status_code == status, url[:120]

    # The API's cap (website/settings/base.py).
    assert base.WAGTAILAPI_LIMIT_MAX == settings.WAGTAILAPI_LIMIT_MAX == 20
    assert len(client.get("/api/v2/pages/?limit=20").json()["items"]) == 20
    assert len(client.get("/api/v2/pages/").json()["items"]) == 20
    for limit in ["21", "10000000", "9" * 400]:
        response = client.get(f"/api/v2/pages/?limit={limit}")
        assert response.status_code == 400
        assert response.json() == {"message": "limit cannot be higher than 20"}


# What the fuzz found: each a 500 before its fix -----------------------------------------------


def test_a_link_that_chooses_every_country_lists_every_profile(client, site):
    """network/directories.py ListFacet: four SQL conditions a value went past SQLite's
    expression depth (OperationalError "Expression tree is too large")."""
    for directory, titles in [
        ("landscapes", ["Mangrove Coast", "Highland Rivers"]),
        ("organisations", ["Delta Alliance"]),
        ("experts", ["Amina Odhiambo"]),
        ("stories", ["Mangroves come back", "The fishers who came back to the mangrove forest"]),
        ("learning", ["Mangrove restoration basics"]),
    ]:
        response = client.get(f"/en/{directory}/?{EVERY_COUNTRY}")
        assert response.status_code == 200
        for title in titles:
            assert html.escape(title) in response.content.decode(), directory
    response = client.get(f"/en/experts/?{EVERY_LANGUAGE}&{EVERY_COUNTRY}")
    assert "Amina Odhiambo" in response.content.decode()
    response = client.get(f"/en/landscapes/map/?{EVERY_COUNTRY}")
    names = {feature["properties"]["name"] for feature in response.json()["features"]}
    # With the Spanish and French landscapes, listed in English until they are translated.
    assert names == {"Mangrove Coast", "Highland Rivers", "Paisaje del Chocó", "Forêt du Mayombe"}


API_ERRORS = [
    ("/api/v2/pages/?offset=99999999999999999999", "offset must be at most"),
    ("/api/v2/pages/?search=mangrove&search_operator=xor", "search_operator must be"),
    ("/api/v2/pages/find/?id=abc", "id must be an integer"),
    ("/api/v2/images/find/?id=abc", "id must be an integer"),
    ("/api/v2/documents/find/?id=abc", "id must be an integer"),
    ("/api/v2/pages/?type=network.LandscapePage&area_hectares=abc", "field filter error"),
    ("/api/v2/pages/?type=stories.StoryPage&publication_date=abc", "field filter error"),
    ("/api/v2/pages/?first_published_at=yesterday", "field filter error"),
    ("/api/v2/pages/?alias_of=99999999999999999999999", "alias_of must be at most"),
    ("/api/v2/pages/?search=mangrove%00", "null characters are not allowed"),
    ("/api/v2/pages/?locale=%00", "null characters are not allowed"),
    ("/api/v2/pages/?search=" + "w%20" * 300, "search must be at most 200 characters"),
]


def test_the_api_says_what_is_wrong_with_a_parameter(client, site):
    """website/api.py: Wagtail's API passed these on to the database or the search backend."""
    for url, message in API_ERRORS:
        response = client.get(url)
        assert response.status_code == 400, url
        assert message in response.json()["message"], url
    # Well-formed values are taken as before.
    landscapes = "/api/v2/pages/?type=network.LandscapePage"
    assert client.get(f"{landscapes}&countries=KE").json()["meta"]["total_count"] == 1
    assert client.get(f"{landscapes}&area_hectares=1e999").json()["meta"]["total_count"] == 0
    assert client.get("/api/v2/pages/?show_in_menus=true").status_code == 200
    assert client.get("/api/v2/pages/?search=mangrove&search_operator=OR").status_code == 200
    assert client.get(f"/api/v2/pages/find/?id={site.mangrove_coast.pk}").status_code == 302


def test_searches_with_quotes_or_no_word_are_answered(client, site, caplog):
    """search/backends/sqlite_quotes.py: on SQLite a `"` inside a word, or a search of spaces
    only, broke the full-text query: the API answered 500 and the site search fell back to its
    plainer query with a logged traceback."""
    caplog.set_level(logging.WARNING)
    for query in ['mangrove"coast', '"', " ", "\t", '"mangrove coast"']:
        assert client.get("/api/v2/pages/", {"search": query}).status_code == 200
        assert client.get("/en/search/", {"q": query}).status_code == 200
        assert client.get("/en/search/autocomplete/", {"q": query}).status_code == 200
    assert not [record for record in caplog.records if "Search failed" in record.getMessage()]
    response = client.get("/api/v2/pages/", {"search": 'mangrove"coast'})
    assert "Mangrove Coast" in [item["title"] for item in response.json()["items"]]


def test_a_name_typed_with_a_line_break_does_not_keep_its_message_from_being_sent(site):
    """network/contact.py: the name went into the e-mail's Subject, where Django refuses a line
    break: the message was stored, the visitor told it was sent, and no retry could send it."""
    page = site.delta_alliance
    response = Client(REMOTE_ADDR="203.0.113.12").post(
        page.url, {"name": "Maria\r\nBcc: everyone@example.org", "email": EMAIL, "message": "Hi"}
    )
    assert response.status_code == 302
    message = ContactMessage.objects.get()
    assert message.sender_name == "Maria\r\nBcc: everyone@example.org"  # kept as typed
    assert message.sent_at is not None
    assert mail.outbox[0].subject == (
        "Message from Maria Bcc: everyone@example.org through Thousand Landscapes"
    )
    assert mail.outbox[0].bcc == []
