"""Amounts of money and their currencies. Money is never summed across currencies: a total is
one sum per currency, and a total in the reference currency is worked out through the rates
editors keep (ExchangeRate), marked as converted, with what could not be converted said."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from babel.core import get_global
from babel.numbers import get_currency_name, get_territory_currencies
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from website.formats import babel_locale, collation_key
from website.formats import format_money as _format_money

# Bounds on one amount: a landscape action's budget or a contribution, not a national budget.
LARGEST_AMOUNT = Decimal("100000000000")  # 100 billion
# The ISO 4217 currencies some country uses today (CLDR, through babel), not the ~300 codes of
# every currency that ever was.
CURRENCIES = sorted(
    {
        code
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory, datetime.date.today(), tender=True)
    }
)


def reference_currency():
    return settings.PROGRESS_REFERENCE_CURRENCY


def currency_name(code):
    return get_currency_name(code, locale=babel_locale())


def currency_choices():
    """Every currency, named in the visitor's language, by name."""
    return sorted(
        ((code, f"{currency_name(code)} ({code})") for code in CURRENCIES),
        key=lambda choice: collation_key(choice[1]),
    )


def validate_currency(code):
    if code not in CURRENCIES:
        raise ValidationError(
            _("“%(code)s” is not an ISO 4217 currency code, such as USD, EUR or KES."),
            params={"code": code},
            code="unknown_currency",
        )


class CurrencyField(models.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 3)
        kwargs.setdefault("choices", currency_choices)
        super().__init__(*args, **kwargs)
        self.validators.append(validate_currency)


def amount_field(verbose_name, **kwargs):
    return models.DecimalField(
        verbose_name,
        max_digits=14,
        decimal_places=2,
        validators=[
            MinValueValidator(Decimal(0), _("An amount cannot be negative.")),
            MaxValueValidator(
                LARGEST_AMOUNT, _("That is more than 100 billion: check the amount.")
            ),
        ],
        **kwargs,
    )


def format_money(amount, currency):
    """“$1,200” in English, “1200 US$” in Spanish: the visitor's conventions, no decimals for
    whole amounts (the site's one money format, website.formats)."""
    return _format_money(amount, currency, whole=True)


@dataclass
class Totals:
    """Sums of money per currency, and their total in the reference currency."""

    by_currency: dict = field(default_factory=dict)  # {currency: Decimal}
    converted: Decimal = Decimal(0)  # the part that could be converted, in the reference currency
    not_converted: list = field(default_factory=list)  # currencies without a rate

    def add(self, amount, currency, year, rates):
        if amount is None or not currency:
            return
        amount = Decimal(amount)
        self.by_currency[currency] = self.by_currency.get(currency, Decimal(0)) + amount
        rate = rates.rate(currency, year)
        if rate is None:
            if currency not in self.not_converted:
                self.not_converted.append(currency)
        else:
            self.converted += amount * rate

    @property
    def is_empty(self):
        return not self.by_currency

    @property
    def is_converted(self):
        """The reference total includes an amount converted from another currency."""
        return any(code != reference_currency() for code in self.by_currency)

    def rows(self):
        """[(currency, amount, formatted)], largest first."""
        return [
            (code, amount, format_money(amount, code))
            for code, amount in sorted(self.by_currency.items(), key=lambda item: -item[1])
        ]

    @property
    def converted_display(self):
        return format_money(self.converted.quantize(Decimal(1)), reference_currency())


class Rates:
    """Editors' exchange rates, read once: `rate(currency, year)` is the value of one unit in the
    reference currency on the latest date in or before that year, else the earliest after it."""

    def __init__(self, rows):
        self._by_currency = {}
        for currency, date, value in rows:
            if value is not None and value > 0:  # a rate of nothing is no rate
                self._by_currency.setdefault(currency, []).append((date, value))
        for dated in self._by_currency.values():
            dated.sort()

    @classmethod
    def load(cls):
        from progress.models import ExchangeRate

        return cls(ExchangeRate.objects.values_list("currency", "date", "rate"))

    def rate(self, currency, year=None):
        if currency == reference_currency():
            return Decimal(1)
        dated = self._by_currency.get(currency)
        if not dated:
            return None
        if year is None:
            return dated[-1][1]
        earlier = [value for date, value in dated if date.year <= year]
        return earlier[-1] if earlier else dated[0][1]


def totals(items, rates):
    """Totals of (amount, currency, year) triples."""
    result = Totals()
    for amount, currency, year in items:
        result.add(amount, currency, year, rates)
    return result
