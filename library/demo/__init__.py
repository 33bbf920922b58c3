"""Demo content for the library, for `make run`: the library index under each language's home
and twenty resources (guides, a toolkit, case studies, reports, policy briefs, a dataset,
training material, a video and a webinar recording), each with its PDFs written for the demo.

The content is data: `index.json` (the index page) and one JSON file per resource in
`resources/`, which this module reads. A resource's `title` and `summary` are given in every
language of its page; its `files` are the documents written with `library.pdfs.write_pdf`
(title, subtitle, author and sections of paragraphs), in the languages of `resource_languages`
(the file's language, not the page's): nine resources have English files, four Spanish, three
French and two Portuguese, and three of them a second file (a summary or worksheets); the
English video and webinar are links, without files. A file's first page is its cover, so the
text of a two- or three-page file starts on page 2.

Two resources exist only in Spanish (`"page_language": "es"`): a Spanish page under the Spanish
library with a Spanish PDF, untranslated, which the English library finds with
`?languages=all`. The others are English pages translated into every demo language through
wagtail-localize.

Distinctive sentences, for the tests that search inside the files:
- "Keyline ploughing slowed the runoff on the upper slopes" is on the third and last page of
  the English guide `slowing-the-water` (page 1 is the cover; the sentence is in neither its
  title nor its summary).
- "Las terrazas de piedra seca en la cuenca alta retienen el suelo y el agua de las tormentas de
  verano" opens the second page of the Spanish-only guide `terrazas-de-piedra-seca`; the other
  Spanish-only resource is the policy brief `acuerdos-de-uso-del-suelo-en-santurban`, which
  points to the Spanish-only landscape `paramo-de-santurban`.

Idempotent: a page that exists (by slug under its index) is left as it is, with its files;
only what is missing is created or translated. A resource's PDFs are read when it is published
(library/signals.py): their text is indexed and the first page of the first one is its cover."""

import io
import json
import time
from functools import cache
from pathlib import Path

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale

from learning.models import CoursePage
from library.models import LibraryIndexPage, ResourceFile, ResourcePage
from library.pdfs import write_pdf
from network.models import ExpertPage, LandscapePage, OrganisationPage
from stories.models import StoryPage
from website.demo.helpers import (
    TranslationMemory,
    add_to_main_menu,
    home_page,
    other_locales,
    publish_child,
    translate_menu,
    translate_missing,
)
from website.models import EcosystemType, SustainableDevelopmentGoal, Theme

DATA = Path(__file__).resolve().parent
# The main menu lists the library after the first of these that it links to (else at its end).
MENU_PREDECESSORS = [
    "stories.StoryIndexPage",
    "learning.LearningIndexPage",
    "network.ExpertIndexPage",
]


