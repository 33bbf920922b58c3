"""Landscapes as GeoJSON: the FeatureCollection at /api/landscapes.geojson and the directory map.
Boundaries are simplified for overviews; a landscape's own page draws its full boundary."""

from shapely.geometry import shape

from network import geometry

# About 1 km at the equator: invisible at the zooms of an overview map, and it keeps the
# collection of a thousand landscapes small.
OVERVIEW_TOLERANCE_DEGREES = 0.01


def _point(longitude, latitude):
    return {"type": "Point", "coordinates": [round(longitude, 5), round(latitude, 5)]}


def landscape_point_features(queryset, request):
    """One Point feature per landscape that has a centre (one query)."""
    features = []
    for page in queryset.order_by().only(
        "id", "title", "url_path", "centre_latitude", "centre_longitude", "partnership_status"
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
                    "status_label": str(page.get_partnership_status_display()),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def landscape_boundary_feature(page, request):
    """The landscape's full boundary, or its centre when it has none."""
    if page.boundary:
        geometry_data = page.boundary
    elif page.centre_latitude is not None and page.centre_longitude is not None:
        geometry_data = _point(page.centre_longitude, page.centre_latitude)
    else:
        return {"type": "FeatureCollection", "features": []}
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": geometry_data,
                "properties": {"name": page.title, "url": page.get_url(request)},
            }
        ],
    }


def landscape_collection(queryset, request, term_names):
    """Every landscape in `queryset` with its simplified boundary (or centre) and the facts a
    map or another platform needs: name, URL, status, themes."""
    features = []
    for page in queryset.prefetch_related("themes"):
        if page.boundary:
            outline = geometry.simplify(shape(page.boundary), OVERVIEW_TOLERANCE_DEGREES)
            geometry_data = geometry.to_geojson(outline)
            geometry_data["coordinates"] = _rounded(geometry_data["coordinates"])
        elif page.centre_latitude is not None and page.centre_longitude is not None:
            geometry_data = _point(page.centre_longitude, page.centre_latitude)
        else:
            continue
        features.append(
            {
                "type": "Feature",
                "id": str(page.translation_key),
                "geometry": geometry_data,
                "properties": {
                    "name": page.title,
                    "url": page.get_full_url(request),
                    "status": page.partnership_status,
                    "status_label": str(page.get_partnership_status_display()),
                    "themes": [
                        {"slug": theme.slug, "name": term_names.get(theme.slug, theme.name)}
                        for theme in page.themes.all()
                    ],
                    "centre": (
                        [round(page.centre_longitude, 5), round(page.centre_latitude, 5)]
                        if page.centre_latitude is not None
                        else None
                    ),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _rounded(coordinates, places=5):
    """Five decimals is about a metre: plenty for an outline, and a much smaller file."""
    if coordinates and isinstance(coordinates[0], int | float):
        return [round(value, places) for value in coordinates]
    return [_rounded(item, places) for item in coordinates]
