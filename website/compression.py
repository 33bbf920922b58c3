"""Responses compressed with gzip, for anonymous visitors only, because of BREACH.

A page of the catalog is 41 KB of HTML and 7 KB gzipped; the map's GeoJSON shrinks to a quarter.
Compression is Django's GZipMiddleware, with its "Heal The Breach" padding (up to 100 random bytes
in each gzip header, Django 4.2+), under one more rule.

BREACH: when a response compresses a secret together with text an attacker chooses (a search
term, a value typed back into a form), an attacker who can make a victim's browser send many
requests and can watch their sizes on the network learns the secret a few characters at a time.
What a response of this site may hold:

- For anonymous visitors, no secret. The CSRF token in a form is masked with a new random value
  on every response (Django's own defence against exactly this), the CSP nonce is new on every
  response, and the rest of the page is public. Their pages, JSON and GeoJSON are compressed.
- For a visitor with a session (signed in, or who gave a page's or collection's password), and
  on the personal paths (the admin, accounts, my profile, the workspace: `is_personal_path`),
  secrets that do not change between responses sit next to text an attacker can have the page
  repeat: their e-mail address and name, their drafts, the admin's content, the names of private
  pages. The random padding
  only multiplies the requests an attacker needs. These responses are sent uncompressed: they
  are a small part of the traffic, and the bytes saved are not worth the risk. So is a response
  that sets the session cookie (a sign-in), and one with Django's messages, which may name the
  visitor ("Signed in as …").

What is compressed, then: a 200 answer to an anonymous visitor, of a textual type
(COMPRESSED_TYPES), not an upload (documents and media are sent as stored, their ETag and
Content-Length those of the file). Such a response gets `Vary: Accept-Encoding` whether or not
this request asked for gzip, so a shared cache (a CDN) keeps the two apart; one these rules
leave plain gets no such Vary, as it is plain whatever the request asked.

Where it sits in MIDDLEWARE: outside the page cache (website/page_cache.py), which stores and
serves pages uncompressed, so each response is compressed, or not, for the request that gets it;
outside ConditionalGetMiddleware, which computes the ETag on the uncompressed content (made weak
here when the body is compressed, and If-None-Match compares weakly); outside WhiteNoise, whose
collected files come with their own `.gz` (Content-Encoding already set, left alone), while
files it reads from the source folders (tests, `make run`) are compressed here.

Large data compressed once: the map's GeoJSON of every landscape is 936 KB at a thousand
landscapes, which the page cache serves in about a millisecond (kept in the process, with its
ETag) and which gzip took 60 ms over on every request. A large JSON or GeoJSON answer
(KEPT_TYPES, KEPT_FROM_BYTES) is compressed once per process and kept by its ETag, the hash of
its uncompressed bytes that ConditionalGetMiddleware gives it: the same bytes get the same gzip.
Its padding is then the same from one answer to the next, which costs nothing: such data is
public, and holds no secret for padding to hide."""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.utils.cache import patch_vary_headers

from website.kept_in_process import KeptInProcess
from website.middleware import is_personal_path

COMPRESSED_TYPES = {
    "application/atom+xml",
    "application/geo+json",
    "application/javascript",
    "application/json",
    "application/ld+json",
    "application/manifest+json",
    "application/rss+xml",
    "application/xml",
    "image/svg+xml",
    "text/calendar",
    "text/css",
    "text/csv",
    "text/html",
    "text/javascript",
    "text/plain",
    "text/xml",
}
# Django's messages (CookieStorage, the fallback's first).
MESSAGES_COOKIE = "messages"
# Uploaded files, sent as they are stored: Wagtail's document view, and MEDIA_URL.
UPLOAD_PATH_PREFIXES = ("/documents/",)


KEPT_TYPES = {"application/geo+json", "application/json"}
KEPT_FROM_BYTES = 64 * 1024
KEPT_BYTES_AT_MOST = 16 * 1024 * 1024  # of compressed answers, per process


class CompressionMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if not may_compress(request, response):
            return response
        key = kept_key(request, response)
        if key is not None and (body := compressed_answers.get(key)) is not None:
            patch_vary_headers(response, ("Accept-Encoding",))
            response.content = body
            response.headers["Content-Length"] = str(len(body))
            response.headers["ETag"] = f"W/{key}"
            response.headers["Content-Encoding"] = "gzip"
            return response
        response = super().process_response(request, response)
        if key is not None and response.get("Content-Encoding") == "gzip":
            compressed_answers.put(key, response.content, len(response.content))
        return response


def kept_key(request, response):
    """The strong ETag of a large JSON answer that this request wants gzipped, else None."""
    etag = response.get("ETag", "")
    if (
        response.streaming
        or media_type(response) not in KEPT_TYPES
        or not etag.startswith('"')
        or response.has_header("Content-Encoding")
        or len(response.content) < KEPT_FROM_BYTES
        or not re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    ):
        return None
    return etag


compressed_answers = KeptInProcess(KEPT_BYTES_AT_MOST)


def media_type(response):
    return response.get("Content-Type", "").split(";", 1)[0].strip().lower()


def may_compress(request, response):
    return (
        response.status_code == 200
        and media_type(response) in COMPRESSED_TYPES
        and not is_upload(request.path)
        and is_anonymous(request, response)
    )


def is_anonymous(request, response):
    """No session and no messages (which may name the visitor) in the request or set by the
    response, and not a personal path. Other cookies do not count: the CSRF cookie that a page
    with a form sets for a new visitor is in the headers, which gzip does not touch."""
    personal_cookies = (settings.SESSION_COOKIE_NAME, MESSAGES_COOKIE)
    return not (
        any(name in request.COOKIES or name in response.cookies for name in personal_cookies)
        or is_personal_path(request.path)
    )


def is_upload(path):
    prefixes = list(UPLOAD_PATH_PREFIXES)
    if str(settings.MEDIA_URL).startswith("/"):
        prefixes.append(str(settings.MEDIA_URL))
    return path.startswith(tuple(prefixes))
