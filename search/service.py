"""Asking the search index which pages match, in one place, so that a failing engine never fails
the page that asks: the site search, the directories, the catalog and the stories all come here.

When the engine is down, slow (see SEARCH_TIMEOUT) or erroring, the error is logged, the engine is
left alone for SEARCH_ENGINE_RETRY_AFTER seconds, and the database answers with a plainer query
(every word somewhere in the title or the given fields) so that visitors still find things."""

import logging
import re
from dataclasses import dataclass
from functools import reduce
from operator import and_, or_

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from wagtail.search.backends import get_search_backend

from search.configuration import LANGUAGE_BACKEND_PREFIX
from website.content_version import version_age

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_MATCHES = 500
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_ENGINE_RESTING_KEY = "search:engine-resting"


def clean_query(value):
    """Free text as typed, without control characters, trimmed to a sensible length."""
    return " ".join(_CONTROL_CHARACTERS.sub(" ", value or "").split())[:MAX_QUERY_LENGTH].strip()


@dataclass
class Matches:
    ids: list  # best match first
    degraded: bool = False  # the engine failed: these come from the plainer database query


def uses_engine():
    return not settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].startswith(
        "search.backends.database"
    )


# An engine shows a change to searches within a second of its indexing (OpenSearch's refresh).
ENGINE_SETTLES_IN_SECONDS = 5


def answer_settled(matches):
    """Whether a search's answer may be kept for the content version: not the database's
    stand-in for a failed engine (the next search asks the engine again), nor an engine's
    answer in the first seconds of a version, which may not show the change that began it."""
    if matches.degraded:
        return False
    return not uses_engine() or version_age() > ENGINE_SETTLES_IN_SECONDS


def backend_for(language):
    """The backend that searches `language`'s content with its stemming (all languages: None)."""
    name = f"{LANGUAGE_BACKEND_PREFIX}{language}" if language else "default"
    if name not in settings.WAGTAILSEARCH_BACKENDS:
        name = "default"
    backend = get_search_backend(name)
    if language and hasattr(backend, "for_language"):
        backend = backend.for_language(language)
    return backend


def find(
    queryset, query, language=None, fallback_fields=("title",), limit=MAX_MATCHES, others=None
):
    """Ids of the objects of `queryset` that match `query`, best first.

    `queryset` carries the filters (locale, live, type); `language` picks the stemming; when the
    engine fails, `fallback_fields` are what the database looks in instead.

    `others`: objects in other languages that `language` lists until it has their translation
    (network.untranslated). They are looked for in every language's index (a language's own
    index holds only its content), and up to `limit` of their matches come after `queryset`'s.
    Their filters must be ones the engine understands (live, locale, type), so some of those
    matches are versions the caller does not list: it keeps the ones it lists, and its first
    `limit` of them."""
    return _ask_with_others(
        queryset, others, query, language, fallback_fields, limit, autocomplete=False
    )


def suggest(queryset, query, language=None, fallback_fields=("title",), limit=8, others=None):
    """Like find(), for the first letters of words (a search box's suggestions)."""
    return _ask_with_others(
        queryset, others, query, language, fallback_fields, limit, autocomplete=True
    )


def _ask_with_others(queryset, others, query, language, fallback_fields, limit, autocomplete):
    matches = _ask(queryset, query, language, fallback_fields, limit, autocomplete)
    if others is None:
        return matches
    # Asked even when the first matches fill `limit`: a search runs the same queries, always.
    # Not `limit` less the first matches: translations of those may take the places.
    more = _ask(others, query, None, fallback_fields, limit, autocomplete)
    found = set(matches.ids)
    return Matches(
        ids=matches.ids + [pk for pk in more.ids if pk not in found],
        degraded=matches.degraded or more.degraded,
    )


def _ask(queryset, query, language, fallback_fields, limit, autocomplete):
    query = clean_query(query)
    if not query:
        return Matches(ids=[])
    engine = uses_engine()
    if engine and cache.get(_ENGINE_RESTING_KEY):
        return _from_database(queryset, query, fallback_fields, limit)
    try:
        backend = backend_for(language)
        ask = backend.autocomplete if autocomplete else backend.search
        return Matches(ids=_ids(ask(query, queryset, operator="and")[:limit]))
    except Exception:
        # Whatever the failure (connection refused, timeout, an error from the engine), the
        # visitor gets the database's answer; the log gets the traceback.
        logger.exception("Search failed for %r; answering from the database", query)
        if engine:
            cache.set(_ENGINE_RESTING_KEY, True, settings.SEARCH_ENGINE_RETRY_AFTER)
        return _from_database(queryset, query, fallback_fields, limit)


def _ids(results):
    """The ids of a backend's results, best first: from the backend's ids() where it has one
    (ours: search.backends), without making an object of each match."""
    ids = getattr(results, "ids", None)
    return ids() if ids is not None else [obj.pk for obj in results]


def _from_database(queryset, query, fallback_fields, limit):
    words = query.split()[:10]
    condition = reduce(
        and_,
        (
            reduce(or_, (Q(**{f"{field}__icontains": word}) for field in fallback_fields))
            for word in words
        ),
    )
    ids = queryset.filter(condition).order_by("title", "pk").values_list("pk", flat=True)[:limit]
    return Matches(ids=list(ids), degraded=True)
