"""Which funders' offers fit which open needs, and why.

A need (an action still short of money) and an offer are compared criterion by criterion, each
with a sentence a visitor can read: an offer *fits* a need when every criterion fits; one that
misses on one or two is a *partial fit*, shown as such with what does not fit. The rules are
plain functions of plain values, so that they read (and are tested) on their own:

- theme: the offer names no theme (any), or shares one with the action (by Theme.translation_key,
  the same term in every language);
- region: the offer names no region (anywhere), or names the landscape's;
- return: the offer names no return (any), or shares one with the action;
- instrument: either side names none (any way), or they share one;
- size: the gap, converted to the offer's currency through the reference currency at the latest
  rate, lies within the offer's smallest and largest amounts (either may be open);
- open: the offer takes applications.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from progress.money import format_money, reference_currency
from website.formats import collation_key

# A partial fit misses on at most this many criteria; a need or an offer lists at most
# PARTIAL_FITS_SHOWN of them, those that miss on fewest first.
PARTIAL_FIT_MISSES = 2
PARTIAL_FITS_SHOWN = 3

CRITERIA = [
    ("theme", gettext_lazy("Theme")),
    ("region", gettext_lazy("Region")),
    ("return", pgettext_lazy("one of the 4 Returns, as a filter or criterion", "Return")),
    ("instrument", gettext_lazy("Instrument")),
    ("size", gettext_lazy("Amount")),
    ("open", gettext_lazy("Open")),
]


@dataclass(frozen=True)
class NeedFacts:
    """What matching reads of an action that needs money."""

    theme_keys: frozenset = frozenset()  # Theme.translation_key values
    region: str = ""  # the landscape's region
    returns: frozenset = frozenset()
    instruments: frozenset = frozenset()  # instruments sought; none: any way
    gap: Decimal | None = None  # in the reference currency; None: not known
    theme_names: dict = field(default_factory=dict, compare=False)  # key: name, to explain


@dataclass(frozen=True)
class OfferFacts:
    theme_keys: frozenset = frozenset()
    regions: frozenset = frozenset()
    returns: frozenset = frozenset()
    instruments: frozenset = frozenset()
    ticket_min: Decimal | None = None
    ticket_max: Decimal | None = None
    currency: str = ""
    is_open: bool = True


@dataclass(frozen=True)
class Criterion:
    key: str
    fits: bool
    reason: str

    @property
    def label(self):
        return dict(CRITERIA)[self.key]


class Match:
    """How an offer fits a need: on each criterion whether it fits, worked out for every pair,
    and why (`criteria`, with their sentences), worked out only for the matches a page shows.
    A page of needs compares each with every open offer, and most of those pairs are left out
    (best_matches)."""

    def __init__(self, verdicts, explain):
        self.verdicts = verdicts  # ((criterion key, fits), ...) in CRITERIA's order
        self._explain = explain

    @cached_property
    def criteria(self):
        """(Criterion, ...): each with its sentence, in CRITERIA's order."""
        return self._explain()

    @property
    def fits(self):
        return all(fits for _key, fits in self.verdicts)

    @property
    def missed(self):
        """How many criteria it misses on."""
        return sum(not fits for _key, fits in self.verdicts)

    @property
    def misses(self):
        return [criterion for criterion in self.criteria if not criterion.fits]

    @property
    def is_partial(self):
        return not self.fits and self.missed <= PARTIAL_FIT_MISSES


def _names(values, labels):
    return ", ".join(sorted((str(labels.get(value, value)) for value in values), key=collation_key))


def theme_fits(offer_themes, need_themes):
    """No theme named by the offer: any theme; else they share at least one."""
    return not offer_themes or bool(set(offer_themes) & set(need_themes))


def region_fits(offer_regions, region):
    return not offer_regions or region in offer_regions


def return_fits(offer_returns, need_returns):
    return not offer_returns or bool(set(offer_returns) & set(need_returns))


def instrument_fits(offer_instruments, need_instruments):
    """Either side naming none takes any way; else they share at least one."""
    return (
        not offer_instruments
        or not need_instruments
        or bool(set(offer_instruments) & set(need_instruments))
    )


def gap_in_currency(gap, currency, rates):
    """A gap in the reference currency, in `currency` at the latest rate (None: no rate)."""
    if gap is None:
        return None
    rate = rates.rate(currency)
    if rate is None:
        return None
    return gap / rate


def size_fits(amount, ticket_min, ticket_max):
    """An amount (in the offer's currency) within the offer's bounds; either bound may be open."""
    if amount is None:
        return False
    if ticket_min is not None and amount < ticket_min:
        return False
    return ticket_max is None or amount <= ticket_max


def _choice_labels():
    from network.choices import REGIONS
    from progress.choices import INSTRUMENTS, RETURNS

    return dict(REGIONS), dict(RETURNS), dict(INSTRUMENTS)


def _fill(template, **values):
    return template % values


def size_fits_need(need, offer, rates):
    """The amount still needed, in the offer's currency, within the offer's bounds."""
    if need.gap is None:
        return False
    amount = gap_in_currency(need.gap, offer.currency, rates)
    return size_fits(amount, offer.ticket_min, offer.ticket_max)


