"""Action and investment where people already look: the summary on a landscape's page and the
network's figures on the home page (network and website show them through these tags, as they
may not import progress).

Both are worked out once per content version (website.structure.cached_structure) and then
read from the cache: approving, unpublishing or deleting a record, or editing an exchange rate or
an indicator, moves the version on (progress.signals, progress.landscape_figures), so no page
shows a figure older than the last decision. Worked out afresh, each runs a fixed few queries
whatever the number of records. Amounts are formatted when the page is drawn, in its language."""

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_compact_currency, format_decimal, get_currency_name
from django import template
from django.conf import settings
from django.db.models import CharField, F, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from network.choices import ELEMENT_SCORES
from progress import choices
from progress.money import Rates, babel_locale, reference_currency, totals
from progress.records import public
from website.structure import cached_structure, locale_id

register = template.Library()

ELEMENT_KEYS = [key for key, _name in choices.ELEMENTS]
HEADLINE_INDICATORS_SHOWN = 2
# The unit code of the indicator whose network total the home page shows.
HECTARES = "ha"


def _latest_value():
    """A series' latest value: the last year, the last date within it, the last entered."""
    from progress.models import IndicatorValue

    return IndicatorValue.objects.filter(series=OuterRef("pk")).order_by(
        "-year", F("date").desc(nulls_last=True), "-pk"
    )


def _indicator_text(field, language):
    """An indicator's `field` in `language`, else the default language's (the series' own)."""
    from progress.models import Indicator

    translated = Indicator.objects.filter(
        translation_key=OuterRef("indicator__translation_key"), locale_id=locale_id(language)
    ).values(field)[:1]
    return Coalesce(Subquery(translated), F(f"indicator__{field}"), output_field=CharField())


def landscape_summary(translation_key, language):
    """What a landscape's progress summary shows, as plain data (six queries)."""
    from progress.models import Assessment, IndicatorSeries
    from progress.queries import action_money, money_summary, public_actions

    records = {"landscape__translation_key": translation_key}
    assessment = (
        public(Assessment.objects.filter(**records))
        .order_by("-date", "-pk")
        .values("date", *ELEMENT_KEYS)
        .first()
    )
    # What its actions seek and secured, as its progress page counts them (progress.queries).
    rates = Rates.load()
    actions = list(public_actions([translation_key], organisations=False))
    money = money_summary([(action, action_money(action, rates)) for action in actions], rates)
    series = list(
        public(IndicatorSeries.objects.filter(**records))
        .annotate(
            latest_value=Subquery(_latest_value().values("value")[:1]),
            latest_year=Subquery(_latest_value().values("year")[:1]),
            name=_indicator_text("name", language),
            unit=_indicator_text("unit", language),
        )
        .order_by("indicator__sort_order", "indicator__name", "pk")
        .values_list(
            "indicator__headline",
            "name",
            "unit",
            "indicator__decimals",
            "latest_value",
            "latest_year",
        )
    )
    return {
        "assessment": assessment,
        "sought": money.sought,
        "secured": money.secured,
        "indicators": [
            (name, unit, decimals, value, year)
            for headline, name, unit, decimals, value, year in series
            if headline and value is not None
        ][:HEADLINE_INDICATORS_SHOWN],
        "has_records": bool(assessment or actions or series),
    }


def money_shown(sums):
    """A Totals as the templates show it (in the active language): the total in the reference
    currency when any amount could be converted, whether it is converted, each currency's sum,
    and the currencies left out for want of a rate. None when there is no amount."""
    if sums.is_empty:
        return None
    converts = any(code not in sums.not_converted for code in sums.by_currency)
    return {
        "total": sums.converted_display if converts else "",
        "compact_total": _compact_money(sums.converted) if converts else "",
        "is_converted": sums.is_converted,
        "rows": [shown for _code, _amount, shown in sums.rows()],
        "not_converted": sums.not_converted,
    }


def _compact_money(amount):
    """“$3.5M”, “3,5 M US$”: short enough for a figure on a phone."""
    return format_compact_currency(
        amount, reference_currency(), locale=babel_locale(), fraction_digits=1
    )


def _currency_in_plural():
    """“US dollars”, “dólares estadounidenses”: what a converted total is in."""
    return get_currency_name(reference_currency(), count=2, locale=babel_locale())


