"""Whether a landscape's boundary lies in the countries it names: a boundary with latitude and
longitude swapped (a Kenyan landscape drawn in the Mediterranean) or typed with the wrong sign
is still a valid polygon, and nothing else would notice.

The outlines are the world map the site already ships (static/vendor/world: Natural Earth
1:110m countries, named by Natural Earth). At that scale a coast or a border can be tens of
kilometres off, and small countries are missing, so this only warns, never refuses: a boundary
is "outside" when it comes nowhere near (OUTLINE_MARGIN_DEGREES) any of its countries' outlines,
and countries without an outline are not judged."""

import functools
import json

import shapely
from django.conf import settings
from django.contrib import messages
from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django_countries import countries
from shapely.geometry import shape
from shapely.ops import unary_union

# About 55 km at the equator: wider than 1:110m's errors, far narrower than a swapped position.
OUTLINE_MARGIN_DEGREES = 0.5
WORLD_MAP = "vendor/world/countries-110m.geojson"
# Natural Earth's short names that django-countries does not know.
NAMES = {
    "W. Sahara": "EH",
    "Dem. Rep. Congo": "CD",
    "Dominican Rep.": "DO",
    "Falkland Is.": "FK",
    "Fr. S. Antarctic Lands": "TF",
    "Central African Rep.": "CF",
    "Eq. Guinea": "GQ",
    "Solomon Is.": "SB",
    "N. Cyprus": "CY",
    "Somaliland": "SO",
    "Bosnia and Herz.": "BA",
    "S. Sudan": "SS",
}


@functools.cache
def outlines():
    """{ISO 3166 alpha-2 code: outline} of the countries the world map has."""
    path = finders.find(WORLD_MAP) or str(settings.BASE_DIR / "static" / WORLD_MAP)
    with open(path, encoding="utf-8") as file:
        features = json.load(file)["features"]
    shapes = {}
    for feature in features:
        name = feature["properties"]["name"]
        code = NAMES.get(name) or countries.by_name(name)
        if code:
            shapes.setdefault(code, []).append(shape(feature["geometry"]))
    return {code: unary_union(parts) for code, parts in shapes.items()}


def misplaced(boundary, country_codes):
    """None when `boundary` (a Shapely geometry) lies in or near one of `country_codes`, or
    when none of them has an outline to judge by; else "swapped" when the boundary with
    latitude and longitude swapped would be there, else "outside"."""
    known = [outlines()[code] for code in country_codes if code in outlines()]
    if not known:
        return None
    area = unary_union(known).buffer(OUTLINE_MARGIN_DEGREES)
    if boundary.intersects(area):
        return None
    if shapely.transform(boundary, lambda coordinates: coordinates[:, ::-1]).intersects(area):
        return "swapped"
    return "outside"


def warning(page):
    """What to tell the person who saved the landscape `page`, if its boundary is misplaced."""
    from network.geometry import parse_boundary

    if not getattr(page, "boundary", None) or not page.countries:
        return None
    try:
        verdict = misplaced(
            parse_boundary(page.boundary), [country.code for country in page.countries]
        )
    except ValidationError:
        return None  # an invalid boundary is refused with its own error, elsewhere
    names = ", ".join(str(country.name) for country in page.countries)
    if verdict == "swapped":
        return _(
            "The boundary lies outside %(countries)s, where it would be with latitude and "
            "longitude swapped. GeoJSON gives the longitude first: please check the file or the "
            "drawing."
        ) % {"countries": names}
    if verdict == "outside":
        return _(
            "The boundary lies outside %(countries)s. Please check that it is the right shape "
            "and that the countries are right."
        ) % {"countries": names}
    return None


def warn_if_misplaced(request, page):
    text = warning(page)
    if text:
        messages.warning(request, text)
