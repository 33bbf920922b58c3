"""Who may keep a copy of a response: every response leaves through CacheControlMiddleware."""

import re

from django.conf import settings
from django.utils.cache import cc_delim_re, patch_cache_control, patch_vary_headers

# The admin, and under a language prefix the account pages, an expert's own profile, the
# coordinators' workspace, invitations and the claim form.
_PERSONAL_PATH = re.compile(
    r"/(admin|django-admin)/"
    r"|/[^/]+/(accounts|my-profile|my-landscapes|my-organisations|my-library|invitations)/"
    r"|/[^/]+/(landscapes|organisations)/[^/]+/claim/"
)
# What would let a shared cache keep a response, or a browser reuse it.
_SHARING_DIRECTIVES = {"public", "s-maxage", "stale-while-revalidate", "stale-if-error", "max-age"}


def is_personal_path(path):
    return _PERSONAL_PATH.match(path) is not None


class CacheControlMiddleware:
    """One rule for every response, decided on the response as it leaves (so this sits outside
    SessionMiddleware and CsrfViewMiddleware, and sees the cookies they set, also on a page that
    the page cache served):

    - A response to a visitor with a session (signed in, or given a page or collection password:
      Wagtail keeps both in the session), on a personal page (the admin, accounts, my profile), or
      that sets a cookie (a CSRF token, a session) is `private, no-store`, whatever the view said:
      it is theirs alone, and a shared cache would hand it, or the secret in its cookie, to the next
      visitor. This covers pages and documents behind a password or a login, and password forms.
    - Any other anonymous 200 to GET/HEAD that says nothing of its own about caching may be held by
      a CDN: `public, max-age=0, s-maxage, stale-while-revalidate`; browsers revalidate, so a
      visitor sees an edit as soon as the CDN does. It varies on Cookie, so a shared cache that
      honours Vary never gives the anonymous copy to a signed-in visitor."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if self._is_personal(request, response):
            make_private(response)
        elif self._is_shareable(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=0,
                s_maxage=settings.CACHE_CONTROL_S_MAXAGE,
                stale_while_revalidate=settings.CACHE_CONTROL_STALE_WHILE_REVALIDATE,
            )
            patch_vary_headers(response, ["Cookie"])
        return response

    @staticmethod
    def _is_personal(request, response):
        return bool(
            settings.SESSION_COOKIE_NAME in request.COOKIES
            or response.cookies
            or is_personal_path(request.path)
        )

    @staticmethod
    def _is_shareable(request, response):
        return (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.has_header("Cache-Control")
        )


def make_private(response):
    """`private, no-store`, keeping what else the response said (no-cache, must-revalidate)."""
    kept = [
        directive.strip()
        for directive in cc_delim_re.split(response.get("Cache-Control", ""))
        if directive.strip()
        and directive.split("=", 1)[0].strip().lower() not in _SHARING_DIRECTIVES | {"private"}
    ]
    response["Cache-Control"] = ", ".join(["private", "no-store", *kept])
    patch_vary_headers(response, ["Cookie"])
