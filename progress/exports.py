"""The progress pages' figures as CSV, for spreadsheets: UTF-8 with a byte order mark (so that
spreadsheet programs read accents right), headers and choices in the visitor's language, amounts
and dates as plain machine-readable values (1234.50, -3.5, 2024-03-01), and every cell of text
neutralised so that a spreadsheet never runs a title typed as a formula (website.spreadsheets)."""

import csv
import datetime
import re
from decimal import Decimal

from django.http import HttpResponse
from django.utils.translation import gettext as _

from progress.money import reference_currency
from website.localize import is_public
from website.spreadsheets import neutralise_cell

CENTS = Decimal("0.01")


def csv_response(filename, header, rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([neutralise_cell(str(cell)) for cell in header])
    for row in rows:
        # Only text people typed can be a formula; numbers (a negative value) and dates stay
        # numbers.
        writer.writerow(
            [_cell(cell) if _is_figure(cell) else neutralise_cell(_cell(cell)) for cell in row]
        )
    return response


# A plain number as the rows write them (an amount, a value): no formula hides in it.
PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def _is_figure(cell):
    if isinstance(cell, str):
        return PLAIN_NUMBER.fullmatch(cell) is not None
    return isinstance(cell, int | float | Decimal | datetime.date) and not isinstance(cell, bool)


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, str | int):
        return value
    return str(value)  # lazy labels, Decimals, dates


def _amount(value):
    return "" if value is None else f"{value:f}"


def _date(value):
    return value.isoformat() if value else ""


def progress_header():
    return [
        _("Landscape"),
        _("Row"),
        _("Action"),
        _("Status"),
        _("Start"),
        _("End"),
        _("Budget"),
        _("Budget currency"),
        _("Secured"),
        _("Currency"),
        _("Funder"),
        _("Year"),
        _("Instrument"),
        _("Indicator"),
        _("Value"),
        _("Unit"),
        _("Source"),
    ]


def progress_rows(actions, values, landscape_title):
    """Rows of progress_header(): for each action one "action" row (its budget) and one
    "contribution" row per contribution (what it secured), so that the Budget and Secured
    columns each add up to a total; then one "indicator value" row per value.
    `landscape_title(key)` names an action's or value's landscape."""
    action_kind, contribution_kind, value_kind = (
        _("action"),
        _("contribution"),
        _("indicator value"),
    )
    for action in actions:
        landscape = landscape_title(action.landscape_key)
        common = [landscape]
        status = action.get_status_display()
        yield [
            *common,
            action_kind,
            action.title,
            status,
            _date(action.start),
            _date(action.end),
            _amount(action.budget),
            action.budget_currency if action.budget is not None else "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
        for contribution in action.contributions.all():
            funder = contribution.funder
            yield [
                *common,
                contribution_kind,
                action.title,
                status,
                _date(action.start),
                _date(action.end),
                "",
                "",
                _amount(contribution.amount),
                contribution.currency,
                funder.title if is_public(funder) else "",
                contribution.year,
                contribution.get_instrument_display(),
                "",
                "",
                "",
                "",
            ]
    for value in values:
        indicator = value.series.indicator
        yield [
            landscape_title(value.landscape_key),
            value_kind,
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            value.year,
            "",
            value.local_name or indicator.name,
            _amount(value.value.normalize()),
            value.local_unit or indicator.unit,
            value.source,
        ]


def funding_header():
    currency = reference_currency()
    return [
        _("Landscape"),
        _("Action"),
        _("Status"),
        _("Region"),
        _("Themes"),
        _("Returns"),
        _("Instruments sought"),
        _("Budget"),
        _("Budget currency"),
        _("Secured"),
        _("Still needed"),
        _("Currency of what is still needed"),
        _("Still needed in %(currency)s (converted)") % {"currency": currency},
        _("Offers that fit"),
        _("Offers that fit in part"),
    ]


def funding_rows(needs, theme_names):
    """Rows of funding_header(), one a need, with the offers that fit it; `theme_names(need)`
    names its themes."""

    def offers(pairs):
        return "; ".join(
            f"{offer.offer.title} ({offer.organisation.title})" for offer, _match in pairs
        )

    for need in needs:
        action, money = need.action, need.money
        yield [
            need.landscape.title,
            action.title,
            action.get_status_display(),
            need.landscape.get_region_display(),
            ", ".join(theme_names(need)),
            ", ".join(str(label) for label in action.get_returns_list()),
            ", ".join(str(label) for label in action.get_instruments_sought_list()),
            _amount(money.budget) if money.has_budget else "",
            money.currency if money.has_budget else "",
            "; ".join(f"{amount:f} {code}" for code, amount, _text in money.secured.rows()),
            _amount(money.gap.quantize(CENTS)) if money.gap is not None else "",
            money.gap_currency if money.gap is not None else "",
            _amount(money.gap_reference.quantize(CENTS)) if money.gap_reference is not None else "",
            offers(need.fits),
            offers(need.partial),
        ]
