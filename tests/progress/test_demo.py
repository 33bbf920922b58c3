"""The demo's action and investment (progress/demo), as a visitor of `make run` finds it: every
demo landscape with its actions, money, indicator series and 5 Elements assessments, all public;
two funders' offers; the indicator catalogue in every language; and loading it again changes
nothing. The world is the network demo's landscapes and organisations, made with the factories
(the whole `load_demo` is tests/browser/test_demo_content.py's, and takes a minute)."""

import io
import itertools
from decimal import Decimal

import pytest
from shapely.geometry import shape
from wagtail.models import Revision

from network import geometry
from network.demo import LANDSCAPES, ORGANISATIONS, SPANISH_ONLY_LANDSCAPE
from network.factories import make_directory_site, make_landscape, make_organisation
from network.models import LandscapePage
from progress import demo
from progress.choices import ACTION_STATUSES, SEEKING_FUNDING
from progress.demo.loader import INDICATORS, TRANSLATIONS
from progress.funders import is_funder
from progress.models import (
    Action,
    Assessment,
    Contribution,
    ExchangeRate,
    FundingOffer,
    Indicator,
    IndicatorSeries,
    IndicatorValue,
)
from progress.money import Rates, totals
from progress.records import public
from tests.worlds import module_world
from website.demo import THEMES
from website.factories import locale
from website.models import Theme

pytestmark = pytest.mark.django_db

YEARS = list(range(2018, 2027))
DEMO_FUNDERS = {
    "commonland",
    "undp",
    "delta-nature-finance",
    "greenbridge-landscape-capital",
}


def snapshot():
    return {
        model.__name__: model.objects.count()
        for model in (
            Indicator,
            ExchangeRate,
            FundingOffer,
            Action,
            Contribution,
            IndicatorSeries,
            IndicatorValue,
            Assessment,
            Revision,
        )
    }


def build_world():
    site = make_directory_site()
    for slug, name in THEMES:
        Theme.objects.create(slug=slug, name=name, locale=locale("en"))
    organisations = {
        data["slug"]: make_organisation(
            site["en"]["organisations"],
            title=data["title"],
            slug=data["slug"],
            organisation_type=data["type"],
            countries=data["countries"],
        )
        for data in ORGANISATIONS
    }
    for data in LANDSCAPES:
        make_landscape(
            site["en"]["landscapes"],
            title=data["title"],
            slug=data["slug"],
            boundary=data["boundary"],
            countries=data["countries"],
            region=data["region"],
            partners=[(organisations[slug], role, year) for slug, role, year in data["partners"]],
            **dict(zip(LandscapePage.ELEMENT_FIELDS, data["elements"], strict=True)),
        )
    spanish = SPANISH_ONLY_LANDSCAPE
    make_landscape(
        site["es"]["landscapes"],
        title=spanish["title"],
        slug=spanish["slug"],
        boundary=spanish["boundary"],
        countries=spanish["countries"],
        region=spanish["region"],
    )
    output = io.StringIO()
    demo.load(output)
    return {"output": output.getvalue()}


world = module_world(build_world)


def landscapes():
    """Every demo landscape's source page: the English ones and the Spanish-only one."""
    pages = list(
        LandscapePage.objects.filter(
            locale__language_code="en", slug__in=[data["slug"] for data in LANDSCAPES]
        )
    )
    pages.append(
        LandscapePage.objects.get(locale__language_code="es", slug=SPANISH_ONLY_LANDSCAPE["slug"])
    )
    return pages


def test_every_demo_landscape_shows_three_to_six_actions_in_its_own_language(world, db):
    assert len(landscapes()) == 13
    statuses = set()
    for landscape in landscapes():
        actions = public(
            Action.objects.filter(landscape__translation_key=landscape.translation_key)
        )
        assert 3 <= actions.count() <= 6, landscape.slug
        assert {action.language for action in actions} == {landscape.locale.language_code}
        statuses.update(action.status for action in actions)
        assert all(action.title and action.description for action in actions)
    assert statuses == {code for code, _name in ACTION_STATUSES}
    santurban = public(Action.objects.filter(landscape__slug="paramo-de-santurban"))
    assert "Restauración de rondas hídricas en Vetas y California" in {
        action.title for action in santurban
    }


def test_every_place_given_lies_inside_its_landscape(world, db):
    placed = public(Action.objects.exclude(location=None)).select_related("landscape")
    assert placed.count() >= 26
    for action in placed:
        assert action.location["type"] == "Point"
        boundary = geometry.parse_boundary(action.landscape.boundary)
        assert boundary.contains(shape(action.location)), action.title
    for landscape in landscapes():
        assert placed.filter(landscape=landscape).exists(), landscape.slug


def test_money_comes_from_the_demo_funders_in_several_currencies(world, db):
    rates = Rates.load()
    actions = public(Action.objects.all()).prefetch_related("contributions__funder")
    contributions = [item for action in actions for item in action.contributions.all()]
    assert contributions
    assert {item.funder.slug for item in contributions} == DEMO_FUNDERS
    assert all(is_funder(item.funder) for item in contributions)

    currencies_by_landscape = {}
    gaps = []
    for action in actions:
        currencies_by_landscape.setdefault(action.landscape_id, set()).update(
            item.currency for item in action.contributions.all()
        )
        secured = totals(
            [(item.amount, item.currency, item.year) for item in action.contributions.all()],
            rates,
        )
        assert not secured.not_converted, action.title
        budget = totals([(action.budget, action.budget_currency, action.start.year)], rates)
        assert not budget.not_converted, action.title
        if action.status == SEEKING_FUNDING:
            gaps.append(secured.converted / budget.converted)
    assert any(len(currencies) >= 2 for currencies in currencies_by_landscape.values())
    assert 0 in gaps, "an action seeking funding with nothing secured"
    assert any(0 < share < Decimal("0.1") for share in gaps), "one with a large gap"
    for landscape in landscapes():
        assert Contribution.objects.filter(
            action__landscape=landscape, action__live=True
        ).exists(), landscape.slug


