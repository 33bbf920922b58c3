"""Abuse limits per visitor address: site search and its suggestions (django-ratelimit),
sign-in and sign-up (django-allauth's ACCOUNT_RATE_LIMITS). Past a limit the answer is 429 with
a message a person understands, in the site's layout and language, what they typed kept; other
addresses are served as usual; and behind our own proxies the address is the visitor's."""

import datetime
import re

import pytest
import time_machine
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext

from website.settings import base
from website.settings.environment import env_int

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-rare-password-41"
WAIT_MESSAGE = (
    "There have been many attempts from your address in a short time. Please wait a while and "
    "try again."
)


@pytest.fixture
def limits(settings):
    """The limits production runs with (tests/settings turn the search limits off)."""
    settings.SEARCH_RATE_LIMIT = base.SEARCH_RATE_LIMIT
    settings.AUTOCOMPLETE_RATE_LIMIT = base.AUTOCOMPLETE_RATE_LIMIT
    return settings


@pytest.fixture(autouse=True)
def _frozen_clock():
    """Limits count in windows of time; a run that crossed the end of one would start afresh."""
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        yield traveller


def test_the_defaults_are_generous_for_people():
    assert base.SEARCH_RATE_LIMIT == "60/m"
    assert base.AUTOCOMPLETE_RATE_LIMIT == "300/m"
    assert base.ACCOUNT_RATE_LIMITS["signup"] == "10/h/ip"
    assert base.ACCOUNT_RATE_LIMITS["login"] == "30/m/ip"
    assert base.TRUSTED_PROXY_COUNT == env_int("TRUSTED_PROXY_COUNT", 0) == 0


def test_search_past_its_limit_says_to_wait_and_keeps_the_search(client, homes, limits):
    for _ in range(60):
        assert client.get("/en/search/", {"q": "mangrove", "kind": "landscape"}).status_code == 200

    response = client.get("/en/search/", {"q": "mangrove", "kind": "landscape"})

    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert 'class="site-header"' in html  # the site's layout
    assert "Too many requests" in html
    # "1 second" when the minute is about to turn.
    assert re.search(r"Please wait \d+ seconds? and try again", html)
    assert 'href="/en/search/?q=mangrove&amp;kind=landscape"' in html  # the search, kept
    # Another visitor searches as usual.
    assert (
        client.get("/en/search/", {"q": "mangrove"}, REMOTE_ADDR="203.0.113.5").status_code == 200
    )


def test_the_limit_lifts_when_its_minute_is_over(client, homes, limits, _frozen_clock):
    for _ in range(61):
        response = client.get("/en/search/", {"q": "water"})
    assert response.status_code == 429

    _frozen_clock.shift(datetime.timedelta(seconds=int(response["Retry-After"]) + 1))
    assert client.get("/en/search/", {"q": "water"}).status_code == 200


def test_the_search_page_speaks_the_visitors_language_when_limited(client, homes, settings):
    settings.SEARCH_RATE_LIMIT = "1/m"
    client.get("/es/search/", {"q": "bosque"})

    response = client.get("/es/search/", {"q": "bosque"})

    assert response.status_code == 429
    assert '<html lang="es"' in response.content.decode()


def test_autocomplete_past_its_limit_answers_json_with_retry_after(client, homes, limits):
    for _ in range(300):
        assert client.get("/en/search/autocomplete/", {"q": "ma"}).status_code == 200

    response = client.get("/en/search/autocomplete/", {"q": "man"})

    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    body = response.json()
    assert body["error"] == "Too many requests. Please wait a moment and try again."
    assert body["suggestions"] == []
    assert body["retry_after"] == int(response["Retry-After"])
    other = client.get("/en/search/autocomplete/", {"q": "man"}, REMOTE_ADDR="203.0.113.5")
    assert other.status_code == 200


def test_search_and_autocomplete_count_apart(client, homes, settings):
    settings.SEARCH_RATE_LIMIT = "2/m"
    settings.AUTOCOMPLETE_RATE_LIMIT = "2/m"
    for _ in range(2):
        client.get("/en/search/autocomplete/", {"q": "ma"})
    assert client.get("/en/search/autocomplete/", {"q": "ma"}).status_code == 429
    assert client.get("/en/search/", {"q": "ma"}).status_code == 200