def _rounded(value, decimals):
    return Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _number(value, decimals):
    """A value with the indicator's decimals, grouped as the visitor's language groups (as
    amounts of money are, progress.money)."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(_rounded(value, decimals), format=pattern, locale=babel_locale())


def _elements_from(assessment):
    scores = dict(ELEMENT_SCORES)
    return [
        (name, assessment[key], scores.get(assessment[key], "")) for key, name in choices.ELEMENTS
    ]


@register.inclusion_tag("progress/includes/landscape_summary.html", takes_context=True)
def landscape_progress_summary(context, page):
    """A landscape's 5 Elements (its latest approved assessment, else the scores on its page),
    and, when it has approved records, the money its actions seek and secured, two headline
    indicators and a link to its progress page."""
    language = get_language()
    summary = cached_structure(
        f"progress-summary:{page.translation_key}:{language}",
        lambda: landscape_summary(page.translation_key, language),
    )
    assessment = summary["assessment"]
    return {
        "page": page,
        "assessment_date": assessment["date"] if assessment else None,
        "elements": _elements_from(assessment) if assessment else page.elements,
        "has_records": summary["has_records"],
        "money": [
            (label, shown)
            for label, shown in (
                (_("Sought"), money_shown(summary["sought"])),
                (_("Secured"), money_shown(summary["secured"])),
            )
            if shown
        ],
        "reference_currency": _currency_in_plural(),
        "indicators": [
            {"name": name, "unit": unit, "value": _number(value, decimals), "year": year}
            for name, unit, decimals, value, year in summary["indicators"]
        ],
        "progress_url": reverse("landscape_progress", args=[page.slug]),
    }


def network_figures(language):
    """The network's hectares under restoration and investment secured, over the live, public
    landscapes of `language` (four queries), as plain data."""
    from network.models import LandscapePage
    from progress.models import Contribution, Indicator, IndicatorSeries

    default = locale_id(settings.LANGUAGE_CODE)
    wanted = locale_id(language)
    rows = list(
        Indicator.objects.filter(
            unit_symbol=HECTARES, summed=True, locale_id__in={default, wanted}
        ).values_list("translation_key", "locale_id", "sort_order", "name", "unit", "decimals")
    )
    sources = sorted(
        (sort_order, name, key, unit, decimals)
        for key, locale, sort_order, name, unit, decimals in rows
        if locale == default
    )
    landscapes = (
        LandscapePage.objects.live().public().filter(locale_id=wanted).values("translation_key")
    )
    hectares = None
    if sources:
        _order, name, key, unit, decimals = sources[0]
        translated = {
            row_key: (row_name, row_unit)
            for row_key, locale, _order, row_name, row_unit, _decimals in rows
            if locale == wanted
        }
        name, unit = translated.get(key, (name, unit))
        total = (
            public(
                IndicatorSeries.objects.filter(
                    indicator__translation_key=key, landscape__translation_key__in=landscapes
                )
            )
            .annotate(latest_value=Subquery(_latest_value().values("value")[:1]))
            .aggregate(total=Sum("latest_value"))["total"]
        )
        hectares = {"name": name, "unit": unit, "decimals": decimals, "total": total}
    secured = Contribution.objects.filter(
        action__live=True, action__landscape__translation_key__in=landscapes
    ).values_list("amount", "currency", "year")
    return {"hectares": hectares, "secured": totals(secured, Rates.load())}


@register.inclusion_tag("progress/includes/home_figures.html")
def network_progress_figures(figures=()):
    """The home page's figures ("The network today"): the counts it is given, then hectares
    under restoration and investment secured, and a link to the network's progress."""
    language = get_language()
    data = cached_structure(f"progress-figures:{language}", lambda: network_figures(language))
    hectares = data["hectares"]
    if hectares and hectares["total"] is not None:
        hectares = {
            "name": hectares["name"],
            "unit": hectares["unit"],
            "value": _number(hectares["total"], hectares["decimals"]),
        }
    else:
        hectares = None
    return {
        "figures": figures,
        "hectares": hectares,
        "secured": money_shown(data["secured"]),
        "reference_currency": _currency_in_plural(),
        "progress_url": reverse("network_progress"),
    }
