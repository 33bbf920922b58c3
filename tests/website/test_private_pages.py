"""Private pages and documents through the real URLs. "Logged-in users" are people with a
verified e-mail address (or the team who may use the admin): an account whose address was never
verified gets in by no door, not Wagtail's own sign-in page, not the admin's, nor with a session
it holds somehow. Page and collection passwords cannot be guessed without limit: after five
wrong ones from an address, even the right one is refused for a while, and the form says so."""

import datetime

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from website.factories import make_standard_page

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-password-77"
PAGE_PASSWORD = "the-page-secret-2024"
SECRET_TEXT = "Only for members of the network."
PAUSED = "Too many wrong passwords"
WRONG = "That is not the password. Please try again."


@pytest.fixture
def private_page(homes):
    page = make_standard_page(homes["en"], title="Members' corner", intro=SECRET_TEXT)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


@pytest.fixture
def unverified(db):
    """Signed up, never opened the confirmation e-mail."""
    user = get_user_model().objects.create_user("ana", "ana@example.org", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    return user


@pytest.fixture
def verified(db):
    user = get_user_model().objects.create_user("bea", "bea@example.org", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def signed_in(client):
    return "_auth_user_id" in client.session


def sends_to_sign_in(response, page):
    return response.status_code == 302 and response["Location"] == (
        f"/en/accounts/login/?next={page.url}"
    )


def test_a_private_page_asks_to_sign_in_through_the_visitors_sign_in(client, private_page):
    response = client.get(private_page.url)
    assert sends_to_sign_in(response, private_page)
    assert "no-store" in response["Cache-Control"]


def test_an_unverified_account_gets_in_by_no_door(private_page, unverified):
    # Wagtail's own sign-in page: sends to allauth's, and signs nobody in.
    client = Client()
    response = client.post(
        f"/en/_util/login/?next={private_page.url}", {"username": "ana", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")
    assert not signed_in(client)
    assert client.get("/en/_util/login/").status_code == 302

    # The visitors' sign-in: asks to verify the address first.
    response = client.post(
        f"/en/accounts/login/?next={private_page.url}",
        {"login": "ana@example.org", "password": PASSWORD},
    )
    assert response.status_code == 302
    assert "confirm-email" in response["Location"]
    assert not signed_in(client)

    # The Wagtail admin's login: only for accounts that may use the admin.
    response = client.post("/admin/login/", {"username": "ana", "password": PASSWORD})
    assert response.status_code == 200
    assert "match" in response.content.decode()
    assert not signed_in(client)

    # Django's admin: staff only.
    response = client.post(
        "/django-admin/login/?next=/django-admin/", {"username": "ana", "password": PASSWORD}
    )
    assert response.status_code == 200
    assert not signed_in(client)

    response = client.get(private_page.url)
    assert sends_to_sign_in(response, private_page)
    assert SECRET_TEXT not in response.content.decode()


def test_a_session_of_an_unverified_account_is_sent_to_sign_in(private_page, unverified):
    """However it was had (a session from before, a door since closed), it does not count."""
    client = Client()
    client.force_login(unverified)

    response = client.get(private_page.url)

    assert sends_to_sign_in(response, private_page)
    assert not signed_in(client)  # signing in again is how it gets asked to verify


def test_a_group_restriction_holds_for_an_unverified_member_too(homes, unverified):
    page = make_standard_page(homes["en"], intro=SECRET_TEXT)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    members = Group.objects.create(name="Partners only")
    restriction.groups.add(members)
    unverified.groups.add(members)
    client = Client()
    client.force_login(unverified)

    assert sends_to_sign_in(client.get(page.url), page)


def test_verified_people_and_the_team_see_it(private_page, verified):
    client = Client()
    response = client.post(
        f"/en/accounts/login/?next={private_page.url}",
        {"login": "bea@example.org", "password": PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == private_page.url
    page = client.get(private_page.url)
    assert page.status_code == 200
    assert SECRET_TEXT in page.content.decode()

    get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)
    editor = Client()
    assert (
        editor.post("/admin/login/", {"username": "editor", "password": PASSWORD}).status_code
        == 302
    )
    assert editor.get(private_page.url).status_code == 200


def private_collection(restriction_type, password=""):
    collection = Collection.get_first_root_node().add_child(name=f"Private {restriction_type}")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=restriction_type, password=password
    )
    document = get_document_model().objects.create(
        title="Minutes",
        collection=collection,
        file=ContentFile(b"Minutes of the members' meeting.", name="minutes.txt"),
    )
    return restriction, document


def test_a_login_only_document_is_not_served_to_an_unverified_session(homes, unverified):
    _restriction, document = private_collection(CollectionViewRestriction.LOGIN)
    client = Client()
    client.force_login(unverified)

    response = client.get(document.url)

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")
    assert not signed_in(client)


def guess_page(client, restriction, page, password, language="en", address="127.0.0.1"):
    return client.post(
        f"/{language}/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": password, "return_url": page.url},
        REMOTE_ADDR=address,
    )


@pytest.fixture
def password_page(homes):
    page = make_standard_page(homes["en"], intro=SECRET_TEXT)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )
    return restriction, page


def test_the_password_form_is_in_the_sites_layout_and_words(password_page):
    restriction, page = password_page
    asked = Client().get(page.url).content.decode()
    assert 'class="site-header' in asked or "<header" in asked  # the site's layout, not a bare page
    assert "This content is protected: enter the password you were given." in asked

    html = guess_page(Client(), restriction, page, "a-wrong-guess", language="es").content.decode()

    assert '<html lang="es"' in html
    assert "Esa no es la contraseña. Vuelve a intentarlo." in html
    assert 'type="password"' in html
    assert SECRET_TEXT not in html


def test_a_page_password_cannot_be_guessed_without_limit(password_page):
    restriction, page = password_page
    client = Client()
    for number in range(4):
        response = guess_page(client, restriction, page, f"guess-{number}")
        assert response.status_code == 200
        assert WRONG in response.content.decode()
    assert PAUSED in guess_page(client, restriction, page, "guess-5").content.decode()
    guess_page(client, restriction, page, "guess-6")

    response = guess_page(client, restriction, page, PAGE_PASSWORD)

    assert response.status_code == 200
    html = response.content.decode()
    assert PAUSED in html
    assert "paused for 15 minutes" in html
    assert PAGE_PASSWORD not in html  # the form keeps no password
    assert f'value="{page.url}"' in html  # where to go afterwards, kept
    assert "no-store" in response["Cache-Control"]
    assert SECRET_TEXT not in client.get(page.url).content.decode()

    # Another address is not affected, and the pause ends.
    other = Client()
    assert (
        guess_page(other, restriction, page, PAGE_PASSWORD, address="203.0.113.5").status_code
        == 302
    )
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=16), tick=False):
        response = guess_page(client, restriction, page, PAGE_PASSWORD)
        assert response.status_code == 302
        assert response["Location"] == page.url
        assert SECRET_TEXT in client.get(page.url).content.decode()


def test_the_pause_is_said_in_the_visitors_language(password_page):
    restriction, page = password_page
    client = Client()
    for number in range(6):
        response = guess_page(client, restriction, page, f"guess-{number}", language="es")
    html = response.content.decode()
    assert '<html lang="es"' in html
    assert "Demasiadas contraseñas incorrectas" in html
    assert "durante 15 minutos" in html
    assert "Too many wrong passwords" not in html


def test_a_collection_password_cannot_be_guessed_without_limit(homes):
    restriction, document = private_collection(
        CollectionViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )
    client = Client()
    url = f"/documents/authenticate_with_password/{restriction.pk}/"
    for number in range(6):
        client.post(url, {"password": f"guess-{number}", "return_url": document.url})

    response = client.post(url, {"password": PAGE_PASSWORD, "return_url": document.url})

    assert response.status_code == 200
    assert PAUSED in response.content.decode()
    assert PAGE_PASSWORD not in response.content.decode()
    assert client.get(document.url).status_code == 200  # the password form again, not the file
    assert b"Minutes of the members" not in client.get(document.url).content
