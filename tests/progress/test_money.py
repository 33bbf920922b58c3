"""Money on the progress pages: sought, secured and still needed per currency, and a total in the
reference currency marked as converted, against figures worked out by hand; a currency without an
exchange rate is named and never added in. The builders here are shared by the other progress
page tests."""

import datetime
import itertools
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from network.factories import make_directory_site, make_landscape, make_organisation
from progress.models import (
    Action,
    Assessment,
    Contribution,
    ExchangeRate,
    Indicator,
    IndicatorSeries,
    IndicatorValue,
)
from progress.money import Rates
from progress.queries import action_money
from tests.worlds import module_world
from website.factories import locale, translate_page
from website.models import Theme

pytestmark = pytest.mark.django_db

_numbers = itertools.count(1)


# --- Builders (shared by the other progress page tests) ----------------------------------------


def make_theme(slug, name, spanish):
    theme = Theme.objects.create(name=name, slug=slug, locale=locale("en"))
    Theme.objects.create(
        name=spanish, slug=slug, locale=locale("es"), translation_key=theme.translation_key
    )
    return theme


def make_action(landscape, contributions=(), themes=(), partners=(), live=True, **fields):
    """A live action of `landscape` (its source page) with contributions given as
    (amount, currency, year) or (amount, currency, year, funder, instrument)."""
    fields.setdefault("title", f"Action {next(_numbers)}")
    fields.setdefault("status", "under-way")
    action = Action.objects.create(landscape=landscape, live=live, **fields)
    for number, contribution in enumerate(contributions):
        amount, currency, year, *rest = contribution
        funder, instrument = [*rest, None, "grant"][:2]
        Contribution.objects.create(
            action=action,
            amount=Decimal(amount),
            currency=currency,
            year=year,
            funder=funder,
            instrument=instrument or "grant",
            sort_order=number,
        )
    if themes or partners:
        action.themes.set(themes)
        action.partner_organisations.set(partners)
        action.save()
    return action


def make_rate(currency, day, rate):
    return ExchangeRate.objects.create(currency=currency, date=day, rate=Decimal(rate))


def make_indicator(name, spanish, unit="ha", summed=True, returns="natural"):
    indicator = Indicator.objects.create(
        name=name, unit=unit, unit_symbol=unit, returns=returns, summed=summed, locale=locale("en")
    )
    Indicator.objects.create(
        name=spanish,
        unit=unit,
        unit_symbol=unit,
        returns=returns,
        summed=summed,
        locale=locale("es"),
        translation_key=indicator.translation_key,
    )
    return indicator


def make_series(landscape, indicator, values, live=True):
    """values: {year: value}."""
    series = IndicatorSeries.objects.create(landscape=landscape, indicator=indicator, live=live)
    for number, (year, value) in enumerate(sorted(values.items())):
        IndicatorValue.objects.create(
            series=series, year=year, value=Decimal(value), sort_order=number
        )
    return series


def make_assessment(landscape, day, scores, live=True, **fields):
    keys = [
        "partnership",
        "shared_understanding",
        "vision_and_planning",
        "taking_action",
        "learning_and_impact",
    ]
    return Assessment.objects.create(
        landscape=landscape, date=day, live=live, **dict(zip(keys, scores, strict=True)), **fields
    )


def spanish_version(landscape):
    """The landscape in Spanish, with the same slug (slugs are the same in every language)."""
    return translate_page(landscape, "es", {landscape.slug: landscape.slug})


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def money_table(page, table_id="money-summary"):
    """{currency or "converted": {figure: text}} of a money table on a rendered page."""
    table = page.find(id=table_id)
    return {
        row["data-currency"]: {
            cell["data-figure"]: cell.get_text(" ", strip=True)
            for cell in row.find_all("td")
            if cell.has_attr("data-figure")
        }
        for row in table.find_all("tr")
        if row.has_attr("data-currency")
    }


