"""A landscape (or organisation, or expert) written in one language is listed in every language
from the moment it is published: in its own language, marked so, until a translation exists;
then the translation instead, never both. Its page says which languages it is not in yet, and
its alternates name only the languages it exists in (network/untranslated.py).

The site is built once for the module; each test's changes are rolled back after it."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from network.factories import make_directory_site, make_expert, make_landscape, make_organisation
from tests.queries import PAGE_QUERY_LIMIT, queries_for
from tests.worlds import module_world
from website.factories import translate_page

pytestmark = pytest.mark.django_db

CARD = re.compile(
    r'<h3 class="card__title"><a href="(?P<url>[^"]+)"(?: hreflang="(?P<hreflang>[^"]+)")?'
    r'(?: lang="(?P<lang>[^"]+)" dir="ltr")?>(?P<title>[^<]+)</a>'
    r'(?: <small class="card__language" lang="(?P<marker_lang>[^"]+)" dir="ltr">'
    r"\((?P<marker>[^)]+)\)"
    r"</small>)?</h3>"
)


def cards(client, url):
    """{link: the card's title and language marks} of a directory page as a visitor gets it
    (a landscape's name is the same in every language: its versions differ by their address)."""
    response = client.get(url)
    assert response.status_code == 200
    return {match["url"]: match.groupdict() for match in CARD.finditer(response.content.decode())}


def listed(client, url):
    return set(cards(client, url))


def facet_counts(html, param):
    option = rf'name="{param}" value="([^"]+)"[^>]*> [^<]+ <span class="facet__count">\((\d+)\)'
    return {value: int(count) for value, count in re.findall(option, html)}


def build_world():
    sites = make_directory_site()
    es, fr = sites["es"], sites["fr"]
    kenya = make_landscape(sites["en"]["landscapes"], title="Kenya hills", slug="kenya-hills")
    choco = make_landscape(
        es["landscapes"],
        title="Paisaje del Chocó",
        slug="paisaje-del-choco",
        summary="Restauramos los bosques con las comunidades.",
        countries=["CO"],
        region="latin-america",
        boundary=None,
        centre_latitude=5.7,
        centre_longitude=-76.6,
    )
    mayombe = make_landscape(fr["landscapes"], title="Forêt du Mayombe", slug="mayombe")
    return {
        "sites": sites,
        "kenya": kenya,
        "kenya_es": translate_page(kenya, "es", {kenya.summary: "Una alianza de paisaje."}),
        "choco": choco,
        "mayombe": mayombe,
        # Made after the French source: the French version stands in elsewhere.
        "mayombe_pt": translate_page(mayombe, "pt"),
        "fundacion": make_organisation(
            es["organisations"], title="Fundación Selva", slug="fundacion-selva"
        ),
        "lucia": make_expert(
            es["experts"], title="Lucía Mena", slug="lucia-mena", headline="Ecóloga"
        ),
    }


world = module_world(build_world)


def test_a_landscape_only_in_spanish_is_listed_in_english_marked_spanish(client, world):
    english = cards(client, "/en/landscapes/")

    choco = english["/es/landscapes/paisaje-del-choco/"]
    assert choco["title"] == "Paisaje del Chocó"
    assert choco["lang"] == choco["hreflang"] == choco["marker_lang"] == "es"
    assert choco["marker"] == "Español"
    # The summary is marked too; English cards are not marked at all.
    html = client.get("/en/landscapes/").content.decode()
    assert '<p lang="es" dir="ltr">Restauramos los bosques con las comunidades.</p>' in html
    kenya = english[world["kenya"].url]
    assert kenya["lang"] is None and kenya["marker"] is None


def test_each_landscape_is_listed_once_in_every_language(client, world):
    kenya, kenya_es, choco = world["kenya"].url, world["kenya_es"].url, world["choco"].url
    mayombe, mayombe_pt = world["mayombe"].url, world["mayombe_pt"].url
    # The French source of Mayombe, not its later Portuguese translation.
    assert listed(client, "/en/landscapes/") == {kenya, choco, mayombe}
    spanish = cards(client, "/es/landscapes/")
    assert set(spanish) == {kenya_es, choco, mayombe}
    assert spanish[choco]["lang"] is None and spanish[kenya_es]["lang"] is None
    assert spanish[mayombe]["marker"] == "Français"
    # No French version of Kenya hills: the default language's stands in, not the Spanish.
    french = cards(client, "/fr/landscapes/")
    assert set(french) == {kenya, choco, mayombe}
    assert french[kenya]["lang"] == "en"
    assert french[kenya]["marker"] == "English"
    assert listed(client, "/pt/landscapes/") == {kenya, choco, mayombe_pt}


def test_once_translated_the_translation_is_listed_instead(client, world):
    choco = world["choco"]
    english_summary = "We restore the forests with the communities."
    draft = translate_page(choco, "en", {choco.summary: english_summary}, publish=False)
    assert listed(client, "/en/landscapes/") >= {choco.url}  # a draft is no translation

    draft.save_revision().publish()

    english = cards(client, "/en/landscapes/")
    assert choco.url not in english
    assert english["/en/landscapes/paisaje-del-choco/"]["lang"] is None
    # French still has no version of its own: the default language's stands in now.
    french = cards(client, "/fr/landscapes/")
    assert choco.url not in french
    assert french["/en/landscapes/paisaje-del-choco/"]["lang"] == "en"


def test_a_draft_or_private_page_is_listed_nowhere(client, world):
    draft = make_landscape(world["sites"]["es"]["landscapes"], title="Borrador")
    draft.unpublish()
    private = make_landscape(world["sites"]["es"]["landscapes"], title="Privado")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    for language in ("en", "es", "fr"):
        titles = {card["title"] for card in cards(client, f"/{language}/landscapes/").values()}
        assert not {"Borrador", "Privado"} & titles, language
    features = client.get("/en/landscapes/map/").json()["features"]
    assert not {"Borrador", "Privado"} & {feature["properties"]["name"] for feature in features}


def test_facets_count_and_filter_untranslated_landscapes(client, world):
    html = client.get("/en/landscapes/").content.decode()
    assert facet_counts(html, "country") == {"KE": 2, "CO": 1}
    assert facet_counts(html, "region") == {"africa": 2, "latin-america": 1}
    assert "3 results" in html

    assert listed(client, "/en/landscapes/?country=CO") == {world["choco"].url}
    assert listed(client, "/en/landscapes/?region=africa") == {
        world["kenya"].url,
        world["mayombe"].url,
    }


def test_the_directory_search_finds_untranslated_landscapes(client, world):
    assert listed(client, "/en/landscapes/?q=bosques") == {world["choco"].url}
    # A page's other versions are not listed beside the one the language shows.
    assert listed(client, "/en/landscapes/?q=Mayombe") == {world["mayombe"].url}
    assert listed(client, "/es/landscapes/?q=Kenya") == {world["kenya_es"].url}


def test_the_maps_carry_untranslated_landscapes_marked_with_their_language(client, world):
    features = {
        feature["properties"]["name"]: feature
        for feature in client.get("/en/landscapes/map/").json()["features"]
    }
    assert set(features) == {"Kenya hills", "Paisaje del Chocó", "Forêt du Mayombe"}
    choco = features["Paisaje del Chocó"]
    assert choco["geometry"]["coordinates"] == [-76.6, 5.7]
    assert choco["properties"]["url"] == world["choco"].url
    assert choco["properties"]["lang"] == "es"
    assert choco["properties"]["language_name"] == "Español"
    assert "lang" not in features["Kenya hills"]["properties"]

    collection = client.get("/api/landscapes.geojson?lang=en").json()["features"]
    by_name = {feature["properties"]["name"]: feature["properties"] for feature in collection}
    assert set(by_name) == {"Kenya hills", "Paisaje del Chocó", "Forêt du Mayombe"}
    assert (
        by_name["Paisaje del Chocó"]["url"] == "http://testserver/es/landscapes/paisaje-del-choco/"
    )
    assert by_name["Paisaje del Chocó"]["language"] == "es"
    assert by_name["Paisaje del Chocó"]["lang"] == "es"
    assert by_name["Kenya hills"]["language"] == "en"
    assert "lang" not in by_name["Kenya hills"]


def test_organisations_and_experts_are_listed_before_they_are_translated(client, world):
    organisation = cards(client, "/en/organisations/")[world["fundacion"].url]
    assert organisation["title"] == "Fundación Selva"
    assert organisation["marker"] == "Español"
    expert = cards(client, "/fr/experts/")[world["lucia"].url]
    assert expert["lang"] == "es"
    assert '<span lang="es" dir="ltr">Ecóloga</span>' in client.get("/fr/experts/").content.decode()


def test_untranslated_pages_cost_the_directory_no_query(client, world):
    spanish = world["sites"]["es"]
    url = "/en/landscapes/?region=africa"
    with_some = queries_for(client, url)
    for number in range(12):
        make_landscape(spanish["landscapes"], title=f"Paisaje {number}")
    for _ in range(5):
        translate_page(make_landscape(spanish["landscapes"]), "en")
    assert queries_for(client, url) == with_some <= PAGE_QUERY_LIMIT
    assert len(cards(client, url)) == 2 + 17


def not_yet_translated(html):
    """The languages the page's note names, as (lang attribute, name)."""
    note = re.search(r'<p class="notice" id="not-yet-translated" role="note">(.*?)</p>', html)
    return re.findall(r'<span lang="([^"]+)" dir="[a-z]+">([^<]+)</span>', note[1]) if note else []


def test_the_page_says_which_languages_it_is_not_in_yet(client, world):
    choco = world["choco"]
    assert not_yet_translated(client.get(choco.url).content.decode()) == [
        ("en", "English"),
        ("fr", "Français"),
        ("pt", "Português"),
    ]
    english = translate_page(choco, "en")
    assert not_yet_translated(client.get(english.url).content.decode()) == [
        ("fr", "Français"),
        ("pt", "Português"),
    ]
    translate_page(choco, "fr")
    translate_page(choco, "pt")
    assert not_yet_translated(client.get(choco.url).content.decode()) == []


def test_an_organisation_page_says_it_too(client, world):
    html = client.get(world["fundacion"].url).content.decode()
    assert ("en", "English") in not_yet_translated(html)


def test_alternates_name_only_the_languages_a_page_exists_in(client, world):
    choco = world["choco"]
    html = client.get(choco.url).content.decode()
    alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html)
    assert alternates == [("es", "http://testserver/es/landscapes/paisaje-del-choco/")]
    json_ld = json.loads(re.search(r'"application/ld\+json">(.*?)</script>', html, re.S)[1])
    assert json_ld["url"] == "http://testserver/es/landscapes/paisaje-del-choco/"
    assert '<html lang="es"' in html  # schema.org's Place has no inLanguage

    sitemap = ET.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    entries = [
        (url.find("s:loc", ns).text, [link.get("hreflang") for link in url.findall("x:link", ns)])
        for url in sitemap.findall("s:url", ns)
        if "choco" in url.find("s:loc", ns).text
    ]
    assert entries == [("http://testserver/es/landscapes/paisaje-del-choco/", ["es"])]
