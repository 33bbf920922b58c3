"""Terraso in both directions: /<lang>/landscapes/<slug>/json/ in the shape of Terraso's
LandscapeExportView, and landscapes imported from Terraso's exports (today's shape, the 2023
shape, ours), by manage.py import_terraso and the admin."""

import copy
import io
import json
import threading
import time
import uuid
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from network.factories import make_landscape, make_organisation, square
from network.models import LandscapePage
from network.roles import ensure_roles
from network.terraso_import import ImportRefused, import_landscape, read_export
from tests.worlds import module_world
from website.factories import locale, translate_page
from website.models import EcosystemType

pytestmark = pytest.mark.django_db

TERRASO_ID = "7f3c1b2a-1d5e-4c57-9a43-0a6f9d8e2b11"
# terraso-backend's LandscapeExportView.to_json, key by key, in its order; then ours.
TERRASO_KEYS = (
    "id", "name", "description", "region", "publicContactEmail", "website", "areaPolygon",
    "areaTypes", "areaScalarHa", "population", "profileImage", "profileImageDescription",
    "taxonomyTerms", "organizationsInvolved", "developmentStrategy", "lastUpdated",
)  # fmt: skip
EXTRA_KEYS = (
    "slug", "url", "language", "countries", "partnershipStatus", "partnershipYear",
    "centerCoordinates", "partners",
)  # fmt: skip
# Terraso terms that Sierra Verde keeps: no taxonomy here has them.
KEPT_TERMS = [
    {
        "type": "LIVELIHOOD",
        "value": {"original": "Crop farming", "eng": "Crop farming", "spa": "Cultivos agrícolas"},
    },
    {"type": "COMMODITY", "value": {"original": "Coffee", "eng": "Coffee", "spa": "Café"}},
]


def _ecosystem_type(slug, english, spanish, terraso=""):
    term = EcosystemType.objects.create(
        name=english, slug=slug, locale=locale("en"), terraso_ecosystem_type=terraso
    )
    EcosystemType.objects.create(
        name=spanish,
        slug=slug,
        locale=locale("es"),
        translation_key=term.translation_key,
        terraso_ecosystem_type=terraso,
    )
    return term


def _build():
    from network.factories import make_directory_site

    site = make_directory_site()
    forest = _ecosystem_type(
        "tropical-forest", "Tropical forest", "Bosque tropical", "Forest, Tropical"
    )
    mosaic = _ecosystem_type("agricultural-mosaic", "Agricultural mosaic", "Mosaico agrícola")
    partner = make_organisation(site["en"]["organisations"], title="Sierra Water Trust")
    full = make_landscape(
        site["en"]["landscapes"],
        title="Sierra Verde",
        slug="sierra-verde",
        summary="Farmers and foresters restoring a watershed.",
        countries=["PE"],
        region="latin-america",
        boundary=square(-72, -13),
        population=120000,
        area_types=["rural", "peri-urban"],
        partnership_status="yes",
        partnership_year=2019,
        objectives="Restore 10,000 ha.",
        main_challenges="Erosion",
        opportunities="Coffee",
        intervention_strategy="Terraces",
        website="https://sierraverde.example.org",
        other_stakeholders="Village council of Urubamba",
        terraso_id=uuid.UUID(TERRASO_ID),
        terraso_terms=copy.deepcopy(KEPT_TERMS),
        ecosystem_types=[forest, mosaic],
        partners=[(partner, "convener", 2018)],
    )
    spanish = translate_page(full, "es")
    for language in ("fr", "pt"):
        translate_page(full, language)
    bare = make_landscape(
        site["en"]["landscapes"],
        title="Bare",
        slug="bare",
        boundary=None,
        countries=["KE", "TZ"],
        partnership_status="",
    )
    pin = make_landscape(
        site["en"]["landscapes"],
        title="Pin",
        slug="pin",
        boundary=None,
        centre_latitude=-1.5,
        centre_longitude=36.8,
    )
    ensure_roles()
    users = {}
    for role, group in [
        ("editor", "Editors"),
        ("moderator", "Moderators"),
        ("translator", "Translators"),
        ("expert", "Experts"),
    ]:
        user = get_user_model().objects.create_user(role, f"{role}@example.org", "a-long-pass-77")
        user.groups.add(Group.objects.get(name=group))
        users[role] = user
    return {
        "users": users,
        "site": site,
        "full": full,
        "spanish": spanish,
        "bare": bare,
        "pin": pin,
        "partner": partner,
        "forest": forest,
        "mosaic": mosaic,
    }


