"""Which funders' offers fit which open needs: the rules on their own (progress/matching.py),
then through /<lang>/funding/, where each need lists the offers that fit it and each offer the
needs it fits, with why."""

import datetime
import uuid
from dataclasses import replace
from decimal import Decimal

import pytest

from network.factories import make_directory_site, make_landscape, make_organisation
from progress.matching import NeedFacts, OfferFacts, best_matches, match
from progress.models import FundingOffer
from progress.money import Rates
from tests.progress.test_money import make_action, make_rate, make_theme, soup, without_spaces
from tests.worlds import module_world

WATER, FORESTS = uuid.uuid4(), uuid.uuid4()
RATES = Rates([("EUR", datetime.date(2024, 1, 1), Decimal("1.25"))])

# 40,000 USD still needed for water, in Africa, for a natural return, as a grant or a loan.
NEED = NeedFacts(
    theme_keys=frozenset({WATER}),
    region="africa",
    returns=frozenset({"natural"}),
    instruments=frozenset({"grant", "loan"}),
    gap=Decimal(40_000),
    theme_names={WATER: "Water"},
)
FITS = OfferFacts(
    theme_keys=frozenset({WATER, FORESTS}),
    regions=frozenset({"africa", "asia"}),
    returns=frozenset({"natural", "social"}),
    instruments=frozenset({"grant"}),
    ticket_min=Decimal(10_000),
    ticket_max=Decimal(50_000),
    currency="USD",
    is_open=True,
)


def test_an_offer_that_fits_on_every_criterion():
    found = match(NEED, FITS, RATES)
    assert found.fits
    assert [criterion.key for criterion in found.criteria] == [
        "theme",
        "region",
        "return",
        "instrument",
        "size",
        "open",
    ]
    reasons = {criterion.key: criterion.reason for criterion in found.criteria}
    assert reasons["theme"] == "Both are about Water."
    assert reasons["region"] == "The offer covers Africa."
    assert without_spaces(reasons["size"]) == "$40,000iswithintheoffer'samounts."


@pytest.mark.parametrize(
    ("criterion", "changes"),
    [
        ("theme", {"theme_keys": frozenset({FORESTS})}),
        ("region", {"regions": frozenset({"asia", "europe"})}),
        ("return", {"returns": frozenset({"financial"})}),
        ("instrument", {"instruments": frozenset({"equity"})}),
        ("size", {"ticket_max": Decimal(30_000)}),
        ("size", {"ticket_min": Decimal(50_000), "ticket_max": None}),
        ("open", {"is_open": False}),
    ],
)
def test_an_offer_that_fails_on_one_criterion_only(criterion, changes):
    found = match(NEED, replace(FITS, **changes), RATES)
    assert not found.fits
    assert [miss.key for miss in found.misses] == [criterion]
    assert found.is_partial


@pytest.mark.parametrize(
    ("need", "offer"),
    [
        (NEED, FITS),
        (replace(NEED, gap=None), replace(FITS, theme_keys=frozenset({FORESTS}))),
        (replace(NEED, instruments=frozenset()), replace(FITS, currency="KES", is_open=False)),
        (NEED, replace(FITS, regions=frozenset({"asia"}), returns=frozenset({"financial"}))),
        (NEED, replace(FITS, currency="EUR", ticket_min=Decimal(33_000), ticket_max=None)),
    ],
)
def test_what_fits_is_what_the_sentences_say(need, offer):
    """Whether each criterion fits is worked out for every pair, its sentence only for the
    pairs a page shows: both say the same."""
    found = match(need, offer, RATES)
    assert [(criterion.key, criterion.fits) for criterion in found.criteria] == list(found.verdicts)
    assert found.missed == len(found.misses)


def test_an_offer_that_names_nothing_takes_anything():
    anything = OfferFacts(currency="USD")
    assert match(NEED, anything, RATES).fits
    # An action that names no instrument takes any.
    assert match(replace(NEED, instruments=frozenset()), FITS, RATES).fits


