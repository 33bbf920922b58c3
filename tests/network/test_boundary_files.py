"""A boundary from each kind of file a coordinator may upload, and a clear message for each kind
of file we cannot use. The files are made here: text formats written out, shapefiles by GDAL."""

import io
import json
import zipfile

import pyogrio.raw
import pytest
import shapely
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from pyproj import Transformer

from network import boundary_files
from network.boundary_files import read_boundary_file

# A small square near Nairobi, longitude first: the boundary most tests expect back.
SQUARE = [[36.8, -1.3], [36.9, -1.3], [36.9, -1.2], [36.8, -1.2], [36.8, -1.3]]


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def geojson_file(*geometries, name="boundary.geojson"):
    features = [{"type": "Feature", "properties": {}, "geometry": g} for g in geometries]
    return upload(name, json.dumps({"type": "FeatureCollection", "features": features}).encode())


def polygon(ring):
    return {"type": "Polygon", "coordinates": [ring]}


def kml_text(*placemarks):
    body = "".join(f"<Placemark><name>Part</name>{p}</Placemark>" for p in placemarks)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Landscape</name>'
        f"{body}</Document></kml>"
    ).encode()


def kml_polygon(ring, altitude=None):
    coordinates = " ".join(
        f"{lon},{lat}" + (f",{altitude}" if altitude is not None else "") for lon, lat in ring
    )
    return (
        "<Polygon><outerBoundaryIs><LinearRing><coordinates>"
        f"{coordinates}</coordinates></LinearRing></outerBoundaryIs></Polygon>"
    )


def gpx_text(track):
    points = "".join(
        f'<trkpt lat="{lat}" lon="{lon}"><ele>1650</ele></trkpt>' for lon, lat in track
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx version="1.1" creator="a GPS" xmlns="http://www.topografix.com/GPX/1/1">'
        '<wpt lat="-1.25" lon="36.85"><name>Camp</name></wpt>'
        f"<trk><name>Walk round the boundary</name><trkseg>{points}</trkseg></trk></gpx>"
    ).encode()


