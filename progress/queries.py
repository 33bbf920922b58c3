"""What the public pages of action and investment show, worked out once for the page, its CSV
and the API: each question is one function here, never two copies.

Only approved records (`live`) of live, public landscapes in the visitor's language count. A
record points at its landscape's source page; it is found in any language through the page's
translation_key. Every function fetches its rows in a fixed number of queries, whatever the
number of landscapes, actions or values, and adds them up in Python.

Money (progress.money) is never added up across currencies: every total is one sum per currency,
with a total in the reference currency worked out through the exchange rates, marked as
converted, and the currencies without a rate named and left out of it.

- What an action seeks is its budget, counted in the year it starts, else the year of its first
  contribution (else at the latest rate, in no year).
- What it has secured is its contributions, each in its own year.
- Its gap is its budget minus what it has secured, never below nothing: in the budget's currency
  when every contribution is in it, else in the reference currency, converted (what is in the
  budget's currency taken off as it is and converted at the budget's year, the rest at each
  contribution's year). A gap that needs a rate nobody has given is not known.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal
from functools import cached_property
from types import SimpleNamespace
from typing import NamedTuple

from django.db.models import F, OuterRef, Prefetch, Subquery
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from network.choices import REGIONS
from network.directories import FUNDING_GAP_BOUNDS, Facet, RangeFacet, reference_money
from network.models import LandscapePage
from progress import choices
from progress.money import Rates, Totals, format_money, reference_currency
from progress.records import public
from website.formats import collation_key
from website.localize import shown_pages, term_names
from website.models import Theme
from website.structure import locale_id

# A filter's or a column's label: in French "Retour" alone would read "Back".
RETURN_LABEL = pgettext_lazy("one of the 4 Returns, as a filter or criterion", "Return")

# --- Landscapes ---------------------------------------------------------------------------------

# What the pages read of a landscape (its boundary and description can be large).
LANDSCAPE_FIELDS = (
    "title",
    "slug",
    "region",
    "countries",
    "translation_key",
    "locale_id",
    "url_path",
    "path",
    "depth",
    "live",
)


def public_landscapes(language=None):
    """The live, public landscape pages in a language (the active one by default)."""
    return (
        LandscapePage.objects.live()
        .public()
        .filter(locale_id=locale_id(language or get_language()))
    )


def public_landscape(slug, language=None):
    """The live, public landscape page with that slug in that language, or None."""
    return public_landscapes(language).filter(slug=slug).order_by("pk").first()


# --- Actions and their money --------------------------------------------------------------------


def public_actions(landscape_keys, organisations=True):
    """Live actions of the landscapes whose translation keys are given (a list), with their
    contributions (and funders) and themes, and with `organisations` their lead and partners:
    four or five queries in all. Each action carries `landscape_key`."""
    from progress.models import Action, Contribution

    contributions = Contribution.objects.select_related("funder").order_by(
        "year", "sort_order", "pk"
    )
    actions = (
        public(Action.objects.all())
        .filter(landscape__translation_key__in=list(landscape_keys))
        .annotate(landscape_key=F("landscape__translation_key"))
        .prefetch_related(Prefetch("contributions", queryset=contributions), "themes")
        .order_by(F("start").desc(nulls_last=True), "title", "pk")
    )
    if organisations:
        actions = actions.select_related("lead_organisation").prefetch_related(
            "partner_organisations"
        )
    return actions


class _Rows(list):
    """A list that answers `.all()`, as a prefetched relation does."""

    def all(self):
        return self


@dataclass
class ActionRow:
    """What the totals, facets and matching read of an action, from plain tuples (no model
    instance): the network's pages read thousands of them."""

    pk: int
    title: str
    status: str
    start: object
    budget: Decimal | None
    budget_currency: str
    returns: list
    zones: list
    instruments_sought: list
    landscape_key: object
    contributions: _Rows = field(default_factory=_Rows)  # [ContributionRow]
    themes: _Rows = field(default_factory=_Rows)  # [ThemeRow]
    landscape_page: object = None


@dataclass(frozen=True)
class ContributionRow:
    amount: Decimal
    currency: str
    year: int


@dataclass(frozen=True)
class ThemeRow:
    slug: str
    translation_key: object
    name: str


def action_rows(landscape_keys):
    """ActionRows of the live actions of those landscapes, in public_actions()' order, with
    their contributions and themes: three queries of plain tuples."""
    from progress.models import Action, Contribution

    actions = public_actions(landscape_keys, organisations=False).prefetch_related(None)
    rows = {
        pk: ActionRow(pk, *values)
        for pk, *values in actions.values_list(
            "pk",
            "title",
            "status",
            "start",
            "budget",
            "budget_currency",
            "returns",
            "zones",
            "instruments_sought",
            "landscape__translation_key",
        )
    }
    chosen = actions.values("pk")
    for action_id, amount, currency, year in (
        Contribution.objects.filter(action__in=chosen)
        .order_by("year", "sort_order", "pk")
        .values_list("action_id", "amount", "currency", "year")
    ):
        rows[action_id].contributions.append(ContributionRow(amount, currency, year))
    through = Action.themes.through
    for action_id, slug, key, name in through.objects.filter(action__in=chosen).values_list(
        "action_id", "theme__slug", "theme__translation_key", "theme__name"
    ):
        rows[action_id].themes.append(ThemeRow(slug, key, name))
    return list(rows.values())