def test_the_directory_knows_which_demo_landscapes_seek_funding(world, db):
    """The landscape directory's "seeking funding" facet and gaps follow the loaded actions."""
    for landscape in landscapes():
        landscape.refresh_from_db()
        seeking = public(
            Action.objects.filter(landscape=landscape, status=SEEKING_FUNDING)
        ).exists()
        assert landscape.seeking_funding == seeking, landscape.slug
        assert landscape.funding_gap > 0, landscape.slug
    # Its water fund alone still needs 5 million US dollars less the 250,000 secured.
    trifinio = LandscapePage.objects.get(slug="trifinio-highlands")
    assert trifinio.seeking_funding
    assert trifinio.funding_gap >= Decimal("4750000")


def test_every_demo_currency_has_a_rate_for_every_year(world, db):
    currencies = set(Action.objects.values_list("budget_currency", flat=True))
    currencies |= set(Contribution.objects.values_list("currency", flat=True))
    currencies.discard("USD")
    rates = set(ExchangeRate.objects.values_list("currency", "date__year"))
    for currency in currencies:
        assert {(currency, year) for year in YEARS} <= rates, currency
    euro = Rates.load().rate("EUR", 2022)
    assert Decimal("0.9") < euro < Decimal("1.3")


def test_every_demo_landscape_has_series_from_2018_to_2026(world, db):
    for landscape in landscapes():
        series = public(IndicatorSeries.objects.filter(landscape=landscape)).select_related(
            "indicator"
        )
        assert 3 <= series.count() <= 5, landscape.slug
        for one in series:
            values = list(one.values.order_by("year"))
            assert [value.year for value in values] == YEARS, (landscape.slug, one.indicator)
            assert one.language == landscape.locale.language_code
            if one.indicator.summed:  # hectares, people…: they add up, and only grow
                figures = [value.value for value in values]
                assert figures == sorted(figures), (landscape.slug, one.indicator)
                assert figures[-1] > figures[0]
    hectares = IndicatorSeries.objects.get(
        landscape__slug="kogelberg-coast", indicator__unit_symbol="ha"
    )
    assert hectares.values.get(year=2026).value == 3500


def test_assessments_rise_to_each_landscapes_current_scores(world, db):
    for landscape in landscapes():
        assessments = list(public(Assessment.objects.filter(landscape=landscape)).order_by("date"))
        assert 3 <= len(assessments) <= 4, landscape.slug
        scores = [[score for _key, _name, score, *_rest in one.scores()] for one in assessments]
        for earlier, later in itertools.pairwise(scores):
            assert all(b >= a for a, b in zip(earlier, later, strict=True)), landscape.slug
            assert sum(later) > sum(earlier), landscape.slug
        assert any(evidence for *_rest, evidence in assessments[-1].scores())
        profile = [getattr(landscape, name) for name in LandscapePage.ELEMENT_FIELDS]
        if all(profile):
            assert scores[-1] == profile, landscape.slug


def test_two_funders_offer_money_in_public(world, db):
    offers = public(FundingOffer.objects.all()).select_related("organisation")
    assert offers.count() == 2
    assert {offer.organisation.slug for offer in offers} == {
        "delta-nature-finance",
        "greenbridge-landscape-capital",
    }
    for offer in offers:
        assert offer.is_open
        assert offer.ticket_min < offer.ticket_max
        assert offer.themes.exists()
        assert is_funder(offer.organisation)


def test_the_indicators_are_named_in_every_language(world, db):
    english = Indicator.objects.filter(locale__language_code="en")
    assert english.count() == len(INDICATORS) == 8
    assert english.filter(headline=True).count() == 2
    assert english.filter(summed=False).count() == 3
    for indicator in english:
        for language in ("es", "fr", "pt"):
            translated = Indicator.objects.get(
                translation_key=indicator.translation_key, locale__language_code=language
            )
            assert translated.name == TRANSLATIONS[language][indicator.name]
            assert translated.unit_symbol == indicator.unit_symbol
    people = Indicator.objects.filter(unit_symbol="people")
    assert set(people.values_list("name", flat=True)) == {
        "People benefiting",
        "Personas beneficiadas",
        "Personnes bénéficiaires",
        "Pessoas beneficiadas",
    }


def test_loading_again_changes_nothing(world, db):
    before = snapshot()
    assert before["Action"] == 53
    assert "53 actions" in world["output"]
    output = io.StringIO()
    demo.load(output)
    assert snapshot() == before
    assert "0 actions" in output.getvalue()


def test_a_visitor_finds_the_demo_on_the_public_pages(world, db, client):
    kogelberg = client.get("/en/landscapes/kogelberg-coast/progress/").content.decode()
    for action in public(Action.objects.filter(landscape__slug="kogelberg-coast")):
        assert action.title in kogelberg
    assert "Hectares under restoration" in kogelberg
    santurban = client.get("/es/landscapes/paramo-de-santurban/progress/").content.decode()
    assert "Restauración de rondas hídricas en Vetas y California" in santurban
    assert "Hectáreas en restauración" in santurban
    funding = client.get("/en/funding/").content.decode()
    assert "Loans for landscape enterprises" in funding
    assert "Nature-based flood protection and saline farming" in funding
