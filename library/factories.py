"""Test data for the library: an index under each language's home, resources with files."""

import itertools

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from library.models import LibraryIndexPage, ResourceFile, ResourcePage
from website.factories import translate_page

_sequence = itertools.count(1)


def make_library_index(homes):
    index = homes["en"].add_child(
        instance=LibraryIndexPage(title="Library", slug="library", intro="Guides and reports.")
    )
    index.save_revision().publish()
    indexes = {"en": index}
    for language in homes:
        if language != "en":
            indexes[language] = translate_page(index, language, {"library": "library"})
    return indexes


def make_document(name, content, title=None):
    return get_document_model().objects.create(
        title=title or name, file=ContentFile(content, name=name)
    )


def make_resource(
    index, files=(), themes=(), landscapes=(), experts=(), courses=(), stories=(), **fields
):
    """A live resource under `index`; `files` are documents, or (file name, bytes) with a
    label after them if the file has one."""
    number = next(_sequence)
    fields.setdefault("title", f"Resource {number}")
    fields.setdefault("slug", f"resource-{number}")
    fields.setdefault("summary", f"What resource {number} teaches.")
    fields.setdefault("kind", "guide")
    fields.setdefault("resource_languages", ["en"])
    fields.setdefault("publication_year", 2024)
    fields.setdefault("licence", "cc-by-4.0")
    page = ResourcePage(locale=index.locale, **fields)
    page.files = [
        ResourceFile(document=file)
        if hasattr(file, "file")
        else ResourceFile(document=make_document(file[0], file[1]), label=(*file, "")[2])
        for file in files
    ]
    page.themes = list(themes)
    page.landscapes = list(landscapes)
    page.expert_authors = list(experts)
    page.courses = list(courses)
    page.stories = list(stories)
    page = index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
