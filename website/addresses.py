"""The one address every absolute URL the site writes starts with.

Canonical and hreflang links, Open Graph, JSON-LD, feeds, the sitemap, robots.txt, calendars,
GeoJSON and e-mails all name the site by the root URL of the Wagtail Site record that serves the
request (the default Site when no record has the request's host): the address Wagtail's
`get_full_url` gives pages. The host a request happens to arrive with (a proxy's, another port,
an IP address) never reaches a URL, so two parts of one page never name the site two ways.

`load_demo` makes the Site record from WAGTAILADMIN_BASE_URL; on a server, Settings → Sites in
the admin holds it (README, "Deploying"). WAGTAILADMIN_BASE_URL is the address of last resort,
for a database with no Site at all."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site


def site_root(request=None):
    """ "https://example.org" (no trailing slash): the Site record's root URL."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return site.root_url


def site_hostname(request=None):
    """The site's host name alone ("example.org"), for identifiers such as calendar UIDs."""
    return urlsplit(site_root(request)).hostname or "localhost"


def absolute_url(location, request=None):
    """`location` (a path, or a URL that already names a host, such as media on a storage
    service) as a full URL on the site's address."""
    parts = urlsplit(location)
    if parts.scheme:
        return location
    root = site_root(request)
    if parts.netloc:  # "//host/path": the site's scheme
        return f"{urlsplit(root).scheme}:{location}"
    return root + "/" + location.lstrip("/")


def on_site_address(url, request):
    """A full URL that a library built from the request's own host, moved onto the site's
    address (allauth's links in e-mails)."""
    request_root = request.build_absolute_uri("/").rstrip("/")
    if url.startswith(request_root + "/") or url == request_root:
        return site_root(request) + url[len(request_root) :]
    return url
