"""Landscapes in from Terraso: a landscape export (Terraso's `/landscapes/<slug>/json`, ours,
or Terraso's older shape from 2023) becomes a landscape page here, or updates the one that came
from it before.

- `read_export(bytes)` and `fetch_export(address)` give the export as a dict, or an ImportRefused
  that says what is wrong; `parse(data)` checks every field and names the ones it refuses.
- `import_landscape(data, user=…, publish=…)` creates or updates the page, matched by its Terraso
  id and then by its slug, in one transaction: a draft for an editor to publish unless
  `publish`. Importing the same export again saves nothing. An update builds on the latest
  draft, respects locks, leaves others' drafts unpublished, keeps what Terraso does not name, and
  a published one brings the page's translations up to date.
`manage.py import_terraso` and the admin's "Import from Terraso" (network/terraso_admin.py) both
call these. The mapping is the README's "Terraso" section; network/terraso.py is the way out."""

import json
import math
import re
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale
from wagtail.utils.file import hash_filelike

from network import choices, geometry
from network.paragraphs import description_text, with_paragraphs
from network.terraso import STRATEGY_FIELDS, other_stakeholders, shorten
from network.world_regions import region_of
from website.fetch import FetchError, fetch

# An export is a few kilobytes, or a few megabytes with a detailed boundary.
MAX_EXPORT_BYTES = 10 * 1024 * 1024
SUMMARY_MAX_LENGTH = 400
# The largest whole number the database keeps in an integer column.
MAX_INTEGER = 2_147_483_647
TERM_TYPES = {value for value, _label in choices.TERRASO_TERM_TYPES}
# Terraso's older exports wrote term types in lower case with hyphens ("ecosystem-type").
OLD_TERM_TYPES = {value.lower().replace("_", "-"): value for value in TERM_TYPES}
ORGANIZATION = "ORGANIZATION"
# Terraso's ecosystem types before it renamed them in 2023.
OLD_ECOSYSTEM_NAMES = {"Deserts": "Desert", "Savannas": "Savannah", "Shrublands": "Shrubland"}
# Our fields under the export's names, to name the field in what a check refuses.
EXPORT_NAMES = {
    "title": "name",
    "slug": "slug",
    "summary": "description",
    "countries": "region",
    "region": "region",
    "website": "website",
    "contact_email": "publicContactEmail",
    "boundary": "areaPolygon",
    "centre_latitude": "areaPolygon",
    "centre_longitude": "areaPolygon",
    "area_hectares": "areaScalarHa",
    "population": "population",
    "area_types": "areaTypes",
    "image_description": "profileImageDescription",
    "partnership_status": "partnershipStatus",
    "partnership_year": "partnershipYear",
}


class ImportRefused(Exception):
    """What is wrong with an export, field by field: [(export key or "", message)]."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("; ".join(_describe(key, message) for key, message in problems))

    @property
    def messages(self):
        return [_describe(key, message) for key, message in self.problems]


def _describe(key, message):
    return _("%(field)s: %(message)s") % {"field": key, "message": message} if key else message


@dataclass
class Incoming:
    """An export's values, checked, in our terms."""

    name: str
    slug: str
    terraso_id: uuid.UUID | None
    description: str
    countries: list
    website: str
    contact_email: str
    boundary: dict | None
    centre: tuple | None  # (latitude, longitude) of a pin-only landscape
    area_hectares: float | None
    area_types: list
    population: int | None
    image_url: str
    image_description: str
    ecosystem_types: list  # [(original, english, spanish)]
    kept_terms: list  # [(type, original, english, spanish)]
    stakeholders: list
    strategy: dict  # our field names → text
    # (status, year) when the export says (ours does; Terraso's export does not)
    partnership: tuple | None
    notes: list = field(default_factory=list)


@dataclass
class Outcome:
    page: object
    action: str  # "created", "updated" or "unchanged"
    published: bool = False
    unmatched_stakeholders: list = field(default_factory=list)
    notes: list = field(default_factory=list)


# --- Reading ---------------------------------------------------------------------------------