def test_a_forged_forwarded_for_does_not_escape_the_limit(client, homes, settings):
    settings.SEARCH_RATE_LIMIT = "3/m"
    statuses = [
        client.get(
            "/en/search/", {"q": "x"}, HTTP_X_FORWARDED_FOR=f"198.51.100.{number}"
        ).status_code
        for number in range(4)
    ]
    assert statuses == [200, 200, 200, 429]


def test_behind_our_proxy_each_visitor_has_their_own_limit(client, homes, settings):
    """One load balancer in front: every request comes from it (REMOTE_ADDR), and the visitor's
    address is the last one in X-Forwarded-For; anything left of it is the visitor's writing."""
    settings.TRUSTED_PROXY_COUNT = 1
    settings.SEARCH_RATE_LIMIT = "3/m"
    proxy = {"REMOTE_ADDR": "10.0.0.2"}

    def search(forwarded_for):
        return client.get(
            "/en/search/", {"q": "x"}, HTTP_X_FORWARDED_FOR=forwarded_for, **proxy
        ).status_code

    assert [search("198.51.100.1") for _ in range(4)] == [200, 200, 200, 429]
    # The visitor cannot pass for someone else by writing an address of their own in front.
    assert search("192.0.2.99, 198.51.100.1") == 429
    # Another visitor through the same proxy is served.
    assert search("198.51.100.2") == 200


def sign_up(client, number, **extra):
    return client.post(
        "/en/accounts/signup/",
        {
            "purpose": "follow",
            "email": f"person{number}@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
        **extra,
    )


def test_sign_up_past_its_limit_gives_the_form_back_with_a_message(homes):
    for number in range(10):
        client = Client()
        assert sign_up(client, number).status_code == 302

    response = sign_up(Client(), 10)

    assert response.status_code == 429
    html = response.content.decode()
    assert WAIT_MESSAGE in html
    assert 'value="person10@example.org"' in html  # what was typed is kept
    assert PASSWORD not in html  # never a password
    assert '<html lang="en"' in html and 'class="site-header"' in html
    # From another address, sign-up goes on.
    assert sign_up(Client(), 11, REMOTE_ADDR="203.0.113.5").status_code == 302


def test_sign_in_past_its_limit_gives_the_form_back_with_a_message(homes, settings):
    settings.ACCOUNT_RATE_LIMITS = {**base.ACCOUNT_RATE_LIMITS, "login": "3/m/ip"}
    client = Client()
    for _ in range(3):
        client.post("/es/accounts/login/", {"login": "ana@example.org", "password": "guess"})

    response = client.post("/es/accounts/login/", {"login": "ana@example.org", "password": "g"})

    assert response.status_code == 429
    html = response.content.decode()
    assert '<html lang="es"' in html
    assert 'value="ana@example.org"' in html
    with translation.override("es"):
        assert gettext(WAIT_MESSAGE) in html
    other = Client().post(
        "/es/accounts/login/",
        {"login": "ana@example.org", "password": "g"},
        REMOTE_ADDR="203.0.113.5",
    )
    assert other.status_code == 200


def test_other_account_limits_answer_the_429_page(homes, settings):
    settings.ACCOUNT_RATE_LIMITS = {**base.ACCOUNT_RATE_LIMITS, "reset_password": "1/m/ip"}
    client = Client()
    client.post("/en/accounts/password/reset/", {"email": "ana@example.org"})

    response = client.post("/en/accounts/password/reset/", {"email": "ana@example.org"})

    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many requests" in html
    assert "Please wait a while and try again." in html
    assert 'class="site-header"' in html


def test_an_unreachable_cache_does_not_stop_search(client, homes, settings, redis_down):
    """Redis down: limits cannot count, and searches are served rather than refused."""
    settings.SEARCH_RATE_LIMIT = "1/m"
    for _ in range(3):
        assert client.get("/en/search/", {"q": "x"}).status_code == 200
    assert client.get("/en/search/autocomplete/", {"q": "xy"}).status_code == 200


def test_an_unreachable_cache_does_not_stop_sign_up(homes, redis_down):
    assert sign_up(Client(), 1).status_code == 302
