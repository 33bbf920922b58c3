"""The site-wide search: landscapes, organisations, experts, courses, stories and the library's
resources in one list, with facets for kind, theme and country, editors' picks first.

The search service returns the ids of up to MAX_MATCHES matching pages, best first. Facets and
pages of results are then worked out over those ids with a fixed number of queries: the kind of
each page, its themes and its countries (one query), then the cards of the page shown (one
or two per kind present; their themes are those already read).

Landscapes, organisations and experts are found in every language until they are translated
(network.untranslated): the visitor's language first, then those in another."""

from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple
from urllib.parse import quote

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import CharField, F, Q, Value
from django.db.models.functions import Cast
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from learning.catalog import CourseCatalog
from learning.models import CourseSession
from library.directory import LibraryDirectory
from network.directories import (
    COUNTS_KEPT_UP_TO_CHOSEN,
    ExpertDirectory,
    LandscapeDirectory,
    ListingLinks,
    OrganisationDirectory,
)
from network.untranslated import listed_q
from search.service import MAX_MATCHES, answer_settled, clean_query, find
from stories.directory import StoryDirectory
from website.formats import collation_key
from website.localize import is_public, term_names
from website.models import Theme
from website.structure import cached_structure, locale_id


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    directory: type  # its model, card template and card data are the directory's

    @property
    def model(self):
        return self.directory.model

    @property
    def card_template(self):
        return self.directory.card_template


KINDS = [
    Kind("landscape", _("Landscape"), LandscapeDirectory),
    Kind("organisation", _("Organisation"), OrganisationDirectory),
    Kind("expert", _("Expert"), ExpertDirectory),
    Kind("course", _("Course"), CourseCatalog),
    Kind("story", _("Story"), StoryDirectory),
    Kind("resource", _("Library resource"), LibraryDirectory),
]
KIND_BY_KEY = {kind.key: kind for kind in KINDS}


def untranslated_kinds():
    """The page classes found in every language until they are translated."""
    return [kind.model for kind in KINDS if getattr(kind.directory, "lists_untranslated", False)]


def language_candidates(pages, content_types):
    """(the pages of the active language, those of other languages it lists until translated)
    among `pages` of `content_types`, with filters the search engine understands."""
    locale = active_locale_id()
    pages = pages.live().public()
    others = ContentType.objects.get_for_models(*untranslated_kinds()).values()
    return (
        pages.filter(content_type__in=list(content_types), locale_id=locale),
        pages.filter(content_type__in=[content_type.pk for content_type in others]).exclude(
            locale_id=locale
        ),
    )


def listed_in_language_q():
    """The pages the active language lists: its own, and the versions of untranslated ones it
    shows (of a page's versions in other languages, only one)."""
    return listed_q(active_locale_id(), untranslated_kinds())


def picks_in_language_q(locale_id):
    """The editors' picks (search promotions) that a language's search shows: a pick belongs to
    the language of the page it promotes, which its description is written in (a Spanish pick
    promotes a Spanish page, for a Spanish search term); a pick of an external link has no
    page to tell its language, and shows in every language."""
    return Q(page__locale_id=locale_id) | Q(page__isnull=True)


def active_locale_id():
    """The active language's Locale id, as Locale.get_active() finds it, without its query."""
    return locale_id(get_language()) or locale_id(settings.LANGUAGE_CODE)


def kinds_by_content_type():
    """{content type id: kind}; Django caches content types, so no query after the first."""
    by_model = ContentType.objects.get_for_models(*(kind.model for kind in KINDS))
    return {by_model[kind.model].pk: kind for kind in KINDS}


class ThemeName(NamedTuple):
    """A theme as a card shows it (network_tags.theme_names)."""

    slug: str
    name: str


@dataclass
class Result:
    kind: Kind
    item: Page
    language: str  # the page's language code