def read_export(content):
    """The export in `content` (bytes) as a dict, or ImportRefused."""
    if len(content) > MAX_EXPORT_BYTES:
        raise ImportRefused(
            [("", _("The file is larger than 10 MB: it is not a landscape export."))]
        )
    try:
        data = json.loads(content, parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError) as error:
        raise ImportRefused([("", _("This is not JSON: %(error)s.") % {"error": error})]) from None
    except RecursionError:
        raise ImportRefused(
            [("", _("This JSON is nested too deeply to be a landscape export."))]
        ) from None
    if not isinstance(data, dict):
        raise ImportRefused(
            [("", _("This is JSON, but not a landscape export: it is not a JSON object."))]
        )
    return data


def _refuse_constant(name):
    """NaN and Infinity: Python reads them, JSON does not have them."""
    raise ValueError(_("%(name)s is not a JSON number") % {"name": name})


def export_address(address):
    """The address of the export for `address`: a Terraso landscape's page in Terraso's app
    (…/landscapes/<slug>, …/landscapes/<slug>/profile) gives its export at Terraso's API; any
    other address is taken as an export's."""
    parts = urlsplit(address.strip())
    app = urlsplit(settings.TERRASO_APP_URL)
    match = re.match(r"^/landscapes/([-\w]+)(/.*)?$", parts.path)
    if parts.netloc == app.netloc and match:
        return f"{settings.TERRASO_API_URL.rstrip('/')}/landscapes/{match.group(1)}/json"
    return address.strip()


def fetch_export(address, allow_private=None, timeout=20.0):
    """The export at `address` (see export_address) as a dict, and a slug to fall back on (the
    landscape's slug in the address), or ImportRefused."""
    url = export_address(address)
    try:
        fetched = fetch(
            url,
            max_bytes=MAX_EXPORT_BYTES,
            timeout=timeout,
            accept="application/json",
            allow_private=allow_private,
        )
    except FetchError as error:
        raise ImportRefused([("", str(error))]) from None
    match = re.search(r"/landscapes/([-\w]+)/json/?$", urlsplit(fetched.url).path)
    return read_export(fetched.content), (match.group(1) if match else "")


# --- Checking --------------------------------------------------------------------------------


class _Checker:
    """Reads the export's fields one by one, collecting what is wrong instead of stopping at
    the first problem."""

    def __init__(self, data):
        self.data = data
        self.problems = []

    def refuse(self, key, message):
        self.problems.append((key, message))

    def text(self, key, max_length=None, required=False):
        value = self.data.get(key)
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.refuse(key, _("must be text."))
            return ""
        value = value.strip()
        if required and not value:
            self.refuse(key, _("is missing: a landscape needs it."))
        if max_length and len(value) > max_length:
            self.refuse(key, _("is longer than %(count)s characters.") % {"count": max_length})
        return value

    def number(self, key, whole=False, maximum=1e13):
        value = self.data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.refuse(key, _("must be a number or null."))
            return None
        if not math.isfinite(value) or value < 0 or value > maximum:
            self.refuse(key, _("must be a positive number of sensible size."))
            return None
        if whole and value != int(value):
            self.refuse(key, _("must be a whole number."))
            return None
        return int(value) if whole else float(value)

    def object(self, key):
        value = self.data.get(key)
        if value is not None and not isinstance(value, dict):
            self.refuse(key, _("must be a JSON object or null."))
            return None
        return value

    def list(self, key):
        value = self.data.get(key)
        if value is not None and not isinstance(value, list):
            self.refuse(key, _("must be a list or null."))
            return []
        return value or []


