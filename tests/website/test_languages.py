"""Language choice: `/` follows the browser, the switcher offers only live translations, and
every page names its alternates for search engines."""

import re

import pytest
from django.test import override_settings

from website.factories import make_standard_page, translate_page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("es", "/es/"),
        ("fr-CA,fr;q=0.9,en;q=0.5", "/fr/"),
        ("pt-BR", "/pt/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_the_browsers_language(client, homes, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_root_redirect_follows_to_a_page_in_that_language(client, homes):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="pt", follow=True)
    assert response.status_code == 200
    assert '<html lang="pt"' in response.content.decode()


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {
        language: href for href, language in re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', nav)
    }


def test_switcher_offers_only_live_translations(client, homes):
    about = make_standard_page(homes["en"], title="About", slug="about")
    translate_page(about, "es")
    french = translate_page(about, "fr")
    french.unpublish()  # a French translation exists but is not live
    # no Portuguese translation at all

    html = client.get("/en/about/").content.decode()
    links = switcher_links(html)
    assert links == {"en": "/en/about/", "es": "/es/about-es/", "fr": "/fr/", "pt": "/pt/"}


def test_the_switcher_follows_a_translation_published_unpublished_or_moved(client, homes):
    """The switcher's links are kept per content version: each change shows on the next page."""
    about = make_standard_page(homes["en"], title="About", slug="about")
    assert switcher_links(client.get("/en/about/").text)["es"] == "/es/"

    spanish = translate_page(about, "es")
    assert switcher_links(client.get("/en/about/").text)["es"] == "/es/about-es/"

    spanish.unpublish()
    assert switcher_links(client.get("/en/about/").text)["es"] == "/es/"

    spanish.save_revision().publish()
    spanish.move(make_standard_page(homes["es"], title="Nosotros", slug="nosotros"), "last-child")
    assert switcher_links(client.get("/en/about/").text)["es"] == "/es/nosotros/about-es/"


def test_switcher_says_visibly_which_languages_a_page_is_not_in(client, homes):
    make_standard_page(homes["es"], title="Convocatoria", slug="convocatoria")  # only in Spanish

    html = client.get("/es/convocatoria/").content.decode()
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    # Not only in a title, which touch screens never show: in the entry, in English.
    assert (
        '<a href="/en/" hreflang="en" lang="en" dir="ltr">English'
        ' <small class="language-switcher__note">(not translated)</small></a>'
    ) in nav
    # Each in its own language's words: marked as English where its catalogue lacks them.
    notes = dict(
        re.findall(
            r'hreflang="(\w+)"[^>]*>[^<]+ <small class="language-switcher__note"(.*?)</small>', nav
        )
    )
    assert set(notes) == {"en", "fr", "pt"}
    for language in ("fr", "pt"):
        attributes, text = notes[language].split(">", 1)
        assert text != "(not translated)" or attributes == ' lang="en" dir="ltr"'
    assert (
        '<a href="/es/convocatoria/" hreflang="es" lang="es" dir="ltr" aria-current="true">'
        "Español</a>"
    ) in nav


def test_hreflang_alternates_name_only_live_translations_and_a_default(client, homes):
    about = make_standard_page(homes["en"], title="About", slug="about")
    translate_page(about, "es")
    translate_page(about, "fr").unpublish()

    html = client.get("/es/about-es/").content.decode()
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html)
    )
    assert alternates == {
        "en": "http://testserver/en/about/",
        "x-default": "http://testserver/en/about/",
        "es": "http://testserver/es/about-es/",
    }


def test_interface_text_is_in_the_visitors_language(client, homes):
    expected = {
        "en": "Skip to main content",
        "es": "Saltar al contenido principal",
        "fr": "Aller au contenu principal",
        "pt": "Ir para o conteúdo principal",
    }
    for language, text in expected.items():
        assert text in client.get(f"/{language}/").content.decode()


@override_settings(
    LANGUAGES=[("en", "English"), ("ar", "العربية")],
    WAGTAIL_CONTENT_LANGUAGES=[("en", "English"), ("ar", "العربية")],
)
def test_right_to_left_languages_get_dir_rtl(client, homes):
    response = client.get("/ar/no-such-page/")
    assert response.status_code == 404
    assert '<html lang="ar" dir="rtl">' in response.content.decode()
