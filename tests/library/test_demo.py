"""The library's demo content (library/demo), checked as the data the loader reads: every
resource is complete and valid, points to pages the other demos make, is translated where it
should be, and its PDFs are real documents of a few pages. Loading it takes the whole demo
(tests/browser/test_demo_content.py reads it all, as loaded for the browser suite); this needs
no database and takes a few seconds."""

import re
from collections import Counter

import pypdfium2
import pytest
from django.utils.text import slugify
from django_countries import countries

from learning.demo import INSTITUTIONS
from library import demo, videos
from library.models import KINDS, LICENCES, VIDEO_KINDS
from network.choices import REGIONS
from network.demo import EXPERTS, LANDSCAPES, ORGANISATIONS, SPANISH_ONLY_LANDSCAPE
from stories.demo import STORIES
from stories.models.stories import RETURNS, ZONES
from website.demo import ECOSYSTEM_TYPES, THEMES
from website.languages import SPOKEN_LANGUAGES

RESOURCES = demo.resources()
PAGE_LANGUAGES = ["en", "es", "fr", "pt"]
REQUIRED = {
    "slug",
    "kind",
    "title",
    "summary",
    "resource_languages",
    "publication_year",
    "licence",
}
LISTS = [
    "themes",
    "ecosystem_types",
    "returns",
    "zones",
    "regions",
    "countries",
    "sdgs",
    "landscapes",
    "experts",
    "organisations",
    "courses",
    "stories",
    "other_authors",
]
# What the other demos make, by slug.
KNOWN = {
    "themes": {slug for slug, _name in THEMES},
    "ecosystem_types": {slug for slug, _name, _terraso in ECOSYSTEM_TYPES},
    "landscapes": {data["slug"] for data in LANDSCAPES} | {SPANISH_ONLY_LANDSCAPE["slug"]},
    "experts": {data["slug"] for data in EXPERTS},
    "organisations": {data["slug"] for data in ORGANISATIONS},
    "courses": {course["slug"] for data in INSTITUTIONS for course in data["courses"]},
    "stories": {data["slug"] for data in STORIES},
}
CHOICES = {
    "kind": {value for value, _label in KINDS},
    "licence": {value for value, _label in LICENCES},
    "returns": {value for value, _label in RETURNS},
    "zones": {value for value, _label in ZONES},
    "regions": {value for value, _label in REGIONS},
}
KEYLINE = "Keyline ploughing slowed the runoff on the upper slopes"
TERRACES = "Las terrazas de piedra seca en la cuenca alta retienen el suelo"


def ids(resources):
    return [data["slug"] for data in resources]


def page_texts(content):
    document = pypdfium2.PdfDocument(content)
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()


def test_there_are_twenty_resources_with_unique_slugs_and_every_kind():
    assert len(RESOURCES) == 20
    slugs = ids(RESOURCES)
    assert len(set(slugs)) == len(slugs)
    assert all(slug == slugify(slug) for slug in slugs)
    assert {data["kind"] for data in RESOURCES} == CHOICES["kind"]
    assert demo.index_data()["slug"] == "library"
    assert set(demo.index_data()["title"]) == set(PAGE_LANGUAGES)


@pytest.mark.parametrize("data", RESOURCES, ids=ids(RESOURCES))
def test_a_resource_is_complete_and_valid(data):
    assert set(data) >= REQUIRED
    for field, allowed in CHOICES.items():
        values = data.get(field, [])
        assert set(values if isinstance(values, list) else [values]) <= allowed, field
    assert 2015 <= data["publication_year"] <= 2026
    assert data["resource_languages"]
    assert set(data["resource_languages"]) <= {code for code, _name in SPOKEN_LANGUAGES}
    for field in LISTS:
        assert isinstance(data.get(field, []), list), field
    assert set(data.get("countries", [])) <= set(dict(countries))
    assert all(isinstance(number, int) and 1 <= number <= 17 for number in data.get("sdgs", []))
    for field, known in KNOWN.items():
        values = data.get(field, [])
        assert all(isinstance(value, str) for value in values), field
        assert set(values) <= known, field


@pytest.mark.parametrize("data", RESOURCES, ids=ids(RESOURCES))
def test_a_resource_is_in_the_languages_of_its_page(data):
    languages = PAGE_LANGUAGES if demo.page_language(data) == "en" else ["es"]
    for field in ("title", "summary"):
        assert set(data[field]) == set(languages), field
        for text in data[field].values():
            assert text.strip() == text and text
            # wagtail-localize escapes these in the segments it extracts: the translation
            # memory's English keys would no longer match.
            assert not re.search(r"[&<>\n]", text)
    assert max(len(text) for text in data["title"].values()) <= 255
    assert max(len(text) for text in data["summary"].values()) <= 1500


def test_two_resources_are_only_in_spanish_with_a_spanish_file():
    spanish_only = [data for data in RESOURCES if demo.page_language(data) != "en"]
    assert ids(spanish_only) == [
        "terrazas-de-piedra-seca",
        "acuerdos-de-uso-del-suelo-en-santurban",
    ]
    assert all(data["resource_languages"] == ["es"] for data in spanish_only)


def test_the_files_are_in_a_mix_of_languages_and_the_videos_are_links():
    with_files = [data for data in RESOURCES if data.get("files")]
    languages = Counter(language for data in with_files for language in data["resource_languages"])
    assert languages == {"en": 9, "es": 4, "fr": 3, "pt": 2}
    links = [data for data in RESOURCES if data["kind"] in VIDEO_KINDS]
    assert {data["kind"] for data in links} == VIDEO_KINDS
    for data in links:
        assert not data.get("files")
        assert videos.embed_url(data["link"])
    assert {data["link"].split("/")[2] for data in links} == {"www.youtube.com", "vimeo.com"}
    assert all(not data.get("link") for data in with_files)
    assert len(with_files) == len(RESOURCES) - len(links)


def test_the_translation_memory_holds_every_translated_title_and_summary():
    memory = demo.translation_memory()
    for data in RESOURCES:
        if demo.page_language(data) == "en":
            for language in ("es", "fr", "pt"):
                assert memory[language][data["title"]["en"]] == data["title"][language]
                assert memory[language][data["summary"]["en"]] == data["summary"][language]


WITH_FILES = [data for data in RESOURCES if data.get("files")]


@pytest.mark.parametrize("data", WITH_FILES, ids=ids(WITH_FILES))
def test_the_files_are_pdfs_of_several_pages(data):
    for number, file in enumerate(data["files"]):
        assert 3 <= len(file["sections"]) <= 6 or number, "a main file has 3 to 6 sections"
        content, pages = demo.pdf_bytes(file)
        assert content.startswith(b"%PDF-")
        assert pages >= 2
        if number == 0:
            words = sum(len(text.split()) for s in file["sections"] for text in s["paragraphs"])
            assert words >= 350
    # A second file is a labelled summary or companion.
    assert all(file["label"] for file in data["files"][1:])


def test_the_distinctive_sentences_are_inside_the_files_on_a_later_page():
    by_slug = {data["slug"]: data for data in RESOURCES}
    guide = by_slug["slowing-the-water"]
    assert KEYLINE not in guide["title"]["en"] + guide["summary"]["en"]
    pages = page_texts(demo.pdf_bytes(guide["files"][0])[0])
    assert next(number for number, text in enumerate(pages, 1) if KEYLINE in text) >= 3

    terraces = page_texts(demo.pdf_bytes(by_slug["terrazas-de-piedra-seca"]["files"][0])[0])
    assert any(TERRACES in text for text in terraces[1:])
