"""Test data for the action network directory: index pages under each language's home, and
landscapes, organisations and experts with sensible defaults that a test overrides."""

import itertools

from django.utils import timezone

from network.models import (
    ExpertIndexPage,
    ExpertPage,
    LandscapeIndexPage,
    LandscapePage,
    OrganisationIndexPage,
    OrganisationPage,
)
from website.factories import make_site, translate_page

_sequence = itertools.count(1)

INDEX_PAGES = [
    ("landscapes", LandscapeIndexPage, "Landscapes"),
    ("organisations", OrganisationIndexPage, "Organisations"),
    ("experts", ExpertIndexPage, "Experts"),
]


def square(longitude, latitude, size=0.5):
    """A closed square ring around a point: a valid GeoJSON Polygon."""
    west, south, east, north = longitude, latitude, longitude + size, latitude + size
    return {
        "type": "Polygon",
        "coordinates": [
            [[west, south], [east, south], [east, north], [west, north], [west, south]]
        ],
    }


def make_directory_site():
    """{language: {"home": …, "landscapes": …, "organisations": …, "experts": …}}."""
    homes = make_site()
    sites = {language: {"home": home} for language, home in homes.items()}
    for slug, model, title in INDEX_PAGES:
        index = homes["en"].add_child(instance=model(title=title, slug=slug, intro=f"All {slug}."))
        index.save_revision().publish()
        sites["en"][slug] = index
        for language in homes:
            if language != "en":
                sites[language][slug] = translate_page(
                    index, language, {title: f"{title} ({language})", slug: slug}
                )
    return sites


def _publish(parent, page, themes=(), **relations):
    """Add a live page directly (no revision history: quick enough for a hundred per test)."""
    page.themes = list(themes)
    for name, values in relations.items():
        setattr(page, name, list(values))
    page.live = True
    page.first_published_at = page.last_published_at = timezone.now()
    page = parent.add_child(instance=page)
    page.refresh_from_db()
    return page


def make_landscape(index, themes=(), sdgs=(), ecosystem_types=(), partners=(), **fields):
    number = next(_sequence)
    fields.setdefault("title", f"Landscape {number}")
    fields.setdefault("slug", f"landscape-{number}")
    fields.setdefault("summary", f"A landscape partnership, number {number}.")
    fields.setdefault("region", "africa")
    fields.setdefault("countries", ["KE"])
    fields.setdefault("boundary", square(36 + number % 5, -1 + number % 3))
    page = LandscapePage(locale=index.locale, **fields)
    for organisation, role, year in partners:
        page.partners.add(
            page.partners.model(organisation=organisation, role=role, since_year=year)
        )
    return _publish(index, page, themes, sdgs=sdgs, ecosystem_types=ecosystem_types)


def make_organisation(index, themes=(), **fields):
    number = next(_sequence)
    fields.setdefault("title", f"Organisation {number}")
    fields.setdefault("slug", f"organisation-{number}")
    fields.setdefault("summary", f"An organisation, number {number}.")
    fields.setdefault("organisation_type", "ngo")
    fields.setdefault("countries", ["BR"])
    fields.setdefault("contact_email", f"organisation-{number}@example.org")
    return _publish(index, OrganisationPage(locale=index.locale, **fields), themes)


def make_expert(index, themes=(), landscapes=(), **fields):
    number = next(_sequence)
    fields.setdefault("title", f"Expert {number}")
    fields.setdefault("slug", f"expert-{number}")
    fields.setdefault("headline", "Soil ecologist")
    fields.setdefault("countries", ["PE"])
    fields.setdefault("languages", ["es", "en"])
    fields.setdefault("contact_email", f"expert-{number}@example.org")
    return _publish(index, ExpertPage(locale=index.locale, **fields), themes, landscapes=landscapes)
