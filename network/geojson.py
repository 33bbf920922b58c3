"""Landscapes as GeoJSON: the FeatureCollection at /api/landscapes.geojson and the directory map.
Overviews draw the simplified outline stored with each landscape (LandscapePage.overview_boundary);
a landscape's own page draws its full boundary (simplified only past geometry.DISPLAY_MAX_VERTICES).

A landscape not yet translated into the map's language is on it in the language it exists in
(network.untranslated): its feature says which, `lang` and `language_name`, for the map to mark."""

from django.db.models import F
from django.utils.translation import get_language

from network import geometry
from network.untranslated import language_name

# GeoJSON is mostly numbers: without the spaces after commas and colons, 12% lighter.
COMPACT = {"separators": (",", ":")}

# What the collection reads of each landscape: not the full boundary (its simplified outline is
# stored beside it), nor the long texts.
COLLECTION_FIELDS = [
    "id",
    "title",
    "url_path",
    "translation_key",
    "partnership_status",
    "centre_latitude",
    "centre_longitude",
    "overview_boundary",
    "language",
]


def _point(longitude, latitude):
    return {"type": "Point", "coordinates": [round(longitude, 5), round(latitude, 5)]}


def _language_properties(language_code, map_language):
    """`lang` and `language_name` for a landscape in another language than the map's."""
    if language_code == map_language:
        return {}
    return {"lang": language_code, "language_name": language_name(language_code)}


def landscape_point_features(queryset, request):
    """One Point feature per landscape that has a centre (one query)."""
    features = []
    map_language = get_language()
    for page in (
        queryset.order_by()
        .annotate(language=F("locale__language_code"))
        .only(
            "id", "title", "url_path", "centre_latitude", "centre_longitude", "partnership_status"
        )
    ):
        if page.centre_latitude is None or page.centre_longitude is None:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": _point(page.centre_longitude, page.centre_latitude),
                "properties": {
                    "name": page.title,
                    "url": page.get_url(request),
                    "status_label": (
                        str(page.get_partnership_status_display())
                        if page.partnership_status
                        else ""
                    ),
                    **_language_properties(page.language, map_language),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def landscape_boundary_feature(page, request):
    """The landscape's boundary (simplified when very large, see geometry.display_outline), or
    its centre when it has none."""
    feature = boundary_feature(page, request)
    if feature is None and page.centre_latitude is not None and page.centre_longitude is not None:
        feature = {
            "type": "Feature",
            "geometry": _point(page.centre_longitude, page.centre_latitude),
            "properties": {"name": page.title, "url": page.get_url(request)},
        }
    return {"type": "FeatureCollection", "features": [feature] if feature else []}


def boundary_feature(page, request, other_language=None):
    """A landscape's boundary as a map feature with its name and link (simplified when very
    large, see geometry.display_outline), or None when it has none. `other_language`: the
    page's language when it is not the map's (a landscape not yet translated), for the map to
    mark, as the directory's map does."""
    if not page.boundary:
        return None
    properties = {"name": page.title, "url": page.get_url(request)}
    if other_language:
        properties.update(lang=other_language, language_name=language_name(other_language))
    return {
        "type": "Feature",
        "geometry": geometry.display_outline(page.boundary),
        "properties": properties,
    }


def landscape_collection(queryset, request, term_names):
    """Every landscape in `queryset` with its simplified boundary (or centre) and the facts a
    map or another platform needs: name, URL, status, themes.

    Read as plain rows, two queries, no model instances: for a thousand landscapes and their
    themes, building the instances took most of the time (279 ms a request). Every feature says
    its landscape's `language`; one in another language than the active one (a landscape not
    yet translated) also has `lang` and `language_name`, as on the directory's map."""
    from network.choices import PARTNERSHIP_STATUSES
    from network.models import LandscapePage

    status_labels = {value: str(label) for value, label in PARTNERSHIP_STATUSES if value}
    themes_of = {}
    for page_id, slug, name in (
        LandscapePage.themes.through.objects.filter(landscapepage__in=queryset.values("pk"))
        .order_by("theme__name")
        .values_list("landscapepage_id", "theme__slug", "theme__name")
    ):
        themes_of.setdefault(page_id, []).append({"slug": slug, "name": term_names.get(slug, name)})
    full_url = _full_urls(request)
    features = []
    map_language = get_language()
    rows = queryset.annotate(language=F("locale__language_code")).values(*COLLECTION_FIELDS)
    for row in rows:
        latitude, longitude = row["centre_latitude"], row["centre_longitude"]
        if row["overview_boundary"]:
            geometry_data = row["overview_boundary"]
        elif latitude is not None and longitude is not None:
            geometry_data = _point(longitude, latitude)
        else:
            continue
        url = full_url(row["url_path"])
        features.append(
            {
                "type": "Feature",
                "id": str(row["translation_key"]),
                "geometry": geometry_data,
                "properties": {
                    "name": row["title"],
                    "url": url,
                    "status": row["partnership_status"],
                    "status_label": status_labels.get(row["partnership_status"], ""),
                    "themes": themes_of.get(row["id"], []),
                    "centre": (
                        [round(longitude, 5), round(latitude, 5)] if latitude is not None else None
                    ),
                    "language": row["language"],
                    **_language_properties(row["language"], map_language),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _full_urls(request):
    """url_path -> full URL. Wagtail works a page's URL out from its path alone; siblings share
    all of it but their slug, so it is asked once a parent and reused (a thousand landscapes
    are a thousand siblings)."""
    from wagtail.models import Page

    by_parent = {}

    def full_url(url_path):
        parent_path, slug = url_path.rstrip("/").rsplit("/", 1)
        if parent_path not in by_parent:
            url = Page(url_path=url_path).get_full_url(request)
            suffix = f"{slug}/"
            by_parent[parent_path] = url[: -len(suffix)] if url and url.endswith(suffix) else None
        prefix = by_parent[parent_path]
        if prefix is None or not slug.isascii():  # a Unicode slug is percent-encoded
            return Page(url_path=url_path).get_full_url(request)
        return f"{prefix}{slug}/"

    return full_url
