"""A server-side cache of whole pages for anonymous visitors.

Most visitors are anonymous and most pages change only when an editor publishes, so a page is
rendered once and then served from the cache (Redis when REDIS_URL is set) with no query at all.
Keys carry the content version (website.content_version): publishing, unpublishing, moving or
deleting a page, or editing a menu, moves every key on, so no visitor sees a stale page; they also
carry the date, as "open now" and "upcoming" change at midnight, and live PAGE_CACHE_SECONDS.

A page served from the cache is what a fresh render would give the request, so the key holds
everything the page's rendering depends on:

- the scheme, host, path and active language (chosen by the path's prefix, or by the language
  cookie and Accept-Language where there is none);
- the query parameters that the page reads, and only those. The page's own reads of `request.GET`
  are recorded, and the names it read are kept per address: `?utm_source=…`, `fbclid` or any
  made-up parameter that no view reads adds no key. A page that reads the whole query string
  (iterates `request.GET`, copies it, or asks for `get_full_path()`) is keyed on all of it.
  Rendered with the same values for every name a page read, a page reads the same names again,
  so a request agreeing on all of them gets the same page;
- nothing else: a response whose `Vary` names a request header the key does not cover (DRF's
  `Vary: Accept`, where `/api/v2/` answers a browser with HTML and a script with JSON) is not
  stored. Its `Vary` is kept on the stored copy.

Each client (website.client_ip) may add PAGE_CACHE_NEW_PAGES_PER_MINUTE entries a minute; past
that its requests are answered but not stored, so no one fills the cache with variants.

What is never cached: anything but GET/HEAD; requests carrying a session or messages cookie (a
signed-in visitor, or a message to show); the admin, accounts and profile pages, documents;
responses other than 200, that set a cookie of their own, or that say private/no-cache/no-store
(the search page with a query, for one). Pages with a form (contact forms) are cached with the
CSRF token taken out, and each visitor gets a fresh one of their own when the page is served.
How shared caches (a CDN) may hold what is sent is website.middleware.CacheControlMiddleware's
decision, made on every response, cached or not."""

import hashlib
import json
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, QueryDict
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.cache import cc_delim_re, set_response_etag
from django.utils.translation import get_language

from website.client_ip import counted_address
from website.content_version import content_version
from website.kept_in_process import KeptInProcess
from website.middleware import is_personal_path

MAX_CACHED_QUERY_STRING = 512
CACHED_CONTENT_TYPES = ("text/html", "application/json", "application/geo+json", "application/rss")
# Request headers that the key covers: the language is in it, and only requests without a session
# or messages cookie are cached, with each visitor's CSRF token put back when a page is served.
COVERED_VARY = {"cookie", "accept-language"}
_CSRF_FIELD = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]+(")')
_CSRF_MARKER = b"__csrf_token__"
# Entries this large (the map's GeoJSON of every landscape: 936 KB at a thousand landscapes) are
# also kept in each process, so that a hit does not read and unpickle them from Redis again (5 ms
# for that one). Keys carry the content version, so a kept entry is never stale after a publish;
# the lifetime bounds what nothing moves on, as PAGE_CACHE_SECONDS does in Redis.
LARGE_ENTRY_BYTES = 64 * 1024
large_entries = KeptInProcess(max_bytes=32 * 1024 * 1024, seconds=60)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._is_cacheable_request(request):
            return self.get_response(request)
        address = _digest([request.scheme, request.get_host(), request.path, get_language() or ""])
        reads_key = f"page-reads:{content_version()}:{address}"
        query_string = request.META.get("QUERY_STRING", "")
        # Without a query string, requests agree on every parameter: nothing to look up.
        reads = (cache.get(reads_key) or QueryReads()) if query_string else EVERY_PARAMETER
        key = self._key(address, reads, request)
        stored = large_entries.get(key)
        if stored is None:
            stored = cache.get(key)
            if stored is not None and len(stored[0]) >= LARGE_ENTRY_BYTES:
                large_entries.put(key, stored, len(stored[0]))
        if stored is not None:
            return self._serve(request, *stored)
        recorded = QueryReads.record(request) if query_string else EVERY_PARAMETER
        response = self.get_response(request)
        if self._is_cacheable_response(response) and _may_add_page(request):
            if not reads.covers(recorded):
                reads = reads.union(recorded)
                cache.set(reads_key, reads, settings.PAGE_CACHE_SECONDS)
                key = self._key(address, reads, request)
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
            and not is_personal_path(request.path)
            and not request.path.startswith("/documents/")
        )

    @staticmethod
    def _is_cacheable_response(response):
        cache_control = response.get("Cache-Control", "")
        vary = {name.lower() for name in cc_delim_re.split(response.get("Vary", "")) if name}
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
            and response.get("Content-Type", "").startswith(CACHED_CONTENT_TYPES)
            and vary <= COVERED_VARY
        )

    @staticmethod
    def _key(address, reads, request):
        query = reads.key_part(request.META.get("QUERY_STRING", ""))
        digest = _digest([address, query])
        return f"page:{content_version()}:{timezone.localdate().isoformat()}:{digest}"

    @staticmethod
    def _store(response):
        content = _CSRF_FIELD.sub(rb"\g<1>" + _CSRF_MARKER + rb"\g<2>", response.content)
        if _CSRF_MARKER not in content and not response.has_header("ETag"):
            # The same for every visitor: its ETag is stored with it, as ConditionalGetMiddleware
            # would compute it on every hit (1.3 ms for the map's 936 KB of GeoJSON).
            set_response_etag(response)
        # Content-Length is set again on the way out (CommonMiddleware), for the content served.
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in ("x-page-cache", "content-length")
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