def parse(data, slug=""):
    """The export `data` checked and in our terms (Incoming), or ImportRefused naming every
    field it refuses."""
    if "error" in data and "name" not in data:
        raise ImportRefused(
            [("", _("The export answers with an error: %(error)s") % {"error": data["error"]})]
        )
    check = _Checker(data)
    name = check.text("name", max_length=255, required=True)
    incoming = Incoming(
        name=name,
        slug=slugify(check.text("slug") or slug or name)[:80],
        terraso_id=_terraso_id(check),
        description=check.text("description", max_length=5000),
        countries=_countries(check),
        website=_website(check),
        contact_email=_email(check),
        boundary=None,
        centre=None,
        area_hectares=check.number("areaScalarHa"),
        area_types=_area_types(check),
        population=check.number("population", whole=True, maximum=MAX_INTEGER),
        image_url=check.text("profileImage", max_length=2000),
        image_description=check.text("profileImageDescription", max_length=250),
        ecosystem_types=[],
        kept_terms=[],
        stakeholders=[],
        strategy=_strategy(check),
        partnership=_partnership(check),
    )
    incoming.boundary, incoming.centre = _area(check)
    _check_language(check)
    organisations = _terms(check, incoming)
    incoming.stakeholders = _unique(organisations + _stakeholders(check))
    if check.problems:
        raise ImportRefused(check.problems)
    return incoming


def _check_language(check):
    """Our exports say their page's language; an import updates the page in the site's main
    language, which another language's values would overwrite."""
    language = check.data.get("language")
    if language not in (None, "", settings.LANGUAGE_CODE):
        check.refuse(
            "language",
            _(
                "this is the export of a translation (“%(language)s”): import the one in "
                "“%(main)s”, the site's main language."
            )
            % {"language": language, "main": settings.LANGUAGE_CODE},
        )


def _terraso_id(check):
    value = check.data.get("id")
    if value in (None, ""):
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        check.refuse("id", _("is not a Terraso landscape id (a UUID)."))
        return None


def _countries(check):
    from django_countries import countries

    codes = check.data.get("countries")
    if not isinstance(codes, list):  # Terraso's own export: one country, in "region"
        region = check.text("region", max_length=128)
        codes = [region] if region else []
    known = []
    for code in codes:
        code = str(code).strip().upper()
        if code not in dict(countries):
            check.refuse(
                "region", _("“%(code)s” is not a country code (ISO 3166-1).") % {"code": code}
            )
        elif code not in known:
            known.append(code)
    return known


def _website(check):
    value = check.text("website", max_length=500)
    if value and "://" not in value:
        value = f"https://{value}"  # Terraso keeps what people typed: "www.example.org"
    if value:
        try:
            URLValidator(schemes=["http", "https"])(value)
        except ValidationError:
            check.refuse("website", _("is not a web address."))
            return ""
    return value


def _email(check):
    value = check.text("publicContactEmail", max_length=254)
    if value:
        try:
            EmailValidator()(value)
        except ValidationError:
            check.refuse("publicContactEmail", _("is not an e-mail address."))
            return ""
    return value


def _area_types(check):
    known = {value for value, _label in choices.AREA_TYPES}
    values = []
    for value in check.list("areaTypes"):
        if not isinstance(value, str) or value not in known:
            check.refuse(
                "areaTypes",
                _("“%(value)s” is not an area type (rural, peri-urban or urban).")
                % {"value": value},
            )
        elif value not in values:
            values.append(value)
    return values


def _area(check):
    """(boundary, centre) from areaPolygon: its polygons make the boundary (several, a
    MultiPolygon); a landscape with only a point is a centre; centerCoordinates (ours) too."""
    collection = check.object("areaPolygon")
    centre = None
    coordinates = check.object("centerCoordinates")
    if coordinates:
        centre = _point(
            check, "centerCoordinates", [coordinates.get("lng"), coordinates.get("lat")]
        )
    if not collection:
        return None, centre
    features = _features(collection)
    if features is None:
        check.refuse(
            "areaPolygon",
            _("is not GeoJSON: it needs a “type”, and a FeatureCollection a list of features."),
        )
        return None, centre
    polygons, points = [], []
    for number, feature_geometry in enumerate(features, 1):
        kind = feature_geometry.get("type") if isinstance(feature_geometry, dict) else None
        if not isinstance(kind, str):
            check.refuse(
                "areaPolygon",
                _("feature %(number)s has no geometry with a “type”.") % {"number": number},
            )
            return None, centre
        if kind in geometry.POLYGON_TYPES:
            polygons.append({"type": "Feature", "geometry": feature_geometry, "properties": {}})
        elif kind == "Point":
            points.append(feature_geometry)
        else:
            check.refuse(
                "areaPolygon",
                _("holds a %(kind)s: a landscape is drawn with polygons or a point.")
                % {"kind": kind},
            )
            return None, centre
    if polygons:
        try:
            shape = geometry.parse_boundary({"type": "FeatureCollection", "features": polygons})
        except ValidationError as error:
            check.refuse("areaPolygon", " ".join(error.messages))
            return None, centre
        return geometry.to_geojson(shape), None
    if points:
        return None, _point(check, "areaPolygon", points[0].get("coordinates"))
    return None, centre


