"""A landscape's boundary from a file that a coordinator uploads.

Formats: GeoJSON (.geojson, .json), KML, KMZ (a zip holding a KML), GPX (a track or route that
ends where it starts; an open line encloses no area) and an ESRI shapefile zipped with its
.shx, .dbf and .prj. The kind is judged from the content (zip signature, XML root, JSON object),
not from the file's name, and each kind is read only by its own GDAL driver.

Files are read by GDAL through pyogrio, not by a parser of ours: GDAL is what GIS tools
themselves use, it knows every dialect of these formats, and the pyogrio wheel bundles it, so
nothing needs installing on the machine. Shapes are reprojected to WGS 84 with pyproj, polygon
features are merged into one (Multi)Polygon, and the result goes through
`network.geometry.parse_boundary`, so a self-intersecting polygon gets the same message
whichever way the boundary arrived.

Limits: MAX_BYTES for the upload (checked before reading anything), MAX_UNZIPPED_BYTES for
what a zip unpacks to (checked before unpacking: a zip bomb), MAX_VERTICES for the boundary. A
boundary over the vertex limit is refused, never simplified behind the coordinator's back:
what is stored is what they uploaded; only maps draw a simplified outline.
"""

import io
import re
import tempfile
import zipfile
import zlib
from pathlib import Path, PurePosixPath

import numpy
import pyogrio
import pyogrio.errors
import pyogrio.raw
import pyproj
import pyproj.exceptions
import shapely
import shapely.errors
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from network import geometry

MAX_BYTES = 10 * 1024 * 1024
MAX_UNZIPPED_BYTES = 50 * 1024 * 1024
MAX_VERTICES = 50_000

# For the file input's accept attribute; the content decides in the end, not the name.
ACCEPT = ".geojson,.json,.kml,.kmz,.gpx,.zip"

_GEOJSON, _KML, _GPX, _SHAPEFILE = "GeoJSON", "KML", "GPX", "zipped shapefile"
# The GDAL drivers allowed to read each kind (KML has two: LIBKML when GDAL has it, else KML).
_DRIVERS = {
    _GEOJSON: {"GeoJSON"},
    _KML: {"LIBKML", "KML"},
    _GPX: {"GPX"},
    _SHAPEFILE: {"ESRI Shapefile"},
}
_SUFFIXES = {_GEOJSON: ".geojson", _KML: ".kml", _GPX: ".gpx"}
# GPX's other layers are points: waypoints, and every point of each route and track again.
_GPX_LAYERS = ("routes", "tracks")

_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
_SHP_SIGNATURE = b"\x00\x00\x27\x0a"  # file code 9994, big-endian, at the start of every .shp
_XML_ROOT = re.compile(rb"\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*)*<(?:[\w.-]+:)?([\w.-]+)", re.DOTALL)

# What GDAL, Shapely, pyproj and zipfile raise on a file they cannot make sense of.
_READ_ERRORS = (
    pyogrio.errors.DataSourceError,
    pyogrio.errors.DataLayerError,
    pyogrio.errors.GeometryError,
    pyogrio.errors.FeatureError,
    pyogrio.errors.FieldError,
    pyogrio.errors.CRSError,
    pyproj.exceptions.CRSError,
    pyproj.exceptions.ProjError,
    shapely.errors.ShapelyError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,  # a zip compressed with a method Python does not have
    RuntimeError,  # an encrypted zip member, and GDAL errors pyogrio does not classify
    ValueError,
    OSError,
)


def read_boundary_file(upload):
    """The boundary in an uploaded file as a GeoJSON Polygon or MultiPolygon dict in WGS 84
    (longitude first, 2-D), already valid by `parse_boundary`; or a ValidationError that says
    what is wrong and what to do."""
    if upload.size is not None and upload.size > MAX_BYTES:
        raise _too_large(upload.size)
    upload.seek(0)
    content = upload.read(MAX_BYTES + 1)
    if len(content) > MAX_BYTES:
        raise _too_large(len(content))
    if not content.strip():
        raise ValidationError(
            _("The file is empty. Choose the boundary file again and upload it."),
            code="empty",
        )
    with tempfile.TemporaryDirectory(prefix="boundary-") as folder:
        kind, paths = _save_for_gdal(content, Path(folder))
        try:
            polygons = [polygon for path in paths for polygon in _polygons(path, kind)]
        except _READ_ERRORS as error:
            raise ValidationError(
                _(
                    "We could not read a boundary from this file (%(kind)s). Check that it opens "
                    "in your GIS tool, export it again and upload the new file."
                )
                % {"kind": kind},
                code="unreadable",
            ) from error
    return geometry.to_geojson(geometry.parse_boundary(_as_feature_collection(polygons)))


