"""Adding a language is a settings change: with Arabic added to LANGUAGES, `manage.py
add_language ar` (or `migrate`, for a language without a home page yet) gives it its home, its
sections and its menus as translations waiting for translators. Its pages are Arabic pages
(`<html lang="ar" dir="rtl">`, the switcher, the JSON-LD address) whose English text, until it is
translated, says that it is English, left to right (website/language_trees.py,
website/text_language.py).

The site is built once for the module, in the four languages of the settings, and Arabic is added
to it as `migrate` adds it; each test's changes are rolled back after it. Arabic is in the
settings for the whole module (override_settings: Django's and Wagtail's language caches follow)."""

import io
import json
import re

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models.signals import post_migrate
from django.test import override_settings
from django.utils import translation
from wagtail.models import Page

from learning.factories import make_catalog
from network.factories import make_landscape
from network.models import ExpertIndexPage, LandscapeIndexPage, OrganisationIndexPage
from stories.factories import make_story_index
from website.factories import locale, make_site, make_standard_page
from website.models import NavigationMenu
from website.translation import translate

pytestmark = pytest.mark.django_db

ARABIC = [*settings.LANGUAGES, ("ar", "العربية")]
SECTIONS = ["landscapes", "organisations", "experts", "learning", "stories", "about"]


def section(home, model, **fields):
    page = home.add_child(instance=model(**fields))
    page.save_revision().publish()
    return page


def build_world():
    home = make_site()["en"]  # in every language of the settings, and only there
    sections = [
        section(home, LandscapeIndexPage, title="Landscapes", slug="landscapes", intro="All."),
        section(home, OrganisationIndexPage, title="Organisations", slug="organisations"),
        section(home, ExpertIndexPage, title="Experts", slug="experts"),
        make_catalog({"en": home})["en"],
        make_story_index({"en": home})["en"],
        make_standard_page(home, title="About", slug="about", intro="Who we are."),
    ]
    privacy = make_standard_page(sections[-1], title="Privacy", slug="privacy", intro="Your data.")
    NavigationMenu.objects.create(
        place=NavigationMenu.MAIN,
        locale=locale("en"),
        links=[("link", {"page": page, "url": "", "label": ""}) for page in sections],
    )
    NavigationMenu.objects.create(
        place=NavigationMenu.FOOTER,
        locale=locale("en"),
        links=[
            ("link", {"page": privacy, "url": "", "label": ""}),
            ("link", {"page": None, "url": "https://example.org/news", "label": "Newsletter"}),
        ],
    )
    make_landscape(sections[0], title="Kenya hills", slug="kenya-hills")
    mau = make_landscape(
        sections[0],
        title="Mau forest",
        slug="mau-forest",
        summary="Tea farmers and foresters (since 2019) restore the forest.",
    )
    with override_settings(LANGUAGES=ARABIC, WAGTAIL_CONTENT_LANGUAGES=ARABIC):
        # What `migrate` sends when it has finished, to the site's own receivers.
        website = apps.get_app_config("website")
        output = io.StringIO()
        post_migrate.send(
            website,
            app_config=website,
            verbosity=1,
            interactive=False,
            using="default",
            stdout=output,
        )
        # A translator starts translating Mau forest into Arabic (wagtail-localize's
        # "Translate"): the page is live at once, with its English text.
        mau_ar = translate(mau, locale("ar"), {})
    return {"output": output.getvalue(), "home": home, "mau": mau, "mau_ar": mau_ar}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with (
        django_db_blocker.unblock(),
        translation.override(settings.LANGUAGE_CODE),
        transaction.atomic(),
    ):
        built = build_world()
        with override_settings(LANGUAGES=ARABIC, WAGTAIL_CONTENT_LANGUAGES=ARABIC):
            yield built
        transaction.set_rollback(True)


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def nav(html, label):
    match = re.search(rf'<nav[^>]* aria-label="{label}">.*?</nav>', html, re.S)
    assert match, f"no {label} navigation"
    return match.group(0)


def menu_links(html, label="Main"):
    return re.findall(r'<a href="([^"]+)"([^>]*)>([^<]+)</a>', nav(html, label))


def current_language(html):
    switcher = nav(html, "Choose a language")
    return re.findall(r'hreflang="(\w+)"[^>]*aria-current="true"', switcher)


def json_ld_url(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))["url"]