world = module_world(_build)


def _export(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.content
    assert response["Access-Control-Allow-Origin"] == "*"
    return response.json()


# --- Out -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        *[f"/{language}/landscapes/sierra-verde/json/" for language in ("en", "es", "fr", "pt")],
        "/en/landscapes/bare/json/",
        "/en/landscapes/pin/json/",
    ],
)
def test_the_export_has_terrasos_keys_in_terrasos_order_then_ours(client, world, path):
    data = _export(client, path)
    assert tuple(data)[: len(TERRASO_KEYS)] == TERRASO_KEYS
    assert tuple(data)[len(TERRASO_KEYS) :] == EXTRA_KEYS
    assert isinstance(data["id"], str) and uuid.UUID(data["id"])
    for key in [
        "name",
        "description",
        "region",
        "publicContactEmail",
        "website",
        "profileImage",
        "profileImageDescription",
    ]:
        assert isinstance(data[key], str), key
    assert len(data["description"]) <= 600
    assert data["areaTypes"] is None or set(data["areaTypes"]) <= {"rural", "peri-urban", "urban"}
    assert data["areaScalarHa"] is None or isinstance(data["areaScalarHa"], float)
    assert data["population"] is None or isinstance(data["population"], int)
    assert isinstance(data["organizationsInvolved"]["stakeholders"], list)
    assert data["developmentStrategy"] is None or set(data["developmentStrategy"]) == {
        "objectives",
        "problemSituation",
        "interventionStrategy",
        "opportunities",
    }
    assert isinstance(data["lastUpdated"], float)
    for term in data["taxonomyTerms"]:
        assert term["type"] in {
            "ECOSYSTEM_TYPE",
            "LANGUAGE",
            "LIVELIHOOD",
            "COMMODITY",
            "AGRICULTURAL_PRODUCTION_METHOD",
        }
        assert {"original", "eng", "spa"} <= set(term["value"])


def test_the_export_of_a_landscape_from_terraso(client, world):
    data = _export(client, "/en/landscapes/sierra-verde/json/")
    assert data["id"] == TERRASO_ID
    assert data["name"] == "Sierra Verde"
    assert data["description"] == "Farmers and foresters restoring a watershed."
    assert data["region"] == "PE"
    assert data["areaPolygon"]["features"][0]["geometry"]["type"] == "Polygon"
    assert data["organizationsInvolved"] == {
        "stakeholders": ["Sierra Water Trust", "Village council of Urubamba"]
    }
    assert data["developmentStrategy"] == {
        "objectives": "Restore 10,000 ha.",
        "problemSituation": "Erosion",
        "interventionStrategy": "Terraces",
        "opportunities": "Coffee",
    }
    assert data["taxonomyTerms"] == [
        # no Terraso equivalent: under its own name
        {
            "type": "ECOSYSTEM_TYPE",
            "value": {
                "original": "Agricultural mosaic",
                "eng": "Agricultural mosaic",
                "spa": "Mosaico agrícola",
            },
        },
        # mapped by the editors' table to Terraso's own type
        {
            "type": "ECOSYSTEM_TYPE",
            "value": {
                "original": "Forest, Tropical",
                "eng": "Forest, Tropical",
                "spa": "Bosque, Tropical",
            },
        },
        *KEPT_TERMS,  # kept as Terraso gave them
    ]
    assert data["partnershipStatus"] == "yes"
    assert data["partners"][0]["name"] == "Sierra Water Trust"
    assert data["partners"][0]["role"] == "convener"


def test_the_spanish_export_names_terms_in_spanish_and_says_its_language(client, world):
    data = _export(client, "/es/landscapes/sierra-verde/json/")
    assert data["language"] == "es"
    assert data["url"].endswith("/es/landscapes/sierra-verde/")
    mosaic = data["taxonomyTerms"][0]["value"]
    assert mosaic == {
        "original": "Mosaico agrícola",
        "eng": "Agricultural mosaic",
        "spa": "Mosaico agrícola",
    }
    assert data["partners"][0]["roleLabel"] == "Socio convocante"