def zipped(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def shapefile_files(tmp_path, rings, crs, geometry_type="Polygon"):
    """{name: bytes} of a shapefile that GDAL writes, one feature per ring."""
    make = shapely.Polygon if geometry_type == "Polygon" else shapely.LineString
    wkbs = shapely.to_wkb([make(ring) for ring in rings])
    path = tmp_path / "boundary.shp"
    pyogrio.raw.write(
        str(path),
        geometry=wkbs,
        field_data=[],
        fields=[],
        driver="ESRI Shapefile",
        geometry_type=geometry_type,
        crs=crs,
    )
    return {f"boundary/{p.name}": p.read_bytes() for p in tmp_path.glob("boundary.*")}


def message(error):
    return " ".join(error.value.messages)


def assert_square(boundary, square=SQUARE):
    assert boundary["type"] == "Polygon"
    assert shapely.Polygon(boundary["coordinates"][0]).equals_exact(shapely.Polygon(square), 1e-9)


# What each format gives


def test_geojson_gives_its_polygon_in_two_dimensions():
    ring = [[lon, lat, 1650.0] for lon, lat in SQUARE]

    boundary = read_boundary_file(geojson_file(polygon(ring)))

    assert_square(boundary)
    assert all(len(position) == 2 for position in boundary["coordinates"][0])


def test_a_bare_geojson_geometry_in_a_json_file_is_read():
    content = json.dumps(polygon(SQUARE)).encode()

    assert_square(read_boundary_file(upload("boundary.json", content, "application/json")))


def test_separate_polygon_features_become_one_multipolygon():
    east = [[lon + 1, lat] for lon, lat in SQUARE]

    boundary = read_boundary_file(geojson_file(polygon(SQUARE), polygon(east)))

    assert boundary["type"] == "MultiPolygon"
    assert shapely.geometry.shape(boundary).equals(
        shapely.MultiPolygon([shapely.Polygon(SQUARE), shapely.Polygon(east)])
    )


def test_overlapping_polygon_features_are_merged_into_one_polygon():
    overlapping = [[lon + 0.05, lat] for lon, lat in SQUARE]

    boundary = read_boundary_file(geojson_file(polygon(SQUARE), polygon(overlapping)))

    assert boundary["type"] == "Polygon"
    assert shapely.geometry.shape(boundary).bounds == pytest.approx((36.8, -1.3, 36.95, -1.2))


def test_kml_gives_its_polygon_and_leaves_out_points_and_altitude():
    content = kml_text(
        kml_polygon(SQUARE, altitude=1650), "<Point><coordinates>36.85,-1.25</coordinates></Point>"
    )

    assert_square(read_boundary_file(upload("landscape.kml", content)))


def test_kmz_gives_the_polygon_of_the_kml_inside():
    content = zipped({"doc.kml": kml_text(kml_polygon(SQUARE)), "files/logo.png": b"\x89PNG"})

    assert_square(read_boundary_file(upload("landscape.kmz", content)))


def test_a_closed_gpx_track_becomes_a_polygon():
    assert_square(read_boundary_file(upload("walk.gpx", gpx_text(SQUARE))))


def test_a_shapefile_in_utm_is_reprojected_to_longitude_and_latitude(tmp_path):
    # UTM zone 37S: the central meridian is 39° E and the equator lies at a false northing of
    # 10,000,000 m, so the square's north-west corner is exactly (39, 0).
    utm = [[500_000, 10_000_000], [510_000, 10_000_000], [510_000, 9_990_000], [500_000, 9_990_000]]
    content = zipped(shapefile_files(tmp_path, [[*utm, utm[0]]], "EPSG:32737"))

    boundary = read_boundary_file(upload("boundary.zip", content))

    corners = {tuple(position) for position in boundary["coordinates"][0]}
    to_wgs84 = Transformer.from_crs("EPSG:32737", "EPSG:4326", always_xy=True)
    expected = [(39.0, 0.0), *(to_wgs84.transform(x, y) for x, y in utm[1:])]
    for longitude, latitude in expected:
        assert any(
            abs(lon - longitude) < 1e-6 and abs(lat - latitude) < 1e-6 for lon, lat in corners
        ), (longitude, latitude, corners)
    # On the central meridian a UTM metre is 1/0.9996 of a metre on the ground, and a degree of
    # latitude at the equator is 110,574.3 m: the southern edge lies 0.090473° south.
    assert min(lat for lon, lat in corners if abs(lon - 39) < 1e-9) == pytest.approx(
        -10_000 / 0.9996 / 110_574.3, abs=1e-6
    )


def test_a_shapefile_in_web_mercator_is_reprojected(tmp_path):
    # Web Mercator's x runs to ±20,037,508.34 m at ±180°; half of it is 90° E.
    half = 20_037_508.342789244 / 2
    ring = [[0, 0], [half, 0], [half, 1000], [0, 1000], [0, 0]]
    content = zipped(shapefile_files(tmp_path, [ring], "EPSG:3857"))

    boundary = read_boundary_file(upload("boundary.zip", content))

    west, south, east, _north = shapely.geometry.shape(boundary).bounds
    assert (west, south, east) == pytest.approx((0, 0, 90), abs=1e-6)


def test_a_large_upload_stored_in_a_temporary_file_is_read():
    content = json.dumps(polygon(SQUARE)).encode()
    with TemporaryUploadedFile("boundary.geojson", "application/geo+json", len(content), None) as f:
        f.write(content)
        f.seek(0)

        assert_square(read_boundary_file(f))


# What we refuse, and what the coordinator is told


OTHER_KIND = "This is not a kind of file we can read a boundary from."


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200)),
        ("boundary.csv", b"name,latitude,longitude\nCamp,-1.25,36.85\n"),
        ("boundary.geojson", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"),  # a photo with a GIS name
        ("map.html", b"<!doctype html><html><body>Map</body></html>"),
    ],
)
def test_a_file_of_another_kind_is_refused(name, content):
    with pytest.raises(ValidationError) as error:
        read_boundary_file(upload(name, content))

    assert OTHER_KIND in message(error)
    assert "GeoJSON, KML, KMZ, GPX, or a shapefile zipped" in message(error)


def test_an_empty_file_is_refused():
    with pytest.raises(ValidationError) as error:
        read_boundary_file(upload("boundary.geojson", b""))

    assert message(error) == "The file is empty. Choose the boundary file again and upload it."


def test_a_file_over_the_size_limit_is_refused_with_the_limit(monkeypatch):
    monkeypatch.setattr(boundary_files, "MAX_BYTES", 100)

    with pytest.raises(ValidationError) as error:
        read_boundary_file(geojson_file(polygon(SQUARE)))

    assert "the largest boundary file we accept is 100\xa0bytes" in message(error)


def test_the_size_limit_is_ten_megabytes():
    content = b" " * (10 * 1024 * 1024 + 1)

    with pytest.raises(ValidationError) as error:
        read_boundary_file(upload("big.geojson", content))

    assert "The file is 10.0\xa0MB; the largest boundary file we accept is 10.0\xa0MB" in message(
        error
    )


def test_a_boundary_over_the_vertex_limit_is_refused_not_simplified(monkeypatch):
    monkeypatch.setattr(boundary_files, "MAX_VERTICES", 4)

    with pytest.raises(ValidationError) as error:
        read_boundary_file(geojson_file(polygon(SQUARE)))

    assert "The boundary has 5 vertices; the most we accept is 4." in message(error)
    assert "Simplify it in your GIS tool first" in message(error)


