"""A landscape in the shape of Terraso's landscape export, so that a landscape moves between
Terraso (the initiative's landscape platform, techmatters/terraso-backend) and this site.

Terraso's `LandscapeExportView.to_json` gives exactly the keys of TERRASO_KEYS, in that order;
a reader of Terraso's exports reads ours. What Terraso has no key for follows under names its
export does not use (EXTRA_KEYS). network/terraso_import.py reads the same shape back in,
and the README's "Terraso" section holds the mapping for people."""

from django.conf import settings
from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _

from network.paragraphs import description_text
from website.addresses import absolute_url
from website.images import rendition_or_none
from website.localize import is_public, localize_pages, term_names

TERRASO_KEYS = (
    "id",
    "name",
    "description",
    "region",
    "publicContactEmail",
    "website",
    "areaPolygon",
    "areaTypes",
    "areaScalarHa",
    "population",
    "profileImage",
    "profileImageDescription",
    "taxonomyTerms",
    "organizationsInvolved",
    "developmentStrategy",
    "lastUpdated",
)
EXTRA_KEYS = (
    "slug",
    "url",
    "language",
    "countries",
    "partnershipStatus",
    "partnershipYear",
    "centerCoordinates",
    "partners",
)
# Terraso's description is a paragraph of plain text of at most this many characters.
DESCRIPTION_MAX_LENGTH = 600
# Terraso names languages by their three-letter codes (ISO 639-2) in a term's values.
THREE_LETTER_CODES = {"en": "eng", "es": "spa", "fr": "fra", "pt": "por", "ar": "ara"}
# Our development strategy's fields under Terraso's names.
STRATEGY_FIELDS = {
    "objectives": "objectives",
    "problemSituation": "main_challenges",
    "interventionStrategy": "intervention_strategy",
    "opportunities": "opportunities",
}


def three_letter_code(language):
    return THREE_LETTER_CODES.get(language, language)


def shorten(text, limit):
    """`text` if it fits in `limit` characters, else cut at a word boundary with an ellipsis."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(None, 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return f"{cut.rstrip(' ,;:.')}…"


def landscape_to_terraso(page, request):
    """The live landscape `page` (in its own language) as Terraso exports a landscape."""
    language = page.locale.language_code
    countries = [country.code for country in page.countries]
    partners = list(page.partners.select_related("organisation"))
    organisations = {
        organisation.translation_key: organisation
        for organisation in localize_pages(
            [partner.organisation for partner in partners], language=language
        )
    }
    # Each partner in the page's language where its page is translated, else in its own: an
    # organisation's name is the same in every language, and Terraso wants every stakeholder.
    named_partners = [
        (organisations.get(partner.organisation.translation_key, partner.organisation), partner)
        for partner in partners
        if partner.organisation.translation_key in organisations or is_public(partner.organisation)
    ]
    ecosystem_types = list(page.ecosystem_types.all())
    strategy = {key: getattr(page, field) for key, field in STRATEGY_FIELDS.items()}
    data = {
        "id": str(page.terraso_id or page.translation_key),
        "name": page.title,
        "description": shorten(
            description_text(page.description) or page.summary, DESCRIPTION_MAX_LENGTH
        ),
        # Terraso holds one country; a landscape across borders lists them all in `countries`.
        "region": countries[0] if len(countries) == 1 else "",
        # Terraso publishes a contact address; ours stays private behind the contact form.
        "publicContactEmail": "",
        "website": page.website,
        "areaPolygon": _area_polygon(page),
        "areaTypes": list(page.area_types) or None,
        "areaScalarHa": round(page.area_hectares, 3) if page.area_hectares is not None else None,
        "population": page.population,
        "profileImage": _image_url(page, request),
        "profileImageDescription": page.image_description,
        "taxonomyTerms": _ecosystem_terms(ecosystem_types, language) + page.terraso_terms,
        "organizationsInvolved": {
            "stakeholders": [organisation.title for organisation, _partner in named_partners]
            + other_stakeholders(page)
        },
        "developmentStrategy": strategy if any(strategy.values()) else None,
        "lastUpdated": _last_updated(page, [o for o, _p in named_partners], ecosystem_types),
        "slug": page.slug,
        "url": page.get_full_url(request),
        "language": language,
        "countries": countries,
        "partnershipStatus": page.partnership_status,
        "partnershipYear": page.partnership_year,
        "centerCoordinates": (
            {"lat": page.centre_latitude, "lng": page.centre_longitude}
            if page.has_location
            else None
        ),
        "partners": [
            {
                "name": organisation.title,
                "role": partner.role,
                "roleLabel": str(partner.get_role_display()),
                "sinceYear": partner.since_year,
                "url": organisation.get_full_url(request),
            }
            for organisation, partner in named_partners
        ],
    }
    return data


def other_stakeholders(page):
    """The names of `page`'s organisations that have no page here, one a line in the field."""
    return [line.strip() for line in page.other_stakeholders.splitlines() if line.strip()]


TERM_GROUP_LABELS = {
    "ECOSYSTEM_TYPE": _("Ecosystems"),
    "LANGUAGE": _("Languages"),
    "LIVELIHOOD": _("Livelihoods"),
    "COMMODITY": _("Commodities"),
    "AGRICULTURAL_PRODUCTION_METHOD": _("Production methods"),
}