def read(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def index_data():
    return read(DATA / "index.json")


def resources():
    """Every resource's data, in the order of its file's name."""
    return [read(path) for path in sorted((DATA / "resources").glob("*.json"))]


def page_language(data):
    return data.get("page_language", "en")


@cache
def translation_memory():
    """The titles, summaries and file labels of the index and of the English resources, with
    their translations (wagtail-localize extracts each as one segment)."""
    memory = TranslationMemory()
    texts = [index_data()["title"], index_data()["intro"]]
    for data in resources():
        if page_language(data) == "en":
            texts += [data["title"], data["summary"]]
            texts += [file["label"] for file in data.get("files", []) if file["label"]]
    for text in texts:
        memory.t(text["en"], es=text["es"], fr=text["fr"], pt=text["pt"])
    return memory


class References:
    """The pages and taxonomy rows a resource points to, by slug (an SDG by its number): the
    English ones, looked up once, and for a page in another language their translations into
    it. One that only exists in that language (a landscape written in Spanish) is found there;
    one missing altogether (no network, learning or stories demo) is left out."""

    MODELS = {
        "themes": Theme,
        "ecosystem_types": EcosystemType,
        "sdgs": SustainableDevelopmentGoal,
        "landscapes": LandscapePage,
        "experts": ExpertPage,
        "organisations": OrganisationPage,
        "courses": CoursePage,
        "stories": StoryPage,
    }

    def __init__(self, locale):
        self.locale = locale
        self.english = {kind: self.keyed(kind, locale) for kind in self.MODELS}

    def keyed(self, kind, locale):
        key = "number" if kind == "sdgs" else "slug"
        return {
            getattr(item, key): item for item in self.MODELS[kind].objects.filter(locale=locale)
        }

    def find(self, kind, keys, locale):
        own = {} if locale == self.locale else self.keyed(kind, locale)
        found = []
        for key in keys:
            item = self.english[kind].get(key)
            if item is not None and locale != self.locale:
                item = item.get_translation_or_none(locale) or item
            item = item or own.get(key)
            if item is not None:
                found.append(item)
        return found


def new_resource(data, references, locale):
    """The unsaved page of a resource in `locale`, with its files written and stored."""
    language = locale.language_code
    return ResourcePage(
        title=data["title"][language],
        slug=data["slug"],
        kind=data["kind"],
        summary=data["summary"][language],
        link=data.get("link", ""),
        resource_languages=data["resource_languages"],
        publication_year=data["publication_year"],
        licence=data["licence"],
        other_authors="\n".join(data.get("other_authors", [])),
        returns=data.get("returns", []),
        zones=data.get("zones", []),
        regions=data.get("regions", []),
        countries=data.get("countries", []),
        themes=references.find("themes", data.get("themes", []), locale),
        ecosystem_types=references.find("ecosystem_types", data.get("ecosystem_types", []), locale),
        sdgs=references.find("sdgs", data.get("sdgs", []), locale),
        expert_authors=references.find("experts", data.get("experts", []), locale),
        organisation_authors=references.find(
            "organisations", data.get("organisations", []), locale
        ),
        landscapes=references.find("landscapes", data.get("landscapes", []), locale),
        courses=references.find("courses", data.get("courses", []), locale),
        stories=references.find("stories", data.get("stories", []), locale),
        files=[
            ResourceFile(
                document=new_document(data["slug"], number, file),
                label=file["label"][page_language(data)] if file["label"] else "",
            )
            for number, file in enumerate(data.get("files", []), 1)
        ],
    )


def sections(file):
    """A file's sections as write_pdf takes them: (heading, paragraphs between blank lines)."""
    return [
        (section["heading"], "\n\n".join(section["paragraphs"])) for section in file["sections"]
    ]


def pdf_bytes(file):
    """The PDF of a file's data, and its number of pages."""
    output = io.BytesIO()
    pages = write_pdf(
        output,
        title=file["title"],
        subtitle=file.get("subtitle", ""),
        author=file.get("author", ""),
        sections=sections(file),
    )
    return output.getvalue(), pages


def new_document(slug, number, file):
    content, _pages = pdf_bytes(file)
    name = f"{slug}.pdf" if number == 1 else f"{slug}-{number}.pdf"
    document = get_document_model()(title=file["title"], file=ContentFile(content, name=name))
    # What the admin's upload form records: the size, and the hash each extraction is keyed by.
    document._set_document_file_metadata()
    document.save()
    return document


def load_index_page(home, data, language):
    existing = LibraryIndexPage.objects.child_of(home).first()
    if existing:
        return existing
    return publish_child(
        home,
        LibraryIndexPage(
            title=data["title"][language], slug=data["slug"], intro=data["intro"][language]
        ),
    )


def load_resources(index_page, items, references):
    """The pages of `items` under `index_page`, those missing created; with their data."""
    existing = {page.slug: page for page in ResourcePage.objects.child_of(index_page)}
    return [
        (
            existing.get(data["slug"])
            or publish_child(index_page, new_resource(data, references, index_page.locale)),
            data,
        )
        for data in items
    ]


def load(stdout):
    home = home_page(stdout, "library")
    if home is None:
        return
    started = time.monotonic()
    memory = translation_memory()
    default_locale = Locale.get_default()
    locales = list(other_locales(memory))
    references = References(default_locale)
    everything = resources()

    index_page = load_index_page(home, index_data(), default_locale.language_code)
    english = load_resources(
        index_page,
        [data for data in everything if page_language(data) == default_locale.language_code],
        references,
    )

    # Parents before children: a resource is translated under the index's translation.
    translate_missing(index_page, memory, locales)
    for page, _data in english:
        translate_missing(page, memory, locales)

    # The resources that only have a page in another language, under that language's index.
    others = []
    for locale in locales:
        items = [data for data in everything if page_language(data) == locale.language_code]
        translated_index = index_page.get_translation_or_none(locale)
        if items and translated_index is not None:
            others += load_resources(translated_index, items, references)

    menu = add_to_main_menu(index_page, after=MENU_PREDECESSORS)
    if menu is not None:
        translate_menu(menu, locales, memory)

    files = sum(len(data.get("files", [])) for data in everything)
    pages = LibraryIndexPage.objects.count() + ResourcePage.objects.count()
    stdout.write(
        f"Library: {len(english)} resources translated into {len(locales)} languages and "
        f"{len(others)} in one language only, {files} files, with their index "
        f"({pages} pages, {time.monotonic() - started:.0f} s)."
    )