def test_a_shapefile_without_prj_is_refused(tmp_path):
    files = shapefile_files(tmp_path, [SQUARE], "EPSG:4326")
    del files["boundary/boundary.prj"]

    with pytest.raises(ValidationError) as error:
        read_boundary_file(upload("boundary.zip", zipped(files)))

    assert "The shapefile has no .prj file" in message(error)
    assert "we cannot know where on Earth its shapes are" in message(error)


def test_a_shapefile_without_its_dbf_is_refused(tmp_path):
    files = shapefile_files(tmp_path, [SQUARE], "EPSG:4326")
    del files["boundary/boundary.dbf"]

    with pytest.raises(ValidationError) as error:
        read_boundary_file(upload("boundary.zip", zipped(files)))

    assert "The shapefile's .dbf file is missing from the zip." in message(error)


def test_a_shp_uploaded_alone_is_refused_with_what_to_do(tmp_path):
    files = shapefile_files(tmp_path, [SQUARE], "EPSG:4326")

    with pytest.raises(ValidationError) as error:
        read_boundary_file(upload("boundary.shp", files["boundary/boundary.shp"]))

    assert "This is only the .shp part of a shapefile. Zip it together with" in message(error)


def test_a_shapefile_whose_prj_does_not_match_its_data_is_refused(tmp_path):
    # Metres of UTM under a .prj that says degrees: far off the globe.
    utm = [[500_000, 9_990_000], [510_000, 9_990_000], [510_000, 10_000_000], [500_000, 9_990_000]]
    content = zipped(shapefile_files(tmp_path, [utm], "EPSG:4326"))

    with pytest.raises(ValidationError) as error:
        read_boundary_file(upload("boundary.zip", content))

    assert "do not fall on Earth once turned into longitude and latitude" in message(error)


def test_geojson_with_latitude_first_is_refused():
    swapped = [[lat, lon * 3] for lon, lat in SQUARE]  # latitudes past 100

    with pytest.raises(ValidationError) as error:
        read_boundary_file(geojson_file(polygon(swapped)))

    assert "do not fall on Earth" in message(error)


NO_POLYGON = "The file has no polygon, only points or lines"


def test_kml_with_only_points_and_lines_is_refused():
    content = kml_text(
        "<Point><coordinates>36.85,-1.25</coordinates></Point>",
        "<LineString><coordinates>36.8,-1.3 36.9,-1.2</coordinates></LineString>",
    )

    with pytest.raises(ValidationError) as error:
        read_boundary_file(upload("landscape.kml", content))

    assert NO_POLYGON in message(error)
    assert "or drop a pin instead" in message(error)


def test_geojson_with_only_a_line_is_refused():
    line = {"type": "LineString", "coordinates": SQUARE}

    with pytest.raises(ValidationError) as error:
        read_boundary_file(geojson_file(line))

    assert NO_POLYGON in message(error)


def test_an_open_gpx_track_encloses_no_area():
    with pytest.raises(ValidationError) as error:
        read_boundary_file(upload("walk.gpx", gpx_text(SQUARE[:-1])))

    assert "tracks and routes do not end where they start, so they enclose no area" in message(
        error
    )


def test_a_self_intersecting_polygon_gets_the_same_message_as_typed_geojson():
    bow_tie = [[36.8, -1.3], [36.9, -1.2], [36.9, -1.3], [36.8, -1.2], [36.8, -1.3]]

    with pytest.raises(ValidationError) as error:
        read_boundary_file(upload("bow-tie.kml", kml_text(kml_polygon(bow_tie))))

    assert "The boundary is not a valid polygon: Self-intersection" in message(error)


def test_a_corrupt_zip_is_refused():
    content = zipped({"doc.kml": kml_text(kml_polygon(SQUARE))})
    damaged = content[:30] + bytes(40) + content[70:]

    with pytest.raises(ValidationError) as error:
        read_boundary_file(upload("landscape.kmz", damaged))

    assert message(error) == (
        "The zip file is damaged and cannot be opened. Make the zip again and upload it."
    )


def test_a_zip_without_a_shapefile_or_kml_is_refused():
    with pytest.raises(ValidationError) as error:
        read_boundary_file(upload("boundary.zip", zipped({"notes.txt": b"the boundary"})))

    assert "The zip file holds neither a shapefile nor a KML file." in message(error)


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    # 60 MB of zeros deflates to about 60 kB.
    content = zipped({"doc.kml": bytes(60 * 1024 * 1024)})
    assert len(content) < 100_000

    with pytest.raises(ValidationError) as error:
        read_boundary_file(upload("landscape.kmz", content))

    assert "The zip file unpacks to more than 50.0\xa0MB." in message(error)


def test_broken_geojson_gets_a_message_not_an_error_page():
    with pytest.raises(ValidationError) as error:
        read_boundary_file(upload("boundary.geojson", b'{"type": "FeatureCollection", "feat'))

    assert "We could not read a boundary from this file (GeoJSON)." in message(error)