def test_the_french_export_adds_the_pages_language(client, world):
    data = _export(client, "/fr/landscapes/sierra-verde/json/")
    assert data["taxonomyTerms"][0]["value"]["fra"] == "Agricultural mosaic"  # not translated yet


def test_a_landscape_without_strategy_boundary_or_partners(client, world):
    data = _export(client, "/en/landscapes/bare/json/")
    assert data["developmentStrategy"] is None
    assert data["areaPolygon"] is None
    assert data["organizationsInvolved"] == {"stakeholders": []}
    assert data["region"] == ""  # across a border: Terraso holds one country
    assert data["countries"] == ["KE", "TZ"]
    assert data["partnershipStatus"] == ""  # not known stays not known
    assert data["id"] == str(world["bare"].translation_key)


def test_a_pin_only_landscape_is_a_point_feature(client, world):
    data = _export(client, "/en/landscapes/pin/json/")
    assert data["areaPolygon"] == {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [36.8, -1.5]},
                "properties": {},
            }
        ],
    }


def test_last_updated_follows_a_partners_change(client, world):
    before = _export(client, "/en/landscapes/sierra-verde/json/")["lastUpdated"]
    partner = world["partner"]
    partner.last_published_at = timezone.now() + timedelta(hours=1)
    partner.save()
    after = _export(client, "/en/landscapes/sierra-verde/json/")["lastUpdated"]
    assert after == pytest.approx(partner.last_published_at.timestamp())
    assert after > before


def test_unknown_landscapes_and_formats_answer_terrasos_json_errors(client, world):
    response = client.get("/en/landscapes/nowhere/json/")
    assert response.status_code == 404
    assert response.json() == {"error": "Landscape not found"}
    response = client.get("/en/landscapes/sierra-verde/xml/")
    assert response.status_code == 400
    assert response.json() == {"error": "Format not supported"}
    # The page's own routes stay the page's.
    assert client.get("/en/landscapes/sierra-verde/claim/").status_code in (200, 302)
    assert client.get("/en/landscapes/sierra-verde/").status_code == 200


# --- In --------------------------------------------------------------------------------------

TERRASO_EXPORT = {
    "id": "0c1d2e3f-4a5b-4c6d-8e7f-901234567890",
    "name": "Laguna Negra",
    "description": "A high Andean wetland kept by six communities.",
    "region": "PE",
    "publicContactEmail": "laguna@example.org",
    "website": "www.lagunanegra.example.org",
    "areaPolygon": {
        "type": "FeatureCollection",
        "bbox": [-72.0, -14.0, -71.5, -13.5],
        "features": [{"type": "Feature", "geometry": square(-72, -14), "properties": {}}],
    },
    "areaTypes": ["rural"],
    "areaScalarHa": 300000.5,
    "population": 4200,
    "profileImage": "",
    "profileImageDescription": "Llamas by the lake",
    "taxonomyTerms": [
        {
            "type": "ECOSYSTEM_TYPE",
            "value": {
                "original": "Forest, Tropical",
                "eng": "Forest, Tropical",
                "spa": "Bosque, Tropical",
            },
        },
        {
            "type": "ECOSYSTEM_TYPE",
            "value": {"original": "Wetlands", "eng": "Wetlands", "spa": "Humedales"},
        },
        {"type": "LANGUAGE", "value": {"original": "Quechua", "eng": "Quechua", "spa": "Quechua"}},
        {
            "type": "LIVELIHOOD",
            "value": {
                "original": "Cattle and livestock farming",
                "eng": "Cattle and livestock farming",
                "spa": "Ganadería",
            },
        },
        {"type": "COMMODITY", "value": {"original": "Wool", "eng": "Wool", "spa": "Lana"}},
        {
            "type": "AGRICULTURAL_PRODUCTION_METHOD",
            "value": {"original": "Agroecology", "eng": "Agroecology", "spa": "Agroecología"},
        },
    ],
    "organizationsInvolved": {"stakeholders": ["sierra water trust", "Comunidad de Pampa"]},
    "developmentStrategy": {
        "objectives": "Keep the wetland wet.",
        "problemSituation": "Overgrazing",
        "interventionStrategy": "Rotational grazing",
        "opportunities": "Wool",
    },
    "lastUpdated": 1700000000.0,
}


def _import(data=None, **options):
    return import_landscape(copy.deepcopy(data or TERRASO_EXPORT), fetch_image=False, **options)