def _features(collection):
    """The geometries in a GeoJSON geometry, Feature or FeatureCollection (None if not GeoJSON);
    a feature that is not an object gives None in its place."""
    kind = collection.get("type")
    if kind == "FeatureCollection":
        features = collection.get("features")
        if not isinstance(features, list):
            return None
        return [
            feature.get("geometry") if isinstance(feature, dict) else None for feature in features
        ]
    if kind == "Feature":
        return [collection.get("geometry")]
    return [collection] if isinstance(kind, str) else None


def _point(check, key, coordinates):
    if (
        isinstance(coordinates, list)
        and len(coordinates) >= 2
        and all(isinstance(value, int | float) for value in coordinates[:2])
        and -180 <= coordinates[0] <= 180
        and -90 <= coordinates[1] <= 90
    ):
        return (float(coordinates[1]), float(coordinates[0]))
    check.refuse(key, _("has a point that is not [longitude, latitude]."))
    return None


def _terms(check, incoming):
    """Sort the taxonomy terms: ecosystem types (to map onto ours), terms kept as they came,
    and (in the older shape) organisations, whose names are returned."""
    organisations = []
    for number, term in enumerate(check.list("taxonomyTerms"), 1):
        value = term.get("value") if isinstance(term, dict) else None
        kind = term.get("type") if isinstance(term, dict) else None
        if not isinstance(value, dict) or not isinstance(kind, str):
            check.refuse(
                "taxonomyTerms",
                _("term %(number)s needs a “type” and a “value”.") % {"number": number},
            )
            continue
        kind = OLD_TERM_TYPES.get(kind, kind.upper())
        # Terraso's older exports named the languages "en" and "es".
        english, spanish = _name(value, "eng", "en"), _name(value, "spa", "es")
        original = _name(value, "original") or english or spanish
        if not original:
            check.refuse("taxonomyTerms", _("term %(number)s has no name.") % {"number": number})
        elif kind == ORGANIZATION:
            organisations.append(original)
        elif kind == "ECOSYSTEM_TYPE":
            incoming.ecosystem_types.append((original, english, spanish))
        elif kind in TERM_TYPES:
            incoming.kept_terms.append((kind, original, english, spanish))
        else:
            incoming.notes.append(
                _("The term “%(name)s” of the unknown kind %(kind)s was left out.")
                % {"name": original, "kind": kind}
            )
    return organisations


def _name(value, *keys):
    for key in keys:
        if isinstance(value.get(key), str) and value[key].strip():
            return " ".join(value[key].split())[:128]
    return ""


def _stakeholders(check):
    involved = check.object("organizationsInvolved") or {}
    names = involved.get("stakeholders")
    if names is None:
        names = check.data.get("associatedGroups")  # Terraso's older shape
    if names is None:
        return []
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        check.refuse("organizationsInvolved", _("stakeholders must be a list of names."))
        return []
    # One line a name in other_stakeholders: a name keeps no line breaks.
    return [" ".join(name.split())[:255] for name in names if name.strip()]


def _unique(names):
    seen, unique = set(), []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            unique.append(name)
    return unique