def test_the_gap_is_compared_in_the_offers_currency():
    # 40,000 USD at 1.25 USD a euro is 32,000 EUR.
    in_euros = replace(FITS, currency="EUR", ticket_min=Decimal(30_000), ticket_max=Decimal(35_000))
    found = match(NEED, in_euros, RATES)
    assert found.fits
    assert "€32,000" in without_spaces(found.criteria[4].reason)
    too_small = replace(in_euros, ticket_max=Decimal(31_000))
    assert [miss.key for miss in match(NEED, too_small, RATES).misses] == ["size"]


def test_a_size_that_cannot_be_compared_does_not_fit():
    no_rate = replace(FITS, currency="KES")
    found = match(NEED, no_rate, RATES)
    assert [miss.key for miss in found.misses] == ["size"]
    assert "No exchange rate for KES" in found.criteria[4].reason
    unknown = match(replace(NEED, gap=None), FITS, RATES)
    assert [miss.key for miss in unknown.misses] == ["size"]


def test_best_matches_are_the_fits_then_the_nearest_partial_fits():
    offers = {
        "fits": FITS,
        "one miss": replace(FITS, is_open=False),
        "two misses": replace(FITS, is_open=False, regions=frozenset({"asia"})),
        "three misses": replace(FITS, is_open=False, regions=frozenset({"asia"}), returns={"x"}),
    }
    pairs = [(name, match(NEED, offer, RATES)) for name, offer in offers.items()]
    fits, partial = best_matches(pairs)
    assert [name for name, _found in fits] == ["fits"]
    assert [name for name, _found in partial] == ["one miss", "two misses"]


# --- Through the funding page -------------------------------------------------------------------


def build_world():
    site = make_directory_site()
    en = site["en"]
    make_rate("EUR", datetime.date(2024, 1, 1), "1.25")
    water = make_theme("water", "Water", "Agua")
    forests = make_theme("forests", "Forests", "Bosques")
    mau = make_landscape(en["landscapes"], title="Mau Forest", slug="mau-forest", region="africa")
    andes = make_landscape(en["landscapes"], title="Andes", slug="andes", region="latin-america")
    make_action(
        mau,
        title="Springs protection",
        status="seeking-funding",
        themes=[water],
        returns=["natural"],
        instruments_sought=["grant"],
        budget=Decimal(50_000),
        budget_currency="USD",
        start=datetime.date(2024, 1, 1),
        contributions=[(10_000, "USD", 2024)],
    )  # 40,000 USD needed
    make_action(
        andes,
        title="Forest corridors",
        status="planned",
        themes=[forests],
        returns=["natural"],
        budget=Decimal(200_000),
        budget_currency="EUR",
        start=datetime.date(2024, 1, 1),
    )  # 200,000 EUR × 1.25 = 250,000 USD needed
    make_action(
        andes,
        title="Fully funded plan",
        status="planned",
        budget=Decimal(1_000),
        budget_currency="USD",
        contributions=[(1_000, "USD", 2024)],
    )
    make_action(andes, title="Going already", status="under-way", budget=Decimal(9_000_000))
    funder = make_organisation(en["organisations"], title="Blue Fund", slug="blue-fund")
    offers = {
        "water": offer(funder, "Water grants", [water], ["africa"], ["grant"], 10_000, 60_000),
        "anywhere": offer(funder, "Any landscape", [], [], ["grant", "loan"], None, None),
        "small": offer(funder, "Small grants", [water], [], ["grant"], 1_000, 20_000),
        "closed": offer(funder, "Closed call", [], [], ["grant"], None, None, is_open=False),
        "draft": offer(funder, "Draft offer", [], [], ["grant"], None, None, live=False),
    }
    return {"site": site, "offers": offers}