def sought_year(action):
    """The year an action's budget counts in: its start's, else its first contribution's."""
    if action.start:
        return action.start.year
    years = [contribution.year for contribution in action.contributions.all()]
    return min(years) if years else None


def whole_gap(gap):
    """A gap in whole units, rounded up (what is still needed is never shown as less); under
    one unit it is nothing (ActionMoney.is_fully_secured)."""
    return Decimal(0) if gap < 1 else gap.to_integral_value(rounding=ROUND_CEILING)


@dataclass
class ActionMoney:
    """An action's money: what it seeks, what it has secured and what it still needs."""

    budget: Decimal | None
    currency: str
    year: int | None  # the year its budget counts in
    secured: Totals
    gap: Decimal | None = None  # None: no budget, or a rate is missing
    gap_currency: str = ""
    gap_is_converted: bool = False
    gap_reference: Decimal | None = None  # the gap in the reference currency
    budget_reference: Decimal | None = None
    missing_rates: list = field(default_factory=list)
    closed: bool = False  # completed or stopped: it needs nothing more

    @property
    def has_budget(self):
        return self.budget is not None and bool(self.currency)

    @property
    def budget_display(self):
        return format_money(self.budget, self.currency) if self.has_budget else ""

    @property
    def gap_display(self):
        if self.gap is None:
            return ""
        return format_money(whole_gap(self.gap), self.gap_currency)

    @property
    def gap_reference_display(self):
        if self.gap_reference is None:
            return ""
        return format_money(whole_gap(self.gap_reference), reference_currency())

    @property
    def is_fully_secured(self):
        """What is left is less than one unit: nothing to show (whole_gap) nor to seek."""
        return self.gap is not None and self.gap < 1


def action_money(action, rates):
    """The ActionMoney of an action whose contributions are prefetched (see the module). The
    gap in the reference currency is the one the landscape directory files landscapes under
    (progress.landscape_figures.action_gap), so both say the same."""
    from progress.landscape_figures import action_gap

    contributions = list(action.contributions.all())
    year = sought_year(action)
    secured = Totals()
    for contribution in contributions:
        secured.add(contribution.amount, contribution.currency, contribution.year, rates)
    money = ActionMoney(action.budget, action.budget_currency, year, secured)
    if not money.has_budget:
        return money
    budget_rate = rates.rate(money.currency, year)
    if budget_rate is not None:
        money.budget_reference = money.budget * budget_rate
    if action.status in choices.CLOSED_STATUSES:
        money.closed = True
        return money
    money.gap_reference = action_gap(
        money.budget,
        money.currency,
        year,
        [(c.amount, c.currency, c.year) for c in contributions],
        rates,
    )
    if all(contribution.currency == money.currency for contribution in contributions):
        money.gap = max(money.budget - secured.by_currency.get(money.currency, 0), Decimal(0))
        money.gap_currency = money.currency
        if budget_rate is None:
            money.missing_rates = [money.currency]
        return money
    if money.gap_reference is None:
        missing = ([] if budget_rate is not None else [money.currency]) + secured.not_converted
        money.missing_rates = list(dict.fromkeys(missing))
        return money
    money.gap = money.gap_reference
    money.gap_currency = reference_currency()
    money.gap_is_converted = True
    return money


@dataclass
class MoneySummary:
    """Sought, secured and still needed, per currency and converted (see the module)."""

    sought: Totals
    secured: Totals
    gap: Totals
    actions: int = 0
    gaps_unknown: int = 0  # actions with a budget whose gap needs a missing rate
    gaps_converted: int = 0  # actions whose gap is in the reference currency, converted

    @property
    def is_empty(self):
        return self.sought.is_empty and self.secured.is_empty

    @property
    def currencies(self):
        codes = set(self.sought.by_currency) | set(self.secured.by_currency)
        codes |= set(self.gap.by_currency)
        return sorted(codes, key=lambda code: (code != reference_currency(), code))

    def rows(self):
        """[{currency, sought, secured, gap}] formatted, reference currency first."""
        return [
            {
                "currency": code,
                "sought": _display(self.sought, code),
                "secured": _display(self.secured, code),
                "gap": _display(self.gap, code),
            }
            for code in self.currencies
        ]

    @property
    def not_converted(self):
        """Currencies without a rate, left out of the converted totals."""
        codes = [*self.sought.not_converted, *self.secured.not_converted, *self.gap.not_converted]
        return sorted(set(codes))

    @property
    def is_converted(self):
        return any(code != reference_currency() for code in self.currencies)

    @property
    def converted(self):
        return {
            "sought": self.sought.converted_display,
            "secured": self.secured.converted_display,
            "gap": self.gap.converted_display,
        }