def _strategy(check):
    strategy = check.object("developmentStrategy") or {}
    values = {}
    for key, field_name in STRATEGY_FIELDS.items():
        # "oppurtunities": a spelling that an unmerged Terraso branch (and we, once) sent.
        value = strategy.get(key, strategy.get("oppurtunities") if key == "opportunities" else "")
        if value is not None and not isinstance(value, str):
            check.refuse("developmentStrategy", _("%(key)s must be text.") % {"key": key})
            value = ""
        values[field_name] = (value or "").strip()
    return values


def _partnership(check):
    if "partnershipStatus" not in check.data:
        return None
    status = check.data["partnershipStatus"] or ""
    known = {value for value, _label in choices.PARTNERSHIP_STATUSES}
    if not isinstance(status, str) or status not in known:
        check.refuse(
            "partnershipStatus",
            _("“%(value)s” is not a partnership status (no, in-progress or yes).")
            % {"value": status},
        )
        return None
    year = check.number("partnershipYear", whole=True)
    if year is not None and not 1900 <= year <= 2100:
        check.refuse("partnershipYear", _("is not a year between 1900 and 2100."))
        return None
    return status, year


# --- Writing ---------------------------------------------------------------------------------


def import_landscape(data, *, user=None, publish=False, slug="", region="", fetch_image=True):
    """Create or update the landscape of the export `data` as `user` (None: the system, from
    the command line); returns an Outcome, or raises ImportRefused and writes nothing. `slug`
    is used when the export has none (Terraso's has none); `region` (one of ours) when its
    country gives none. With `publish`, the page goes live and its translations follow, unless
    someone else's changes wait in its draft: those are for an editor to review."""
    from network.models import LandscapeIndexPage

    incoming = parse(data, slug=slug)
    locale = Locale.get_default()
    if not LandscapeIndexPage.objects.filter(locale=locale).exists():
        raise ImportRefused([("", _("There is no landscape directory to import into."))])
    notes = list(incoming.notes)
    image_file = _fetch_image(incoming, notes) if fetch_image and incoming.image_url else None
    new_images = []
    try:
        with transaction.atomic():
            # Two imports of one landscape at once: the second waits, then finds the first's.
            directories = LandscapeIndexPage.objects.filter(locale=locale).order_by("pk")
            directory = directories.select_for_update().first()
            existing = _existing(incoming, directory)
            _check_permission(user, existing, directory)
            if existing is None and not incoming.countries and not region:
                raise ImportRefused(
                    [("region", _("names no country: choose the landscape's world region."))]
                )
            return _write(
                incoming,
                existing,
                directory,
                user=user,
                publish=publish,
                region=region,
                image_file=image_file,
                new_images=new_images,
                notes=notes,
            )
    except BaseException:
        for image in new_images:  # the database forgets them; their files must go too
            image.file.delete(save=False)
        raise


def _write(incoming, existing, directory, *, user, publish, region, image_file, new_images, notes):
    """The import's page saved: a new page or a new revision, published with `publish` unless
    others' changes wait; nothing when the export brings nothing new."""
    from network.models import LandscapePage

    page = existing.get_latest_revision_as_object() if existing else LandscapePage()
    before = _snapshot(page) if existing else None
    if image_file is not None:
        page.image = _stored_image(image_file, incoming, user, new_images)
    unmatched = _apply(page, incoming, directory.locale, directory, existing, notes)
    if region and (existing is None or not incoming.countries):
        page.region = region
    waiting = existing is not None and _others_waiting(existing, user)
    if publish and waiting:
        notes.append(
            _(
                "Not published: changes someone else made wait in its draft. Review the draft "
                "with this import's changes and publish it."
            )
        )
    try:
        if existing is not None:
            page.full_clean()
            if _snapshot(page) == before:
                return _unchanged(existing, user, publish and not waiting, unmatched, notes)
            revision = page.save_revision(user=user, clean=False, log_action=True)
        else:
            page.live = False
            page.owner = user
            directory.add_child(instance=page)
            revision = page.save_revision(user=user, log_action=True)
    except ValidationError as error:
        raise ImportRefused(_validation_problems(error)) from None
    published = publish and not waiting
    if published:
        revision.publish(user=user)
        _follow_in_translations(page, user)
    elif existing is not None and existing.get_translations().exists():
        notes.append(_TRANSLATIONS_FOLLOW)
    page.refresh_from_db()
    return Outcome(page, "updated" if existing else "created", published, unmatched, notes)