def match(need, offer, rates):
    """How `offer` (OfferFacts) fits `need` (NeedFacts): a Match of six criteria, explained when
    a page shows it."""
    verdicts = (
        ("theme", theme_fits(offer.theme_keys, need.theme_keys)),
        ("region", region_fits(offer.regions, need.region)),
        ("return", return_fits(offer.returns, need.returns)),
        ("instrument", instrument_fits(offer.instruments, need.instruments)),
        ("size", size_fits_need(need, offer, rates)),
        ("open", offer.is_open),
    )
    return Match(verdicts, lambda: explained(need, offer, rates))


def explained(need, offer, rates):
    """match()'s criteria, each with the sentence that says why it fits or not."""
    regions, returns, instruments = _choice_labels()
    criteria = []

    if not offer.theme_keys:
        reason = _("The offer takes any theme.")
    elif theme_fits(offer.theme_keys, need.theme_keys):
        shared = [need.theme_names.get(key, "") for key in offer.theme_keys & need.theme_keys]
        shared.sort(key=collation_key)
        reason = _fill(_("Both are about %(themes)s."), themes=", ".join(shared))
    elif not need.theme_keys:
        reason = _("The offer is for some themes; the action names none.")
    else:
        reason = _("The offer is for other themes.")
    criteria.append(Criterion("theme", theme_fits(offer.theme_keys, need.theme_keys), reason))

    if not offer.regions:
        reason = _("The offer takes any region.")
    elif region_fits(offer.regions, need.region):
        reason = _fill(
            _("The offer covers %(region)s."), region=regions.get(need.region, need.region)
        )
    else:
        reason = _fill(
            _("The offer covers %(regions)s, not %(region)s."),
            regions=_names(offer.regions, regions),
            region=regions.get(need.region, need.region) or _("no region"),
        )
    criteria.append(Criterion("region", region_fits(offer.regions, need.region), reason))

    if not offer.returns:
        reason = _("The offer takes any return.")
    elif return_fits(offer.returns, need.returns):
        reason = _fill(
            _("Both aim at %(returns)s."), returns=_names(offer.returns & need.returns, returns)
        )
    else:
        reason = _fill(_("The offer aims at %(returns)s."), returns=_names(offer.returns, returns))
    criteria.append(Criterion("return", return_fits(offer.returns, need.returns), reason))

    if not offer.instruments:
        reason = _("The offer takes any instrument.")
    elif not need.instruments:
        reason = _("The action takes money in any way.")
    elif instrument_fits(offer.instruments, need.instruments):
        reason = _fill(
            _("Both name %(instruments)s."),
            instruments=_names(offer.instruments & need.instruments, instruments),
        )
    else:
        reason = _fill(
            _("The offer gives %(offered)s; the action seeks %(sought)s."),
            offered=_names(offer.instruments, instruments),
            sought=_names(need.instruments, instruments),
        )
    criteria.append(
        Criterion("instrument", instrument_fits(offer.instruments, need.instruments), reason)
    )

    criteria.append(_size_criterion(need, offer, rates))

    criteria.append(
        Criterion(
            "open",
            offer.is_open,
            _("The offer takes applications.")
            if offer.is_open
            else _("The offer is closed to applications."),
        )
    )
    return tuple(criteria)


def _size_criterion(need, offer, rates):
    if need.gap is None:
        return Criterion("size", False, _("The amount still needed is not known."))
    amount = gap_in_currency(need.gap, offer.currency, rates)
    if amount is None:
        return Criterion(
            "size",
            False,
            _fill(
                _("No exchange rate for %(currency)s to compare the amounts."),
                currency=offer.currency,
            ),
        )
    needed = format_money(amount.quantize(Decimal(1)), offer.currency)
    if offer.currency != reference_currency():
        needed = _fill(_("about %(amount)s"), amount=needed)
    low = format_money(offer.ticket_min, offer.currency) if offer.ticket_min is not None else ""
    high = format_money(offer.ticket_max, offer.currency) if offer.ticket_max is not None else ""
    if offer.ticket_min is None and offer.ticket_max is None:
        reason = _fill(_("The offer takes any amount; %(needed)s is needed."), needed=needed)
    elif size_fits(amount, offer.ticket_min, offer.ticket_max):
        reason = _fill(_("%(needed)s is within the offer's amounts."), needed=needed)
    elif offer.ticket_min is not None and amount < offer.ticket_min:
        reason = _fill(
            _("%(needed)s is less than the offer's smallest, %(low)s."), needed=needed, low=low
        )
    else:
        reason = _fill(
            _("%(needed)s is more than the offer's largest, %(high)s."), needed=needed, high=high
        )
    return Criterion("size", size_fits_need(need, offer, rates), reason)


def best_matches(pairs):
    """From [(item, Match)], (fits, partial fits): every item that fits, and the partial fits
    that miss on fewest criteria, at most PARTIAL_FITS_SHOWN."""
    fits = [(item, found) for item, found in pairs if found.fits]
    partial = sorted(
        ((item, found) for item, found in pairs if found.is_partial),
        key=lambda pair: pair[1].missed,
    )
    return fits, partial[:PARTIAL_FITS_SHOWN]