def _in_order(totals):
    """A Totals' rows, the reference currency first, then by code."""
    first = reference_currency()
    return sorted(totals.rows(), key=lambda row: (row[0] != first, row[0]))


def _display(totals, code):
    amount = totals.by_currency.get(code)
    return "" if amount is None else format_money(amount.quantize(Decimal(1)), code)


def money_summary(actions_with_money, rates):
    """The MoneySummary of [(action, ActionMoney)]."""
    sought, secured, gap = Totals(), Totals(), Totals()
    gaps_unknown = gaps_converted = 0
    for action, money in actions_with_money:
        if money.has_budget:
            sought.add(money.budget, money.currency, money.year, rates)
        for contribution in action.contributions.all():
            secured.add(contribution.amount, contribution.currency, contribution.year, rates)
        if money.closed:
            continue
        if money.has_budget and money.gap is None:
            gaps_unknown += 1
            gap.not_converted.extend(c for c in money.missing_rates if c not in gap.not_converted)
        elif money.gap is not None:
            if money.gap_is_converted:
                # In the reference currency but converted: only in the converted total, never
                # in the reference currency's own row (which holds amounts in that currency).
                gaps_converted += 1
                gap.converted += money.gap_reference
                continue
            gap.by_currency[money.gap_currency] = (
                gap.by_currency.get(money.gap_currency, Decimal(0)) + money.gap
            )
            if money.gap_reference is None:
                if money.gap_currency not in gap.not_converted:
                    gap.not_converted.append(money.gap_currency)
            else:
                gap.converted += money.gap_reference
    return MoneySummary(sought, secured, gap, len(actions_with_money), gaps_unknown, gaps_converted)


@dataclass
class Breakdown:
    """Sought and secured by some grouping (year, region, theme, return): [(key, label,
    sought Totals, secured Totals)] in order."""

    key: str  # what it groups by: year, region, theme, return
    title: str
    corner: str
    groups: list
    note: str = ""

    @property
    def is_empty(self):
        return not self.groups

    def rows(self):
        return [
            {
                "key": key,
                "label": label,
                "sought": _in_order(sought),
                "secured": _in_order(secured),
                "sought_converted": sought.converted_display if not sought.is_empty else "",
                "secured_converted": secured.converted_display if not secured.is_empty else "",
            }
            for key, label, sought, secured in self.groups
        ]

    @property
    def not_converted(self):
        codes = set()
        for _key, _label, sought, secured in self.groups:
            codes |= set(sought.not_converted) | set(secured.not_converted)
        return sorted(codes)

    @cached_property
    def chart(self):
        from progress.charts import BarChart, Series

        def converted(totals):
            return totals.converted.quantize(Decimal(1)) if not totals.is_empty else None

        currency = reference_currency()
        return BarChart(
            title=self.title,
            categories=[key for key, _label, _sought, _secured in self.groups],
            x_format={key: label for key, label, _s, _t in self.groups}.get,
            x_label=self.corner,
            y_label=_("%(currency)s, converted") % {"currency": currency},
            series=[
                Series(_("Sought"), [(key, converted(s)) for key, _l, s, _t in self.groups]),
                Series(_("Secured"), [(key, converted(t)) for key, _l, _s, t in self.groups]),
            ],
            number_format=lambda value: format_money(value, currency),
        )


def by_year(actions_with_money, rates, title):
    """Sought in each action's year, secured in each contribution's year."""
    sought, secured = defaultdict(Totals), defaultdict(Totals)
    for action, money in actions_with_money:
        if money.has_budget and money.year is not None:
            sought[money.year].add(money.budget, money.currency, money.year, rates)
        for contribution in action.contributions.all():
            secured[contribution.year].add(
                contribution.amount, contribution.currency, contribution.year, rates
            )
    years = sorted(set(sought) | set(secured))
    return Breakdown(
        "year",
        title,
        _("Year"),
        [
            (year, str(year), sought.get(year, Totals()), secured.get(year, Totals()))
            for year in years
        ],
    )


def _grouped_totals(sums, rates):
    """{key: Totals} of {(key, currency, year): amount}: one conversion a currency and year."""
    result = defaultdict(Totals)
    for (key, currency, year), amount in sums.items():
        result[key].add(amount, currency, year, rates)
    return result


