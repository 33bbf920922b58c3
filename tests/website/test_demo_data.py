"""The demo content as data (the JSON files in each app's `demo/`), checked as an editor of those
files would expect the site to take them: every file parses, every text carries its
translations next to it, and the loaders turn what the files say into the texts, dates, polygons
and ORCID iDs the pages are made from, with the translations in their memory. No database: the
whole `load_demo` is tests/browser/test_demo_content.py's."""

import datetime
import json
from decimal import Decimal
from pathlib import Path

import pytest

from learning import demo as learning_demo
from network import demo as network_demo
from progress.demo import loader as progress_demo
from stories import demo as stories_demo
from website import demo as website_demo

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ["website", "network", "learning", "stories", "progress", "library"]
LANGUAGES = {"en", "es", "fr", "pt"}
DATA_FILES = sorted(path for app in SECTIONS for path in (ROOT / app / "demo").rglob("*.json"))


def read(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def texts(data):
    """Every text object in `data`: the English and its translations, side by side."""
    if isinstance(data, dict):
        if "en" in data and set(data) <= LANGUAGES:
            return [data]
        return [text for value in data.values() for text in texts(value)]
    if isinstance(data, list):
        return [text for value in data for text in texts(value)]
    return []


def test_every_section_has_its_data_and_every_file_parses():
    for app in SECTIONS:
        assert any(path.is_relative_to(ROOT / app) for path in DATA_FILES), app
        assert not (ROOT / app / "demo" / "content.py").exists() or app == "progress"
    for path in DATA_FILES:
        assert read(path) is not None, path


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_text_is_given_in_every_language_it_is_shown_in(path):
    """Four languages, except in a story without a Portuguese version, whose texts give none
    (a name or figure that reads the same everywhere may still give one)."""
    data = read(path)
    partial = isinstance(data, dict) and "pt" not in data.get("languages", ["pt"])
    for text in texts(data):
        expected = LANGUAGES - {"pt"} if partial else LANGUAGES
        assert expected <= set(text), (path.name, text["en"])
        for value in text.values():
            # wagtail-localize escapes these in the segments it extracts: a text holding one
            # would no longer match its key in the translation memory.
            assert value and not set(value) & {"&", "<", ">", "\n"}, (path.name, value)


@pytest.mark.parametrize(
    "app, demo",
    [
        ("website", website_demo),
        ("network", network_demo),
        ("learning", learning_demo),
        ("stories", stories_demo),
        ("progress", progress_demo),
    ],
)
def test_each_translation_in_the_files_is_the_one_the_demo_translates_with(app, demo):
    for path in sorted((ROOT / app / "demo").rglob("*.json")):
        for text in texts(read(path)):
            for language in set(text) - {"en"}:
                assert demo.TRANSLATIONS[language][text["en"]] == text[language], path.name


def test_the_website_data_makes_its_pages_taxonomy_and_menus():
    assert website_demo.HOME["slug"] == "home"
    assert website_demo.TRANSLATIONS["es"]["home"] == "inicio"
    # A rich-text field is a list of paragraphs in the file, each translated on its own.
    assert website_demo.HOME["intro"].startswith(
        "<p>1000 Landscapes for 1 Billion People builds the support"
    )
    assert website_demo.HOME["intro"].count("<p>") == 2
    about = website_demo.STANDARD_PAGES[0]
    assert about["slug"] == "about"
    assert website_demo.TRANSLATIONS["es"][about["title"]] == "Sobre la iniciativa"
    assert about["body"][1]["value"].startswith("<p>Land degradation, biodiversity loss")
    assert about["body"][1]["id"] == "about-p1"
    assert len(website_demo.THEMES) == 10 and len(website_demo.ECOSYSTEM_TYPES) == 8
    assert website_demo.THEMES[0] == ("ecosystem-restoration", "Ecosystem restoration")
    assert ("wetland-mangrove", "Wetland and mangrove", "Wetlands") in website_demo.ECOSYSTEM_TYPES
    assert website_demo.FOOTER_MENU == ["about", "partners", "privacy"]


def test_the_network_data_makes_closed_boundaries_valid_orcids_and_expert_addresses():
    assert len(network_demo.LANDSCAPES) == 12
    assert len(network_demo.ORGANISATIONS) == 20
    assert len(network_demo.EXPERTS) == 40
    assert network_demo.TRANSLATIONS["es"][network_demo.INDEX_PAGES["landscapes"]["title"]] == (
        "Paisajes"
    )

    kogelberg = network_demo.LANDSCAPES[0]
    assert kogelberg["slug"] == "kogelberg-coast"
    corners = read(ROOT / "network/demo/landscapes/01-kogelberg-coast.json")["boundary"]
    ring = kogelberg["boundary"]["coordinates"][0]
    assert kogelberg["boundary"]["type"] == "Polygon"
    assert ring == [*corners, corners[0]] and len(ring) == 13
    assert kogelberg["elements"] == (4, 3, 3, 3, 2)
    assert kogelberg["partners"][0] == ("overberg-catchment-trust", "convener", 2014)
    assert network_demo.TRANSLATIONS["es"][kogelberg["summary"]].startswith(
        "Cuencas de montaña cubiertas de fynbos"
    )
    santurban = network_demo.SPANISH_ONLY_LANDSCAPE
    assert santurban["boundary"]["coordinates"][0][0] == [-73.02, 7.18]
    assert santurban["boundary"]["coordinates"][0][-1] == [-73.02, 7.18]

    thandiwe = network_demo.EXPERTS[0]
    # The file holds the first fifteen digits; the loader adds the check digit.
    assert read(ROOT / "network/demo/experts/01-thandiwe-mokoena.json")["orcid"] == (
        "0000-0000-4821-730"
    )
    assert thandiwe["orcid"] == "0000-0000-4821-7306"
    assert network_demo.orcid("0000-0002-1825-009") == "0000-0002-1825-0097"  # ORCID's example
    assert thandiwe["slug"] == "thandiwe-mokoena"
    assert thandiwe["contact_email"] == "thandiwe.mokoena@example.org"
    assert thandiwe["links"] == [
        ("Publications", "https://example.org/people/thandiwe-mokoena/publications/")
    ]
    assert network_demo.TRANSLATIONS["pt"]["Publications"] == "Publicações"
    without_orcid = network_demo.EXPERTS[1]
    assert without_orcid["orcid"] == ""
    assert network_demo.TEAMS["kogelberg-coast"][0] == ("thandiwe-mokoena", "coordinator", True)


def test_the_learning_data_makes_durations_outcomes_and_sessions():
    courses = [course for data in learning_demo.INSTITUTIONS for course in data["courses"]]
    assert len(learning_demo.INSTITUTIONS) == 6 and len(courses) == 30
    assert sum(len(course["sessions"]) for course in courses) == 84
    course = courses[0]
    assert course["slug"] == "agroforestry-design-shade-coffee"
    # A module's duration is `{"weeks": 1}` in the file, written out in every language here.
    assert course["modules"][0]["duration"] == "1 week"
    assert learning_demo.TRANSLATIONS["fr"]["1 week"] == "1 semaine"
    assert learning_demo.TRANSLATIONS["es"]["2 hours"] == "2 horas"
    # The outcomes are one line each; wagtail-localize sees them joined by <br/>.
    outcomes = course["outcomes"].split("\n")
    assert outcomes[0] == "Choose native shade trees for a given altitude and rainfall"
    assert learning_demo.TRANSLATIONS["es"]["<br/>".join(outcomes)].startswith(
        "Elegir árboles de sombra nativos para una altitud y una pluviosidad dadas<br/>"
    )
    # A session leaves out what it does not change.
    assert course["sessions"][0] == {
        "start": -160,
        "length": None,
        "enrol_by": None,
        "mode": "blended",
        "language": "en",
        "time_zone": "Asia/Kolkata",
        "place": "Madikeri, Kodagu",
        "country": "IN",
        "own_link": False,
        "price": None,
    }
    assert course["image"] is True and course["video"] is True
    assert any(session["start"] is None for course in courses for session in course["sessions"])


def test_the_stories_data_makes_slugs_blocks_and_figures():
    assert len(stories_demo.STORIES) == 15
    first = stories_demo.STORIES[0]
    assert first["slug"] == "springs-return"
    assert stories_demo.TRANSLATIONS["es"][first["slug"]] == "el-regreso-de-los-manantiales"
    assert first["authors"] == [("expert", "Abebe Tesfaye"), ("expert", "Hirut Alemu")]
    kind, paragraphs = first["body"][0]
    assert kind == "paragraph" and isinstance(paragraphs, list)
    numbers = [
        figure["number"]
        for story in stories_demo.STORIES
        for kind, value in story["body"]
        if kind == "figures"
        for figure in value["figures"]
    ]
    assert Decimal("4.5") in numbers and all(isinstance(number, Decimal) for number in numbers)
    without_portuguese = [data for data in stories_demo.STORIES if "languages" in data]
    assert len(without_portuguese) == 3
    assert all(data["languages"] == ["es", "fr"] for data in without_portuguese)
    assert stories_demo.TRANSLATIONS["fr"][stories_demo.CREDIT] == (
        "Image de démonstration, générée pour ce site"
    )


def test_the_progress_data_makes_dates_contributions_scores_and_rates():
    assert (progress_demo.FIRST_YEAR, progress_demo.LAST_YEAR) == (2018, 2026)
    assert len(progress_demo.INDICATORS) == 8 and len(progress_demo.LANDSCAPES) == 13
    hectares = progress_demo.INDICATORS[0]
    assert progress_demo.TRANSLATIONS["es"][hectares["name"]] == "Hectáreas en restauración"
    kogelberg = progress_demo.LANDSCAPES["kogelberg-coast"]
    action = kogelberg["actions"][0]
    assert action["start"] == datetime.date(2019, 4, 1)
    assert action["contributions"][0] == ("commonland", 4_200_000, "ZAR", 2020, "grant")
    # Scores are by element in the file, in the order of the 5 Elements here.
    assert kogelberg["assessments"][0]["date"] == datetime.date(2019, 6, 12)
    assert kogelberg["assessments"][0]["scores"] == (3, 2, 2, 2, 1)
    flow = next(series for series in kogelberg["series"] if series["indicator"] == "flow")
    assert flow["notes"] == {2018: "The third year of the Cape drought."}
    assert progress_demo.RATES_PER_US_DOLLAR["EUR"][0] == 0.85
    assert all(len(rates) == 9 for rates in progress_demo.RATES_PER_US_DOLLAR.values())