def _digest(parts):
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def _may_add_page(request):
    """Whether this client may still add a page to the cache this minute."""
    limit = settings.PAGE_CACHE_NEW_PAGES_PER_MINUTE
    key = f"page-writes:{counted_address(request)}"
    cache.add(key, 0, 60)
    try:
        written = cache.incr(key)
    except ValueError:  # expired between the two calls: a new minute
        cache.set(key, 1, 60)
        written = 1
    return written <= limit


class QueryReads:
    """The query parameters that renderings of one address read: some names, or all of it."""

    def __init__(self, names=(), everything=False):
        self.names = frozenset(names)
        self.everything = everything

    def covers(self, other):
        return self.everything or (not other.everything and other.names <= self.names)

    def union(self, other):
        return QueryReads(self.names | other.names, self.everything or other.everything)

    def key_part(self, query_string):
        """What of the query string goes into the key: all of it as sent, or the values of the
        names read (a name absent from the query string is keyed as absent)."""
        if self.everything:
            return query_string
        query = QueryDict(_as_sent(query_string))
        return [[name, query.getlist(name)] for name in sorted(self.names)]

    @staticmethod
    def record(request):
        """Let `request` note the parameters its rendering reads; the QueryReads it fills."""
        reads = _RecordedReads()
        request.GET = _RecordingQueryDict(
            _as_sent(request.META.get("QUERY_STRING", "")), encoding=request.encoding, reads=reads
        )
        request.META = _RecordingMeta(request.META, reads=reads)
        return reads


EVERY_PARAMETER = QueryReads(everything=True)


def _as_sent(query_string):
    """The query string's bytes, as Django reads them for request.GET: WSGI hands it over
    decoded as ISO-8859-1, and a UTF-8 value typed without percent-encoding must stay UTF-8."""
    try:
        return query_string.encode("iso-8859-1")
    except UnicodeEncodeError:
        return query_string


class _RecordedReads(QueryReads):
    def __init__(self):
        super().__init__()
        self.names = set()


class _RecordingQueryDict(QueryDict):
    """request.GET that notes each name read, and reading it whole (iterating, copying)."""

    def __init__(self, query_string=None, mutable=False, encoding=None, reads=None):
        super().__init__(query_string, mutable=mutable, encoding=encoding)
        self._reads = reads  # set after filling: QueryDict's own filling reads nothing

    def _note(self, name=None):
        reads = self.__dict__.get("_reads")
        if reads is None:
            return
        if name is None:
            reads.everything = True
        else:
            reads.names.add(name)

    def __getitem__(self, key):
        self._note(key)
        return super().__getitem__(key)

    def _getlist(self, key, *args, **kwargs):
        self._note(key)
        return super()._getlist(key, *args, **kwargs)

    def __contains__(self, key):
        self._note(key)
        return super().__contains__(key)


def _reads_everything(method_name):
    def method(self, *args, **kwargs):
        self._note()
        return getattr(QueryDict, method_name)(self, *args, **kwargs)

    method.__name__ = method_name
    return method


for _name in (
    "__iter__",
    "__len__",
    "__eq__",
    "__repr__",
    "__copy__",
    "__deepcopy__",
    "__getstate__",
    "keys",
    "items",
    "values",
    "lists",
    "dict",
    "copy",
    "urlencode",
):
    setattr(_RecordingQueryDict, _name, _reads_everything(_name))


class _RecordingMeta(dict):
    """request.META that notes a read of the raw query string (get_full_path(), a redirect
    that keeps the query): the page then depends on all of it."""

    def __init__(self, meta, reads):
        super().__init__(meta)
        self._reads = reads

    def __getitem__(self, key):
        if key == "QUERY_STRING":
            self._reads.everything = True
        return super().__getitem__(key)

    def get(self, key, default=None):
        if key == "QUERY_STRING":
            self._reads.everything = True
        return super().get(key, default)