_TRANSLATIONS_FOLLOW = gettext_lazy(
    "Its translations follow once it is published: then choose “Sync translated pages” in "
    "its actions."
)


def _follow_in_translations(page, user):
    from website.translation import sync_translations

    page.refresh_from_db()
    sync_translations(page, user=user)


def may_import(user):
    """Who may import: who may add landscapes to the directory (editors); updating a landscape
    asks, in import_landscape, whether they may also change it."""
    from network.models import LandscapeIndexPage

    directory = LandscapeIndexPage.objects.filter(locale=Locale.get_default()).first()
    return directory is not None and directory.permissions_for_user(user).can_add_subpage()


def _check_permission(user, existing, directory):
    if existing is not None:
        lock = existing.get_lock()
        if lock is not None and (user is None or lock.for_user(user)):
            raise ImportRefused(
                [
                    (
                        "",
                        _("%(name)s is locked against changes: import again once it is not.")
                        % {"name": existing.title},
                    )
                ]
            )
    if user is None:
        return
    if existing is not None and not existing.permissions_for_user(user).can_edit():
        raise ImportRefused(
            [("", _("You may not change the landscape %(name)s.") % {"name": existing.title})]
        )
    if existing is None and not directory.permissions_for_user(user).can_add_subpage():
        raise ImportRefused([("", _("You may not add landscapes."))])


def _others_waiting(page, user):
    """Whether someone other than `user` saved changes to `page` since it was last published:
    publishing the import would publish theirs, unreviewed."""
    if page.live and not page.has_unpublished_changes:
        return False
    revisions = page.revisions.all()
    if page.live_revision_id is not None:
        revisions = revisions.filter(pk__gt=page.live_revision_id)
    if user is None:
        return revisions.exclude(user__isnull=True).exists()
    return revisions.exclude(user=user).exists()


def _unchanged(existing, user, publish, unmatched, notes):
    """Nothing to save; with `publish`, a draft that holds the same values goes live."""
    published = existing.live and not existing.has_unpublished_changes
    if publish and not published:
        existing.get_latest_revision().publish(user=user)
        _follow_in_translations(existing, user)
        published = True
    return Outcome(existing, "unchanged", published, unmatched, notes)


def _existing(incoming, directory):
    """The landscape the export updates: the one that came from the same Terraso landscape,
    else the one at the same address (unless it came from another Terraso landscape)."""
    from network.models import LandscapePage
    from network.teams import source_page

    if incoming.terraso_id is not None:
        page = LandscapePage.objects.filter(terraso_id=incoming.terraso_id).order_by("pk").first()
        if page is not None:
            return source_page(page)
    page = LandscapePage.objects.child_of(directory).filter(slug=incoming.slug).first()
    if page is not None and page.terraso_id not in (None, incoming.terraso_id):
        incoming.slug = _free_slug(directory, incoming.slug)
        return None
    return page


def _free_slug(directory, slug):
    taken = set(directory.get_children().values_list("slug", flat=True))
    number, candidate = 2, slug
    while candidate in taken:
        candidate = f"{slug}-{number}"
        number += 1
    return candidate


