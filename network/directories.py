"""Faceted directories of landscapes, organisations and experts.

Filters are plain GET parameters (a filtered list is a link that can be shared and cached).
Unknown parameters and unknown values are ignored, never an error. Within a facet, values are
alternatives (OR); across facets, all must hold (AND). Each facet's counts are taken over the
results of every *other* facet, so a count says how many results choosing that value gives.
A directory page runs a fixed number of queries, whatever the number of profiles.

Landscapes, organisations and experts are listed in every language from the moment they are
published: where a profile has no version in the directory's language yet, it is listed in the
language it exists in (network.untranslated says which version), its card marked with that
language."""

import itertools
import json
import re
from collections import Counter
from functools import cached_property
from urllib.parse import quote

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Case, Count, F, IntegerField, Q, TextField, Value, When
from django.db.models.functions import Cast
from django.utils.functional import Promise
from django.utils.http import urlencode
from django.utils.text import format_lazy
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.models import Page

from network import choices
from network.models import ExpertPage, LandscapePage, OrganisationPage
from network.untranslated import listed_q
from search.service import answer_settled, clean_query, find
from website.formats import collation_key, format_money
from website.languages import SPOKEN_LANGUAGES
from website.localize import term_names
from website.models import EcosystemType, SustainableDevelopmentGoal, Theme
from website.structure import cached_structure

MAX_SEARCH_MATCHES = 2000
# Facets with more values than this show the most frequent few, and a link to all of them.
FACET_OPTIONS_ALL_UP_TO = 20
FACET_OPTIONS_SHOWN = 10
EXPAND_PARAM = "all"
# A LIMIT no section reaches (2**62 pages), only to keep a subquery apart from the outer query in
# PostgreSQL's planner (see Directory.counting_queryset).
SUBQUERY_FENCE_LIMIT = 2**62
# The facet counts and the order of the results of a listing with at most this many values
# chosen are worked out once per content version (Directory.kept): they change only when content
# does, and the chosen values come from each facet's options, so the number of such listings is
# bounded (with a text query, by the searches made, each kept as long as the cache keeps it). With
# more values chosen they are worked out again on every request.
COUNTS_KEPT_UP_TO_CHOSEN = 2


class Facet:
    # Options in the order options() gives them (ranges), rather than the most frequent first.
    keeps_order = False

    def __init__(self, param, label):
        self.param = param
        self.label = label

    def options(self):
        """{value: label} of every value this facet accepts."""
        raise NotImplementedError

    def parse(self, params):
        known = self.options()
        values = []
        for value in params.getlist(self.param):
            if value in known and value not in values:
                values.append(value)
        return values

    def filter(self, queryset, values):
        raise NotImplementedError

    def count(self, queryset):
        """Counter {value: number of results} over `queryset`, for a facet that cannot give
        count_rows() (count_facets asks the others together)."""
        raise NotImplementedError

    def count_rows(self, queryset):
        """The counts as rows (facet, facet_value as text, n) that can be asked together with
        other facets' in one query (see count_facets), or None for a facet that cannot."""
        return None

    def tally(self, rows):
        """Counter {value: n} from (stored value as text, n) rows."""
        return Counter({str(value): n for value, n in rows})

    def _rows(self, queryset, value, n):
        """Rows of `queryset` grouped by the expression `value` (as text), counted by `n`."""
        return (
            queryset.order_by()
            .annotate(facet=Value(self.param), facet_value=Cast(value, TextField()))
            .values("facet", "facet_value")
            .annotate(n=n)
            .values_list("facet", "facet_value", "n")
        )


def count_facets(facets_and_querysets):
    """{param: Counter} for every (facet, queryset over which it counts): the facets that can
    give their counts as rows are asked in one UNION ALL query, the others one query each. A
    directory page thus runs the same few queries however many facets it has."""
    counts, parts, by_param = {}, [], {}
    for facet, queryset in facets_and_querysets:
        rows = facet.count_rows(queryset)
        if rows is None:
            counts[facet.param] = facet.count(queryset)
        else:
            parts.append(rows)
            by_param[facet.param] = facet
    if parts:
        grouped = {param: [] for param in by_param}
        for param, value, n in parts[0].union(*parts[1:], all=True):
            grouped[param].append((value, n))
        for param, rows in grouped.items():
            counts[param] = by_param[param].tally(rows)
    return counts