def offer(organisation, title, themes, regions, instruments, low, high, **fields):
    fields.setdefault("live", True)
    found = FundingOffer.objects.create(
        organisation=organisation,
        title=title,
        regions=regions,
        instruments=instruments,
        ticket_min=None if low is None else Decimal(low),
        ticket_max=None if high is None else Decimal(high),
        currency="USD",
        **fields,
    )
    found.themes.set(themes)
    found.save()
    return found


world = module_world(build_world)


def need_titled(page, title):
    return next(
        article
        for article in page.find_all("article", class_="funding-need")
        if title in article.h3.get_text()
    )


@pytest.mark.django_db
def test_open_needs_largest_gap_first(world, client):
    page = soup(client.get("/en/funding/"))
    titles = [article.h3.get_text(strip=True) for article in page.find_all(class_="funding-need")]
    # Under way and fully funded actions are not open needs.
    assert titles == ["Forest corridors", "Springs protection"]
    corridors = need_titled(page, "Forest corridors")
    assert without_spaces(corridors.find(attrs={"data-figure": "gap"}).get_text()) == (
        "€200,000(about$250,000)"
    )


@pytest.mark.django_db
def test_each_need_lists_the_offers_that_fit_and_why(world, client):
    page = soup(client.get("/en/funding/"))
    springs = need_titled(page, "Springs protection")
    fits = springs.find("ul", class_="funding-matches")
    assert sorted(link.get_text() for link in fits.find_all("a")) == [
        "Any landscape",
        "Water grants",
    ]
    assert "Both are about Water." in fits.get_text()
    partial = springs.find("ul", class_="funding-matches--partial")
    assert "Partial fit" in partial.get_text()
    assert "Small grants" in partial.get_text()
    assert "Does not fit on: Amount" in partial.get_text(" ", strip=True)
    html = page.decode()
    assert "Closed call" not in html and "Draft offer" not in html


@pytest.mark.django_db
def test_each_offer_lists_the_needs_it_fits(world, client):
    page = soup(client.get("/en/funding/"))
    water = page.find(id=f"offer-{world['offers']['water'].pk}")
    fitting = water.find("ul", class_="funding-matches")
    assert [link.get_text() for link in fitting.find_all("a")] == ["Springs protection"]
    assert "The offer covers Africa." in fitting.get_text()
    assert fitting.a["href"].startswith("/en/landscapes/mau-forest/progress/#action-")
    assert water.find("ul", class_="funding-matches--partial") is None
    # Small grants fit no need on every point: Springs protection needs more than its largest,
    # Forest corridors is about forests and needs more too.
    small = page.find(id=f"offer-{world['offers']['small'].pk}")
    assert "No open need fits it on every point." in small.get_text()
    partial = [
        item.get_text(" ", strip=True)
        for item in small.find("ul", class_="funding-matches--partial").find_all("li")
    ]
    assert partial[0].startswith("Partial fit Springs protection")
    assert partial[0].endswith("Does not fit on: Amount")
    assert partial[1].endswith("Does not fit on: Theme, Amount")


@pytest.mark.django_db
def test_needs_and_offers_are_filtered_by_facets(world, client):
    page = soup(client.get("/en/funding/?theme=water"))
    assert [a.h3.get_text(strip=True) for a in page.find_all(class_="funding-need")] == [
        "Springs protection"
    ]
    offers = [article.h3.get_text(strip=True) for article in page.find_all(class_="funding-offer")]
    assert sorted(offers) == ["Any landscape", "Small grants", "Water grants"]
    page = soup(client.get("/en/funding/?gap=250000-1000000"))
    assert [a.h3.get_text(strip=True) for a in page.find_all(class_="funding-need")] == [
        "Forest corridors"
    ]
    page = soup(client.get("/en/funding/?instrument=equity"))
    # Forest corridors names no instrument: it takes any, equity too.
    assert [a.h3.get_text(strip=True) for a in page.find_all(class_="funding-need")] == [
        "Forest corridors"
    ]
    assert page.find("a", href="/en/funding.csv?instrument=equity") is not None
