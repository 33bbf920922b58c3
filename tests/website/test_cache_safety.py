"""What the page cache and shared caches (a CDN) are allowed to keep, tried as an attacker would
with the page cache on, as in production with Redis: a negotiated answer is never served to a
request that would have been answered differently, made-up query parameters add no keys and one
client cannot fill the cache, and nothing behind a password or a login, nothing personal and
nothing that sets a cookie is ever `public`."""

import json
import uuid

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import translation
from django.utils.cache import cc_delim_re
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from network.factories import make_directory_site, make_landscape
from website.factories import locale, make_standard_page
from website.models import Theme

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-password-for-tests-61"


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The site with its directories, two landscapes (one with a contact form), a public page,
    one behind a password and one for signed-in visitors only; built once for the module."""
    with django_db_blocker.unblock(), translation.override("en"), transaction.atomic():
        site = make_directory_site()
        home, landscapes = site["en"]["home"], site["en"]["landscapes"]
        water = Theme.objects.create(name="Water", slug="water", locale=locale("en"))
        finance = Theme.objects.create(name="Finance", slug="finance", locale=locale("en"))
        board = make_standard_page(home, title="Board", slug="board")
        members = make_standard_page(home, title="Members", slug="members")
        yield {
            "home": home,
            "choco": make_landscape(
                landscapes, title="Chocó", themes=[water], contact_email="t@example.org"
            ),
            "kailash": make_landscape(landscapes, title="Kailash", themes=[finance]),
            "about": make_standard_page(home, title="About", slug="about"),
            "board": board,
            "board_password": PageViewRestriction.objects.create(
                page=board, restriction_type=PageViewRestriction.PASSWORD, password="s3"
            ),
            "members": members,
            "members_only": PageViewRestriction.objects.create(
                page=members, restriction_type=PageViewRestriction.LOGIN
            ),
        }
        transaction.set_rollback(True)


def directives(response):
    return {
        part.split("=", 1)[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
        if part.strip()
    }


def vary(response):
    return {name.lower() for name in cc_delim_re.split(response.get("Vary", "")) if name}


def assert_private(response):
    """Kept by nobody but the visitor's own browser, and not even there."""
    assert {"private", "no-store"} <= directives(response), response.get("Cache-Control")
    assert not {"public", "s-maxage", "stale-while-revalidate"} & directives(response)


def cache_keys():
    """The keys in the cache: the test settings use Django's local-memory cache."""
    return set(cache._cache)


# Content negotiation (finding 3)


def test_a_browsers_html_answer_from_the_api_is_never_served_to_a_json_client(client, world):
    browser = client.get("/api/v2/pages/", headers={"Accept": "text/html"})
    assert browser["Content-Type"].startswith("text/html")

    client.cookies.clear()
    script = client.get("/api/v2/pages/")

    assert script["Content-Type"] == "application/json"
    assert script.get("X-Page-Cache") != "hit"
    assert json.loads(script.content)["meta"]["total_count"] >= 1
    assert "accept" in vary(script)


def test_a_page_served_from_the_cache_varies_as_the_rendered_one_did(client, world):
    rendered = client.get(world["about"].url)
    served = client.get(world["about"].url)

    assert (rendered["X-Page-Cache"], served["X-Page-Cache"]) == ("miss", "hit")
    assert vary(served) == vary(rendered)
    assert "cookie" in vary(served)  # a CDN never gives the anonymous copy to a signed-in visitor


# Query strings (finding 10)


def test_made_up_query_parameters_add_no_keys(client, world):
    client.get("/en/landscapes/")
    keys_before = cache_keys()

    answers = [
        client.get(
            f"/en/landscapes/?utm_source={uuid.uuid4().hex}&{uuid.uuid4().hex[:8]}=x"
            f"&fbclid={uuid.uuid4().hex * 4}"
        )
        for _ in range(150)
    ]

    assert all(answer.status_code == 200 for answer in answers)
    # The first learns which parameters the page reads; all the others are served that copy.
    assert [answer["X-Page-Cache"] for answer in answers] == ["miss"] + ["hit"] * 149
    # That copy, what the page reads, and this client's count of pages added.
    assert len(cache_keys() - keys_before) <= 3


def test_parameters_a_page_reads_still_give_their_own_page(client, world):
    client.get("/en/landscapes/")

    filtered = client.get("/en/landscapes/?theme=water&utm_source=newsletter")
    again = client.get("/en/landscapes/?utm_campaign=may&theme=water")

    assert filtered["X-Page-Cache"] == "miss"
    assert again["X-Page-Cache"] == "hit"
    assert "Chocó" in again.content.decode()
    assert "Kailash" not in again.content.decode()