class ChoiceFacet(Facet):
    """A field that holds one value from a list of choices."""

    def __init__(self, param, label, field, field_choices):
        super().__init__(param, label)
        self.field = field
        self.field_choices = field_choices

    def options(self):
        return dict(self.field_choices)

    def filter(self, queryset, values):
        return queryset.filter(**{f"{self.field}__in": values})

    def count_rows(self, queryset):
        return self._rows(queryset, F(self.field), Count("pk"))


class ListFacet(ChoiceFacet):
    """A field that holds several comma-separated values (country lists, multiple choices)."""

    def filter(self, queryset, values):
        # One condition however many values are chosen: four comparisons a value, OR-ed, went past
        # SQLite's expression depth (1000) for a link that chose every country, a 500.
        alternatives = "|".join(re.escape(value) for value in values)
        return queryset.filter(**{f"{self.field}__regex": f"(^|,)({alternatives})(,|$)"})

    def tally(self, rows):
        # Grouped by the stored combination ("KE,UG", or a JSON list of choices) in SQL, split
        # here: a few hundred rows come back instead of one a result (10,000 experts).
        counts = Counter()
        for stored, n in rows:
            stored = stored or ""
            values = json.loads(stored) if stored.startswith("[") else stored.split(",")
            for value in values:
                if value:
                    counts[str(value)] += n
        return counts


class CountryFacet(ListFacet):
    def __init__(self, param, label, field):
        super().__init__(param, label, field, None)

    def options(self):
        return dict(countries)  # names in the active language


class TermFacet(Facet):
    """A many-to-many relation to a taxonomy; filtered by the term's key, the same in every
    language (a slug, or an SDG's number)."""

    def __init__(self, param, label, relation, model, key_field="slug"):
        super().__init__(param, label)
        self.relation = relation
        self.model = model
        self.key_field = key_field

    def options(self):
        return term_names(self.model, self.key_field)

    def filter(self, queryset, values):
        matching = queryset.model.objects.filter(
            **{f"{self.relation}__{self.key_field}__in": values}
        ).values("pk")
        return queryset.filter(pk__in=matching)

    def count_rows(self, queryset):
        path = f"{self.relation}__{self.key_field}"
        return self._rows(
            queryset.filter(**{f"{path}__isnull": False}), F(path), Count("pk", distinct=True)
        )


class FlagFacet(Facet):
    """A yes-or-no field: one option, "yes", for the rows where it holds."""

    YES = "yes"

    def __init__(self, param, label, field, option_label):
        super().__init__(param, label)
        self.field = field
        self.option_label = option_label

    def options(self):
        return {self.YES: self.option_label}

    def filter(self, queryset, values):
        return queryset.filter(**{self.field: True})

    def count_rows(self, queryset):
        which = Case(
            When(**{self.field: True}, then=Value(self.YES)),
            default=Value(""),
            output_field=TextField(),
        )
        return self._rows(queryset, which, Count("pk"))


# The funding gap facet's bounds, in the reference currency.
FUNDING_GAP_BOUNDS = [50_000, 250_000, 1_000_000]


def reference_money(amount):
    """A whole amount in the reference currency of the progress app's converted figures,
    written as the visitor's language writes money (“$50,000”, “50.000 US$”)."""
    return format_money(amount, settings.PROGRESS_REFERENCE_CURRENCY, whole=True)