def without_spaces(text):
    """Babel puts narrow and non-breaking spaces in amounts: compare without any space."""
    return "".join(text.split()).replace("\u202f", "").replace("\xa0", "")


# --- The world these tests share ----------------------------------------------------------------


def build_world():
    site = make_directory_site()
    en = site["en"]
    make_rate("EUR", datetime.date(2024, 1, 1), "1.10")
    make_rate("EUR", datetime.date(2025, 1, 1), "1.05")
    mau = make_landscape(en["landscapes"], title="Mau Forest", slug="mau-forest")
    funder = make_organisation(
        en["organisations"], title="Rift Valley Fund", slug="rift-valley-fund"
    )
    make_action(
        mau,
        title="Riverbank restoration",
        budget=Decimal(100_000),
        budget_currency="USD",
        start=datetime.date(2024, 3, 1),
        contributions=[(20_000, "USD", 2024, funder, "grant")],
    )
    make_action(
        mau,
        title="Tree nurseries",
        status="seeking-funding",
        budget=Decimal(50_000),
        budget_currency="EUR",
        start=datetime.date(2024, 6, 1),
        contributions=[(10_000, "EUR", 2025, funder, "loan")],
    )
    make_action(
        mau,
        title="Not approved yet",
        budget=Decimal(999_999),
        budget_currency="USD",
        live=False,
        contributions=[(5_000, "USD", 2024)],
    )
    kilombero = make_landscape(en["landscapes"], title="Kilombero", slug="kilombero")
    make_action(
        kilombero,
        title="Rice terraces",
        budget=Decimal(3_000_000),
        budget_currency="TZS",
        start=datetime.date(2024, 1, 1),
        contributions=[(1_000, "USD", 2024)],
    )
    make_action(
        kilombero,
        title="Fish ponds",
        budget=Decimal(40_000),
        budget_currency="USD",
        start=datetime.date(2025, 1, 1),
    )
    return {"site": site, "mau": mau, "kilombero": kilombero, "funder": funder}


world = module_world(build_world)


# --- Through the pages --------------------------------------------------------------------------


def test_a_landscapes_totals_per_currency_and_converted(world, client):
    # Budgets 100,000 USD (starts 2024) and 50,000 EUR (starts 2024); contributions 20,000 USD
    # in 2024 and 10,000 EUR in 2025; one EUR was worth 1.10 USD in 2024 and 1.05 in 2025.
    # Sought:  USD 100,000; EUR 50,000; converted 100,000 + 50,000 × 1.10 = 155,000 USD.
    # Secured: USD 20,000;  EUR 10,000; converted 20,000 + 10,000 × 1.05 = 30,500 USD.
    # Needed:  USD 80,000;  EUR 40,000; converted 80,000 + 40,000 × 1.10 = 124,000 USD
    #          (each action's gap at its budget's rate).
    table = money_table(soup(client.get("/en/landscapes/mau-forest/progress/")))
    cleaned = {
        row: {k: without_spaces(v) for k, v in cells.items()} for row, cells in table.items()
    }
    assert cleaned["USD"] == {"sought": "$100,000", "secured": "$20,000", "gap": "$80,000"}
    assert cleaned["EUR"] == {"sought": "€50,000", "secured": "€10,000", "gap": "€40,000"}
    assert cleaned["converted"] == {"sought": "$155,000", "secured": "$30,500", "gap": "$124,000"}


def test_the_converted_total_is_marked_as_converted(world, client):
    page = soup(client.get("/en/landscapes/mau-forest/progress/"))
    converted_row = page.find(id="money-summary").find("tr", attrs={"data-currency": "converted"})
    assert "converted" in converted_row.get_text()
    assert "US Dollar (USD)" in converted_row.get_text() or "USD" in converted_row.get_text()