def by_group(actions_with_money, rates, name, title, corner, keys_of, labels, none_label, note=""):
    """Sought and secured by the groups `keys_of(action)` names (an action in several groups
    counts in each), in the order of `labels` ({key: label}); actions in none under "".
    Amounts are added per group, currency and year first, then converted once each."""
    sought_sums, secured_sums = defaultdict(Decimal), defaultdict(Decimal)
    for action, money in actions_with_money:
        keys = list(keys_of(action)) or [""]
        contributions = action.contributions.all()
        for key in keys:
            if money.has_budget:
                sought_sums[key, money.currency, money.year] += money.budget
            for contribution in contributions:
                secured_sums[key, contribution.currency, contribution.year] += contribution.amount
    sought = _grouped_totals(sought_sums, rates)
    secured = _grouped_totals(secured_sums, rates)
    present = set(sought) | set(secured)
    ordered = [key for key in labels if key in present]
    ordered += sorted(key for key in present if key not in labels and key)
    if "" in present:
        ordered.append("")
    return Breakdown(
        name,
        title,
        corner,
        [
            (
                key,
                str(labels.get(key, key)) if key else str(none_label),
                sought.get(key, Totals()),
                secured.get(key, Totals()),
            )
            for key in ordered
        ],
        note,
    )


# --- Organisations, themes, indicators ----------------------------------------------------------


def shown_organisations(actions):
    """{organisation pk: the page to show (the visitor's version), or None} for the lead,
    partner and funder organisations of actions fetched with public_actions(): one query."""
    pages = {}
    for action in actions:
        if action.lead_organisation is not None:
            pages[action.lead_organisation.pk] = action.lead_organisation
        for organisation in action.partner_organisations.all():
            pages[organisation.pk] = organisation
        for contribution in action.contributions.all():
            if contribution.funder is not None:
                pages[contribution.funder.pk] = contribution.funder
    originals = list(pages.values())
    return {page.pk: shown for page, shown in zip(originals, shown_pages(originals), strict=True)}


def theme_labels(themes):
    """[(slug, name in the visitor's language)] of Theme rows of any language."""
    names = term_names(Theme)
    return sorted(
        {(theme.slug, str(names.get(theme.slug, theme.name))) for theme in themes},
        key=lambda pair: collation_key(pair[1]),
    )


def indicator_values(series_filter, language=None):
    """Live series' values (IndicatorValue rows with their series and indicator), ordered by
    indicator, landscape, year, date, in one query. Each value carries `local_name` and
    `local_unit`, its indicator's in the visitor's language (None where untranslated: use the
    indicator's own), and `landscape_key`."""
    from progress.models import Indicator, IndicatorValue

    local = Indicator.objects.filter(
        translation_key=OuterRef("series__indicator__translation_key"),
        locale_id=locale_id(language or get_language()),
    )
    return (
        IndicatorValue.objects.filter(series__live=True, **series_filter)
        .select_related("series__indicator")
        .annotate(
            landscape_key=F("series__landscape__translation_key"),
            local_name=Subquery(local.values("name")[:1]),
            local_unit=Subquery(local.values("unit")[:1]),
        )
        .order_by(
            "series__indicator__sort_order",
            "series__indicator__name",
            "series__indicator_id",
            "series__landscape_id",
            "year",
            F("date").asc(nulls_first=True),
            "sort_order",
            "pk",
        )
    )


@dataclass
class IndicatorTrend:
    """One indicator's yearly values: a landscape's, or the network's sums."""

    key: object  # the indicator's pk
    name: str
    unit: str
    decimals: int
    summed: bool
    values: dict  # {year: Decimal}
    landscapes: dict = field(default_factory=dict)  # {year: landscapes reporting}, for sums
    sources: list = field(default_factory=list)

    def format(self, value):
        from django.utils import formats

        return formats.number_format(
            value, decimal_pos=self.decimals, use_l10n=True, force_grouping=True
        )

    def rows(self):
        return [
            {
                "year": year,
                "value": self.format(value),
                "landscapes": self.landscapes.get(year),
            }
            for year, value in sorted(self.values.items())
        ]

    @cached_property
    def chart(self):
        from progress.charts import LineChart, Series

        label = (
            _("%(name)s, all landscapes reporting") % {"name": self.name}
            if self.landscapes
            else self.name
        )
        return LineChart(
            title=self.name,
            y_label=self.unit,
            x_label=_("Year"),
            series=[Series(label, sorted(self.values.items()))],
            number_format=self.format,
        )


def _yearly(values):
    """{year: value}: of several values in one year, the latest (they come ordered)."""
    yearly = {}
    for value in values:
        yearly[value.year] = value.value
    return yearly


def indicator_trends(values):
    """[IndicatorTrend] of one landscape's values (from indicator_values())."""
    by_indicator = {}
    for value in values:
        by_indicator.setdefault(value.series.indicator_id, []).append(value)
    trends = []
    for rows in by_indicator.values():
        indicator = rows[0].series.indicator
        trends.append(
            IndicatorTrend(
                key=indicator.pk,
                name=rows[0].local_name or indicator.name,
                unit=rows[0].local_unit or indicator.unit,
                decimals=indicator.decimals,
                summed=indicator.summed,
                values=_yearly(rows),
                sources=sorted({row.source for row in rows if row.source}),
            )
        )
    return trends