def test_an_import_creates_a_draft_with_every_field(world):
    outcome = _import(region="")
    page = outcome.page.get_latest_revision_as_object()
    assert outcome.action == "created" and not outcome.page.live
    assert page.title == "Laguna Negra" and page.slug == "laguna-negra"
    assert str(page.terraso_id) == TERRASO_EXPORT["id"]
    assert page.summary == "A high Andean wetland kept by six communities."
    assert [country.code for country in page.countries] == ["PE"]
    assert page.region == "latin-america"
    assert page.website == "https://www.lagunanegra.example.org"
    assert page.contact_email == "laguna@example.org"
    assert page.boundary["type"] == "Polygon"
    assert page.area_hectares > 250000  # worked out from the boundary
    assert list(page.area_types) == ["rural"]
    assert page.population == 4200
    assert page.partnership_status == ""  # Terraso's export does not say
    assert page.main_challenges == "Overgrazing" and page.opportunities == "Wool"
    assert page.image_description == "Llamas by the lake"
    assert [term.slug for term in page.ecosystem_types.all()] == ["tropical-forest"]
    assert [
        (term["type"], term["value"]["original"], term["value"]["spa"])
        for term in page.terraso_terms
    ] == [
        ("ECOSYSTEM_TYPE", "Wetlands", "Humedales"),  # no type here maps to it: kept as it came
        ("LANGUAGE", "Quechua", "Quechua"),
        ("LIVELIHOOD", "Cattle and livestock farming", "Ganadería"),
        ("COMMODITY", "Wool", "Lana"),
        ("AGRICULTURAL_PRODUCTION_METHOD", "Agroecology", "Agroecología"),
    ]
    assert [partner.organisation for partner in page.partners.all()] == [world["partner"]]
    assert outcome.unmatched_stakeholders == ["Comunidad de Pampa"]
    assert page.other_stakeholders == "Comunidad de Pampa"


def test_importing_the_same_export_twice_changes_nothing(world):
    first = _import()
    revisions = first.page.revisions.count()
    second = _import()
    assert second.action == "unchanged"
    assert second.page.pk == first.page.pk
    assert second.page.revisions.count() == revisions
    assert LandscapePage.objects.filter(slug="laguna-negra").count() == 1


def test_a_changed_export_updates_the_landscape_it_came_from(world):
    first = _import(publish=True)
    changed = copy.deepcopy(TERRASO_EXPORT)
    changed["name"] = "Laguna Negra Partnership"
    changed["population"] = 5000
    changed["developmentStrategy"] = None
    outcome = _import(changed)
    assert outcome.action == "updated" and outcome.page.pk == first.page.pk
    draft = outcome.page.get_latest_revision_as_object()
    assert draft.population == 5000 and draft.objectives == ""
    live = LandscapePage.objects.get(pk=first.page.pk)
    assert live.population == 4200  # a draft: the public page waits for an editor
    assert live.slug == "laguna-negra"


def test_publish_publishes(client, world):
    outcome = _import(publish=True)
    assert outcome.published
    data = _export(client, "/en/landscapes/laguna-negra/json/")
    assert data["id"] == TERRASO_EXPORT["id"]
    assert data["organizationsInvolved"]["stakeholders"] == [
        "Sierra Water Trust",
        "Comunidad de Pampa",
    ]
    page = client.get("/en/landscapes/laguna-negra/").content.decode()
    assert "Quechua" in page and "Ganadería" not in page and "Comunidad de Pampa" in page
    spanish = client.get("/es/landscapes/laguna-negra/")
    assert spanish.status_code == 404  # not translated yet; the English page is the landscape's


def test_terrasos_2023_shape_is_read(world):
    old = copy.deepcopy(TERRASO_EXPORT)
    old.pop("organizationsInvolved")
    old["associatedGroups"] = ["Comunidad de Pampa"]
    old["taxonomyTerms"] = [
        {
            "type": "ecosystem-type",
            "value": {"original": "Wetlands", "en": "Wetlands", "es": "Humedales"},
        },
        {"type": "organization", "value": {"original": "Sierra Water Trust", "en": "", "es": ""}},
        {"type": "commodity", "value": {"original": "Wool", "en": "Wool", "es": "Lana"}},
    ]
    old["developmentStrategy"]["oppurtunities"] = old["developmentStrategy"].pop("opportunities")
    page = _import(old).page.get_latest_revision_as_object()
    assert [(t["type"], t["value"]["eng"], t["value"]["spa"]) for t in page.terraso_terms] == [
        ("ECOSYSTEM_TYPE", "Wetlands", "Humedales"),
        ("COMMODITY", "Wool", "Lana"),
    ]
    assert [partner.organisation for partner in page.partners.all()] == [world["partner"]]
    assert page.other_stakeholders == "Comunidad de Pampa"
    assert page.opportunities == "Wool"