def _too_large(size):
    return ValidationError(
        _(
            "The file is %(size)s; the largest boundary file we accept is %(limit)s. Remove other "
            "layers, or simplify the boundary in your GIS tool, then upload it again."
        )
        % {"size": filesizeformat(size), "limit": filesizeformat(MAX_BYTES)},
        code="too_large",
    )


def _other_kind():
    return ValidationError(
        _(
            "This is not a kind of file we can read a boundary from. Upload GeoJSON, KML, KMZ, "
            "GPX, or a shapefile zipped with its .shp, .shx, .dbf and .prj files."
        ),
        code="other_kind",
    )


def _save_for_gdal(content, folder):
    """(kind, paths of the files GDAL should open), written into `folder` under names we choose,
    never the names inside an upload (which could point outside the folder)."""
    if content.startswith(_ZIP_SIGNATURES):
        return _save_from_zip(content, folder)
    if content.startswith(_SHP_SIGNATURE):
        raise ValidationError(
            _(
                "This is only the .shp part of a shapefile. Zip it together with the .shx, .dbf "
                "and .prj files of the same name and upload the zip."
            ),
            code="shp_alone",
        )
    kind = _text_kind(content)
    if kind is None:
        raise _other_kind()
    path = folder / f"boundary{_SUFFIXES[kind]}"
    path.write_bytes(content)
    return kind, [path]


def _text_kind(content):
    head = content[:65536].removeprefix(b"\xef\xbb\xbf")
    if head.lstrip().startswith(b"{"):
        return _GEOJSON
    root = _XML_ROOT.match(head)
    if root:
        return {b"kml": _KML, b"gpx": _GPX}.get(root.group(1).lower())
    return None


def _save_from_zip(content, folder):
    """A KMZ's KML, or each shapefile in a zip with its sidecar files."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            members = [
                member
                for member in archive.infolist()
                if not member.is_dir()
                and not member.filename.startswith("__MACOSX/")
                and not PurePosixPath(member.filename).name.startswith("._")
            ]
            if sum(member.file_size for member in members) > MAX_UNZIPPED_BYTES:
                raise _unzips_too_large()
            by_name = {member.filename.lower(): member for member in members}
            shapefiles = [name for name in by_name if name.endswith(".shp")]
            if shapefiles:
                return _SHAPEFILE, _save_shapefiles(archive, by_name, shapefiles, folder)
            kml = by_name.get("doc.kml") or next(
                (member for name, member in by_name.items() if name.endswith(".kml")), None
            )
            if kml is None:
                raise ValidationError(
                    _(
                        "The zip file holds neither a shapefile nor a KML file. Zip the "
                        "shapefile's .shp, .shx, .dbf and .prj files, or upload the KML or KMZ "
                        "itself."
                    ),
                    code="zip_without_boundary",
                )
            kml_content = _unzipped(archive, kml)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as error:
        raise ValidationError(
            _("The zip file is damaged and cannot be opened. Make the zip again and upload it."),
            code="corrupt_zip",
        ) from error
    if _text_kind(kml_content) != _KML:
        raise _other_kind()
    path = folder / "boundary.kml"
    path.write_bytes(kml_content)
    return _KML, [path]


def _save_shapefiles(archive, by_name, shapefiles, folder):
    paths = []
    for number, shp_name in enumerate(sorted(shapefiles)):
        stem = shp_name.removesuffix(".shp")
        if f"{stem}.prj" not in by_name:
            raise ValidationError(
                _(
                    "The shapefile has no .prj file, and without it we cannot know where on Earth "
                    "its shapes are. Add the .prj file that came with the shapefile to the zip "
                    "and upload it again."
                ),
                code="shapefile_without_prj",
            )
        missing = [suffix for suffix in (".shx", ".dbf") if f"{stem}{suffix}" not in by_name]
        if missing:
            raise ValidationError(
                _(
                    "The shapefile's %(files)s file is missing from the zip. Zip all the files "
                    "that share its name (.shp, .shx, .dbf and .prj) and upload the zip again."
                )
                % {"files": " ".join(missing)},
                code="shapefile_incomplete",
            )
        if not _unzipped(archive, by_name[shp_name]).startswith(_SHP_SIGNATURE):
            raise _other_kind()
        for suffix in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
            member = by_name.get(f"{stem}{suffix}")
            if member is not None:
                (folder / f"layer{number}{suffix}").write_bytes(_unzipped(archive, member))
        paths.append(folder / f"layer{number}.shp")
    return paths


def _unzipped(archive, member):
    """A member's bytes, reading no more than the size it declares: a member whose header lies
    about its size is refused instead of filling the disk."""
    with archive.open(member) as stream:
        data = stream.read(member.file_size + 1)
    if len(data) > member.file_size:
        raise zipfile.BadZipFile("a member is larger than its header says")
    return data


def _unzips_too_large():
    return ValidationError(
        _(
            "The zip file unpacks to more than %(limit)s. Zip only the boundary's own files and "
            "upload it again."
        )
        % {"limit": filesizeformat(MAX_UNZIPPED_BYTES)},
        code="zip_too_large",
    )


def _polygons(path, kind):
    """The polygons of every feature in the file, in WGS 84; points and lines are left out,
    except GPX tracks and routes that end where they start."""
    layers = [name for name, _type in pyogrio.list_layers(path)]
    if kind == _GPX:
        layers = [name for name in layers if name in _GPX_LAYERS]
    polygons = []
    for layer in layers:
        if pyogrio.read_info(path, layer=layer)["driver"] not in _DRIVERS[kind]:
            raise _other_kind()
        meta, _fids, wkbs, _fields = pyogrio.raw.read(path, layer=layer, columns=[], force_2d=True)
        shapes = shapely.from_wkb([wkb for wkb in wkbs if wkb is not None])
        found = [part for shape in shapes for part in _polygon_parts(shape, kind)]
        check_vertices(polygons + found)
        if found:
            polygons.extend(_to_wgs84(found, meta["crs"], kind))
    if not polygons:
        if kind == _GPX:
            raise ValidationError(
                _(
                    "The GPX file's tracks and routes do not end where they start, so they "
                    "enclose no area. Upload a track that goes all the way round the landscape, "
                    "or drop a pin instead."
                ),
                code="gpx_not_closed",
            )
        raise ValidationError(
            _(
                "The file has no polygon, only points or lines, so it does not say what area the "
                "landscape covers. Upload a file with the boundary as a polygon, or drop a pin "
                "instead."
            ),
            code="no_polygon",
        )
    return polygons


def _polygon_parts(shape, kind):
    """The polygons in one feature's geometry; a GPX line counts when it ends where it starts."""
    if shape.is_empty:
        return []
    if shape.geom_type == "Polygon":
        return [shape]
    if hasattr(shape, "geoms"):
        return [polygon for part in shape.geoms for polygon in _polygon_parts(part, kind)]
    if kind == _GPX and shape.geom_type == "LineString" and shape.is_closed:
        return [shapely.Polygon(shape.coords)] if len(shape.coords) >= 4 else []
    return []