class ValueRow(NamedTuple):
    """An indicator value as plain values (NetworkProgress.value_rows)."""

    landscape_key: object
    year: int
    value: Decimal
    indicator_id: int
    summed: bool
    name: str
    unit: str
    decimals: int
    local_name: str | None
    local_unit: str | None


def _as_value_row(value):
    if isinstance(value, ValueRow):
        return value
    indicator = value.series.indicator
    return ValueRow(
        value.landscape_key,
        value.year,
        value.value,
        indicator.pk,
        indicator.summed,
        indicator.name,
        indicator.unit,
        indicator.decimals,
        value.local_name,
        value.local_unit,
    )


def summed_trends(values):
    """[IndicatorTrend] of the network: for each summed indicator and year, the sum over
    landscapes of each landscape's value in that year, and how many landscapes reported.
    `values`: indicator_values() rows or ValueRows, in its order."""
    by_indicator = {}
    for value in map(_as_value_row, values):
        if not value.summed:
            continue
        entry = by_indicator.setdefault(value.indicator_id, (value, defaultdict(list)))
        entry[1][value.landscape_key].append(value)
    trends = []
    for first, by_landscape in by_indicator.values():
        indicator = SimpleNamespace(
            pk=first.indicator_id, name=first.name, unit=first.unit, decimals=first.decimals
        )
        totals, reporting = defaultdict(Decimal), Counter()
        for rows in by_landscape.values():
            for year, amount in _yearly(rows).items():
                totals[year] += amount
                reporting[year] += 1
        trends.append(
            IndicatorTrend(
                key=indicator.pk,
                name=first.local_name or indicator.name,
                unit=first.local_unit or indicator.unit,
                decimals=indicator.decimals,
                summed=True,
                values=dict(totals),
                landscapes=dict(reporting),
            )
        )
    return trends


# --- 5 Elements ---------------------------------------------------------------------------------


def public_assessments(landscape_key):
    from progress.models import Assessment

    return (
        public(Assessment.objects.all())
        .filter(landscape__translation_key=landscape_key)
        .select_related("document")
        .order_by("date", "pk")
    )


def elements_chart(assessments):
    """The 5 Elements over time: one line an Element, scores 1 to 4 named on the y axis."""
    from network.choices import ELEMENT_SCORES
    from progress.charts import LineChart, Series

    by_date = {assessment.date: assessment for assessment in assessments}  # the last of a day
    return LineChart(
        title=_("The 5 Elements over time"),
        x_label=_("Date of the assessment"),
        y_label=_("Score"),
        y_domain=(1, 4),
        y_ticks=[(score, name) for score, name in ELEMENT_SCORES],
        dodge=True,
        number_format=lambda value: (
            _("%(name)s (%(score)s of 4)")
            % {"name": dict(ELEMENT_SCORES).get(int(value), ""), "score": int(value)}
        ),
        series=[
            Series(name, [(day, getattr(assessment, key)) for day, assessment in by_date.items()])
            for key, name in choices.ELEMENTS
        ],
    )


# --- A landscape's progress ---------------------------------------------------------------------


class LandscapeProgress:
    """Everything a landscape's progress page and CSV show, for a landscape page in hand."""

    def __init__(self, landscape):
        self.landscape = landscape

    @cached_property
    def rates(self):
        return Rates.load()

    @cached_property
    def actions(self):
        """[(action, ActionMoney)]."""
        actions = list(public_actions([self.landscape.translation_key]))
        return [(action, action_money(action, self.rates)) for action in actions]

    @cached_property
    def organisations(self):
        return shown_organisations([action for action, _money in self.actions])

    @cached_property
    def summary(self):
        return money_summary(self.actions, self.rates)

    @cached_property
    def years(self):
        return by_year(self.actions, self.rates, _("Investment sought and secured by year"))

    @cached_property
    def values(self):
        return list(
            indicator_values({"series__landscape__translation_key": self.landscape.translation_key})
        )

    @cached_property
    def trends(self):
        return indicator_trends(self.values)

    @cached_property
    def assessments(self):
        return list(public_assessments(self.landscape.translation_key))

    @property
    def latest_assessment(self):
        return self.assessments[-1] if self.assessments else None

    @cached_property
    def elements_chart(self):
        return elements_chart(self.assessments) if self.assessments else None


# --- Facets over rows in hand -------------------------------------------------------------------


class RowFacet(Facet):
    """A facet over rows already fetched: `values_of(row)` is the set of values a row has.
    Parsing (unknown values ignored) is the directories'."""

    def __init__(self, param, label, options, values_of, keeps_order=False):
        super().__init__(param, label)
        self._options = options
        self.values_of = values_of
        self.keeps_order = keeps_order

    def options(self):
        options = self._options() if callable(self._options) else self._options
        return {str(key): label for key, label in dict(options).items()}


