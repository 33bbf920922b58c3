"""Terraso in a real Chromium against the demo site (tests/browser/demo_server.py).

1. An editor finds "Import from Terraso" in the admin's menu, uploads a Terraso export, reads
   what came in (and which organisations were kept as names), reviews the draft and publishes it;
   the public page, in English at 1280 px and in Spanish at 375 px, shows Terraso's terms (in
   Spanish on the Spanish page) and the organisations involved, without WCAG 2.2 A/AA violations
   or horizontal scroll; its export gives back Terraso's values.
2. A demo landscape that came from Terraso shows its Terraso terms in every language."""

import json
import re

import pytest

from tests.browser.conftest import DESKTOP, MOBILE
from tests.browser.test_accessibility import axe_violations, settle
from tests.browser.test_partnership_journeys import (
    EDITOR,
    expect,
    sign_in_to_admin,
    staff,  # noqa: F401 (a fixture: the demo site's editor and moderator)
    watch,
)

pytestmark = pytest.mark.browser

NO_HORIZONTAL_SCROLL = "document.documentElement.scrollWidth <= window.innerWidth"

EXPORT = {
    "id": "5e2d9c7a-8b1f-4a36-9c0d-2e4f6a8b0c13",
    "name": "Valle Sagrado",
    "description": "Six Quechua communities restore terraces and water channels above the "
    "Urubamba river, and sell their potatoes together.",
    "region": "PE",
    "publicContactEmail": "valle@example.org",
    "website": "https://vallesagrado.example.org",
    "areaPolygon": {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [
                        [[-72.2, -13.4], [-71.9, -13.4], [-71.9, -13.2], [-72.2, -13.2],
                         [-72.2, -13.4]]
                    ],
                },
                "properties": {},
            }
        ],
    },
    "areaTypes": ["rural"],
    "areaScalarHa": None,
    "population": 18000,
    "profileImage": "",
    "profileImageDescription": "",
    "taxonomyTerms": [
        {"type": "ECOSYSTEM_TYPE",
         "value": {"original": "Polar/Alpine", "eng": "Polar/Alpine", "spa": "Polar / alpino"}},
        {"type": "LIVELIHOOD",
         "value": {"original": "Crop farming", "eng": "Crop farming", "spa": "Cultivos agrícolas"}},
        {"type": "COMMODITY", "value": {"original": "Potato", "eng": "Potato", "spa": "Papa"}},
    ],
    "organizationsInvolved": {
        "stakeholders": ["Andean Highlands Research Institute", "Comunidad de Huchuy Qosqo"]
    },
    "developmentStrategy": {
        "objectives": "Restore 300 terraces.",
        "problemSituation": "Terraces abandoned as young people leave.",
        "interventionStrategy": "Paid community work days.",
        "opportunities": "Native potato markets.",
    },
    "lastUpdated": 1764000000.0,
}  # fmt: skip


def test_an_editor_imports_a_terraso_landscape_and_publishes_it(
    visitor,
    demo_site,
    staff,  # noqa: F811 (the fixture imported above)
    screenshot,
    tmp_path,
):
    export_file = tmp_path / "valle-sagrado.json"
    export_file.write_text(json.dumps(EXPORT))
    editor = visitor(DESKTOP)
    problems = watch(editor)
    sign_in_to_admin(editor, EDITOR)
    editor.get_by_role("link", name="Import from Terraso").click()
    expect()(editor.get_by_role("heading", level=1)).to_have_text("Import from Terraso")

    # Nothing given: said, and nothing imported.
    editor.get_by_role("button", name="Import").click()
    expect()(editor.get_by_role("alert")).to_contain_text(
        "Give a Terraso address or choose an export file."
    )
    editor.get_by_label("Or an export file").set_input_files(export_file)
    editor.get_by_role("button", name="Import").click()
    outcome = editor.get_by_role("status", name=re.compile("Valle Sagrado"))
    expect()(outcome).to_contain_text("Valle Sagrado is imported as a draft")
    expect()(outcome).to_contain_text("Comunidad de Huchuy Qosqo")
    screenshot(editor, "imported")

    editor.get_by_role("link", name="Review and publish").click()
    expect()(editor).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Publish").click()
    expect()(editor.locator(".messages")).to_contain_text("published")

    english = visitor(DESKTOP)
    english.goto("/en/landscapes/valle-sagrado/")
    facts = english.get_by_role("complementary", name="Key facts")
    expect()(facts).to_contain_text("Crop farming")
    expect()(facts).to_contain_text("Potato")
    expect()(facts).to_contain_text("Mountain")  # Polar/Alpine, by the demo's mapping
    partners = english.get_by_role("region", name="Partner organisations")
    expect()(
        partners.get_by_role("link", name="Andean Highlands Research Institute")
    ).to_be_visible()
    expect()(partners).to_contain_text("Comunidad de Huchuy Qosqo")
    settle(english)  # the map drawn, then the page read
    assert english.evaluate(NO_HORIZONTAL_SCROLL)
    assert axe_violations(english) == []
    screenshot(english, "public-en-1280")

    data = json.loads(visitor(DESKTOP).goto("/en/landscapes/valle-sagrado/json/").text())
    assert data["id"] == EXPORT["id"]
    assert data["organizationsInvolved"] == EXPORT["organizationsInvolved"]
    assert data["taxonomyTerms"] == EXPORT["taxonomyTerms"]
    assert not problems, problems


def test_a_demo_landscape_from_terraso_shows_its_terms_in_spanish_on_a_phone(visitor, screenshot):
    spanish = visitor(MOBILE)
    spanish.goto("/es/landscapes/lake-titicaca-altiplano/")
    facts = spanish.get_by_role("complementary", name="Datos clave")
    expect()(facts).to_contain_text("Quinua")
    expect()(facts).to_contain_text("Ganadería")
    expect()(spanish.get_by_role("region", name="Organizaciones socias")).to_contain_text(
        "Asociación de Productores de Totora de Puno"
    )
    settle(spanish)  # the map drawn, then the page read
    assert spanish.evaluate(NO_HORIZONTAL_SCROLL)
    assert axe_violations(spanish) == []
    screenshot(spanish, "public-es-375")
