"""Who publishes the site, as schema.org data and page titles say it: in the page's language, as
the header and footer do ("Mil Paisajes", "1000 Paisajes para 1000 Millones de Personas"), never
the English names on every language's pages."""

from django.utils.translation import gettext
from wagtail.models import Site


def site_name():
    """The site's name in the active language: "Mil Paisajes" on a Spanish page."""
    return gettext("Thousand Landscapes")


def initiative_name():
    """The initiative the site is the network of, in the active language."""
    return gettext("1000 Landscapes for 1 Billion People")


def publisher(request):
    """The schema.org Organization that publishes every page (a page's publisher, a story's
    author when it names no one)."""
    data = {"@type": "Organization", "name": site_name(), "alternateName": initiative_name()}
    site = Site.find_for_request(request)
    if site is not None:
        data["url"] = site.root_url
    return data