def kept_term_groups(terms, language):
    """The Terraso terms a landscape keeps, as {type: [(name, language of the name or "")]}
    for a reader of `language`: Terraso names its terms in English and Spanish only."""
    groups = {}
    for term in terms:
        value = term["value"]
        if language == "es" and value.get("spa"):
            name, name_language = value["spa"], "es"
        else:
            name, name_language = value.get("eng") or value["original"], "en"
        groups.setdefault(term["type"], []).append(
            (name, "" if name_language == language else name_language)
        )
    return groups


def check_kept_terms(terms):
    """`terms` as the page keeps them ([{"type", "value": {"original", "eng", "spa"}}], types
    among choices.TERRASO_TERM_TYPES), or a ValidationError that says what is wrong."""
    from django.core.exceptions import ValidationError

    from network.choices import TERRASO_TERM_TYPES

    types = {value for value, _label in TERRASO_TERM_TYPES}
    if terms in (None, ""):
        return []
    checked = []
    for term in terms if isinstance(terms, list) else [None]:
        value = term.get("value") if isinstance(term, dict) else None
        names = value if isinstance(value, dict) else {}
        original = names.get("original")
        if (
            not isinstance(term, dict)
            or term.get("type") not in types
            or not isinstance(original, str)
            or not original.strip()
            or not all(isinstance(names.get(key, ""), str) for key in ("eng", "spa"))
        ):
            raise ValidationError(
                {
                    "terraso_terms": _(
                        'Give a list of terms, each like {"type": "COMMODITY", "value": '
                        '{"original": "Coffee", "eng": "Coffee", "spa": "Café"}}, '
                        "of the types %(types)s."
                    )
                    % {"types": ", ".join(sorted(types))}
                }
            )
        checked.append(
            {
                "type": term["type"],
                "value": {
                    "original": original.strip(),
                    "eng": names.get("eng", "").strip(),
                    "spa": names.get("spa", "").strip(),
                },
            }
        )
    return checked


def kept_term_rows(terms, language):
    """[(label, [(name, lang)])] of the kept terms other than ecosystem types, in the order of
    TERM_GROUP_LABELS (ecosystem types join the page's own)."""
    groups = kept_term_groups(terms, language)
    return [
        (label, groups[kind])
        for kind, label in TERM_GROUP_LABELS.items()
        if kind != "ECOSYSTEM_TYPE" and kind in groups
    ]


def _ecosystem_terms(ecosystem_types, language):
    """Our ecosystem types as Terraso's: by the editors' mapping when there is one (one entry a
    Terraso type), else under their own names, typed ECOSYSTEM_TYPE all the same."""
    from website.models import EcosystemType
    from website.models.taxonomy import TERRASO_ECOSYSTEM_TYPES

    names = {
        code: term_names(EcosystemType, language=code)
        for code in {settings.LANGUAGE_CODE, "es", language}
    }
    terms, mapped = [], set()
    for ecosystem_type in ecosystem_types:
        own_name = names[language].get(ecosystem_type.slug, ecosystem_type.name)
        terraso_name = ecosystem_type.terraso_ecosystem_type
        if terraso_name:
            if terraso_name in mapped:
                continue
            mapped.add(terraso_name)
            english, spanish = TERRASO_ECOSYSTEM_TYPES[terraso_name]
            value = {"original": terraso_name, "eng": english, "spa": spanish}
        else:
            value = {
                "original": own_name,
                "eng": names[settings.LANGUAGE_CODE].get(ecosystem_type.slug, own_name),
                "spa": names["es"].get(ecosystem_type.slug, own_name),
            }
        value.setdefault(three_letter_code(language), own_name)
        terms.append({"type": "ECOSYSTEM_TYPE", "value": value})
    return terms


def _image_url(page, request):
    rendition = rendition_or_none(page.image, "max-1200x1200") if page.image else None
    return absolute_url(rendition.url, request) if rendition else ""


def _area_polygon(page):
    if page.boundary:
        geometry = page.boundary
    elif page.has_location:
        geometry = {"type": "Point", "coordinates": [page.centre_longitude, page.centre_latitude]}
    else:
        return None
    return {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "geometry": geometry, "properties": {}}],
    }


def _last_updated(page, organisations, ecosystem_types):
    """Like Terraso's: the latest change of the landscape or of what it names (its partners'
    pages, its ecosystem types), in seconds since the epoch."""
    moments = [page.last_published_at]
    moments += [organisation.last_published_at for organisation in organisations]
    moments += [ecosystem_type.updated_at for ecosystem_type in ecosystem_types]
    moments = [moment for moment in moments if moment is not None]
    return max(moments).timestamp() if moments else None


def export_response(directory, request, slug, data_format):
    """The answer to /<lang>/landscapes/<slug>/<format>/: the live, public landscape of that
    slug in `directory`'s language, in Terraso's shape; Terraso's JSON errors otherwise. Anyone
    may read it from any site (Terraso's own clients run in browsers)."""
    from network.models import LandscapePage

    if data_format != "json":
        response = JsonResponse({"error": "Format not supported"}, status=400)
    else:
        page = LandscapePage.objects.child_of(directory).live().public().filter(slug=slug).first()
        if page is None:
            response = JsonResponse({"error": "Landscape not found"}, status=404)
        else:
            response = JsonResponse(landscape_to_terraso(page, request))
    response["Access-Control-Allow-Origin"] = "*"
    return response
