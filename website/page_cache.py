"""A server-side cache of whole pages for anonymous visitors.

Most visitors are anonymous and most pages change only when an editor publishes, so a page is
rendered once and then served from the cache (Redis when REDIS_URL is set) with no query at all.
Keys carry the content version (website.content_version): publishing, unpublishing, moving or
deleting a page, or editing a menu, moves every key on, so no visitor sees a stale page; they also
carry the date, as "open now" and "upcoming" change at midnight, and live PAGE_CACHE_SECONDS.

What is never cached: anything but GET/HEAD; requests carrying a session or messages cookie (a
signed-in visitor, or a message to show); the admin, accounts and profile pages; responses other
than 200, that set a cookie of their own, or that say private/no-cache/no-store (the search page
with a query, for one). Pages with a form (contact forms) are cached with the CSRF token taken
out, and each visitor gets a fresh one of their own when the page is served."""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone

from website.content_version import content_version

SKIPPED_PATH_PARTS = ("/admin/", "/django-admin/", "/accounts/", "/my-profile/", "/documents/")
MAX_CACHED_QUERY_STRING = 512
CACHED_CONTENT_TYPES = ("text/html", "application/json", "application/geo+json", "application/rss")
_CSRF_FIELD = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]+(")')
_CSRF_MARKER = b"__csrf_token__"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._is_cacheable_request(request):
            return self.get_response(request)
        key = self._key(request)
        stored = cache.get(key)
        if stored is not None:
            return self._serve(request, *stored)
        response = self.get_response(request)
        if self._is_cacheable_response(response):
            cache.set(key, self._store(response), settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _is_cacheable_request(request):
        return (
            settings.PAGE_CACHE_SECONDS > 0
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "messages" not in request.COOKIES
            and len(request.META.get("QUERY_STRING", "")) <= MAX_CACHED_QUERY_STRING
            and not any(part in request.path for part in SKIPPED_PATH_PARTS)
        )

    @staticmethod
    def _is_cacheable_response(response):
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
            and response.get("Content-Type", "").startswith(CACHED_CONTENT_TYPES)
        )

    @staticmethod
    def _key(request):
        address = f"{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(address.encode()).hexdigest()
        return f"page:{content_version()}:{timezone.localdate().isoformat()}:{digest}"

    @staticmethod
    def _store(response):
        content = _CSRF_FIELD.sub(rb"\g<1>" + _CSRF_MARKER + rb"\g<2>", response.content)
        # Content-Length is set again on the way out (CommonMiddleware), for the content served.
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in ("vary", "x-page-cache", "content-length")
        ]
        return content, headers

    @staticmethod
    def _serve(request, content, headers):
        if _CSRF_MARKER in content:
            content = content.replace(_CSRF_MARKER, get_token(request).encode())
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response