def _apply(page, incoming, locale, directory, existing, notes):
    """Put the export's values on `page` (a new page, or the latest revision of an existing
    one); returns the stakeholders that match no organisation here. What the page has and
    Terraso does not name (partners, other organisations) is kept, and said in `notes`."""
    from network.models import LandscapePartner

    page.title = incoming.name
    if existing is None:
        page.locale = locale
        page.slug = _free_slug(directory, incoming.slug or slugify(incoming.name) or "landscape")
        page.partnership_status = ""
    if incoming.terraso_id is not None:
        page.terraso_id = incoming.terraso_id
    _apply_description(page, incoming, existing, notes)
    if incoming.countries:
        # The region follows the countries when they change; an editor's choice stays else.
        if existing is None or sorted(c.code for c in page.countries) != sorted(incoming.countries):
            page.region = region_of(incoming.countries[0]) or page.region
        page.countries = incoming.countries
    page.website = incoming.website
    if incoming.contact_email:
        page.contact_email = incoming.contact_email
    page.boundary = incoming.boundary
    page.centre_latitude, page.centre_longitude = incoming.centre or (None, None)
    if incoming.boundary is None:
        page.area_hectares = incoming.area_hectares
    page.area_types = incoming.area_types
    page.population = incoming.population
    if incoming.partnership is not None:
        page.partnership_status, page.partnership_year = incoming.partnership
    for field_name, value in incoming.strategy.items():
        setattr(page, field_name, value)
    page.image_description = incoming.image_description
    ecosystem_types, unmapped = _ecosystem_types(incoming.ecosystem_types, locale)
    page.ecosystem_types.set(ecosystem_types)
    page.terraso_terms = [
        {"type": kind, "value": {"original": original, "eng": english, "spa": spanish}}
        for kind, original, english, spanish in [("ECOSYSTEM_TYPE", *names) for names in unmapped]
        + incoming.kept_terms
    ]
    organisations, unmatched = _organisations(incoming.stakeholders, locale)
    current = list(page.partners.all())
    named = {organisation.pk for organisation in organisations}
    kept = [
        partner.organisation.title for partner in current if partner.organisation_id not in named
    ]
    partners = current + [
        LandscapePartner(organisation=organisation, role="member")
        for organisation in organisations
        if organisation.pk not in {partner.organisation_id for partner in current}
    ]
    for number, partner in enumerate(partners):
        partner.sort_order = number
    page.partners = partners
    titles = {partner.organisation.title.casefold() for partner in partners}
    names = _unique(
        [name for name in other_stakeholders(page) if name.casefold() not in titles] + unmatched
    )
    kept += [name for name in names if name not in unmatched]
    page.other_stakeholders = "\n".join(names)
    if existing is not None and kept:
        notes.append(
            _("Kept, though Terraso does not name them: %(names)s.") % {"names": "; ".join(kept)}
        )
    return unmatched


def _apply_description(page, incoming, existing, notes):
    """Terraso's description (a paragraph of at most 600 characters) is our summary when it
    fits, else the summary is its beginning and the description holds it whole. Without one,
    a page keeps its summary, and a new page gets a plain one from its countries."""
    text = incoming.description
    if not text:
        page.description = with_paragraphs(page.description, "")
        if existing is None:
            page.summary = _plain_summary(incoming.countries)
            notes.append(_("Terraso has no description of it: write its summary here."))
        return
    if len(text) <= SUMMARY_MAX_LENGTH:
        page.summary = text
        page.description = with_paragraphs(page.description, "")
    else:
        page.summary = shorten(text, SUMMARY_MAX_LENGTH)
        page.description = with_paragraphs(page.description, text)


def _plain_summary(countries):
    """A summary true of any landscape in `countries`, in the site's main language."""
    from django_countries import countries as country_names

    with translation.override(settings.LANGUAGE_CODE):
        if not countries:
            return _("A landscape partnership.")
        names = [country_names.name(code) for code in countries]
        return _("A landscape partnership in %(countries)s.") % {"countries": ", ".join(names)}


