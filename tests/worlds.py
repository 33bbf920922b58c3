"""Data a whole test module shares: built once, inside a transaction rolled back when the module
ends; each test runs in a savepoint of its own (pytest-django's `db`), so what one test changes
the next does not see. While it is built, the search and reference indexes take each object once,
at the end, as when the demo loads (a world's pages are saved several times over as they are
made, translated and published: a fifth of the time it took)."""

import pytest
from django.conf import settings
from django.db import transaction
from django.utils import translation

from search.deferred import indexes_updated_at_the_end


def module_world(build):
    """A module-scoped fixture that yields `build()`'s result, built in the default language."""

    @pytest.fixture(scope="module")
    def world(django_db_setup, django_db_blocker):
        with (
            django_db_blocker.unblock(),
            translation.override(settings.LANGUAGE_CODE),
            transaction.atomic(),
        ):
            with indexes_updated_at_the_end():
                built = build()
            yield built
            transaction.set_rollback(True)

    return world


def make_themes():
    """Three themes in English with translations: {slug: English Theme}."""
    from website.factories import locale
    from website.models import Theme

    terms = {}
    for slug, name, spanish in [
        ("restoration", "Restoration", "Restauración"),
        ("water", "Water", "Agua"),
        ("finance", "Finance", "Financiación"),
    ]:
        term = Theme.objects.create(name=name, slug=slug, locale=locale("en"))
        Theme.objects.create(
            name=spanish, slug=slug, locale=locale("es"), translation_key=term.translation_key
        )
        terms[slug] = term
    return terms


def build_directory_site():
    """Home and the three directory index pages in every language, and make_themes()'s themes:
    {"directory_site": {language: {name: page}}, "themes": {slug: Theme}}. What most of the
    network's tests start from, and four seconds of wagtail-localize translating each time."""
    from network.factories import make_directory_site

    return {"directory_site": make_directory_site(), "themes": make_themes()}


def with_current_child_counts(sites):
    """`sites` ({language: {name: page}}) with each page's child count read again. Adding a
    page under a page raises its count in memory too, and the rollback after the test lowers it
    only in the database; treebeard asks the count in memory whether a page has children yet,
    so the next test would look for a last child that is gone."""
    from wagtail.models import Page

    pages = [page for named in sites.values() for page in named.values()]
    counts = dict(
        Page.objects.filter(pk__in=[page.pk for page in pages]).values_list("pk", "numchild")
    )
    for page in pages:
        page.numchild = counts[page.pk]
    return sites


# A module whose tests never commit (no `transaction=True`) shares one directory site among
# them, each test rolled back, by importing these fixtures (shared_homes too, if it uses `homes`):
#     from tests.worlds import directory_site_world, shared_directory_site, shared_themes
directory_site_world = module_world(build_directory_site)


@pytest.fixture(name="directory_site")
def shared_directory_site(directory_site_world, db):
    return with_current_child_counts(directory_site_world["directory_site"])


@pytest.fixture(name="themes")
def shared_themes(directory_site_world, db):
    return directory_site_world["themes"]


@pytest.fixture(name="homes")
def shared_homes(directory_site):
    """The home page in every language, {language code: page}: the shared directory site's (for
    a module that also imports shared_homes)."""
    return {language: pages["home"] for language, pages in directory_site.items()}