class RowFacets:
    """Rows filtered by facets as the directories do (within a facet OR, across facets AND; a
    facet's counts taken over the other facets' results), all in Python.

    `rows` is a function that gives the rows, called the first time they or their counts are
    asked for: the values chosen (`selected`) need no rows, and a page whose listing is kept
    (KeptListing) shows them without fetching any."""

    def __init__(self, params, facets, rows):
        self.facets = facets
        self.selected = {facet.param: facet.parse(params) for facet in facets}
        self._rows = rows

    @cached_property
    def all_rows(self):
        return self._rows()

    @cached_property
    def _values(self):
        return [
            {facet.param: {str(value) for value in facet.values_of(row)} for facet in self.facets}
            for row in self.all_rows
        ]

    def _keeps(self, values, skip=None):
        return all(
            not self.selected[facet.param] or values[facet.param] & set(self.selected[facet.param])
            for facet in self.facets
            if facet is not skip
        )

    @cached_property
    def rows(self):
        return [
            row
            for row, values in zip(self.all_rows, self._values, strict=True)
            if self._keeps(values)
        ]

    @property
    def is_filtered(self):
        return any(self.selected.values())

    @cached_property
    def facet_groups(self):
        groups = []
        for facet in self.facets:
            counts = Counter()
            for values in self._values:
                if self._keeps(values, skip=facet):
                    counts.update(values[facet.param])
            selected = self.selected[facet.param]
            options = [
                {
                    "value": value,
                    "label": str(label),
                    "count": counts.get(value, 0),
                    "selected": value in selected,
                }
                for value, label in facet.options().items()
                if counts.get(value) or value in selected
            ]
            if not facet.keeps_order:
                options.sort(key=lambda option: (-option["count"], collation_key(option["label"])))
            groups.append({"param": facet.param, "label": facet.label, "options": options})
        return groups

    def querystring_params(self):
        return {param: values for param, values in self.selected.items() if values}


# --- The network's progress ---------------------------------------------------------------------


def network_facets():
    def landscape(action):
        return action.landscape_page

    return [
        RowFacet("region", _("Region"), REGIONS, lambda action: {landscape(action).region}),
        RowFacet(
            "country",
            _("Country"),
            lambda: dict(countries),
            lambda action: {country.code for country in landscape(action).countries},
        ),
        RowFacet(
            "theme",
            _("Theme"),
            lambda: term_names(Theme),
            lambda action: {theme.slug for theme in action.themes.all()},
        ),
        RowFacet("return", RETURN_LABEL, choices.RETURNS, lambda action: set(action.returns)),
        RowFacet("zone", _("Zone"), choices.ZONES, lambda action: set(action.zones)),
        RowFacet(
            "status", _("Action status"), choices.ACTION_STATUSES, lambda action: {action.status}
        ),
    ]


class NetworkProgress:
    """The network's actions, money and summed indicators in the visitor's language, filtered by
    the query string's facets (bad values ignored): for the page, its CSV and the API."""

    def __init__(self, params, language=None):
        self.params = params
        self.language = language or get_language()

    @cached_property
    def rates(self):
        return Rates.load()

    @cached_property
    def landscapes(self):
        """{translation_key: landscape page} of every live, public landscape in the language."""
        pages = public_landscapes(self.language).only(*LANDSCAPE_FIELDS).order_by("title", "pk")
        return {page.translation_key: page for page in pages}

    @cached_property
    def all_actions(self):
        """ActionRows (plain values, not model instances: the network has thousands)."""
        actions = action_rows(list(self.landscapes))
        for action in actions:
            action.landscape_page = self.landscapes[action.landscape_key]
        return actions

    def full_actions(self):
        """The Action instances of the actions the facets keep, with their contributions and
        themes, in the same order (for the CSV, which shows every field)."""
        kept = [action.pk for action, _money in self.actions]
        by_pk = public_actions(list(self.landscapes), organisations=False).in_bulk(kept)
        return [by_pk[pk] for pk in kept]

    @cached_property
    def facets(self):
        return RowFacets(self.params, network_facets(), lambda: self.all_actions)

    @cached_property
    def actions(self):
        """[(action, ActionMoney)] of the actions the facets keep."""
        return [(action, action_money(action, self.rates)) for action in self.facets.rows]

    @cached_property
    def chosen_landscapes(self):
        """The landscapes the landscape facets (region, country) keep."""
        region = set(self.facets.selected["region"])
        country = set(self.facets.selected["country"])
        return {
            key: page
            for key, page in self.landscapes.items()
            if (not region or page.region in region)
            and (not country or {c.code for c in page.countries} & country)
        }

    @cached_property
    def values(self):
        """Values of the chosen landscapes' indicators (of the chosen returns)."""
        filters = {"series__landscape__translation_key__in": list(self.chosen_landscapes)}
        returns = self.facets.selected["return"]
        if returns:
            filters["series__indicator__returns__in"] = returns
        return list(indicator_values(filters, self.language))

    @cached_property
    def value_rows(self):
        """The values' plain tuples (ValueRow), for the page's sums: no model instances."""
        filters = {"series__landscape__translation_key__in": list(self.chosen_landscapes)}
        returns = self.facets.selected["return"]
        if returns:
            filters["series__indicator__returns__in"] = returns
        return [
            ValueRow(*row)
            for row in indicator_values(filters, self.language).values_list(
                "landscape_key",
                "year",
                "value",
                "series__indicator_id",
                "series__indicator__summed",
                "series__indicator__name",
                "series__indicator__unit",
                "series__indicator__decimals",
                "local_name",
                "local_unit",
            )
        ]

    @cached_property
    def trends(self):
        return summed_trends(self.value_rows)

    @cached_property
    def reporting(self):
        """How many landscapes report: with an action the filters keep, or indicator values."""
        keys = {action.landscape_key for action, _money in self.actions}
        keys |= {value.landscape_key for value in self.value_rows}
        return len(keys)

    @cached_property
    def statuses(self):
        """[(label, number of actions)] by status, in the statuses' order."""
        counts = Counter(action.status for action, _money in self.actions)
        return [(label, counts[code]) for code, label in choices.ACTION_STATUSES if counts[code]]

    @cached_property
    def summary(self):
        return money_summary(self.actions, self.rates)

    @cached_property
    def breakdowns(self):
        themes = term_names(Theme)
        return [
            by_year(self.actions, self.rates, _("Investment sought and secured by year")),
            by_group(
                self.actions,
                self.rates,
                "region",
                _("Investment sought and secured by region"),
                _("Region"),
                lambda action: [action.landscape_page.region],
                dict(REGIONS),
                _("No region"),
            ),
            by_group(
                self.actions,
                self.rates,
                "theme",
                _("Investment sought and secured by theme"),
                _("Theme"),
                lambda action: sorted({theme.slug for theme in action.themes.all()}),
                dict(sorted(themes.items(), key=lambda item: collation_key(item[1]))),
                _("No theme"),
                _("An action with several themes counts under each of them."),
            ),
            by_group(
                self.actions,
                self.rates,
                "return",
                _("Investment sought and secured by return"),
                RETURN_LABEL,
                lambda action: list(action.returns),
                dict(choices.RETURNS),
                _("No return named"),
                _("An action that aims at several returns counts under each of them."),
            ),
        ]


