"""How the progress demo is loaded, and what: the demo landscapes' actions, what money they seek
and receive, what changes over the years and how their partnerships grow; what two funders offer;
the indicator catalogue and the exchange rates.

The content is data, in the JSON files beside this module, which it reads when imported:
- `years.json`: the years every demo series covers (and the exchange rates give);
- `indicators.json`: the indicator catalogue. An indicator's `key` names it in the series and
  gives it a fixed translation key, so that a later run finds it even after an editor renamed
  it;
- `exchange-rates.json`: units of each currency to one US dollar (the reference currency), by
  year, dated 1 January. ILLUSTRATIVE ONLY: rounded yearly figures of about the right size for
  the demo, not market data; editors keep the real table in the admin;
- `offers.json`: funders' offers, written in the funder's language;
- `landscapes/`: one file per landscape, named by the slug of its source page (`landscape`), in
  the order of the files' names, with its records:
  - an action: its texts, status, dates (ISO, "2019-04-01"), zones, returns, themes, where
    ([longitude, latitude] or null), lead and partner organisations, budget and currency, the
    instruments sought, and the contributions secured (funder, amount, currency, year,
    instrument);
  - a series: an indicator, its value in the first and the last year, the year after which it
    starts to move (`since`: the partnership's first year, when later than the first), and
    `wobble`: 0 for a figure that only grows (in uneven steps), else how far a year may stray
    from the trend (0.05 is 5%: rainfall, a survey's luck); with its source and notes on some
    years (by year);
  - an assessment: its date, the 5 Elements' scores (partnership, shared understanding, vision
    and planning, taking action, learning and impact) and short evidence for some of them. The
    last one is the landscape's current score.

Records are written in their landscape's language (the source page's), as its coordinators
would write them: English for most landscapes, Spanish for Páramo de Santurbán. Only the
indicator catalogue is translated into every demo language, each text an object with its
English source and its translations next to it, `{"en": ..., "es": ..., "fr": ..., "pt": ...}`
(the translation memory `TRANSLATIONS`): Spanish addressing the reader as tú (Latin American
usage), French as vous, Portuguese as in Brazil.

Organisations, landscapes and themes are named by their slugs; funders are the demo's four
(Commonland, UNDP, Delta Nature Finance and GreenBridge Landscape Capital), which fund as
landscapes' partners or as finance organisations. Places are [longitude, latitude] inside the
landscape's boundary (a town, a river, a ridge); one that is not (a boundary redrawn since) is
moved to the boundary's representative point.

Records are saved live, as approved content (no revision: there is no draft to review), and the
cached pages that show them follow once they are in. What exists already is left as it is (an
action is known by its landscape and title, a series by its landscape and indicator, an
assessment by its landscape and date, an offer by its organisation and title, a rate by its
currency and date); only what is missing is made. A landscape, organisation or theme that is not
there (no network demo) is left out. Series values come from a random generator seeded by the
landscape and the indicator, so that every run makes the same figures."""

import random
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from network import geometry
from network.models import LandscapePage, OrganisationPage
from progress import landscape_figures
from progress.choices import ELEMENTS
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
from progress.places import check_location
from website.content_version import content_changed
from website.demo.helpers import (
    TranslationMemory,
    other_locales,
    read_json,
    read_json_files,
    translate_missing,
)
from website.models import Theme

DATA = Path(__file__).resolve().parent
# The progress records' element keys, in the order of the 5 Elements.
ELEMENT_KEYS = [key for key, _name in ELEMENTS]


def action(data):
    """An action's data as its record is made from it: its dates as dates, its contributions
    as (funder, amount, currency, year, instrument)."""
    return {
        **data,
        "start": date.fromisoformat(data["start"]),
        "end": date.fromisoformat(data["end"]) if data["end"] else None,
        "contributions": [
            (
                contribution["funder"],
                contribution["amount"],
                contribution["currency"],
                contribution["year"],
                contribution["instrument"],
            )
            for contribution in data["contributions"]
        ],
    }


def series(data):
    """A series' data, its notes by year as numbers."""
    if "notes" not in data:
        return data
    return {**data, "notes": {int(year): note for year, note in data["notes"].items()}}


def assessment(data):
    """An assessment's data, its date a date and its scores in the order of the elements."""
    return {
        **data,
        "date": date.fromisoformat(data["date"]),
        "scores": tuple(data["scores"][key] for key in ELEMENT_KEYS),
    }


def landscape_records(data):
    records = {key: value for key, value in data.items() if key != "landscape"}
    for key, convert in (("actions", action), ("series", series), ("assessments", assessment)):
        if key in records:
            records[key] = [convert(record) for record in records[key]]
    return records


def rates_by_year(rates):
    """A currency's rates from FIRST_YEAR to LAST_YEAR, one a year."""
    years = [str(year) for year in range(FIRST_YEAR, LAST_YEAR + 1)]
    if list(rates) != years:
        raise ValueError(f"Demo exchange rates for {list(rates)}, not for {years}")
    return tuple(rates[year] for year in years)