def test_a_pin_only_landscape_comes_in_as_a_centre(world):
    pin = copy.deepcopy(TERRASO_EXPORT)
    pin["areaPolygon"] = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-71.9, -13.5]}}
        ],
    }
    page = _import(pin).page.get_latest_revision_as_object()
    assert page.boundary is None
    assert (page.centre_latitude, page.centre_longitude) == (-13.5, -71.9)
    assert page.area_hectares == 300000.5  # Terraso's figure: there is no boundary to measure


def test_several_polygons_come_in_as_a_multipolygon(world):
    several = copy.deepcopy(TERRASO_EXPORT)
    several["areaPolygon"]["features"] = [
        {"type": "Feature", "geometry": square(-72, -14), "properties": {}},
        {"type": "Feature", "geometry": square(-70, -12), "properties": {}},
    ]
    page = _import(several).page.get_latest_revision_as_object()
    assert page.boundary["type"] == "MultiPolygon"
    assert len(page.boundary["coordinates"]) == 2


def test_the_round_trip_gives_the_same_terraso_values(client, world):
    """Export → import into an empty site → export: the same Terraso keys and values (ids,
    lastUpdated and the image's address aside: the copy is ours)."""
    original = _export(client, "/en/landscapes/sierra-verde/json/")
    for page in LandscapePage.objects.filter(slug="sierra-verde"):
        page.delete()
    EcosystemType.objects.all().delete()
    world["partner"].delete()
    outcome = import_landscape(original, publish=True, fetch_image=False)
    assert outcome.unmatched_stakeholders == ["Sierra Water Trust", "Village council of Urubamba"]
    again = _export(client, "/en/landscapes/sierra-verde/json/")
    for key in set(TERRASO_KEYS) - {"id", "lastUpdated", "profileImage"}:
        assert again[key] == original[key], key
    assert again["id"] == original["id"]  # the id it came with is kept


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": ""}, "name: is missing"),
        ({"name": 5}, "name: must be text."),
        ({"region": "Narnia"}, "“NARNIA” is not a country code"),
        ({"population": -3}, "population: must be a positive number"),
        ({"population": "many"}, "population: must be a number or null."),
        ({"areaTypes": ["suburban"]}, "“suburban” is not an area type"),
        ({"website": "not a website"}, "website: is not a web address."),
        ({"publicContactEmail": "nobody"}, "publicContactEmail: is not an e-mail address."),
        ({"id": "not-an-id"}, "id: is not a Terraso landscape id"),
        ({"taxonomyTerms": [{"type": "LIVELIHOOD"}]}, "term 1 needs a “type” and a “value”."),
        ({"organizationsInvolved": {"stakeholders": "Everyone"}}, "stakeholders must be a list"),
        ({"developmentStrategy": "none"}, "developmentStrategy: must be a JSON object or null."),
        (
            {
                "areaPolygon": {
                    "type": "Polygon",
                    "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]],
                }
            },
            "areaPolygon: The boundary is not a valid polygon: Self-intersection",
        ),
        (
            {"areaPolygon": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}},
            "areaPolygon: holds a LineString",
        ),
        ({"region": "", "countries": None}, "region: names no country"),
        # Values of the wrong kind where a word is expected: refused, never a crash.
        ({"partnershipStatus": ["yes"]}, "is not a partnership status"),
        ({"areaTypes": [["rural"]]}, "is not an area type"),
        ({"areaPolygon": {"type": ["Polygon"], "coordinates": []}}, "areaPolygon: is not GeoJSON"),
        ({"areaPolygon": {"type": "FeatureCollection", "features": {}}}, "is not GeoJSON"),
        (
            {"areaPolygon": {"type": "FeatureCollection", "features": ["a square"]}},
            "areaPolygon: feature 1 has no geometry",
        ),
        (
            {
                "areaPolygon": {
                    "type": "FeatureCollection",
                    "features": [{"type": "Feature", "geometry": {"type": ["Polygon"]}}],
                }
            },
            "areaPolygon: feature 1 has no geometry",
        ),
        ({"population": 2_147_483_648}, "population: must be a positive number of sensible"),
        ({"areaScalarHa": float("inf")}, "areaScalarHa: must be a positive number of sensible"),
        ({"language": "es"}, "language: this is the export of a translation (“es”)"),
    ],
)
def test_bad_fields_are_refused_by_name_and_nothing_is_written(world, change, message):
    bad = {**copy.deepcopy(TERRASO_EXPORT), **change}
    pages = LandscapePage.objects.count()
    with pytest.raises(ImportRefused) as refused:
        _import(bad)
    assert any(message in text for text in refused.value.messages), refused.value.messages
    assert LandscapePage.objects.count() == pages


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html>Not found</html>", "This is not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (
            b'{"error": "Landscape not found"}',
            "The export answers with an error: Landscape not found",
        ),
        (b"\xff\xfe", "This is not JSON"),
        (b" " * (10 * 1024 * 1024 + 1), "larger than 10 MB"),
        (b'{"name": "Laguna", "population": NaN}', "NaN is not a JSON number"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)
