"""/<lang>/search/ (HTML) and /<lang>/search/autocomplete/ (JSON suggestions)."""

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_ratelimit.core import get_usage
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Locale, Page, Site
from wagtail.search.utils import normalise_query_string

from learning.models import LearningIndexPage
from network.models import ExpertIndexPage, LandscapeIndexPage, OrganisationIndexPage
from network.untranslated import language_name
from search.service import clean_query, suggest
from search.site_search import (
    SiteSearch,
    active_locale_id,
    answer_settled,
    kinds_by_content_type,
    language_candidates,
    listed_in_language_q,
    picks_in_language_q,
)
from stories.models import StoryIndexPage
from website.structure import cached_structure

BROWSE_PAGE_TYPES = [
    LandscapeIndexPage,
    OrganisationIndexPage,
    ExpertIndexPage,
    LearningIndexPage,
    StoryIndexPage,
]
MIN_SUGGESTION_LETTERS = 2
SUGGESTIONS = 8

logger = logging.getLogger(__name__)


def search(request):
    retry_after = _rate_limited(request, "search", settings.SEARCH_RATE_LIMIT)
    if retry_after:
        # The same address again, to retry with the query and filters as they were.
        context = {"retry_after": retry_after, "retry_url": request.get_full_path()}
        response = render(request, "429.html", context, status=429)
        return _too_many_requests(response, retry_after)
    site_search = SiteSearch(request)
    context = {"search": site_search}
    if site_search.query:
        if request.GET.get("page", "1") == "1":
            log_search(site_search.query)
    else:
        context["browse_pages"] = _browse_pages()
        context["suggested_searches"] = _suggested_searches()
    response = render(request, "search/search.html", context)
    if site_search.query:
        patch_cache_control(response, no_cache=True)
    return response


def log_search(query):
    """Count a search for editors (Wagtail's popular searches report, the queries to promote
    for): one UPDATE when it was searched today already; Wagtail's own way, three or four
    queries, for the day's first."""
    today = timezone.now().date()  # the date Wagtail's add_hit() and its report use
    searched_today = QueryDailyHits.objects.filter(
        query__query_string=normalise_query_string(query), date=today
    )
    if not searched_today.update(hits=F("hits") + 1):
        Query.get(query).add_hit(date=today)


def autocomplete(request):
    """{"query": …, "suggestions": [{"title", "kind", "kind_label", "url"}]}: pages of the
    visitor's language whose words start with what was typed, then profiles not yet translated
    into it (those also with "lang", their language's code, and "language_name")."""
    retry_after = _rate_limited(request, "autocomplete", settings.AUTOCOMPLETE_RATE_LIMIT)
    if retry_after:
        response = JsonResponse(
            {
                "error": _("Too many requests. Please wait a moment and try again."),
                "retry_after": retry_after,
                "suggestions": [],
            },
            status=429,
        )
        return _too_many_requests(response, retry_after)
    query = clean_query(request.GET.get("q", ""))
    suggestions = []
    if len(query) >= MIN_SUGGESTION_LETTERS:
        site = Site.find_for_request(request)
        key = f"suggestions:{get_language()}:{site.pk if site else 0}:{query}"
        # Kept per content version like a search's matches (SiteSearch.matches): the same first
        # letters are typed again and again.
        suggestions, _matches = cached_structure(
            key, lambda: _suggestions(request, query), keep=lambda kept: answer_settled(kept[1])
        )
    response = JsonResponse({"query": query, "suggestions": suggestions})
    # Suggestions may be reused for a minute: typing the same letters again is common.
    patch_cache_control(response, public=True, max_age=60)
    return response


def _suggestions(request, query):
    """(suggestions, the matches they come from): pages of the visitor's language whose words
    start with `query`, then profiles not yet translated into it."""
    kinds = kinds_by_content_type()
    language = get_language()
    own, others = language_candidates(Page.objects.all(), kinds)
    matches = suggest(own, query, language=language, limit=SUGGESTIONS, others=others)
    pages = (
        Page.objects.filter(listed_in_language_q(), pk__in=matches.ids)
        .annotate(language_code=F("locale__language_code"))
        .only("title", "url_path", "content_type_id")
    )
    by_id = {page.pk: page for page in pages}
    suggestions = []
    for pk in matches.ids:
        page = by_id.get(pk)
        if page is None:
            continue
        kind = kinds[page.content_type_id]
        suggestion = {
            "title": page.title,
            "kind": kind.key,
            "kind_label": str(kind.label),
            "url": page.get_url(request),
        }
        if page.language_code != language:
            suggestion["lang"] = page.language_code
            suggestion["language_name"] = language_name(page.language_code)
        suggestions.append(suggestion)
        if len(suggestions) == SUGGESTIONS:
            break
    return suggestions, matches


def _rate_limited(request, group, rate):
    """Seconds this address must wait when it has searched more than `rate` allows, else None.

    Counted per address in the default cache (RATELIMIT_IP_META_KEY says which address). A
    cache that cannot count lets the search through: searching must not depend on Redis."""
    if not rate:
        return None
    try:
        usage = get_usage(request, group=group, key="ip", rate=rate, increment=True)
    except Exception:
        logger.warning("Search rate limit not counted: the cache is unreachable", exc_info=True)
        return None
    if usage is None or not usage["should_limit"]:
        return None
    return max(usage["time_left"], 1)


def _too_many_requests(response, retry_after):
    response["Retry-After"] = str(retry_after)
    patch_cache_control(response, no_store=True)
    return response


def _browse_pages():
    """The directories, catalog and stories of the visitor's language, in menu order."""
    content_types = ContentType.objects.get_for_models(*BROWSE_PAGE_TYPES)
    return list(
        Page.objects.live()
        .public()
        .filter(
            locale=Locale.get_active(),
            content_type__in=[content_types[model].pk for model in BROWSE_PAGE_TYPES],
        )
        .order_by("path")
    )


def _suggested_searches():
    """The search terms editors chose results for in the visitor's language (its picks:
    site_search.picks_in_language_q): a curated list, unlike raw popular searches (which anyone
    could fill with whatever they type). A pick of a page no longer live suggests nothing."""
    return list(
        SearchPromotion.objects.filter(picks_in_language_q(active_locale_id()))
        .exclude(page__live=False)
        .order_by("query__query_string")
        .values_list("query__query_string", flat=True)
        .distinct()[:8]
    )