class RangeFacet(Facet):
    """A number in one of a few ranges between `bounds`: under the first (but above `above`),
    from one bound to the next, or the last or more. Ranges are alternatives; a row without a
    number, or with one not above `above`, falls in none. `shown` writes a bound for a label."""

    keeps_order = True

    def __init__(self, param, label, field, bounds, above=None, shown=str):
        super().__init__(param, label)
        self.field = field
        self.shown = shown
        self.ranges = [(f"under-{bounds[0]}", None, bounds[0])]
        self.ranges += [(f"{low}-{high}", low, high) for low, high in itertools.pairwise(bounds)]
        self.ranges.append((f"{bounds[-1]}-or-more", bounds[-1], None))
        self.above = above

    def options(self):
        options = {}
        for value, low, high in self.ranges:
            if low is None:
                options[value] = _("Under %(amount)s") % {"amount": self.shown(high)}
            elif high is None:
                options[value] = _("%(amount)s or more") % {"amount": self.shown(low)}
            else:
                options[value] = _("%(low)s to %(high)s") % {
                    "low": self.shown(low),
                    "high": self.shown(high),
                }
        return options

    def _condition(self, low, high):
        if low is not None:
            condition = Q(**{f"{self.field}__gte": low})
        elif self.above is not None:
            condition = Q(**{f"{self.field}__gt": self.above})
        else:
            condition = Q(**{f"{self.field}__isnull": False})
        if high is not None:
            condition &= Q(**{f"{self.field}__lt": high})
        return condition

    def filter(self, queryset, values):
        condition = Q()
        for value, low, high in self.ranges:
            if value in values:
                condition |= self._condition(low, high)
        return queryset.filter(condition)

    def count_rows(self, queryset):
        which = Case(
            *[
                When(self._condition(low, high), then=Value(value))
                for value, low, high in self.ranges
            ],
            default=Value(""),
            output_field=TextField(),
        )
        return self._rows(queryset, which, Count("pk"))


class CountedPaginator(Paginator):
    """A paginator told the number of results by `count_results()` (counted over a queryset
    shaped for counting, or kept from an earlier request) rather than counting its own."""

    def __init__(self, object_list, per_page, count_results, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_results = count_results

    @cached_property
    def count(self):
        return self.count_results()


class CardsInOrder:
    """A listing whose order is known as ids (Directory.kept_order), for a Paginator: its length
    is the number of results, and a slice of it (a page) is the cards of those ids, fetched by id
    (one query, and the card data's), in that order."""

    def __init__(self, ids, fetch):
        self.ids = ids
        self.fetch = fetch  # ids -> the cards of those ids, in any order

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, page):
        ids = self.ids[page]
        by_pk = {item.pk: item for item in self.fetch(ids)}
        return [by_pk[pk] for pk in ids if pk in by_pk]


class ListingLinks:
    """Links of a filtered, paginated listing: its query string with changes, and its pages.
    Needs `page` (a Paginator page) and `querystring_params()` ({name: value or values})."""

    def querystring(self, **changes):
        """The current filters as a query string, with `changes` applied (None removes)."""
        params = self.querystring_params()
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = value
        return urlencode(params, doseq=True)

    def page_url(self, number):
        return f"?{self.querystring(page=number if number > 1 else None)}"

    @cached_property
    def pagination(self):
        """Links to the first, last and nearby pages of results (None for a single page)."""
        page = self.page
        if page.paginator.num_pages <= 1:
            return None
        numbers = [
            {"number": number, "url": self.page_url(number), "current": number == page.number}
            if isinstance(number, int)
            else {"number": number, "url": "", "current": False}
            for number in page.paginator.get_elided_page_range(page.number, on_each_side=2)
        ]
        return {
            "numbers": numbers,
            "previous": self.page_url(page.number - 1) if page.has_previous() else "",
            "next": self.page_url(page.number + 1) if page.has_next() else "",
        }