TRANSLATIONS = TranslationMemory()
_years = read_json(DATA / "years.json")
# The years every demo series covers.
FIRST_YEAR = _years["first"]
LAST_YEAR = _years["last"]
INDICATORS = TRANSLATIONS.english(read_json(DATA / "indicators.json"))
RATES_PER_US_DOLLAR = {
    currency: rates_by_year(rates)
    for currency, rates in read_json(DATA / "exchange-rates.json").items()
}
OFFERS = read_json(DATA / "offers.json")
LANDSCAPES = {
    data["landscape"]: landscape_records(data) for data in read_json_files(DATA / "landscapes")
}

# Indicators' translation keys are made from their content keys in this namespace, so that a
# later run (and the benchmark's seeding) finds the same indicator.
INDICATOR_NAMESPACE = uuid.UUID("0f4e6a52-6f2d-4a39-9c55-2b7c1d0e8a11")
RATE_PLACES = Decimal("0.0000000001")  # ExchangeRate.rate's ten decimal places


def indicator_translation_key(key):
    return uuid.uuid5(INDICATOR_NAMESPACE, key)


def publish(record):
    """Validate `record` and save it live, children and many-to-many included: the demo's
    records are approved content, with no draft waiting for review."""
    record.full_clean()
    record.live = True
    record.has_unpublished_changes = False
    record.first_published_at = record.last_published_at = timezone.now()
    record.save()
    return record


# -- the catalogue and the rates ---------------------------------------------------------------
def load_indicators():
    """{content key: indicator in the default language}, each translated into every language."""
    default = Locale.get_default()
    locales = list(other_locales(TRANSLATIONS))
    indicators = {}
    for data in INDICATORS:
        key = indicator_translation_key(data["key"])
        fields = {name: value for name, value in data.items() if name != "key"}
        indicator = (
            Indicator.objects.filter(translation_key=key, locale=default).first()
            or Indicator.objects.filter(name=data["name"], locale=default).first()
        )
        if indicator is None:
            indicator = Indicator.objects.create(translation_key=key, locale=default, **fields)
        translate_missing(indicator, TRANSLATIONS, locales)
        indicators[data["key"]] = indicator
    return indicators


def exchange_rates():
    """ExchangeRate rows (unsaved) from the table of units to one US dollar."""
    return [
        ExchangeRate(
            currency=currency,
            date=date(year, 1, 1),
            rate=(Decimal(1) / Decimal(str(units))).quantize(RATE_PLACES),
        )
        for currency, yearly in RATES_PER_US_DOLLAR.items()
        for year, units in zip(range(FIRST_YEAR, LAST_YEAR + 1), yearly, strict=True)
    ]


def load_exchange_rates():
    existing = set(ExchangeRate.objects.values_list("currency", "date"))
    missing = [rate for rate in exchange_rates() if (rate.currency, rate.date) not in existing]
    ExchangeRate.objects.bulk_create(missing)
    return len(missing)


# -- what the records point to ------------------------------------------------------------------
class References:
    """The organisations (source pages, by slug) and themes (default language, by slug) the
    records name, looked up once."""

    def __init__(self):
        default = Locale.get_default()
        self.organisations = {
            page.slug: page for page in OrganisationPage.objects.filter(locale=default)
        }
        self.themes = {term.slug: term for term in Theme.objects.filter(locale=default)}

    def organisation(self, slug):
        return self.organisations.get(slug) if slug else None

    def some_organisations(self, slugs):
        return [self.organisations[slug] for slug in slugs if slug in self.organisations]

    def some_themes(self, slugs):
        return [self.themes[slug] for slug in slugs if slug in self.themes]


def find_landscape(slug, language):
    return LandscapePage.objects.filter(slug=slug, locale__language_code=language).first()


def point_inside(position, landscape):
    """A GeoJSON point at `position`, or at the boundary's representative point when
    `position` is outside it (a boundary redrawn since the data was written)."""
    if position is None:
        return None
    point = {"type": "Point", "coordinates": list(position)}
    try:
        check_location(point, landscape)
    except ValidationError:
        inside = geometry.parse_boundary(landscape.boundary).representative_point()
        point = {"type": "Point", "coordinates": [round(inside.x, 5), round(inside.y, 5)]}
    return point


# -- a landscape's records ----------------------------------------------------------------------
def load_actions(landscape, language, actions, references):
    existing = set(Action.objects.filter(landscape=landscape).values_list("title", flat=True))
    made = 0
    for data in actions:
        if data["title"] in existing:
            continue
        action = Action(
            landscape=landscape,
            language=language,
            title=data["title"],
            description=data["description"],
            results=data["results"],
            status=data["status"],
            zones=data["zones"],
            returns=data["returns"],
            start=data["start"],
            end=data["end"],
            location=point_inside(data["where"], landscape),
            lead_organisation=references.organisation(data["lead"]),
            budget=Decimal(data["budget"]),
            budget_currency=data["currency"],
            instruments_sought=data["instruments_sought"],
        )
        action.themes = references.some_themes(data["themes"])
        action.partner_organisations = references.some_organisations(data["partners"])
        action.contributions = [
            Contribution(
                funder=funder,
                amount=Decimal(amount),
                currency=currency,
                year=year,
                instrument=instrument,
                sort_order=order,
            )
            for order, (slug, amount, currency, year, instrument) in enumerate(
                data["contributions"]
            )
            if (funder := references.organisation(slug)) is not None
        ]
        publish(action)
        made += 1
    return made


