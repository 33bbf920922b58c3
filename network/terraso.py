"""A landscape in the shape of Terraso's landscape JSON export (terraso-backend's
LandscapeExportView), so that a landscape can move between Terraso and this site. Terraso's key
names are kept as they are, including its spelling of "oppurtunities"."""

from django.conf import settings

from website.images import rendition_or_none
from website.localize import localize_pages


def landscape_to_terraso(page, request):
    countries = list(page.countries)
    image_url = ""
    rendition = rendition_or_none(page.image, "max-1200x1200") if page.image else None
    if rendition:
        image_url = request.build_absolute_uri(rendition.url)
    partners = localize_pages([partner.organisation for partner in page.partners.all()])
    return {
        "id": str(page.translation_key),
        "slug": page.slug,
        "name": page.title,
        "description": page.summary,
        "region": countries[0].code if countries else "",
        "countries": [country.code for country in countries],
        # Terraso publishes a contact address; ours stays private behind the contact form.
        "publicContactEmail": "",
        "website": page.website,
        "areaPolygon": _area_polygon(page),
        "areaTypes": list(page.area_types) or None,
        "areaScalarHa": round(page.area_hectares, 3) if page.area_hectares is not None else None,
        "population": page.population,
        "partnershipStatus": page.partnership_status,
        "partnershipYear": page.partnership_year,
        "centerCoordinates": (
            {"lat": page.centre_latitude, "lng": page.centre_longitude}
            if page.has_location
            else None
        ),
        "profileImage": image_url,
        "profileImageDescription": page.image_description,
        "taxonomyTerms": [
            {
                "type": "ecosystem-type",
                "value": {"original": term.name, settings.LANGUAGE_CODE: term.name},
            }
            for term in page.ecosystem_types.all()
        ],
        "associatedGroups": [organisation.title for organisation in partners],
        "developmentStrategy": {
            "objectives": page.objectives,
            "problemSituation": page.main_challenges,
            "interventionStrategy": page.intervention_strategy,
            "oppurtunities": page.opportunities,
        },
        "lastUpdated": page.last_published_at.timestamp() if page.last_published_at else None,
    }


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