def check_vertices(polygons):
    """Refuse a boundary of more than MAX_VERTICES (drawn, pasted or uploaded alike)."""
    count = int(shapely.get_num_coordinates(polygons).sum())
    if count > MAX_VERTICES:
        raise ValidationError(
            _(
                "The boundary has %(count)s vertices; the most we accept is %(limit)s. Simplify "
                "it in your GIS tool first (QGIS, for one, has Simplify in its Vector menu), "
                "then upload it again."
            )
            % {
                "count": number_format(count, force_grouping=True),
                "limit": number_format(MAX_VERTICES, force_grouping=True),
            },
            code="too_many_vertices",
        )


def _to_wgs84(polygons, crs, kind):
    if not crs:
        if kind == _SHAPEFILE:
            raise ValidationError(
                _(
                    "The shapefile's .prj file does not describe a coordinate system we know, so "
                    "we cannot tell where its shapes are. Export the shapefile again from your "
                    "GIS tool and upload the new zip."
                ),
                code="shapefile_unknown_crs",
            )
        crs = "EPSG:4326"  # what GeoJSON, KML and GPX are by definition
    transformer = pyproj.Transformer.from_crs(crs, "EPSG:4326", always_xy=True)

    def reproject(coordinates):
        longitudes, latitudes = transformer.transform(coordinates[:, 0], coordinates[:, 1])
        return numpy.column_stack([longitudes, latitudes])

    polygons = shapely.transform(polygons, reproject)
    west, south, east, north = shapely.total_bounds(polygons)
    if not (
        numpy.isfinite([west, south, east, north]).all()
        and -180 <= west <= east <= 180
        and -90 <= south <= north <= 90
    ):
        raise ValidationError(
            _(
                "The file's coordinates do not fall on Earth once turned into longitude and "
                "latitude. Check that the file says the coordinate system its data were made in "
                "(for a shapefile, its .prj file), then upload it again."
            ),
            code="out_of_range",
        )
    return list(polygons)


def _as_feature_collection(polygons):
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {}, "geometry": geometry.to_geojson(polygon)}
            for polygon in polygons
        ],
    }