class Directory(ListingLinks):
    """The state of one directory request: query, chosen filters, sort and page."""

    model = None
    facets = []
    sorts = {}  # key: (label, ordering)
    default_sort = "title"
    per_page = 24
    # Where a plain database search looks when the search engine is down.
    search_fallback_fields = ("title",)
    card_template = ""
    # Profiles their own people write: listed in every language until translated.
    lists_untranslated = False

    def __init__(self, request, index_page):
        self.request = request
        self.index_page = index_page
        self.params = request.GET
        self.query = clean_query(self.params.get("q", ""))
        self.selected = {facet.param: facet.parse(self.params) for facet in self.facets}
        sort = self.params.get("sort", "")
        self.sort = sort if sort in self.available_sorts() else self.default_sort_for_query()

    def available_sorts(self):
        sorts = dict(self.sorts)
        if self.query:
            sorts = {"relevance": (_("Best match"), None), **sorts}
        return sorts

    def default_sort_for_query(self):
        return "relevance" if self.query else self.default_sort

    @cached_property
    def page_conditions(self):
        """Live, public and under the index page, as one Q (on fields every page has). Built
        once: the view restrictions are looked up each time private_q() is called."""
        pages = Page.objects.all()
        in_directory = pages.descendant_of_q(self.index_page)
        if self.lists_untranslated:
            in_directory = listed_q(self.index_page.locale_id, [self.model], own=in_directory)
        return pages.live_q() & in_directory & ~pages.private_q()

    @cached_property
    def base_queryset(self):
        """The profiles to list, the page conditions on the joined wagtailcore_page row (what
        the page of results, sorted by the page's title or date, is best fetched with)."""
        return self.model.objects.filter(self.page_conditions)

    @cached_property
    def counting_queryset(self):
        """The same profiles for counting (the facets, the number of results): the page
        conditions asked of wagtailcore_page in a subquery kept apart from the profile table.

        On PostgreSQL, with the conditions on the joined row, or in a plain IN (which the planner
        turns into the same join), the planner may walk wagtailcore_page's primary key over every
        page of every section, filtering on the path: ~11 ms a count for the landscapes at target
        scale. A LIMIT keeps the subquery apart (the idiom is OFFSET 0, which Django does not
        write): the path index finds the index page's descendants, and the profile table (its
        facet index, an index-only scan) is hashed against those ids: ~1 ms, and no count reads
        a wagtailcore_page row. The limit is far above any number of pages, so it drops none.
        tests/bench/EXPLAIN.md has the timings."""
        pages = Page.objects.filter(self.page_conditions)
        if self.matched_ids is not None:
            # A search reads its matches' page rows only, not the whole section's (a searched
            # directory's facets at target scale: 280 ms, then 60).
            pages = pages.filter(pk__in=self.matched_ids)
        pages = pages.order_by().values("pk")
        pages = pages[:SUBQUERY_FENCE_LIMIT]  # no ORDER BY: pages are ordered by path by default
        return self.model.objects.filter(pk__in=pages)

    @cached_property
    def search_matches(self):
        """What the site's search service finds for the free-text query (None: no query), kept
        per content version as the site search's are (search.service.answer_settled)."""
        if not self.query:
            return None
        return cached_structure(
            f"{self.listing_key}:{self.search_key}", self.find_matches, keep=answer_settled
        )

    @property
    def listing_key(self):
        """The directory, its index page and whatever else its results vary on."""
        return ":".join([type(self).__name__, str(self.index_page.pk), *self.counts_vary_on()])

    @property
    def search_key(self):
        """The text query (and the language it is stemmed in), for keys."""
        # Quoted: more parts follow it in a key, and a query's ":" or "=" must not read as them.
        return f"q={get_language()}:{quote(self.query, safe='')}"

    def find_matches(self):
        live = self.model.objects.live()
        locale = Q(locale_id=self.index_page.locale_id)
        return find(
            live.filter(locale),
            self.query,
            language=get_language(),
            fallback_fields=self.search_fallback_fields,
            limit=MAX_SEARCH_MATCHES,
            # The listing's own conditions then keep only the versions it lists.
            others=live.exclude(locale) if self.lists_untranslated else None,
        )

    @property
    def matched_ids(self):
        """Ids of the profiles that match the free-text query, best first (None: no query)."""
        return None if self.search_matches is None else self.search_matches.ids

    @property
    def search_degraded(self):
        """True when the search engine failed and a plainer database search answered."""
        return bool(self.search_matches and self.search_matches.degraded)

    def filtered(self, skip_facet=None, counting=False):
        queryset = self.counting_queryset if counting else self.base_queryset
        if self.matched_ids is not None:
            queryset = queryset.filter(pk__in=self.matched_ids)
        for facet in self.facets:
            values = self.selected[facet.param]
            if values and facet is not skip_facet:
                queryset = facet.filter(queryset, values)
        return queryset

    def ordered(self, queryset):
        if self.sort != "relevance":
            return queryset.order_by(*self.sorts[self.sort][1], "pk")
        if not self.matched_ids:
            return queryset.order_by(*self.sorts[self.default_sort][1], "pk")
        rank = Case(
            *[When(pk=pk, then=position) for position, pk in enumerate(self.matched_ids)],
            output_field=IntegerField(),
        )
        return queryset.order_by(rank, "pk")

    def counts_vary_on(self):
        """What the counts depend on besides the index page and the chosen values (the catalog's
        availability changes with the date), as text for the key they are kept under."""
        return ()

    @cached_property
    def counts_key(self):
        """The key the counts of this listing are kept under, or None: counted every time (more
        values chosen, or a search's answer that is not kept)."""
        chosen = [(param, sorted(values)) for param, values in self.selected.items() if values]
        if sum(len(values) for _, values in chosen) > COUNTS_KEPT_UP_TO_CHOSEN:
            return None
        parts = [self.listing_key]
        if self.query:
            if not answer_settled(self.search_matches):
                return None
            parts.append(self.search_key)
        parts += [f"{param}={','.join(values)}" for param, values in chosen]
        return "directory-counts:" + ":".join(parts)

    def kept(self, name, compute):
        """`compute()` (counts, an order), worked out once per content version for a listing
        with a counts_key, every time for the others."""
        if self.counts_key is None:
            return compute()
        return cached_structure(f"{self.counts_key}:{name}", compute)

    # Sorts by what changes without a publish (the library's downloads): never kept.
    sorts_not_kept = frozenset()

    @cached_property
    def kept_order(self):
        """The ids of every result in the listing's order, kept like its counts (None when they
        are not): a page of cards is then fetched by id, not sorted out of the whole section
        again (at target scale, sorting the 10,000 experts by name for 24 of them: 220 ms)."""
        if self.counts_key is None or self.sort in self.sorts_not_kept:
            return None
        return self.kept(
            f"order:{self.sort}", lambda: list(self.results.values_list("pk", flat=True))
        )

    @cached_property
    def kept_page_number(self):
        """The number of the page of results asked for, when the listing's order is kept and
        that page exists; else None (worked out from the results)."""
        if self.kept_order is None:
            return None
        number = self.params.get("page", "1")
        pages = max(1, -(-len(self.kept_order) // self.per_page))
        return int(number) if number.isdigit() and 1 <= int(number) <= pages else None

    @property
    def page_number(self):
        """The number of the page of results shown, its cards not fetched when it is kept."""
        return self.kept_page_number or self.page.number

    @cached_property
    def kept_listing_key(self):
        """What the listing's HTML (facets, cards, pages) is kept under, once per content
        version, language, site and day ({% kept_fragment %} in the index pages' templates), or
        None: rendered every time. Kept when its order is (at most two values chosen, a sort
        that changes only on a publish, a search's answer that is kept), and only for a page that
        exists: the key holds every part of the request that the listing's HTML shows (the
        words searched, the chosen values, the sort, the page, the facets shown in full, the
        filters held open)."""
        if self.kept_page_number is None:
            return None
        shown_in_full = sorted(
            {facet.param for facet in self.facets} & set(self.params.getlist(EXPAND_PARAM))
        )
        return ":".join(
            [
                self.counts_key,
                f"sort={self.sort}",
                f"page={self.kept_page_number}",
                f"{EXPAND_PARAM}={','.join(shown_in_full)}",
                f"open={bool(self.params.get(EXPAND_PARAM))}",
            ]
        )

    def cards_of(self, ids):
        return self.with_card_themes(self.model.objects.filter(pk__in=ids))

    @classmethod
    def with_card_data(cls, queryset):
        """What a card shows, fetched for the whole page at once, but its themes: the site
        search has read those already (see card_theme_names)."""
        return queryset

    # Whether a card shows its themes.
    card_shows_themes = True

    @classmethod
    def with_card_themes(cls, queryset):
        """with_card_data(), and the themes of a card that shows them."""
        queryset = cls.with_card_data(queryset)
        return queryset.prefetch_related("themes") if cls.card_shows_themes else queryset

    @classmethod
    def prepare_cards(cls, items, query):
        """What a page of cards (already fetched) needs beyond with_card_data(), for a listing
        or the site search: nothing, unless a directory says otherwise (the library's covers
        and passages)."""

    @staticmethod
    def with_language(queryset):
        """Each profile's language code as `language_code`, for the card of one listed in
        another language (see network.templatetags.listed_languages)."""
        return queryset.annotate(language_code=F("locale__language_code"))

    @cached_property
    def results(self):
        return self.ordered(self.filtered())

    @cached_property
    def page(self):
        if self.kept_order is not None:
            paginator = Paginator(CardsInOrder(self.kept_order, self.cards_of), self.per_page)
        else:
            paginator = CountedPaginator(
                self.with_card_themes(self.results),
                self.per_page,
                count_results=self.filtered(counting=True).count,
            )
        page = paginator.get_page(self.params.get("page"))
        self.prepare_cards(page.object_list, self.query)
        return page

    @cached_property
    def facet_groups(self):
        # Each facet counts over the results of every other facet (choosing a value within a
        # facet widens the results; see the module's docstring).
        counts_by_facet = self.kept(
            "facets",
            lambda: count_facets(
                (facet, self.filtered(skip_facet=facet, counting=True)) for facet in self.facets
            ),
        )
        groups = []
        for facet in self.facets:
            counts = counts_by_facet[facet.param]
            selected = self.selected[facet.param]
            options = [
                {
                    "value": value,
                    "label": str(label) if isinstance(label, Promise) else label,
                    "count": counts.get(value, 0),
                    "selected": value in selected,
                }
                for value, label in facet.options().items()
                if counts.get(value) or value in selected
            ]
            if not facet.keeps_order:
                options.sort(key=lambda option: (-option["count"], collation_key(option["label"])))
            groups.append(self._shortened(facet, options))
        return groups

    def _shortened(self, facet, options):
        """A long list of values (countries, languages, landscapes) shows its most frequent
        and the chosen ones, with a link to all of them: at target scale the stories' landscape
        facet alone named a thousand landscapes (173 KB of HTML)."""
        group = {"param": facet.param, "label": facet.label, "options": options}
        if len(options) <= FACET_OPTIONS_ALL_UP_TO:
            return group
        expanded = facet.param in self.params.getlist(EXPAND_PARAM)
        if expanded:
            group["fewer_url"] = f"?{self.querystring()}#facet-{facet.param}"
        else:
            group["options"] = [
                option
                for position, option in enumerate(options)
                if position < FACET_OPTIONS_SHOWN or option["selected"]
            ]
            group["all_count"] = len(options)
            group["more_url"] = (
                f"?{self.querystring(**{EXPAND_PARAM: facet.param})}#facet-{facet.param}"
            )
        return group

    @property
    def is_filtered(self):
        return bool(self.query) or any(self.selected.values())

    @cached_property
    def chosen_filters(self):
        """Each chosen value, to show as a removable chip: {facet, label, url} where the link
        is the listing without it (read off facet_groups: no query of its own)."""
        chips = []
        for group in self.facet_groups:
            chosen = self.selected[group["param"]]
            for option in group["options"]:
                if option["selected"]:
                    rest = [value for value in chosen if value != option["value"]]
                    chips.append(
                        {
                            "facet": group["label"],
                            "label": option["label"],
                            "url": f"?{self.querystring(**{group['param']: rest or None})}",
                        }
                    )
        return chips

    def querystring_params(self):
        params = {"q": self.query} if self.query else {}
        params.update({param: values for param, values in self.selected.items() if values})
        if self.sort != self.default_sort_for_query():
            params["sort"] = self.sort
        return params

    @cached_property
    def sort_options(self):
        return [
            {"value": key, "label": label, "selected": key == self.sort}
            for key, (label, _ordering) in self.available_sorts().items()
        ]


class LandscapeDirectory(Directory):
    model = LandscapePage
    search_fallback_fields = ("title", "summary")

    facets = [
        TermFacet("theme", _("Theme"), "themes", Theme),
        CountryFacet("country", _("Country"), "countries"),
        ChoiceFacet("region", _("Region"), "region", choices.REGIONS),
        ChoiceFacet(
            "status",
            _("Partnership"),
            "partnership_status",
            [choice for choice in choices.PARTNERSHIP_STATUSES if choice[0]],  # not "not known"
        ),
        TermFacet("ecosystem", _("Ecosystem"), "ecosystem_types", EcosystemType),
        TermFacet("sdg", _("SDG"), "sdgs", SustainableDevelopmentGoal, key_field="number"),
        ListFacet("support", _("Support sought"), "support_sought", choices.SUPPORT_SOUGHT),
        # Kept on the pages by the progress app from the landscapes' approved actions.
        FlagFacet("funding", _("Funding"), "seeking_funding", _("Seeking funding")),
        RangeFacet(
            "gap",
            format_lazy(
                _("Funding gap ({currency})"), currency=settings.PROGRESS_REFERENCE_CURRENCY
            ),
            "funding_gap",
            FUNDING_GAP_BOUNDS,
            above=0,  # every action funded: no gap to speak of
            shown=reference_money,
        ),
    ]
    sorts = {
        "title": (_("Name"), ("title",)),
        "newest": (pgettext_lazy("newest landscapes first", "Newest"), ("-first_published_at",)),
        "area": (_("Largest area"), ("-area_hectares",)),
    }
    card_template = "network/includes/landscape_card.html"
    lists_untranslated = True

    @classmethod
    def with_card_data(cls, queryset):
        return (
            cls.with_language(queryset)
            .select_related("image")
            .prefetch_related("image__renditions")
        )

    def map_features(self):
        """Every matching landscape's centre, for the directory map (one query)."""
        from network.geojson import landscape_point_features

        return landscape_point_features(self.results, self.request)

    @property
    def map_url(self):
        """Where the map fetches map_features() for the list on this page."""
        params = self.querystring_params()
        params.pop("sort", None)
        return self.index_page.map_data_url(self.request, urlencode(params, doseq=True))


class OrganisationDirectory(Directory):
    model = OrganisationPage
    search_fallback_fields = ("title", "summary")

    facets = [
        ChoiceFacet("type", _("Type"), "organisation_type", choices.ORGANISATION_TYPES),
        TermFacet("theme", _("Theme"), "themes", Theme),
        CountryFacet("country", _("Country"), "countries"),
    ]
    sorts = {
        "title": (_("Name"), ("title",)),
        "newest": (pgettext_lazy("newest organisations first", "Newest"), ("-first_published_at",)),
    }
    card_template = "network/includes/organisation_card.html"
    lists_untranslated = True

    @classmethod
    def with_card_data(cls, queryset):
        return (
            cls.with_language(queryset).select_related("logo").prefetch_related("logo__renditions")
        )


class ExpertDirectory(Directory):
    model = ExpertPage
    search_fallback_fields = ("title", "headline")

    facets = [
        TermFacet("theme", _("Expertise"), "themes", Theme),
        CountryFacet("country", _("Country"), "countries"),
        ListFacet("region", _("Region"), "regions", choices.REGIONS),
        ListFacet("language", _("Language spoken"), "languages", SPOKEN_LANGUAGES),
        ListFacet("availability", _("Available for"), "availability", choices.AVAILABILITY),
    ]
    sorts = {
        "title": (_("Name"), ("title",)),
        "confirmed": (_("Recently confirmed"), ("-last_confirmed",)),
        "newest": (pgettext_lazy("newest experts first", "Newest"), ("-first_published_at",)),
    }
    card_template = "network/includes/expert_card.html"
    lists_untranslated = True

    @classmethod
    def with_card_data(cls, queryset):
        return (
            cls.with_language(queryset)
            .select_related("photo", "organisation")
            .prefetch_related("photo__renditions")
        )
