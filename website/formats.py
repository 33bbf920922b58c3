"""Money, time zones and alphabetical order as the visitor's language writes them, through
Babel's CLDR data. One helper for each, used wherever the site shows one: a price written
"1 200,00 BRL" on one page and "R$ 1.200,00" on the next reads as two sites.

Plain numbers go through Django's `localize` (USE_THOUSAND_SEPARATOR), as every count on the
site does; numbers that machines read (meta tags, form values, ids) through `unlocalize`."""

import re
import unicodedata
import zoneinfo
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import get_timezone_location
from babel.numbers import format_currency, format_decimal
from django.conf import settings
from django.utils.translation import get_language, to_locale

# The tz database's names for Coordinated Universal Time: CLDR names it, but as no region's time
# ("Unknown Region (UTC) Time"), so it is asked for by its own entry.
_UTC_NAMES = {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu"}
_UTC_NAMES |= {"GMT", "Etc/GMT", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "GMT0", "Etc/Greenwich"}


def babel_locale(language=None):
    """The Babel locale of `language` (the active one by default), English if Babel has none."""
    language = language or get_language() or settings.LANGUAGE_CODE
    try:
        return Locale.parse(to_locale(language))
    except (UnknownLocaleError, ValueError):
        return Locale("en")


def format_money(amount, currency, *, whole=False):
    """`amount` of `currency` in the visitor's conventions: "R$ 1.200,00" in Portuguese,
    "1 200,00 €" in French, "$1,200.00" in English; the ISO code where the language has no
    symbol ("1.200,00 BRL" in Spanish). `whole`: a whole amount without its decimals
    ("$50,000"), for sums and budgets rather than prices. Empty for no amount."""
    if amount is None or amount == "":
        return ""
    amount = Decimal(amount)
    locale = babel_locale()
    if not currency:  # not meant to happen (models ask for one), but no stray space then
        return format_decimal(amount, locale=locale)
    if whole and amount == amount.to_integral_value():
        # The language's own pattern (symbol before or after, spacing), without the decimals.
        pattern = locale.currency_formats["standard"].pattern.split(";")[0]
        return format_currency(
            amount,
            currency,
            locale=locale,
            format=re.sub(r"\.0+", "", pattern),
            currency_digits=False,
        )
    return format_currency(amount, currency, locale=locale)


def time_zone_name(zone):
    """An IANA time zone as people of the visitor's language call it: America/Lima is "hora de
    Perú", "heure : Pérou", "Horário Peru"; a zone of a country with several says its city
    ("hora de Brasil (Bahía)"); UTC is "tiempo universal coordinado". A name CLDR does not place
    (Etc/GMT+5) stays as it is."""
    if not zone:
        return ""
    locale = babel_locale()
    if zone in _UTC_NAMES:
        return locale.time_zones.get("Etc/UTC", {}).get("long", {}).get("standard") or zone
    canonical = get_global("zone_aliases").get(zone, zone)
    if get_global("zone_territories").get(canonical, "ZZ") in ("ZZ", "001"):  # not a region
        return zone
    try:
        return get_timezone_location(zoneinfo.ZoneInfo(zone), locale=locale)
    except (LookupError, ValueError):
        return zone


def collation_key(label):
    """A sort key that orders labels as a dictionary of the language does, near enough without
    ICU: accents and case set aside ("Bélgica" before "Brasil", "Éthiopie" before "Indonésie"),
    then the label itself, so that "Peru" and "Perú" keep one order."""
    label = str(label)
    decomposed = unicodedata.normalize("NFKD", label)
    folded = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    return (folded, label)
