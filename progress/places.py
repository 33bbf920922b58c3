"""Where an action happens: a point or an area, inside its landscape's boundary."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from shapely.geometry import Point

from network import geometry

# How far outside the boundary a point may be and still count as inside: a drawn boundary is
# rough, and a pin dropped on its edge is meant to be in (about 1 km at the equator).
TOLERANCE_DEGREES = 0.01


def _point(data):
    if isinstance(data, dict) and data.get("type") == "Feature":
        data = data.get("geometry")
    if not isinstance(data, dict) or data.get("type") != "Point":
        return None
    position = data.get("coordinates")
    if (
        not isinstance(position, list | tuple)
        or len(position) < 2
        or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in position[:2])
        or not -180 <= position[0] <= 180
        or not -90 <= position[1] <= 90
    ):
        raise ValidationError(_("The point must be [longitude, latitude] in degrees."))
    return Point(position[0], position[1])


def parse_location(data):
    """A Shapely point or (multi)polygon from GeoJSON, or a ValidationError."""
    point = _point(data)
    if point is not None:
        return point
    try:
        return geometry.parse_boundary(data)
    except ValidationError as error:
        raise ValidationError(
            _("Where the action happens must be a GeoJSON point or area: %(reason)s")
            % {"reason": " ".join(error.messages)}
        ) from error


def check_location(data, landscape):
    """Refuse a location that is not GeoJSON, or lies outside the landscape's boundary (when the
    landscape has one)."""
    place = parse_location(data)
    if landscape is None or not landscape.boundary:
        return place
    try:
        boundary = geometry.parse_boundary(landscape.boundary)
    except ValidationError:
        return place
    if not boundary.buffer(TOLERANCE_DEGREES).contains(place):
        raise ValidationError(
            _("This place is outside %(landscape)s. Put it inside the landscape's boundary.")
            % {"landscape": landscape.title}
        )
    return place
