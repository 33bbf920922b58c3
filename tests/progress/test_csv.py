"""The progress pages' CSVs: a landscape's, the network's (with the page's filters) and the open
needs'; downloaded as attachments in UTF-8, headers in the visitor's language, and never a cell
that a spreadsheet would run as a formula."""

import csv
import datetime
import io
from decimal import Decimal

import pytest

from network.factories import make_directory_site, make_landscape, make_organisation
from network.models import LandscapePage
from progress.models import FundingOffer
from tests.progress.test_money import (
    make_action,
    make_indicator,
    make_rate,
    make_series,
    spanish_version,
)
from tests.worlds import module_world

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("https://evil.example/","Open")'


def build_world():
    site = make_directory_site()
    en = site["en"]
    make_rate("EUR", datetime.date(2024, 1, 1), "1.10")
    funder = make_organisation(en["organisations"], title="@Rift Fund", slug="rift-fund")
    mau = make_landscape(en["landscapes"], title="Mau Forest", slug="mau-forest", region="africa")
    spanish_version(mau)
    andes = make_landscape(en["landscapes"], title="Andes", slug="andes", region="latin-america")
    make_action(
        mau,
        title=FORMULA,
        status="seeking-funding",
        budget=Decimal(100_000),
        budget_currency="USD",
        start=datetime.date(2024, 3, 1),
        end=datetime.date(2026, 2, 28),
        contributions=[(20_000, "USD", 2024, funder, "grant"), (10_000, "EUR", 2025, None, "loan")],
    )
    make_action(mau, title="Not approved", live=False, budget=Decimal(5), budget_currency="USD")
    make_action(
        andes,
        title="Terraces",
        status="planned",
        budget=Decimal(8_000),
        budget_currency="EUR",
        start=datetime.date(2024, 1, 1),
    )
    hectares = make_indicator("Hectares restored", "Hectáreas restauradas")
    make_series(mau, hectares, {2023: "150.5"})
    FundingOffer.objects.create(
        organisation=funder,
        title="-Any good cause",
        instruments=["grant"],
        currency="USD",
        live=True,
    )
    return {"site": site}


world = module_world(build_world)


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


HEADER = [
    "Landscape",
    "Row",
    "Action",
    "Status",
    "Start",
    "End",
    "Budget",
    "Budget currency",
    "Secured",
    "Currency",
    "Funder",
    "Year",
    "Instrument",
    "Indicator",
    "Value",
    "Unit",
    "Source",
]


def test_a_landscapes_csv_has_a_row_per_action_contribution_and_value(world, client):
    rows = download(client, "/en/landscapes/mau-forest/progress.csv")
    assert rows[0] == HEADER
    records = [dict(zip(HEADER, row, strict=True)) for row in rows[1:]]
    assert [record["Row"] for record in records] == [
        "action",
        "contribution",
        "contribution",
        "indicator value",
    ]
    action, first, second, value = records
    assert action["Budget"] == "100000.00" and action["Budget currency"] == "USD"
    assert (action["Start"], action["End"], action["Status"]) == (
        "2024-03-01",
        "2026-02-28",
        "Seeking funding",
    )
    assert (first["Secured"], first["Currency"], first["Year"], first["Instrument"]) == (
        "20000.00",
        "USD",
        "2024",
        "Grant",
    )
    assert (second["Secured"], second["Currency"], second["Instrument"]) == (
        "10000.00",
        "EUR",
        "Loan",
    )
    assert first["Budget"] == ""  # the budget is on the action's row only: the column adds up
    assert (value["Indicator"], value["Value"], value["Unit"], value["Year"]) == (
        "Hectares restored",
        "150.5",
        "ha",
        "2023",
    )
    assert all(record["Landscape"] == "Mau Forest" for record in records)
    assert "Not approved" not in str(rows)


def test_no_cell_is_a_formula(world, client):
    rows = download(client, "/en/landscapes/mau-forest/progress.csv")
    assert rows[1][2] == "'" + FORMULA
    assert rows[2][10] == "'@Rift Fund"
    funding = download(client, "/en/funding.csv")
    assert funding[1][1] == "'" + FORMULA
    assert funding[1][13] == "'-Any good cause (@Rift Fund)"
    for url in ["/en/progress.csv", "/en/funding.csv"]:
        for row in download(client, url):
            assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)


def test_the_networks_csv_follows_the_pages_filters(world, client):
    rows = download(client, "/en/progress.csv")
    assert rows[0] == HEADER
    assert {row[0] for row in rows[1:]} == {"Mau Forest", "Andes"}
    rows = download(client, "/en/progress.csv?region=latin-america&bad=1&zone=nowhere")
    assert [row[:3] for row in rows[1:]] == [["Andes", "action", "Terraces"]]


def test_the_funding_csv_lists_needs_with_their_gap_and_fitting_offers(world, client):
    rows = download(client, "/en/funding.csv")
    header = rows[0]
    assert header[10:13] == [
        "Still needed",
        "Currency of what is still needed",
        "Still needed in USD (converted)",
    ]
    needs = {row[1]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    # 100,000 USD - 20,000 USD - 10,000 EUR × 1.10 (2025 uses the 2024 rate, the latest
    # before it) = 69,000 USD, converted: the contributions are in two currencies.
    springs = needs["'" + FORMULA]
    assert (springs["Still needed"], springs["Currency of what is still needed"]) == (
        "69000.00",
        "USD",
    )
    assert springs["Secured"] == "20000.00 USD; 10000.00 EUR"
    terraces = needs["Terraces"]
    assert (terraces["Still needed"], terraces["Currency of what is still needed"]) == (
        "8000.00",
        "EUR",
    )
    assert terraces["Still needed in USD (converted)"] == "8800.00"
    assert list(needs) == ["'" + FORMULA, "Terraces"]  # largest gap first


def test_headers_and_choices_in_the_visitors_language(world, client):
    rows = download(client, "/es/landscapes/mau-forest/progress.csv")
    assert rows[0][0] == "Paisaje"
    assert rows[0][10] == "Financiador"
    assert rows[-1][13] == "Hectáreas restauradas"
    assert client.get("/es/landscapes/andes/progress.csv").status_code == 404


def test_a_negative_value_stays_a_number(world, client):
    change = make_indicator("Change in water table", "Cambio del nivel freático")
    mau = LandscapePage.objects.get(slug="mau-forest", locale__language_code="en")
    make_series(mau, change, {2024: "-3.5"})
    rows = download(client, "/en/landscapes/mau-forest/progress.csv")
    values = [row for row in rows if "Change in water table" in row]
    assert values and "-3.5" in values[0] and "'-3.5" not in values[0]