def test_what_is_not_an_export_is_refused(world, content, message):
    with pytest.raises(ImportRefused) as refused:
        import_landscape(read_export(content), fetch_image=False)
    assert message in str(refused.value)


def _import_changed(publish=False, user=None, **changes):
    return _import({**copy.deepcopy(TERRASO_EXPORT), **changes}, publish=publish, user=user)


def test_an_export_without_a_description_gets_a_plain_summary_that_an_update_keeps(world):
    outcome = _import_changed(description="")
    page = outcome.page.get_latest_revision_as_object()
    assert page.summary == "A landscape partnership in Peru."
    assert "Terraso has no description of it: write its summary here." in outcome.notes
    page.summary = "Six communities keep a high wetland."
    page.save_revision()
    again = _import_changed(description="", population=5000)
    draft = again.page.get_latest_revision_as_object()
    assert draft.summary == "Six communities keep a high wetland." and draft.population == 5000


def test_a_published_import_brings_its_translations_up_to_date(client, world):
    first = _import(publish=True)
    translate_page(first.page, "es", {"Laguna Negra": "Laguna Negra"})
    outcome = _import_changed(publish=True, population=5000, areaTypes=["urban"])
    assert outcome.published and outcome.notes == []
    spanish = _export(client, "/es/landscapes/laguna-negra/json/")
    assert spanish["population"] == 5000 and spanish["areaTypes"] == ["urban"]


def test_a_draft_import_says_how_its_translations_follow(world):
    first = _import(publish=True)
    translate_page(first.page, "es")
    outcome = _import_changed(population=5000)
    assert outcome.notes == [
        "Its translations follow once it is published: then choose “Sync translated pages” in "
        "its actions."
    ]


def test_publishing_leaves_someone_elses_draft_for_an_editor(world):
    first = _import(publish=True)
    draft = first.page.get_latest_revision_as_object()
    draft.partnership_status = "yes"  # a field Terraso does not send
    draft.save_revision(user=world["users"]["editor"])
    outcome = _import_changed(publish=True, population=5000)
    assert not outcome.published
    assert outcome.notes[0].startswith("Not published: changes someone else made wait")
    live = LandscapePage.objects.get(pk=first.page.pk)
    assert (live.population, live.partnership_status) == (4200, "")
    latest = live.get_latest_revision_as_object()
    assert (latest.population, latest.partnership_status) == (5000, "yes")  # both kept


def test_a_locked_landscape_is_changed_only_by_who_locked_it(world):
    first = _import()
    editor = world["users"]["editor"]
    LandscapePage.objects.filter(pk=first.page.pk).update(
        locked=True, locked_by=editor, locked_at=timezone.now()
    )
    with pytest.raises(ImportRefused, match="Laguna Negra is locked against changes"):
        _import_changed(population=5000)
    assert _import_changed(population=5000, user=editor).action == "updated"


def test_an_import_may_not_change_a_landscape_its_user_may_not_edit(world):
    _import()
    with pytest.raises(ImportRefused, match="You may not change the landscape Laguna Negra"):
        _import_changed(population=5000, user=world["users"]["translator"])


