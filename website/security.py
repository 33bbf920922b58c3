"""The site's Content-Security-Policy, built by django-csp, and what our site needs of it that
the library cannot know.

A policy without 'unsafe-inline' for scripts means that an injected `<script>` or `onclick=`
does not run, even if some template or some editor's content ever let one through. Our public
templates have no inline script (data blocks are `json_script`, type application/json, which
browsers do not execute). One that is ever needed carries the request's nonce:
`<script nonce="{{ request.csp_nonce }}">`; the nonce is new for each request and appears in the
header only on responses whose rendering read it.

On top of django-csp's middleware:

- The map tile server that editors may set in the site settings is an image source on every
  page that read the site settings (the base template does); a tile host that nobody configured
  is never allowed, and a deployment on other hosts (S3 media) lists them in CSP_IMG_HOSTS.
- Wagtail 8's admin still writes inline scripts without a nonce: InlinePanel and
  MultipleChooserPanel set themselves up in one (wagtailadmin/panels/inline_panel.html), so do the
  date and time pickers of plain forms (wagtailadmin/widgets/date_input.html, the "Set
  schedule" dialog of every page editor), search promotions and wagtail-localize's editor; some
  are rendered inside widgets, where no request (so no nonce) is at hand, and some arrive in
  modal HTML fetched later. Under ADMIN_PATH_PREFIXES only, scripts may therefore be inline
  (and no nonce is sent, as a nonce would make browsers ignore 'unsafe-inline'). Everything else
  in the admin's policy is the public one: scripts from no other host, no eval, no plugins.
  tests/browser/test_admin_csp.py signs in and proves that the admin works under it.
- A response whose rendering read the nonce is marked `Cache-Control: private`: the page cache
  (website/page_cache.py) and any CDN would otherwise serve one visitor's nonce to everyone,
  and a nonce that everyone knows protects nothing. This middleware therefore sits inside the
  page cache (after it in MIDDLEWARE), so the cache sees the mark.
"""

import re
from urllib.parse import urlsplit

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.utils.cache import patch_cache_control

ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")

# Embeds (wagtail.embeds, templates/blocks/embed_block.html) are iframes from the oEmbed
# provider; these are the usual ones for videos. CSP_FRAME_HOSTS replaces the list.
DEFAULT_FRAME_HOSTS = (
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
)


def content_security_policy(*, img_hosts=(), frame_hosts=DEFAULT_FRAME_HOSTS, report_uri=""):
    """django-csp's CONTENT_SECURITY_POLICY setting: our own origin only, except images from
    `img_hosts` and embedded frames from `frame_hosts`."""
    directives = {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        # Inline styles stay: our templates set a custom property in style="" (SDG colours),
        # Leaflet positions its tiles and markers with inline styles, and so does Wagtail's admin.
        "style-src": [SELF, UNSAFE_INLINE],
        # data: and blob: for Leaflet's and Wagtail's generated images (icons, upload previews).
        "img-src": [SELF, "data:", "blob:", *img_hosts],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        # 'self' for Wagtail's preview panel, which frames the page being edited.
        "frame-src": [SELF, *frame_hosts],
        "frame-ancestors": [SELF],
        "base-uri": [SELF],
        "form-action": [SELF],
        "object-src": [NONE],
    }
    if report_uri:
        directives["report-uri"] = [report_uri]
    return {"DIRECTIVES": directives}


# A host name with an optional port, after an optional `{s}.` subdomain placeholder.
_TILE_HOST = re.compile(
    r"(?P<wildcard>\{[a-z]\}\.)?(?P<host>[a-z0-9-]+(\.[a-z0-9-]+)*(:[0-9]{1,5})?)", re.IGNORECASE
)


def tile_host(tile_url):
    """The origin of a tile template such as `https://tile.example.org/{z}/{x}/{y}.png`, or
    None for anything that is not a plain http(s) address. A `{s}.` subdomain placeholder allows
    the host's subdomains. The origin goes into a header, so nothing but a host name and a port
    passes: an editor cannot slip a directive in (`https://a.example;script-src *`)."""
    parts = urlsplit(tile_url.strip())
    match = _TILE_HOST.fullmatch(parts.netloc)
    if parts.scheme not in ("http", "https") or match is None:
        return None
    wildcard, host = match.group("wildcard", "host")
    return f"{parts.scheme}://{'*.' if wildcard else ''}{host.lower()}"


def is_admin_path(path):
    return path.startswith(ADMIN_PATH_PREFIXES)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with our three additions (see the module's docstring)."""

    def process_response(self, request, response):
        nonce_used = bool(getattr(request, "csp_nonce", None)) and not is_admin_path(
            request.path_info
        )
        response = super().process_response(request, response)
        if nonce_used:
            patch_cache_control(response, private=True)
        return response

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if is_admin_path(request.path_info):
            return PolicyParts(
                config=parts.config,
                update=parts.update,
                replace={**(parts.replace or {}), "script-src": [SELF, UNSAFE_INLINE]},
                nonce=None,
            )
        host = self._configured_tile_host(request)
        if host:
            parts.update = {**(parts.update or {}), "img-src": [host]}
        return parts

    @staticmethod
    def _configured_tile_host(request):
        """The tile host of the site settings, when this request already read them (the base
        template does): no query of its own, and none on responses that show no map."""
        from website.models import SiteSettings

        site_settings = getattr(request, SiteSettings.get_cache_attr_name(), None)
        if site_settings is None:
            return None
        return tile_host(site_settings.map_tile_url)