# --- Open needs and funders' offers -------------------------------------------------------------


def gap_ranges():
    """The ranges of an amount still needed that the landscape directory offers (its "gap"
    facet), so that both pages speak of the same sizes."""
    return RangeFacet(
        "gap",
        _("Amount still needed (%(currency)s)") % {"currency": reference_currency()},
        "funding_gap",
        FUNDING_GAP_BOUNDS,
        above=0,
        shown=reference_money,
    )


def gap_range(ranges, amount):
    """The key of the range `amount` (in the reference currency) falls in, or None."""
    if amount is None or amount <= 0:
        return None
    for key, low, high in ranges.ranges:
        if (low is None or amount >= low) and (high is None or amount < high):
            return key
    return None


def is_open_need(action, money):
    """Seeking funding, or planned with a budget not fully secured."""
    if action.status == choices.SEEKING_FUNDING:
        return True
    return action.status == "planned" and money.has_budget and not money.is_fully_secured


@dataclass
class Need:
    action: object  # an ActionRow, then its Action once matched (FundingNeeds.matched_among)
    money: ActionMoney
    landscape: object  # the landscape page in the visitor's language
    facts: object  # matching.NeedFacts
    themes: list  # [ThemeRow] of its action
    fits: list = field(default_factory=list)  # [(Offer, Match)]
    partial: list = field(default_factory=list)


@dataclass
class Offer:
    offer: object  # FundingOffer
    organisation: object  # the page to show
    facts: object  # matching.OfferFacts
    fits: list = field(default_factory=list)  # [(Need, Match)]
    partial: list = field(default_factory=list)


def funding_facets():
    all_instruments = {key for key, _label in choices.INSTRUMENTS}
    ranges = gap_ranges()
    return [
        RowFacet(
            "theme",
            _("Theme"),
            lambda: term_names(Theme),
            lambda need: {theme.slug for theme in need.action.themes.all()},
        ),
        RowFacet("region", _("Region"), REGIONS, lambda need: {need.landscape.region}),
        RowFacet("return", RETURN_LABEL, choices.RETURNS, lambda need: set(need.action.returns)),
        # An action that names no instrument takes money any way: it counts under each.
        RowFacet(
            "instrument",
            _("Instrument"),
            choices.INSTRUMENTS,
            lambda need: set(need.action.instruments_sought) or all_instruments,
        ),
        RowFacet(
            ranges.param,
            ranges.label,
            ranges.options,
            lambda need: {gap_range(ranges, need.money.gap_reference)} - {None},
            keeps_order=True,
        ),
    ]