def test_what_the_page_has_and_terraso_does_not_name_is_kept(world):
    from network.models import LandscapePartner

    first = _import(publish=True)
    fund = make_organisation(world["site"]["en"]["organisations"], title="Andes Fund")
    page = first.page.get_latest_revision_as_object()
    # Placed last, as the admin's list of partners places a new one (without a place, it would
    # come first on SQLite, which sorts empty places first, and last on PostgreSQL).
    place = len(page.partners.all())
    page.partners.add(LandscapePartner(organisation=fund, role="funder", sort_order=place))
    page.other_stakeholders += "\nWomen's weaving circle"
    page.region = "north-america"  # an editor's choice, whatever the country
    page.save_revision().publish()
    outcome = _import_changed(population=5000)
    draft = outcome.page.get_latest_revision_as_object()
    assert [partner.organisation.title for partner in draft.partners.all()] == [
        "Sierra Water Trust",
        "Andes Fund",
    ]
    assert draft.other_stakeholders == "Comunidad de Pampa\nWomen's weaving circle"
    assert draft.region == "north-america"
    assert outcome.notes == [
        "Kept, though Terraso does not name them: Andes Fund; Women's weaving circle."
    ]
    moved = _import_changed(region="KE").page.get_latest_revision_as_object()
    assert moved.region == "africa"  # another country: the region follows


def test_only_published_public_organisations_are_matched(world):
    draft = make_organisation(world["site"]["en"]["organisations"], title="Comunidad de Pampa")
    draft.unpublish()
    outcome = _import_changed(
        organizationsInvolved={"stakeholders": ["Sierra Water Trust", "Comunidad\nde  Pampa"]}
    )
    assert outcome.unmatched_stakeholders == ["Comunidad de Pampa"]


# --- The command, from files and addresses ---------------------------------------------------


def _png():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 120, 60)).save(buffer, format="PNG")
    return buffer.getvalue()


class _Exports(BaseHTTPRequestHandler):
    """A Terraso stand-in: /landscapes/laguna-negra/json, a slow one, and a 404."""

    def do_GET(self):
        if self.path == "/landscapes/laguna-negra/json":
            body = json.dumps(TERRASO_EXPORT).encode()
            self._answer(200, body)
        elif self.path == "/llamas.png":
            self._answer(200, _png(), "image/png")
        elif self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            for _ in range(20):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.5)
        else:
            self._answer(404, b'{"error": "Landscape not found"}')

    def _answer(self, status, body, content_type="application/json"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def terraso_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Exports)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_the_command_imports_a_file_and_an_address(
    world, tmp_path, terraso_server, settings, capsys
):
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True
    settings.TERRASO_APP_URL = "https://app.terraso.example"
    settings.TERRASO_API_URL = terraso_server
    export = tmp_path / "laguna.json"
    export.write_text(json.dumps(TERRASO_EXPORT))
    call_command("import_terraso", str(export), "--no-image")
    # Terraso's page address leads to its export; the same landscape: nothing changes.
    call_command(
        "import_terraso",
        "https://app.terraso.example/landscapes/laguna-negra/profile",
        "--no-image",
        "--publish",
    )
    out = capsys.readouterr().out
    assert "created “Laguna Negra” (draft)" in out
    assert "unchanged “Laguna Negra” (published)" in out
    assert "Kept as names (no organisation page matches): Comunidad de Pampa" in out
    assert LandscapePage.objects.get(slug="laguna-negra").live


def test_the_command_names_what_went_wrong(world, tmp_path, terraso_server, settings, capsys):
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    with pytest.raises(Exception, match="4 of 4 not imported"):
        call_command(
            "import_terraso",
            str(broken),
            str(tmp_path / "missing.json"),
            f"{terraso_server}/landscapes/nowhere/json",
            "http://127.0.0.1:9/landscapes/x/json",
        )
    err = capsys.readouterr().err
    assert "This is not JSON" in err
    assert "There is no file" in err
    assert "Landscape not found" in err
    assert "could not be reached" in err


def test_a_slow_server_is_given_up(world, terraso_server, settings):
    from network.terraso_import import fetch_export

    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True
    started = time.monotonic()
    with pytest.raises(ImportRefused, match="did not answer within"):
        fetch_export(f"{terraso_server}/slow", timeout=1)
    assert time.monotonic() - started < 4


