"""Landscapes as GeoJSON: the FeatureCollection at /api/landscapes.geojson and the directory map.
Overviews draw the simplified outline stored with each landscape (LandscapePage.overview_boundary);
a landscape's own page draws its full boundary."""

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
]


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
    for page in queryset.only(*COLLECTION_FIELDS).prefetch_related("themes"):
        if page.overview_boundary:
            geometry_data = page.overview_boundary
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
