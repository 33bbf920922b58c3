"""Landscape boundaries: GeoJSON in, validated with Shapely; centre and geodesic area computed
with pyproj on the WGS84 ellipsoid (planar areas in degrees would be wrong away from the
equator)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from pyproj import Geod
from shapely.geometry import mapping, shape
from shapely.ops import unary_union
from shapely.validation import explain_validity

POLYGON_TYPES = {"Polygon", "MultiPolygon"}
_WGS84 = Geod(ellps="WGS84")


def _geometries(data):
    """The geometries in a GeoJSON geometry, Feature or FeatureCollection."""
    if not isinstance(data, dict) or "type" not in data:
        raise ValidationError(_("The boundary must be a GeoJSON object with a “type”."))
    kind = data["type"]
    if kind == "FeatureCollection":
        features = data.get("features")
        if not isinstance(features, list) or not features:
            raise ValidationError(_("The boundary's FeatureCollection has no features."))
        return [geometry for feature in features for geometry in _geometries(feature)]
    if kind == "Feature":
        return _geometries(data.get("geometry"))
    if kind not in POLYGON_TYPES:
        raise ValidationError(
            _("The boundary must be a Polygon or MultiPolygon, not a %(kind)s.") % {"kind": kind}
        )
    return [data]


def _check_rings(geometry):
    polygons = (
        [geometry.get("coordinates")]
        if geometry["type"] == "Polygon"
        else geometry.get("coordinates")
    )
    if not isinstance(polygons, list) or not polygons:
        raise ValidationError(_("The boundary has no coordinates."))
    for polygon in polygons:
        if not isinstance(polygon, list) or not polygon:
            raise ValidationError(_("Each polygon of the boundary needs at least one ring."))
        for ring_number, ring in enumerate(polygon, 1):
            if not isinstance(ring, list) or len(ring) < 4:
                raise ValidationError(
                    _("Ring %(ring)s of the boundary needs at least four positions.")
                    % {"ring": ring_number}
                )
            for position in ring:
                _check_position(position, ring_number)
            if list(ring[0]) != list(ring[-1]):
                raise ValidationError(
                    _(
                        "Ring %(ring)s of the boundary is not closed: its last position must "
                        "repeat its first."
                    )
                    % {"ring": ring_number}
                )


def _check_position(position, ring_number):
    if (
        not isinstance(position, list | tuple)
        or len(position) < 2
        or not all(
            isinstance(value, int | float) and not isinstance(value, bool) for value in position[:2]
        )
    ):
        raise ValidationError(
            _("Ring %(ring)s of the boundary has a position that is not [longitude, latitude].")
            % {"ring": ring_number}
        )
    longitude, latitude = position[0], position[1]
    if not -180 <= longitude <= 180 or not -90 <= latitude <= 90:
        raise ValidationError(
            _(
                "Ring %(ring)s of the boundary has the position [%(longitude)s, %(latitude)s]: "
                "longitude must be within -180 to 180 and latitude within -90 to 90 (GeoJSON puts "
                "longitude first)."
            )
            % {"ring": ring_number, "longitude": longitude, "latitude": latitude}
        )


def parse_boundary(data):
    """A valid Shapely (Multi)Polygon from GeoJSON, or a ValidationError that says what is wrong."""
    geometries = _geometries(data)
    for geometry in geometries:
        _check_rings(geometry)
    shapes = [shape(geometry) for geometry in geometries]
    for polygon in shapes:
        if not polygon.is_valid:
            raise ValidationError(
                _("The boundary is not a valid polygon: %(reason)s.")
                % {"reason": explain_validity(polygon)}
            )
    return shapes[0] if len(shapes) == 1 else unary_union(shapes)


def to_geojson(geometry):
    """A Shapely geometry as a plain GeoJSON dict, with lists (not tuples) for JSON."""

    def listify(value):
        return [listify(item) for item in value] if isinstance(value, list | tuple) else value

    data = mapping(geometry)
    return {"type": data["type"], "coordinates": listify(data["coordinates"])}


# What a computed centre and area keep: about a metre, and a tenth of a hectare. A boundary is
# not drawn finer, and sixteen digits in a form read as noise.
CENTRE_PLACES = 5
AREA_PLACES = 1


def centre_and_area(geometry):
    """((longitude, latitude) of a point inside the boundary, area in hectares), rounded."""
    point = (
        geometry.representative_point()
        if not geometry.centroid.within(geometry)
        else geometry.centroid
    )
    area_m2, _perimeter = _WGS84.geometry_area_perimeter(geometry)
    return (
        (round(point.x, CENTRE_PLACES), round(point.y, CENTRE_PLACES)),
        round(abs(area_m2) / 10_000, AREA_PLACES),
    )


def simplify(geometry, tolerance):
    """A lighter outline for overview maps; topology kept so that it stays a valid polygon."""
    simplified = geometry.simplify(tolerance, preserve_topology=True)
    return simplified if not simplified.is_empty else geometry


# About 1 km at the equator: invisible at the zooms of an overview map, and it keeps the
# collection of a thousand landscapes small.
OVERVIEW_TOLERANCE_DEGREES = 0.01


def overview_outline(geometry):
    """The outline an overview map draws, as GeoJSON with coordinates rounded to five decimals
    (about a metre). Computed once when a boundary is saved, not on every request."""
    data = to_geojson(simplify(geometry, OVERVIEW_TOLERANCE_DEGREES))
    data["coordinates"] = _rounded(data["coordinates"])
    return data


# A landscape's own page draws at most this many vertices: more is invisible on a page-sized
# map and only makes the page heavier (a 50,000-vertex boundary is over a megabyte of JSON).
DISPLAY_MAX_VERTICES = 5_000


def display_outline(data):
    """The boundary a landscape's page draws: as stored when it is small enough, else simplified
    to about a two-thousandth of its extent (never below the stored one's topology). What is
    stored is never simplified."""
    if _vertex_count(data.get("coordinates")) <= DISPLAY_MAX_VERTICES:
        return data
    shape = parse_boundary(data)
    west, south, east, north = shape.bounds
    outline = to_geojson(simplify(shape, max(east - west, north - south) / 2000))
    outline["coordinates"] = _rounded(outline["coordinates"])
    return outline


def _vertex_count(coordinates):
    if not isinstance(coordinates, list) or not coordinates:
        return 0
    if isinstance(coordinates[0], int | float):
        return 1
    return sum(_vertex_count(item) for item in coordinates)


def _rounded(coordinates, places=5):
    if coordinates and isinstance(coordinates[0], int | float):
        return [round(value, places) for value in coordinates]
    return [_rounded(item, places) for item in coordinates]