def build_every_page_type():
    """A small site with a live page of every type in English, the directories, catalog and
    stories in every language, and a landscape, story, course and standard page in Spanish:
    {name: page}. For tests that walk the whole site (its sitemap): meta descriptions, JSON-LD.
    """
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file_jpeg

    from learning.factories import make_catalog, make_course, make_institution, session
    from library.factories import make_library_index, make_resource
    from network.factories import (
        make_directory_site,
        make_expert,
        make_landscape,
        make_organisation,
    )
    from stories.factories import make_story, make_story_index
    from website.factories import make_standard_page, translate_page

    site = make_directory_site()
    en = site["en"]
    homes = {language: pages["home"] for language, pages in site.items()}
    image_model = get_image_model()
    terraces = image_model.objects.create(
        title="Terraces at dawn", file=get_test_image_file_jpeg("terraces.jpg", colour="olive")
    )
    nursery = image_model.objects.create(
        title="Mangrove nursery", file=get_test_image_file_jpeg("nursery.jpg", colour="teal")
    )
    about = make_standard_page(
        en["home"], title="About", slug="about", intro="Who runs the network, and why."
    )
    organisation = make_organisation(
        en["organisations"], title="Coastal Trust", summary="Mangroves and fisheries, together."
    )
    landscape = make_landscape(
        en["landscapes"],
        title="Kijabe Highlands",
        slug="kijabe-highlands",
        summary="Terraces and springs above the Rift Valley.",
        image=terraces,
        image_description="Terraces at dawn",
        website="https://kijabe.example.org",
        partners=[(organisation, "convenor", 2019)],
    )
    expert = make_expert(
        en["experts"],
        title="Amina Odhiambo",
        slug="amina-odhiambo",
        headline="Soil ecologist, drylands",
        biography="<p>Twenty years of <b>soil</b> work in the Rift Valley.</p>",
        orcid="0000-0002-1825-0097",
        organisation=organisation,
        landscapes=[landscape],
    )
    stories = make_story_index(homes)
    story = make_story(
        stories["en"],
        title="Mangroves come back",
        slug="mangroves-come-back",
        standfirst="How a village replanted its coast.",
        hero_image=nursery,
        landscape=landscape,
        authors=[
            ("author", {"expert": expert, "name": ""}),
            ("author", {"expert": None, "name": "Ana Lima"}),
        ],
    )
    catalog = make_catalog(homes)
    institution = make_institution(
        catalog["en"],
        title="Rift Valley School",
        slug="rift-valley-school",
        intro="<p>Field courses for <i>landscape</i> teams.</p>",
        organisation=organisation,
    )
    course = make_course(
        institution,
        title="Terracing for beginners",
        slug="terracing",
        summary="Build and keep terraces that hold soil and water.",
        image=terraces,
        cost="paid",
        price=120,
        currency="USD",
        certificate=True,
        certificate_name="Certificate in terracing",
        learning_outcomes="Lay out a terrace\nKeep it",
        landscapes=[landscape],
        sessions=[session(20, mode="onsite", place="Kijabe", country="KE"), session(None)],
    )
    pictureless_course = make_course(
        institution, title="Springs", slug="springs", landscapes=[landscape]
    )
    library = make_library_index(homes)
    resource = make_resource(
        library["en"],
        title="Terrace building handbook",
        slug="terrace-handbook",
        summary="How partnerships lay out, build and keep stone terraces.",
        kind="guide",
        files=[("terrace-handbook.pdf", handbook_pdf())],
        landscapes=[landscape],
        experts=[expert],
        courses=[course],
        stories=[story],
        other_authors="Ana Lima",
    )
    spanish = {
        "about": translate_page(
            about,
            "es",
            {
                "About": "Quiénes somos",
                "about": "quienes-somos",
                "Who runs the network, and why.": "Quién lleva la red, y por qué.",
            },
        ),
        "landscape": translate_page(
            landscape,
            "es",
            {
                "Terraces and springs above the Rift Valley.": (
                    "Terrazas y manantiales sobre el valle del Rift."
                )
            },
        ),
        "story": translate_page(
            story,
            "es",
            {
                "Mangroves come back": "Vuelven los manglares",
                "mangroves-come-back": "vuelven-los-manglares",
                "How a village replanted its coast.": "Cómo un pueblo volvió a plantar su costa.",
            },
        ),
        "course": translate_page(
            course,
            "es",
            {
                "Terracing for beginners": "Terrazas para principiantes",
                "terracing": "terrazas",
                "Build and keep terraces that hold soil and water.": (
                    "Construye y cuida terrazas que retienen el suelo y el agua."
                ),
            },
        ),
    }
    return {
        **{f"{name}_en": page for name, page in en.items()},
        **{f"{name}_es": page for name, page in site["es"].items()},
        "about": about,
        "organisation": organisation,
        "landscape": landscape,
        "expert": expert,
        "stories": stories["en"],
        "story": story,
        "catalog": catalog["en"],
        "institution": institution,
        "course": course,
        "pictureless_course": pictureless_course,
        **{f"{name}_es": page for name, page in spanish.items()},
        "stories_es": stories["es"],
        "catalog_es": catalog["es"],
        "library": library["en"],
        "library_es": library["es"],
        "resource": resource,
    }


def handbook_pdf():
    """A real two-section PDF, for the library's resources in test worlds."""
    from io import BytesIO

    from library.pdfs import write_pdf

    output = BytesIO()
    write_pdf(
        output,
        title="Terrace building handbook",
        author="Kijabe Highlands partnership",
        sections=[
            ("Laying out", "Stone terraces follow the contour.\n\nWalk the slope first."),
            ("Keeping", "Dry stone walls are mended after every rainy season."),
        ],
    )
    return output.getvalue()