def yearly_values(spec, decimals, seed):
    """{year: Decimal} from FIRST_YEAR to LAST_YEAR, going from `first` to `last` after the
    year `since` (FIRST_YEAR unless given): in uneven steps that never go down when `wobble` is
    0, else around a straight line, each year straying from it by up to `wobble`."""
    rng = random.Random(seed)
    years = list(range(FIRST_YEAR, LAST_YEAR + 1))
    first, last, wobble = spec["first"], spec["last"], spec["wobble"]
    since = spec.get("since", FIRST_YEAR)
    if wobble:
        shares = [max(0, year - since) / (LAST_YEAR - since) for year in years]
    else:
        steps = [rng.uniform(0.4, 1.6) if year > since else 0 for year in years]
        total = sum(steps)
        shares = [sum(steps[: number + 1]) / total for number in range(len(years))]
    values = []
    for year, share in zip(years, shares, strict=True):
        value = first + (last - first) * share
        if wobble and FIRST_YEAR < year < LAST_YEAR:
            value *= 1 + rng.uniform(-wobble, wobble)
        values.append(value)
    places = Decimal(1).scaleb(-decimals)
    return {
        year: Decimal(str(value)).quantize(places)
        for year, value in zip(years, values, strict=True)
    }


def load_series(landscape, language, series, indicators):
    existing = set(
        IndicatorSeries.objects.filter(landscape=landscape).values_list("indicator_id", flat=True)
    )
    made = 0
    for spec in series:
        indicator = indicators[spec["indicator"]]
        if indicator.pk in existing:
            continue
        record = IndicatorSeries(landscape=landscape, indicator=indicator, language=language)
        notes = spec.get("notes", {})
        record.values = [
            IndicatorValue(
                year=year,
                value=value,
                source=spec.get("source", ""),
                note=notes.get(year, ""),
                sort_order=order,
            )
            for order, (year, value) in enumerate(
                yearly_values(
                    spec, indicator.decimals, f"{landscape.slug}:{spec['indicator']}"
                ).items()
            )
        ]
        publish(record)
        made += 1
    return made


def load_assessments(landscape, language, assessments):
    existing = set(Assessment.objects.filter(landscape=landscape).values_list("date", flat=True))
    made = 0
    for data in assessments:
        if data["date"] in existing:
            continue
        scores = dict(zip(ELEMENT_KEYS, data["scores"], strict=True))
        evidence = {f"{key}_evidence": text for key, text in data["evidence"].items()}
        publish(
            Assessment(
                landscape=landscape, language=language, date=data["date"], **scores, **evidence
            )
        )
        made += 1
    return made


def load_offers(references):
    made = 0
    for data in OFFERS:
        organisation = references.organisation(data["organisation"])
        if organisation is None:
            continue
        if FundingOffer.objects.filter(organisation=organisation, title=data["title"]).exists():
            continue
        offer = FundingOffer(
            organisation=organisation,
            **{
                name: value
                for name, value in data.items()
                if name not in ("organisation", "themes", "ticket_min", "ticket_max")
            },
            ticket_min=Decimal(data["ticket_min"]),
            ticket_max=Decimal(data["ticket_max"]),
        )
        offer.themes = references.some_themes(data["themes"])
        publish(offer)
        made += 1
    return made


def load(stdout):
    indicators = load_indicators()
    rates = load_exchange_rates()
    references = References()
    offers = load_offers(references)
    made = {"actions": 0, "series": 0, "assessments": 0}
    missing = []
    for slug, data in LANDSCAPES.items():
        landscape = find_landscape(slug, data["language"])
        if landscape is None:
            missing.append(slug)
            continue
        language = data["language"]
        made["actions"] += load_actions(landscape, language, data["actions"], references)
        made["series"] += load_series(landscape, language, data["series"], indicators)
        made["assessments"] += load_assessments(landscape, language, data["assessments"])
    if rates or offers or any(made.values()):
        # Saved without publishing: the landscapes' funding figures are worked out here.
        landscape_figures.refresh_all()
        transaction.on_commit(content_changed)
    stdout.write(
        f"Progress: {len(indicators)} indicators in {len(list(other_locales(TRANSLATIONS))) + 1} "
        f"languages; new: {rates} exchange rates, {offers} funding offers, "
        f"{made['actions']} actions, {made['series']} indicator series and "
        f"{made['assessments']} assessments."
        + (f" No such landscape (no network demo?): {', '.join(missing)}." if missing else "")
    )