def public_offers():
    """Live offers open to applications, with their organisation and themes: two queries."""
    from progress.models import FundingOffer

    return (
        public(FundingOffer.objects.filter(is_open=True))
        .select_related("organisation")
        .prefetch_related("themes")
        .order_by("title", "pk")
    )


class FundingNeeds:
    """Open needs beside open offers, each with what fits it, filtered by the query string's
    facets: for the page, its CSV and the API."""

    def __init__(self, params, language=None):
        self.params = params
        self.language = language or get_language()

    @cached_property
    def rates(self):
        return Rates.load()

    @cached_property
    def landscapes(self):
        pages = public_landscapes(self.language).only(*LANDSCAPE_FIELDS)
        return {page.translation_key: page for page in pages}

    @cached_property
    def all_needs(self):
        """Every open need, largest gap first, its action an ActionRow (plain values: the network
        has thousands of actions); matched_among() gives the needs it matches their records."""
        from progress.matching import NeedFacts

        themes = term_names(Theme)
        needs = []
        for action in action_rows(list(self.landscapes)):
            money = action_money(action, self.rates)
            if not is_open_need(action, money):
                continue
            landscape = self.landscapes[action.landscape_key]
            action_themes = list(action.themes.all())
            facts = NeedFacts(
                theme_keys=frozenset(theme.translation_key for theme in action_themes),
                region=landscape.region,
                returns=frozenset(action.returns),
                instruments=frozenset(action.instruments_sought),
                gap=money.gap_reference,
                theme_names={
                    theme.translation_key: str(themes.get(theme.slug, theme.name))
                    for theme in action_themes
                },
            )
            needs.append(Need(action, money, landscape, facts, action_themes))
        needs.sort(
            key=lambda need: (
                need.money.gap_reference is None,
                -(need.money.gap_reference or 0),
                collation_key(need.action.title),
            )
        )
        return needs

    @cached_property
    def facets(self):
        return RowFacets(self.params, funding_facets(), lambda: self.all_needs)

    @property
    def needs(self):
        return self.matched[0]

    @property
    def offers(self):
        return self.matched[1]

    @cached_property
    def all_offers(self):
        from progress.matching import OfferFacts

        offers = list(public_offers())
        shown = shown_pages([offer.organisation for offer in offers], language=self.language)
        result = []
        for offer, organisation in zip(offers, shown, strict=True):
            if organisation is None:  # its organisation is not public
                continue
            facts = OfferFacts(
                theme_keys=frozenset(theme.translation_key for theme in offer.themes.all()),
                regions=frozenset(offer.regions),
                returns=frozenset(offer.returns),
                instruments=frozenset(offer.instruments),
                ticket_min=offer.ticket_min,
                ticket_max=offer.ticket_max,
                currency=offer.currency,
                is_open=offer.is_open,
            )
            result.append(Offer(offer, organisation, facts))
        return result

    def _offer_kept(self, offer):
        """An offer stays beside the needs when it could take the chosen theme, region, return
        and instrument (an offer that names none takes any)."""
        from progress import matching

        selected = self.facets.selected
        themes = {theme.slug for theme in offer.offer.themes.all()}
        return (
            (not selected["theme"] or not themes or themes & set(selected["theme"]))
            and (
                not selected["region"]
                or any(matching.region_fits(offer.facts.regions, r) for r in selected["region"])
            )
            and (
                not selected["return"]
                or matching.return_fits(offer.facts.returns, selected["return"])
            )
            and (
                not selected["instrument"]
                or matching.instrument_fits(offer.facts.instruments, selected["instrument"])
            )
        )

    @cached_property
    def matched(self):
        """Every need the filters keep, matched (the CSV)."""
        return self.matched_among(self.facets.rows)

    def matched_among(self, needs):
        """(needs, offers): each need with the offers that fit it, and each offer with the needs
        among `needs` that fit it. The page matches one page of needs, not every need: matching
        with its reasons is the costly part."""
        from progress.matching import best_matches, match

        self._with_records(needs)
        offers = [offer for offer in self.all_offers if self._offer_kept(offer)]
        for offer in offers:
            offer.fits, offer.partial = [], []
        by_offer = defaultdict(list)
        for need in needs:
            pairs = [(offer, match(need.facts, offer.facts, self.rates)) for offer in offers]
            need.fits, need.partial = best_matches(pairs)
            for offer, found in pairs:
                by_offer[id(offer)].append((need, found))
        for offer in offers:
            offer.fits, offer.partial = best_matches(by_offer[id(offer)])
        offers.sort(key=lambda offer: (-len(offer.fits), collation_key(offer.offer.title)))
        return needs, offers

    @staticmethod
    def _with_records(needs):
        """Each need's action as its record (an Action), for what shows the fields of the needs
        matched (a page of them, the CSV): one query. Their themes are the rows' (Need.themes)."""
        from progress.models import Action

        rows = [need for need in needs if isinstance(need.action, ActionRow)]
        records = Action.objects.in_bulk([need.action.pk for need in rows])
        for need in rows:
            need.action = records[need.action.pk]