def test_a_value_typed_without_percent_encoding_reads_as_typed(client, world):
    """WSGI hands the query string over decoded as ISO-8859-1: the page cache's view of
    request.GET must read UTF-8 as Django's own does."""
    raw = "q=Choc\xc3\xb3"  # the UTF-8 bytes of "Chocó", as WSGI passes them on

    response = client.get("/en/landscapes/", QUERY_STRING=raw)

    assert response["X-Page-Cache"] == "miss"
    assert 'value="Chocó"' in response.content.decode()


def test_one_client_cannot_fill_the_cache(client, world, settings):
    settings.PAGE_CACHE_NEW_PAGES_PER_MINUTE = 5
    attacker = {"REMOTE_ADDR": "203.0.113.9"}

    answers = [client.get(f"/en/landscapes/?page={number}", **attacker) for number in range(1, 21)]

    assert all(answer.status_code == 200 for answer in answers)
    assert sum(answer.get("X-Page-Cache") == "miss" for answer in answers) == 5
    # Everyone else's pages are still cached.
    visitor = {"REMOTE_ADDR": "198.51.100.7"}
    assert client.get("/en/landscapes/?page=30", **visitor)["X-Page-Cache"] == "miss"
    assert client.get("/en/landscapes/?page=30", **visitor)["X-Page-Cache"] == "hit"


def test_one_ipv6_client_is_one_client_whatever_address_of_its_network_it_uses(
    client, world, settings
):
    """One machine usually holds a whole /64: a fresh address a request is no fresh budget."""
    settings.PAGE_CACHE_NEW_PAGES_PER_MINUTE = 5

    answers = [
        client.get(f"/en/landscapes/?page={number}", REMOTE_ADDR=f"2001:db8:1:2::{number:x}")
        for number in range(1, 21)
    ]

    assert sum(answer.get("X-Page-Cache") == "miss" for answer in answers) == 5


# Cookies (finding 8)


def test_a_page_that_sets_a_csrf_cookie_is_never_public(client, world):
    rendered = client.get(world["choco"].url)
    client.cookies.clear()
    served = client.get(world["choco"].url)  # from the page cache, with a new visitor's token

    for response in (rendered, served):
        assert "csrftoken" in response.cookies
        assert_private(response)
    assert served["X-Page-Cache"] == "hit"


def test_the_password_reset_page_is_never_public(client, world):
    response = client.get("/en/accounts/password/reset/")

    assert response.status_code == 200
    assert_private(response)


def test_a_public_page_without_cookies_stays_shareable(client, world):
    response = client.get("/en/")

    assert not response.cookies
    assert {"public", "s-maxage"} <= directives(response)


# Behind a password or a login, and personal pages (findings 7 and 17)


@pytest.fixture
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_a_document_behind_a_collection_password_is_private(client, world, _media):
    collection = Collection.get_first_root_node().add_child(name="Board papers")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="s3"
    )
    document = get_document_model().objects.create(
        title="Minutes",
        collection=collection,
        file=ContentFile(b"the minutes", name="minutes.txt"),
    )
    visitor = client

    form = visitor.get(document.url)
    assert b"the minutes" not in form.content
    assert_private(form)

    visitor.post(
        f"/documents/authenticate_with_password/{restriction.id}/",
        {"password": "s3", "return_url": document.url},
    )
    served = visitor.get(document.url)

    assert b"".join(served.streaming_content) == b"the minutes"
    assert_private(served)


def test_a_page_behind_a_password_is_private_before_and_after(client, world):
    """Wagtail marks restricted pages itself; the rule that rewrites Cache-Control keeps it."""
    page, restriction = world["board"], world["board_password"]
    visitor = client

    assert_private(visitor.get(page.url))
    visitor.post(
        f"/en/_util/authenticate_with_password/{restriction.id}/{page.id}/",
        {"password": "s3", "return_url": page.url},
    )
    served = visitor.get(page.url)

    assert served.status_code == 200
    assert "Board" in served.content.decode()
    assert_private(served)


@pytest.fixture
def member(db):
    user = get_user_model().objects.create_user("ana", "ana@example.org", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_a_login_only_page_is_private_to_the_signed_in_visitor(client, world, member):
    client.force_login(member)

    response = client.get(world["members"].url)

    assert response.status_code == 200
    assert_private(response)


@pytest.mark.parametrize(
    "url", ["/en/my-profile/", "/en/my-profile/download/", "/en/accounts/email/"]
)
def test_personal_pages_are_private(client, world, member, url):
    client.force_login(member)

    response = client.get(url)

    assert response.status_code == 200
    assert_private(response)