def test_private_addresses_are_refused_by_default(world, settings):
    from network.terraso_import import fetch_export

    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False
    with pytest.raises(ImportRefused, match="not a public address"):
        fetch_export("http://127.0.0.1:9/landscapes/x/json")


# --- The admin's "Import from Terraso" -------------------------------------------------------

IMPORT_URL = "/admin/terraso/import/"


def _upload(content, name="laguna.json"):
    return SimpleUploadedFile(name, content, content_type="application/json")


def test_an_editor_imports_an_export_file_in_the_admin(client, world):
    client.force_login(world["users"]["editor"])
    dashboard = client.get("/admin/").content.decode()
    assert IMPORT_URL in dashboard  # the menu leads there
    response = client.post(
        IMPORT_URL, {"export_file": _upload(json.dumps(TERRASO_EXPORT).encode()), "region": ""}
    )
    html = response.content.decode()
    assert response.status_code == 200
    page = LandscapePage.objects.get(slug="laguna-negra")
    assert "Laguna Negra is imported as a draft" in html
    assert f"/admin/pages/{page.pk}/edit/" in html
    assert "Comunidad de Pampa" in html  # kept as a name, and said so
    again = client.post(IMPORT_URL, {"export_file": _upload(json.dumps(TERRASO_EXPORT).encode())})
    assert "nothing changed" in again.content.decode()


def test_the_admin_names_what_is_wrong_and_keeps_the_address(client, world, settings):
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False
    client.force_login(world["users"]["editor"])
    broken = {**TERRASO_EXPORT, "population": "many", "region": "Narnia"}
    html = client.post(IMPORT_URL, {"export_file": _upload(json.dumps(broken).encode())})
    html = html.content.decode()
    assert "population: must be a number or null." in html
    assert "region: “NARNIA” is not a country code (ISO 3166-1)." in html
    response = client.post(IMPORT_URL, {"address": "http://127.0.0.1:9/landscapes/x/json"})
    html = response.content.decode()
    assert "127.0.0.1 is not a public address." in html
    assert 'value="http://127.0.0.1:9/landscapes/x/json"' in html
    too_large = client.post(IMPORT_URL, {"export_file": _upload(b" " * (10 * 1024 * 1024 + 1))})
    assert "The file is larger than 10 MB" in too_large.content.decode()
    assert (
        "Give a Terraso address or choose an export file."
        in client.post(IMPORT_URL, {}).content.decode()
    )
    assert not LandscapePage.objects.filter(slug="laguna-negra").exists()


@pytest.mark.parametrize("role", ["anonymous", "moderator", "translator", "expert"])
def test_only_editors_may_import(client, world, role):
    if role != "anonymous":
        client.force_login(world["users"][role])
        assert IMPORT_URL not in client.get("/admin/").content.decode()
    for response in (
        client.get(IMPORT_URL),
        client.post(IMPORT_URL, {"export_file": _upload(json.dumps(TERRASO_EXPORT).encode())}),
    ):
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert "/login/" in response["Location"] or response["Location"] == "/admin/"
    assert not LandscapePage.objects.filter(slug="laguna-negra").exists()


def test_an_import_may_not_add_a_landscape_for_who_may_not(world):
    with pytest.raises(ImportRefused, match="You may not add landscapes"):
        import_landscape(
            copy.deepcopy(TERRASO_EXPORT), user=world["users"]["moderator"], fetch_image=False
        )


def test_the_profile_image_is_fetched_once_and_a_missing_one_is_noted(
    world, terraso_server, settings
):
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True
    with_image = {**copy.deepcopy(TERRASO_EXPORT), "profileImage": f"{terraso_server}/llamas.png"}
    first = import_landscape(copy.deepcopy(with_image))
    image = first.page.get_latest_revision_as_object().image
    assert (image.width, image.height) == (64, 48)
    assert image.title == "Photo of Laguna Negra"
    again = import_landscape(copy.deepcopy(with_image))
    assert again.action == "unchanged"  # the same picture: not stored twice
    missing = {**with_image, "name": "Laguna Blanca", "id": None,
               "profileImage": f"{terraso_server}/gone.png"}  # fmt: skip
    outcome = import_landscape(missing)
    assert outcome.action == "created"
    assert outcome.notes == [
        "The profile image was not imported: 127.0.0.1 answered 404: Landscape not found."
    ]
