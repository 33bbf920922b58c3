"""Landscape, organisation and expert profiles render in every language with their facts, links
from the other side of each relation, and schema.org data."""

import json
import re

import pytest
from django.conf import settings

from network.factories import make_directory_site, make_expert, make_landscape, make_organisation
from tests.worlds import make_themes, module_world, with_current_child_counts
from website.factories import translate_page

LANGUAGES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
pytestmark = pytest.mark.django_db


def json_ld(html):
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )


def build_world():
    """A landscape, its partner organisation and its expert, in every language, on the
    directory site."""
    directory_site = make_directory_site()
    themes = make_themes()
    en = directory_site["en"]
    organisation = make_organisation(
        en["organisations"], title="Green Valley Trust", themes=[themes["water"]]
    )
    landscape = make_landscape(
        en["landscapes"],
        title="Kerio Valley",
        slug="kerio-valley",
        summary="Terraces and trees along the Kerio river.",
        countries=["KE", "UG"],
        population=120000,
        partnership_status="yes",
        partnership_year=2019,
        element_partnership=3,
        return_natural="Springs flow again.",
        objectives="Restore 5,000 hectares.",
        themes=[themes["restoration"]],
        partners=[(organisation, "convener", 2019)],
        contact_email="kerio-secret@example.org",
    )
    expert = make_expert(
        en["experts"],
        title="Amina Odhiambo",
        slug="amina-odhiambo",
        headline="Hydrologist",
        organisation=organisation,
        landscapes=[landscape],
        orcid="0000-0002-1825-0097",
        contact_email="amina-secret@example.org",
        themes=[themes["water"]],
    )
    pages = {"landscape": landscape, "organisation": organisation, "expert": expert}
    network = {
        language: {
            kind: page
            if language == "en"
            else translate_page(page, language, {page.slug: page.slug})
            for kind, page in pages.items()
        }
        for language in LANGUAGES
    }
    return {"directory_site": directory_site, "themes": themes, "network": network}


world = module_world(build_world)


# The module's tests share its world's site and themes (each test rolled back).
@pytest.fixture
def directory_site(world, db):
    return with_current_child_counts(world["directory_site"])


@pytest.fixture
def themes(world, db):
    return world["themes"]


@pytest.fixture
def network(world, db):
    return world["network"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_landscape_profile(client, network, language):
    page = network[language]["landscape"]
    response = client.get(f"/{language}/landscapes/kerio-valley/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}"' in html
    # The translations here are not begun: their text is the English, and says so.
    marked = "" if language == "en" else ' lang="en" dir="ltr"'
    assert f"<h1{marked}>Kerio Valley</h1>" in html
    assert f'<p class="lead"{marked}>{page.summary}</p>' in html
    assert "Springs flow again." in html
    # The partner and the expert are linked in the visitor's language.
    organisation = network[language]["organisation"]
    assert f'<a href="{organisation.url}">Green Valley Trust</a>' in html
    assert f'<a href="{network[language]["expert"].url}">Amina Odhiambo</a>' in html
    assert "kerio-secret@example.org" not in html
    data = json_ld(html)
    assert data["@type"] == "Place"
    assert data["geo"]["@type"] == "GeoCoordinates"
    assert len(data["containedInPlace"]) == 2


def test_landscape_facts_are_in_the_visitors_language(client, network):
    html = client.get("/es/landscapes/kerio-valley/").content.decode()
    assert "Kenia, Uganda" in html
    assert "Restauración" in html  # the theme's Spanish name
    assert "120.000" in html or "120 000" in html or "120\xa0000" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_organisation_profile_lists_its_landscapes_and_experts(client, network, language):
    page = network[language]["organisation"]
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<a href="{network[language]["landscape"].url}">Kerio Valley</a>' in html
    assert f'<a href="{network[language]["expert"].url}">Amina Odhiambo</a>' in html
    assert json_ld(html)["@type"] == "Organization"
    assert page.contact_email not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_expert_profile(client, network, language):
    page = network[language]["expert"]
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Amina Odhiambo</h1>" in html
    assert f'<a href="{network[language]["organisation"].url}">Green Valley Trust</a>' in html
    assert 'href="https://orcid.org/0000-0002-1825-0097"' in html
    assert "amina-secret@example.org" not in html
    data = json_ld(html)
    assert data["@type"] == "Person"
    assert data["jobTitle"] == "Hydrologist"
    assert "https://orcid.org/0000-0002-1825-0097" in data["sameAs"]


def test_a_profile_not_confirmed_for_a_year_says_so(client, directory_site):
    import datetime

    index = directory_site["en"]["experts"]
    stale = make_expert(index, last_confirmed=datetime.date.today() - datetime.timedelta(days=400))
    fresh = make_expert(index, last_confirmed=datetime.date.today())
    assert "last confirmed as current" in client.get(stale.url).content.decode()
    assert "last confirmed as current" not in client.get(fresh.url).content.decode()


@pytest.mark.parametrize("kind", ["landscapes", "organisations", "experts"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_directory_pages_render(client, network, kind, language):
    response = client.get(f"/{language}/{kind}/")
    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()


def test_home_page_maps_every_live_landscape(client, network):
    html = client.get("/fr/").content.decode()
    map_url = re.search(r'data-geojson-url="([^"]+)"', html).group(1)
    assert map_url == "/fr/landscapes/map/"
    data = client.get(map_url).json()
    assert [feature["properties"]["url"] for feature in data["features"]] == [
        network["fr"]["landscape"].url
    ]
    assert 'href="/fr/landscapes/"' in html


def test_relations_changed_on_the_source_reach_its_translations(directory_site, themes):
    from website.factories import locale
    from website.translation import translate

    landscape = make_landscape(directory_site["en"]["landscapes"], themes=[themes["water"]])
    spanish = translate_page(landscape, "es")
    assert [theme.slug for theme in spanish.themes.all()] == ["water"]

    landscape.themes = [themes["finance"]]
    landscape.save_revision().publish()
    translate(landscape, locale("es"), {})  # "Sync translated pages", as a translator does
    spanish.refresh_from_db()
    assert [theme.slug for theme in spanish.themes.all()] == ["finance"]
