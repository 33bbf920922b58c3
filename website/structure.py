"""What nearly every request asks about the site's structure, kept under the content version.

Serving a page, Wagtail asks the database which site the host names, walks the path one page row
at a time from the localized home page, and looks up the page's ancestors and every view
restriction (again for each `.public()` listing and for the language switcher): a dozen queries
a page whose answers change only when an editor publishes, moves or restricts a page. Here they
are asked once per content version (website.content_version moves on every such change, and on
a change of a site, a locale or a view restriction) and then read from the cache every worker
shares. A cache that is down or empty only means the database is asked, as Wagtail would.

- StructureCacheMiddleware hands Wagtail the request's Site (`request._wagtail_site`) and, for
  a path that led to a page before, the route to it (`request._wagtail_route_for_request`): one
  query for the page itself instead of one for each step of the path.
- restricted_sections() answers which paths are private, for SitePage.get_view_restrictions()
  and for `.public()` (install_upstream_workarounds(): Wagtail reads the restrictions table on
  every call)."""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.query import PageQuerySet

from website.content_version import content_version, request_memo


def cached_structure(key, compute, keep=None):
    """The value under `key` for this content version, computed once per version (every time
    when STRUCTURE_CACHE_SECONDS is 0: without a cache all workers share, a worker would not
    see another's publish move the version on). A value for which `keep(value)` is false (a
    search answered while the engine was down) is computed again next time."""
    if not settings.STRUCTURE_CACHE_SECONDS:
        return compute()
    versioned_key = _versioned(key)
    memo = request_memo()  # asked again in the same request: no second round trip
    if memo is not None and versioned_key in memo:
        return memo[versioned_key]
    value = cache.get(versioned_key)
    if value is None:
        value = compute()
        if keep is None or keep(value):
            cache.set(versioned_key, value, settings.STRUCTURE_CACHE_SECONDS)
    if memo is not None:
        memo[versioned_key] = value
    return value


# Memcached takes keys of up to 250 characters, without spaces or control characters; the prefix
# and the version take 55 of them.
LONGEST_KEY = 180
UNFIT_FOR_A_KEY = re.compile(r"[\x00-\x20\x7f]")


def _versioned(key):
    """The key under the content version. A key too long or unfit for memcached (one that holds
    the words of a search, or a kept listing's search, sort and page) goes by its SHA-256."""
    if len(key) > LONGEST_KEY or UNFIT_FOR_A_KEY.search(key):
        key = "sha256:" + hashlib.sha256(key.encode()).hexdigest()
    return f"structure:{content_version()}:{key}"


def locale_id(language_code):
    """The id of the Locale of a language (None if there is none), for filtering on the page
    table's own column: joined through the locale's code, PostgreSQL cannot tell how many pages
    a locale has, and at scale picks plans a hundred times slower."""
    ids = cached_structure(
        "locale-ids", lambda: dict(Locale.objects.values_list("language_code", "id"))
    )
    return ids.get(language_code)


def section_page(model, language_code):
    """The live, public page of `model` in a language, for a section that has one page per
    language (the catalog, the stories, the landscape directory), or None. Ordered by path, as
    `.first()` would, PostgreSQL walks every page of the language to find it."""
    label = model._meta.label_lower
    return (
        cached_structure(
            f"section:{label}:{language_code}",
            lambda: (
                model.objects.live().public().filter(locale_id=locale_id(language_code)).first()
                or ""
            ),
        )
        or None
    )


def restricted_sections():
    """(paths of pages with a view restriction, paths of alias pages): the sections where
    `.public()` and the view check must ask the database what applies."""
    return cached_structure(
        "restricted-sections",
        lambda: (
            tuple(PageViewRestriction.objects.values_list("page__path", flat=True)),
            tuple(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)),
        ),
    )


def may_be_restricted(page):
    """False when neither the page nor any ancestor has a view restriction or is an alias (an
    alias's restrictions are its original's)."""
    restricted_paths, alias_paths = restricted_sections()
    return any(page.path.startswith(path) for path in restricted_paths + alias_paths)


def private_q(relation=""):
    """Pages in a private section (a restricted page and everything below it), as a condition
    on the pages themselves or, with `relation` ("course"), on the page a row points to."""
    prefix = f"{relation}__" if relation else ""
    condition = Q()
    for path in restricted_sections()[0]:
        condition |= Q(**{f"{prefix}path__startswith": path})
    return condition if condition else Q(**{f"{prefix}pk__in": []})


def _public_private_q(queryset):
    """PageQuerySet.private_q from the cached list of restricted sections: the same condition,
    without a query each call."""
    return private_q()


_uncached_site_root_paths = Site.get_site_root_paths


def _site_root_paths_once_a_request():
    """Site.get_site_root_paths, read from the cache once a request: `page.url` (no request
    given) asks the cache for them every time, once for each card of a listing."""
    memo = request_memo()
    if memo is None:
        return _uncached_site_root_paths()
    if "site-root-paths" not in memo:
        memo["site-root-paths"] = _uncached_site_root_paths()
    return memo["site-root-paths"]


def install_upstream_workarounds():
    """Wagtail reads view restrictions on every `.public()` and site root paths on every
    `page.url`; both are answered here from what this module keeps (tested in
    tests/website/test_structure_cache.py)."""
    PageQuerySet.private_q = _public_private_q
    Site.get_site_root_paths = staticmethod(_site_root_paths_once_a_request)


class StructureCacheMiddleware:
    """Gives Wagtail the request's site, and the route of a path served before, from the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.STRUCTURE_CACHE_SECONDS:
            request._wagtail_site = self._site(request)
        return self.get_response(request)

    @staticmethod
    def _site(request):
        # Site.find_for_request's own search, per host and port ("" stands for "no site"). The
        # host was checked against ALLOWED_HOSTS by CommonMiddleware, outside this one.
        hostname = split_domain_port(request.get_host())[0]
        key = f"site:{hostname}:{request.get_port()}"
        return cached_structure(key, lambda: Site._find_for_request(request) or "") or None

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or not settings.STRUCTURE_CACHE_SECONDS:
            return None
        site = Site.find_for_request(request)
        if site is None:
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        versioned_key = _versioned(f"route:{site.pk}:{get_language()}:{path}")
        cached = cache.get(versioned_key)
        if cached is not None:
            route = _route_to(request, *cached)
            if route is not None:
                request._wagtail_route_for_request = route
                return None
        route = Page.route_for_request(request, path)
        if route is not None and _routes_to_the_page_itself(route.page, path):
            page = route.page
            cache.set(
                versioned_key, (page.pk, page.content_type_id), settings.STRUCTURE_CACHE_SECONDS
            )
        return None


def _routes_to_the_page_itself(page, path):
    """True when `path` named the page itself, not one of its sub-routes (RoutablePageMixin):
    only such routes are kept, so that made-up sub-paths cannot fill the cache."""
    return not path or page.url_path.endswith(f"/{path}")


def _route_to(request, page_id, content_type_id):
    from django.contrib.contenttypes.models import ContentType

    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(pk=page_id, live=True).first() if model else None
    if page is None:
        return None
    try:
        # The page's own route (RoutablePageMixin pages resolve their index view here).
        return page.route(request, [])
    except Http404:
        return None
