"""The site's own basemap (network/basemap.py): tiles drawn from Natural Earth, served with a long
cache, and the maps that use them when no tile server is configured."""

import io
import math

import numpy as np
import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from PIL import Image

from network import basemap
from network.factories import make_directory_site, make_landscape, square
from tests.worlds import module_world
from website.models import SiteSettings

SEA = basemap.SEA
LAND = basemap.LAND

directory_world = module_world(make_directory_site)

# The site's middleware may read its structure (language, site) for any request.
pytestmark = pytest.mark.django_db


def tile_address(latitude, longitude, zoom):
    """(x, y) of the tile holding a place, and the place's pixel inside it."""
    scale = 2**zoom * basemap.TILE_SIZE
    x = (longitude + 180) / 360 * scale
    y = (1 - math.asinh(math.tan(math.radians(latitude))) / math.pi) / 2 * scale
    size = basemap.TILE_SIZE
    return (int(x // size), int(y // size)), (int(x % size), int(y % size))


def colour_at(client, latitude, longitude, zoom):
    (x, y), pixel = tile_address(latitude, longitude, zoom)
    response = client.get(f"/basemap/{basemap.TILE_VERSION}/{zoom}/{x}/{y}.png")
    assert response.status_code == 200
    image = Image.open(io.BytesIO(response.content)).convert("RGB")
    return image.getpixel(pixel)


@pytest.fixture(autouse=True)
def no_tiles_kept():
    caches["default"].clear()


def test_a_tile_is_a_small_png_that_browsers_keep_for_a_month(
    client, django_assert_max_num_queries
):
    # At most the site lookup (kept in the structure cache after this first request).
    with django_assert_max_num_queries(1):
        response = client.get(f"/basemap/{basemap.TILE_VERSION}/0/0/0.png")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "immutable", f"max-age={basemap.CACHE_SECONDS}"} <= cache_control
    image = Image.open(io.BytesIO(response.content))
    assert image.format == "PNG"
    assert image.size == (256, 256)
    assert len(response.content) < 30_000


@pytest.mark.parametrize(
    ("place", "latitude", "longitude", "zoom", "colour"),
    [
        ("the Sahara", 23.0, 12.0, 2, LAND),
        ("the middle of the Atlantic", 30.0, -40.0, 2, SEA),
        # At zoom 9 the 1:10m coast: Mombasa island's harbour is sea, the mainland behind is land.
        ("the Indian Ocean off Mombasa", -4.1, 39.9, 9, SEA),
        ("inland from Mombasa", -3.9, 39.4, 9, LAND),
        ("Lake Victoria", -0.6, 32.8, 7, SEA),
        ("Lake Turkana's shore country", 3.0, 37.5, 7, LAND),
        # A polygon that crosses the antimeridian (Russia's Chukotka) is cut there, not drawn as
        # a band across the whole world: the North Atlantic at its latitude stays sea.
        ("the Norwegian Sea", 66.0, -2.0, 1, SEA),
    ],
)
def test_tiles_show_land_and_water_where_they_are(client, place, latitude, longitude, zoom, colour):
    # Exactly the map's colour, on every tile alike: neighbouring tiles show no seam.
    assert colour_at(client, latitude, longitude, zoom) == colour, place


def test_rivers_and_borders_are_drawn_in_their_own_colours(client):
    # The Nile north of Aswan at zoom 7; the border between Kenya and Tanzania at zoom 6, along
    # the line from the coast to Lake Victoria. Each tile holds its colour somewhere.
    for (latitude, longitude, zoom), colour in [
        ((26.0, 32.7, 7), basemap.RIVER),
        ((-2.5, 36.5, 6), basemap.BORDER),
    ]:
        (x, y), _pixel = tile_address(latitude, longitude, zoom)
        response = client.get(f"/basemap/{basemap.TILE_VERSION}/{zoom}/{x}/{y}.png")
        pixels = np.asarray(Image.open(io.BytesIO(response.content)).convert("RGB"), dtype=int)
        closest = np.abs(pixels - colour).max(axis=2).min()
        assert closest <= 20, (zoom, x, y)


def palette_of(png):
    """The colours a PNG tile uses."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    return {colour for _count, colour in image.getcolors(maxcolors=256)}


def test_a_high_density_screen_gets_the_same_tile_at_twice_the_size(client):
    # Southern Africa at zoom 3: coasts, lakes, rivers and borders.
    ordinary = client.get(f"/basemap/{basemap.TILE_VERSION}/3/4/4.png")
    dense = client.get(f"/basemap/{basemap.TILE_VERSION}/3/4/4@2x.png")

    assert dense.status_code == 200
    assert dense["Content-Type"] == "image/png"
    assert dense["Cache-Control"] == ordinary["Cache-Control"]
    image = Image.open(io.BytesIO(dense.content))
    assert image.format == "PNG"
    assert image.size == (512, 512)
    # The ordinary tile is what it was: 256 px.
    assert Image.open(io.BytesIO(ordinary.content)).size == (256, 256)
    # The same colours, and the same map: scaled down, it is the ordinary tile but for the
    # edges of its lines (at most a few pixels of 65,536 differ by more than a shade).
    site_palette = np.asarray(basemap._palette().getpalette(), dtype=int).reshape(-1, 3)
    assert palette_of(dense.content) <= set(map(tuple, site_palette.tolist()))
    assert {SEA, LAND, basemap.RIVER, basemap.BORDER} <= palette_of(dense.content)
    small = image.convert("RGB").resize((256, 256), Image.Resampling.BOX)
    before = np.asarray(Image.open(io.BytesIO(ordinary.content)).convert("RGB"), dtype=int)
    difference = np.abs(np.asarray(small, dtype=int) - before).max(axis=2)
    assert (difference > 40).mean() < 0.03


def test_a_drawn_tile_is_kept_in_the_cache(client):
    client.get(f"/basemap/{basemap.TILE_VERSION}/3/4/3.png")
    assert caches["default"].get(f"basemap:{basemap.TILE_VERSION}:3:4:3") is not None
    client.get(f"/basemap/{basemap.TILE_VERSION}/3/4/3@2x.png")
    dense = caches["default"].get(f"basemap:{basemap.TILE_VERSION}:3:4:3@2x")
    assert Image.open(io.BytesIO(dense)).size == (512, 512)


@pytest.mark.parametrize(
    "path",
    [
        "/basemap/0/0/0/0.png",  # a version no longer drawn
        f"/basemap/{basemap.TILE_VERSION}/13/0/0.png",  # deeper than the server draws
        f"/basemap/{basemap.TILE_VERSION}/2/4/0.png",  # outside the world at zoom 2
        f"/basemap/{basemap.TILE_VERSION}/2/0/-1.png",
        f"/basemap/{basemap.TILE_VERSION}/0/0/0@3x.png",  # only 1x and 2x are drawn
        f"/basemap/{basemap.TILE_VERSION}/13/0/0@2x.png",
        f"/basemap/{basemap.TILE_VERSION}/2/4/0@2x.png",
        "/basemap/0/0/0/0@2x.png",
    ],
)
def test_an_impossible_tile_is_not_found(client, path):
    assert client.get(path).status_code == 404


def test_a_tile_cannot_be_posted(client):
    assert client.post(f"/basemap/{basemap.TILE_VERSION}/0/0/0.png").status_code == 405


def test_a_configured_tile_server_replaces_the_basemap():
    configured = basemap.tiles_for("https://tiles.example.org/{z}/{x}/{y}.png", "© Example")
    assert configured == basemap.Tiles(
        "https://tiles.example.org/{z}/{x}/{y}.png", "© Example", None
    )
    own = basemap.tiles_for("", "ignored without a tile server")
    # {r}: Leaflet asks for the @2x tile on a high-density screen.
    assert own == basemap.Tiles("/basemap/1/{z}/{x}/{y}{r}.png", "Natural Earth", 12)


def map_of(response):
    return BeautifulSoup(response.content, "html.parser").find(attrs={"data-map": True})


def test_a_landscape_map_draws_on_the_basemap_and_loads_leaflet_only_when_needed(
    client, directory_world
):
    landscape = make_landscape(directory_world["en"]["landscapes"], boundary=square(36.8, -1.3))

    response = client.get(landscape.url)
    html = BeautifulSoup(response.content, "html.parser")
    container = map_of(response)

    assert container["data-tile-url"] == "/basemap/1/{z}/{x}/{y}{r}.png"
    assert container["data-max-native-zoom"] == "12"
    assert container["data-attribution"] == "Natural Earth"
    # Leaflet is not in the page: map.js loads it when the map comes near the viewport.
    sources = [script.get("src", "") for script in html.find_all("script")]
    assert not any("leaflet" in source for source in sources)
    loader = html.find("script", src=lambda source: source and "js/map.js" in source)
    assert "vendor/leaflet/leaflet.js" in loader["data-scripts"]
    assert "leaflet.markercluster.js" in loader["data-cluster-scripts"]
    # One landscape: no clustering, so the plugin is not loaded for it.
    assert not container.has_attr("data-cluster")


def test_the_directory_map_clusters_and_a_configured_tile_server_wins(client, directory_world):
    site_settings = SiteSettings.for_site(directory_world["en"]["home"].get_site())
    site_settings.map_tile_url = "https://tiles.example.org/{z}/{x}/{y}.png"
    site_settings.map_attribution = "© Example contributors"
    site_settings.save()

    container = map_of(client.get(directory_world["en"]["landscapes"].url))

    assert container.has_attr("data-cluster")
    assert container["data-tile-url"] == "https://tiles.example.org/{z}/{x}/{y}.png"
    assert container["data-attribution"] == "© Example contributors"
    assert not container.has_attr("data-max-native-zoom")