def assert_an_arabic_page(html, url):
    """What every page of the new language has, whatever its text."""
    assert '<html lang="ar" dir="rtl">' in html
    assert current_language(html) == ["ar"]
    assert json_ld_url(html) == f"http://testserver{url}"
    # Full navigation: every section, in Arabic's tree, its English title marked as English.
    titles = ["Landscapes", "Organisations", "Experts", "Learning", "Stories", "About"]
    assert menu_links(html) == [
        (
            f"/ar/{section}/",
            ' lang="en" dir="ltr"' + (' aria-current="page"' if url == f"/ar/{section}/" else ""),
            title,
        )
        for section, title in zip(SECTIONS, titles, strict=True)
    ]
    assert menu_links(html, "Footer") == [
        ("/ar/about/privacy/", ' lang="en" dir="ltr"', "Privacy"),
        ("https://example.org/news", ' lang="en" dir="ltr"', "Newsletter"),
    ]


def test_migrate_gives_a_new_language_its_home_sections_and_menus(world, client):
    assert "New language ar: pages made: 8, menus made: 2" in world["output"]
    ar_pages = Page.objects.filter(locale__language_code="ar").exclude(pk=world["mau_ar"].pk)
    assert sorted(page.url for page in ar_pages) == sorted(
        ["/ar/", "/ar/about/privacy/", *(f"/ar/{section}/" for section in SECTIONS)]
    )
    assert all(page.live for page in ar_pages)
    assert set(
        NavigationMenu.objects.filter(locale__language_code="ar").values_list("place", flat=True)
    ) == {NavigationMenu.MAIN, NavigationMenu.FOOTER}
    # Profiles are not copied: every language lists them as they are (see the directory).
    assert client.get("/ar/landscapes/kenya-hills/").status_code == 404
    # Spanish had its home page: its editors never translated About, and nothing makes them.
    assert client.get("/es/about/").status_code == 404


def test_the_command_adds_what_a_language_lacks_and_nothing_else(world, client):
    make_standard_page(world["home"], title="Contact", slug="contact", intro="Write to us.")

    output = io.StringIO()
    call_command("add_language", "ar", stdout=output)
    assert "ar: pages made: 1, menus made: 0" in output.getvalue()
    assert '<h1 lang="en" dir="ltr">Contact</h1>' in get(client, "/ar/contact/")

    again = io.StringIO()
    call_command("add_language", "ar", stdout=again)
    assert "ar: pages made: 0, menus made: 0" in again.getvalue()


def test_the_command_refuses_a_language_the_settings_do_not_have(world):
    with pytest.raises(CommandError, match="not one of the site's languages"):
        call_command("add_language", "de", stdout=io.StringIO())


def test_the_home_page_in_arabic(world, client):
    html = get(client, "/ar/")
    assert_an_arabic_page(html, "/ar/")
    assert '<h1 lang="en" dir="ltr">Restoring landscapes together</h1>' in html
    assert '<p class="lead" lang="en" dir="ltr">Landscape partnerships find each other' in html
    # The landscapes its directory lists, whatever their language: not none.
    assert '<strong class="figures__value">2</strong> <span>landscapes</span>' in html


def test_a_directory_in_arabic(world, client):
    html = get(client, "/ar/landscapes/")
    assert_an_arabic_page(html, "/ar/landscapes/")
    assert '<h1 lang="en" dir="ltr">Landscapes</h1>' in html
    assert '<p class="lead" lang="en" dir="ltr">All.</p>' in html
    # An English profile, listed as it is, and the Arabic one not translated yet: both English.
    assert '<a href="/en/landscapes/kenya-hills/" hreflang="en" lang="en" dir="ltr">' in html
    assert '<a href="/ar/landscapes/mau-forest/" lang="en" dir="ltr">Mau forest</a>' in html


def test_a_landscape_in_arabic(world, client):
    html = get(client, "/ar/landscapes/mau-forest/")
    assert_an_arabic_page(html, "/ar/landscapes/mau-forest/")
    assert '<h1 lang="en" dir="ltr">Mau forest</h1>' in html
    assert (
        '<p class="lead" lang="en" dir="ltr">Tea farmers and foresters (since 2019) restore' in html
    )


def test_translated_text_is_no_longer_marked_as_english(world, client):
    summary = "مزارعو الشاي والحراجيون (منذ 2019) يعيدون الغابة."
    translate(world["mau"], locale("ar"), {world["mau"].summary: summary})
    html = get(client, "/ar/landscapes/mau-forest/")
    assert f'<p class="lead">{summary}</p>' in html
    # A landscape's name is the same in every language: not a text to translate, nor to mark.
    assert "<h1>Mau forest</h1>" in html
    assert '<a href="/ar/landscapes/mau-forest/">Mau forest</a>' in get(client, "/ar/landscapes/")