def test_an_action_shows_its_budget_secured_and_gap(world, client):
    page = soup(client.get("/en/landscapes/mau-forest/progress/"))
    nurseries = next(
        article
        for article in page.find_all("article", class_="progress-action")
        if "Tree nurseries" in article.h3.get_text()
    )
    text = without_spaces(nurseries.get_text(" "))
    assert "€50,000" in without_spaces(nurseries.find(attrs={"data-figure": "budget"}).get_text())
    assert "€40,000" in without_spaces(nurseries.find(attrs={"data-figure": "gap"}).get_text())
    assert "€10,000in2025(Loan)from" in text
    assert "Rift Valley Fund" in nurseries.get_text()
    assert "Seeking funding" in nurseries.get_text()


def test_a_currency_without_a_rate_is_named_and_never_added_in(world, client):
    # Kilombero: budgets 3,000,000 TZS (no rate) and 40,000 USD; 1,000 USD secured for the
    # TZS action, so that action's gap cannot be worked out.
    page = soup(client.get("/en/landscapes/kilombero/progress/"))
    table = money_table(page)
    assert without_spaces(table["TZS"]["sought"]).endswith("3,000,000")
    assert without_spaces(table["converted"]["sought"]) == "$40,000"  # TZS left out
    assert without_spaces(table["converted"]["secured"]) == "$1,000"
    assert without_spaces(table["converted"]["gap"]) == "$40,000"
    notice = page.find(attrs={"data-not-converted": True})
    assert notice["data-not-converted"] == "TZS"
    assert "No exchange rate for TZS" in notice.get_text()
    rice = next(
        article
        for article in page.find_all("article", class_="progress-action")
        if "Rice terraces" in article.h3.get_text()
    )
    assert "no exchange rate for TZS" in rice.find(attrs={"data-figure": "gap"}).get_text()


def test_a_record_not_approved_counts_nowhere(world, client):
    html = client.get("/en/landscapes/mau-forest/progress/").content.decode()
    assert "Not approved yet" not in html
    assert "999,999" not in html
    # Its 5,000 USD contribution is not in what was secured either (20,000 USD, as above).
    table = money_table(BeautifulSoup(html, "html.parser"))
    assert without_spaces(table["USD"]["secured"]) == "$20,000"


# --- The rules on their own ---------------------------------------------------------------------


def test_a_gap_in_mixed_currencies_is_worked_out_in_the_reference_currency():
    # 50,000 EUR starting 2024 (× 1.10 = 55,000 USD), 11,000 USD secured in 2024: 44,000 USD.
    rates = Rates([("EUR", datetime.date(2024, 1, 1), Decimal("1.10"))])
    action = Action(
        title="Mixed",
        budget=Decimal(50_000),
        budget_currency="EUR",
        start=datetime.date(2024, 2, 1),
        contributions=[Contribution(amount=Decimal(11_000), currency="USD", year=2024)],
    )
    money = action_money(action, rates)
    assert (money.gap, money.gap_currency, money.gap_is_converted) == (
        Decimal(44_000),
        "USD",
        True,
    )


def test_an_overfunded_action_needs_nothing_and_a_missing_rate_leaves_the_gap_unknown():
    rates = Rates([])
    funded = Action(
        budget=Decimal(100),
        budget_currency="USD",
        contributions=[Contribution(amount=Decimal(150), currency="USD", year=2024)],
    )
    assert action_money(funded, rates).gap == 0
    unknown = Action(
        budget=Decimal(100),
        budget_currency="USD",
        contributions=[Contribution(amount=Decimal(10), currency="KES", year=2024)],
    )
    money = action_money(unknown, rates)
    assert money.gap is None and money.missing_rates == ["KES"]


def test_an_action_without_a_start_counts_its_budget_in_its_first_contributions_year():
    rates = Rates([("EUR", datetime.date(2023, 1, 1), Decimal("2"))])
    action = Action(
        budget=Decimal(10),
        budget_currency="EUR",
        contributions=[
            Contribution(amount=Decimal(1), currency="EUR", year=2026),
            Contribution(amount=Decimal(1), currency="EUR", year=2023),
        ],
    )
    money = action_money(action, rates)
    assert money.year == 2023
    assert money.budget_reference == Decimal(20)
