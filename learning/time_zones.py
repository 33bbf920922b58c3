"""Time zones for course sessions, as people pick them: the canonical IANA names (the tz
database's zone.tab, which the tzdata package ships), and a country's own zones, so that a
session held in Kenya gets Africa/Nairobi without anyone typing it."""

import functools
import zoneinfo
from importlib import resources


@functools.cache
def _zone_table():
    """[(country code, zone name)] from the tz database's zone.tab."""
    text = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            country, _coordinates, zone, *_comment = line.split("\t")
            rows.append((country, zone))
    return rows


@functools.cache
def zone_choices():
    """[(name, label)]: UTC, then every zone people live in, sorted, then the tz database's
    other names (old aliases such as Asia/Calcutta), so that a session saved with one of those
    keeps it."""
    names = sorted({zone for _country, zone in _zone_table()})
    others = sorted(zoneinfo.available_timezones() - {*names, "UTC"})
    return [("UTC", "UTC"), *((name, name.replace("_", " ")) for name in [*names, *others])]


def country_zones(country_code):
    """The zones of one country (ISO 3166 alpha-2), in the table's order."""
    return [zone for country, zone in _zone_table() if country == country_code]