class SiteSearch(ListingLinks):
    per_page = 20
    facet_params = ("kind", "theme", "country")

    def __init__(self, request):
        self.request = request
        self.params = request.GET
        self.query = clean_query(self.params.get("q", ""))
        self.language = get_language()
        self.all_languages = self.params.get("languages") == "all"
        self.selected = {param: self._parse(param) for param in self.facet_params}

    def _parse(self, param):
        known = self.facet_options(param)
        values = []
        for value in self.params.getlist(param):
            if value in known and value not in values:
                values.append(value)
        return values

    def facet_options(self, param):
        """{value: label} of every value a facet accepts."""
        if param == "kind":
            return {kind.key: kind.label for kind in KINDS}
        if param == "theme":
            return term_names(Theme)
        return dict(countries)

    @cached_property
    def content_types(self):
        return kinds_by_content_type()

    def _kept_key(self, part):
        """What a part of the query's answer is kept under: per content version (a publish
        changes the answer), language, choice of languages and words (normalised)."""
        every = "every-language" if self.all_languages else ""
        return f"site-search-{part}:{self.language}:{every}:{normalise_query_string(self.query)}"

    @cached_property
    def matches(self):
        """The query's matches (None without a query), kept: a popular search is made again
        and again, and only a publish changes its answer. Not kept when the engine failed and
        the database answered (the next one asks the engine), nor when the engine may not show
        the latest publish yet (answer_settled). Kept apart from their facts: a page of results
        that is kept (kept_listing_key) needs to know only that they are kept."""
        if not self.query:
            return None
        return cached_structure(self._kept_key("matches"), self._find, keep=answer_settled)

    def _find(self):
        if self.all_languages:
            pages = Page.objects.live().public().filter(content_type__in=list(self.content_types))
            own, others = pages, None
        else:
            own, others = language_candidates(Page.objects.all(), self.content_types)
        return find(
            own,
            self.query,
            language=None if self.all_languages else self.language,
            fallback_fields=("title", "search_description"),
            limit=MAX_MATCHES,
            others=others,
        )

    @property
    def degraded(self):
        return bool(self.matches and self.matches.degraded)

    @cached_property
    def facts(self):
        """{page id: {"kind": key, "language": code, "theme": {slugs}, "country": {codes},
        "themes": [ThemeName]}} of every match, kept as the matches are."""
        if not self.matches:
            return {}
        return cached_structure(
            self._kept_key("facts"),
            lambda: self._facts_of(self.matches.ids),
            keep=lambda _facts: answer_settled(self.matches),
        )

    def _facts_of(self, ids):
        if not ids:
            return {}
        ids = frozenset(ids)  # not a list: Django would walk it value by value (see __among)
        pages = Page.objects.filter(pk__among=ids)
        if not self.all_languages:
            pages = pages.filter(listed_in_language_q())
        rows = list(_facts_of(pages, ids))
        facts = {
            pk: {
                "kind": self.content_types[int(content_type)].key,
                "language": language,
                "theme": set(),
                "themes": [],
                "country": set(),
            }
            for fact, pk, content_type, language in rows
            if fact == "page" and int(content_type) in self.content_types
        }
        for fact, pk, value, name in rows:
            if pk not in facts:
                continue
            if fact == "theme":
                facts[pk]["theme"].add(value)
                # What a card shows of its themes, read here rather than again for the cards.
                facts[pk]["themes"].append(ThemeName(value, name))
            elif fact == "country":
                facts[pk]["country"].update(code for code in str(value or "").split(",") if code)
        return facts

    def _passes(self, fact, skip=None):
        for param in self.facet_params:
            chosen = self.selected[param]
            if not chosen or param == skip:
                continue
            values = {fact["kind"]} if param == "kind" else fact[param]
            if not values.intersection(chosen):
                return False
        return True

    @cached_property
    def result_ids(self):
        """The matches that pass the chosen filters, best first, editors' picks left out."""
        promoted = {promotion.page_id for promotion in self.promotions if promotion.page_id}
        return [
            pk
            for pk in (self.matches.ids if self.matches else [])
            if pk in self.facts and pk not in promoted and self._passes(self.facts[pk])
        ]

    @cached_property
    def facet_groups(self):
        labels = {"kind": _("Kind"), "theme": _("Theme"), "country": _("Country")}
        groups = []
        for param in self.facet_params:
            counts = Counter()
            for fact in self.facts.values():
                if self._passes(fact, skip=param):
                    counts.update({fact["kind"]} if param == "kind" else fact[param])
            selected = self.selected[param]
            options = [
                {
                    "value": value,
                    "label": str(label),
                    "count": counts.get(value, 0),
                    "selected": value in selected,
                }
                for value, label in self.facet_options(param).items()
                if counts.get(value) or value in selected
            ]
            if param != "kind":
                options.sort(key=lambda option: (-option["count"], collation_key(option["label"])))
            groups.append({"param": param, "label": labels[param], "options": options})
        return groups

    @cached_property
    def page(self):
        return Paginator(self.result_ids, self.per_page).get_page(self.params.get("page"))

    @cached_property
    def kept_listing_key(self):
        """What the results' HTML (facets, picks, cards, pages) is kept under, once per content
        version, language, site and day ({% kept_fragment %} in search/search.html), or None:
        rendered every time. Kept when the answer is (matches), with at most as many values
        chosen as a directory keeps (COUNTS_KEPT_UP_TO_CHOSEN), for a page that exists. The key
        holds every part of the request that the HTML shows: the words as typed (the links
        repeat them), every language or not, the chosen values in their order (the links keep
        it), the page."""
        if not self.query or not answer_settled(self.matches) or not self._few_chosen:
            return None
        chosen = [(param, values) for param, values in self.selected.items() if values]
        page = self._existing_page_number
        if page is None:
            return None
        return ":".join(
            [
                # Quoted: more parts follow, and the words' ":" or "=" must not read as them.
                f"q={quote(self.query, safe='')}",
                f"every={self.all_languages}",
                *(f"{param}={','.join(values)}" for param, values in chosen),
                f"page={page}",
            ]
        )

    @property
    def _few_chosen(self):
        """At most as many filter values chosen as a directory keeps (COUNTS_KEPT_UP_TO_CHOSEN):
        beyond, the choices are many and each is rarely made again, so nothing is kept."""
        return sum(map(len, self.selected.values())) <= COUNTS_KEPT_UP_TO_CHOSEN

    @property
    def page_number(self):
        """The number of the page of results shown, worked out from the matches only when it is
        not the first (the language links keep it; a kept page fetches nothing else)."""
        return self._existing_page_number or self.page.number

    @cached_property
    def _existing_page_number(self):
        """The page asked for, if it exists and is written as its number ("1" or none for the
        first), else None: the nearest page is shown, worked out each time, so that no one fills
        the cache with pages that are all the same."""
        number = self.params.get("page", "1")
        if number == "1":
            return 1  # the first page exists even when nothing matches
        if not number.isdigit() or number != str(int(number)):
            return None
        return int(number) if int(number) <= self.page_count else None

    @cached_property
    def page_count(self):
        """How many pages of results there are (at least one). Working it out reads the facts
        of every match; for few values chosen it is kept as the matches are, so that a kept
        page further on reads nothing else."""

        def count():
            return max(1, -(-len(self.result_ids) // self.per_page))

        if not self.query or not self._few_chosen:
            return count()
        chosen = ";".join(
            f"{param}={','.join(sorted(values))}"
            for param, values in self.selected.items()
            if values
        )
        return cached_structure(
            self._kept_key(f"pages[{chosen}]"),
            count,
            keep=lambda _count: answer_settled(self.matches),
        )

    @cached_property
    def results(self):
        """The cards of the page shown, in the order of the matches."""
        ids = list(self.page.object_list)
        by_kind = {}
        for pk in ids:
            by_kind.setdefault(KIND_BY_KEY[self.facts[pk]["kind"]], []).append(pk)
        items = {}
        for kind, kind_ids in by_kind.items():
            cards = list(kind.directory.with_card_data(kind.model.objects.filter(pk__in=kind_ids)))
            kind.directory.prepare_cards(cards, self.query)
            for item in cards:
                item.found_themes = self.facts[item.pk]["themes"]
                items[item.pk] = Result(kind, item, self.facts[item.pk]["language"])
        return [items[pk] for pk in ids if pk in items]

    @property
    def shown_promotions(self):
        """The editors' picks, shown above the first page of results only."""
        return self.promotions if self.page_number == 1 else []

    @cached_property
    def promotions(self):
        """Editors' picks for this query in the visitor's language (picks_in_language_q), left
        out of the results on every page."""
        if not self.query:
            return []
        query_string = normalise_query_string(self.query)
        if query_string not in promoted_queries():
            return []
        picks = (
            SearchPromotion.objects.filter(query__query_string=query_string)
            .filter(picks_in_language_q(active_locale_id()))
            .select_related("page")
            .order_by("sort_order")
        )
        # A pick of a page nobody may see (unpublished, private) is left out.
        return [pick for pick in picks if pick.page_id is None or is_public(pick.page)]

    @property
    def is_filtered(self):
        return any(self.selected.values())

    def querystring_params(self):
        params = {"q": self.query} if self.query else {}
        if self.all_languages:
            params["languages"] = "all"
        params.update({param: values for param, values in self.selected.items() if values})
        return params

    @property
    def clear_filters_url(self):
        return "?" + urlencode({"q": self.query})

    @property
    def all_languages_url(self):
        return "?" + self.querystring(languages="all", page=None)

    @property
    def own_language_url(self):
        return "?" + self.querystring(languages=None, page=None)


def promoted_queries():
    """The searches (normalised) that editors have picks for, kept per content version (a
    pick's save or deletion moves it on): a search without picks asks for none."""
    return cached_structure(
        "promoted-queries",
        lambda: set(SearchPromotion.objects.values_list("query__query_string", flat=True)),
    )


def _facts_of(pages, ids):
    """What the facets and the cards need of the matches, in one query: ("page", page id, its
    content type id, its language code) for each of `pages`, ("theme", page id, slug, name) for
    every theme of the pages `ids`, and ("country", page id, "KE,UG", "") for their countries (a
    course's are its sessions'), whatever their kind."""
    theme, country, no_name = (
        Value(text, output_field=CharField()) for text in ("theme", "country", "")
    )
    pages = (
        pages.order_by()
        .annotate(
            fact=Value("page", output_field=CharField()),
            kind=Cast("content_type_id", CharField()),
            language=F("locale__language_code"),
        )
        .values_list("fact", "pk", "kind", "language")
    )
    parts = [
        CourseSession.objects.filter(course_id__among=ids)
        .order_by()
        .annotate(fact=country, name=no_name)
        .values_list("fact", "course_id", "country", "name")
    ]
    for kind in KINDS:
        owner = f"{kind.model._meta.model_name}_id"
        parts.append(
            kind.model.themes.through.objects.filter(**{f"{owner}__among": ids})
            .order_by()
            .annotate(fact=theme)
            .values_list("fact", owner, "theme__slug", "theme__name")
        )
        if kind.key != "course":
            parts.append(
                kind.model.objects.filter(pk__among=ids)
                .order_by()
                .annotate(fact=country, name=no_name)
                .values_list("fact", "pk", "countries", "name")
            )
    # One flat UNION ALL (chained unions nest, past what SQLite's parser takes).
    return pages.union(*parts, all=True)