def _ecosystem_types(terms, locale):
    """Our ecosystem types for Terraso's (by the editors' mapping, or by name), and the terms
    that have no match here, to keep as they came."""
    from website.models import EcosystemType
    from website.models.taxonomy import TERRASO_ECOSYSTEM_TYPES

    ours = list(EcosystemType.objects.filter(locale=locale))
    by_terraso = {}
    for term in ours:
        if term.terraso_ecosystem_type:
            english, spanish = TERRASO_ECOSYSTEM_TYPES[term.terraso_ecosystem_type]
            aliases = [name for name, new in OLD_ECOSYSTEM_NAMES.items() if new == english]
            for name in [term.terraso_ecosystem_type, english, spanish, *aliases]:
                by_terraso.setdefault(name.casefold(), term)
    by_name = {}
    for term in EcosystemType.objects.all():
        by_name.setdefault(term.name.casefold(), term.translation_key)
    own_locale = {term.translation_key: term for term in ours}
    matched, unmatched = [], []
    for names in terms:
        found = None
        for name in names:
            key = name.casefold()
            found = by_terraso.get(key) or own_locale.get(by_name.get(key))
            if found is not None:
                break
        if found is None:
            unmatched.append(names)
        elif found not in matched:
            matched.append(found)
    return matched, unmatched


def _organisations(names, locale):
    """The organisation pages named (by their title, in any language, the default language's
    page first), and the names that match none."""
    from network.models import OrganisationPage

    found, unmatched = [], []
    for name in names:
        pages = sorted(
            OrganisationPage.objects.live().public().filter(title__iexact=name),
            key=lambda page: page.locale_id != locale.pk,
        )
        if pages and pages[0] not in found:
            found.append(pages[0])
        elif not pages:
            unmatched.append(name)
    return found, unmatched


def _fetch_image(incoming, notes):
    """The profile image's file, checked as an uploaded photo is, or None with a note."""
    from network.profile_forms import PHOTO_MAX_BYTES, validate_photo

    try:
        fetched = fetch(incoming.image_url, max_bytes=PHOTO_MAX_BYTES, accept="image/*")
        image_file = ContentFile(fetched.content, name="terraso-image")
        validate_photo(image_file)
    except (FetchError, ValidationError) as error:
        message = str(error) if isinstance(error, FetchError) else " ".join(error.messages)
        notes.append(_("The profile image was not imported: %(reason)s") % {"reason": message})
        return None
    return image_file


def _stored_image(image_file, incoming, user, new_images):
    """The image with this file's content: the one already in the public collection, else a
    new one there (added to `new_images`)."""
    from PIL import Image as PILImage
    from wagtail.images import get_image_model
    from wagtail.models import get_root_collection_id

    from network.profile_photos import EXTENSIONS

    Image = get_image_model()
    digest = hash_filelike(image_file)
    image_file.seek(0)
    existing = Image.objects.filter(
        file_hash=digest, collection_id=get_root_collection_id()
    ).first()
    if existing is not None:
        return existing
    with PILImage.open(image_file) as picture:
        extension = EXTENSIONS.get(picture.format, ".jpg")
    image_file.seek(0)
    image_file.name = f"{uuid.uuid4().hex}{extension}"
    image = Image(title=_("Photo of %(name)s") % {"name": incoming.name}, uploaded_by_user=user)
    image.file = image_file
    image._set_image_file_metadata()
    image.save()
    new_images.append(image)
    return image


def _snapshot(page):
    """What an import sets, to tell whether it changed anything."""
    plain = [
        "title", "slug", "summary", "region", "website", "contact_email", "boundary",
        "centre_latitude", "centre_longitude", "area_hectares", "population",
        "partnership_status", "partnership_year", "objectives", "main_challenges",
        "opportunities", "intervention_strategy", "image_id", "image_description",
        "terraso_id",
    ]  # fmt: skip
    return {
        **{name: getattr(page, name) for name in plain},
        "description": description_text(page.description),
        "countries": sorted(country.code for country in page.countries),
        "area_types": sorted(page.area_types),
        "ecosystem_types": sorted(term.pk for term in page.ecosystem_types.all()),
        "terraso_terms": page.terraso_terms,
        "partners": [
            (partner.organisation_id, partner.role, partner.since_year)
            for partner in page.partners.all()
        ],
        "other_stakeholders": other_stakeholders(page),
    }


def _validation_problems(error):
    if hasattr(error, "error_dict"):
        return [
            (EXPORT_NAMES.get(name, name if name != "__all__" else ""), " ".join(messages))
            for name, messages in error.message_dict.items()
        ]
    return [("", " ".join(error.messages))]
