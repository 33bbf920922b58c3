"""Every country a landscape can name has one of the site's regions, so a landscape that arrives
with only a country code lands in the right part of the directory."""

import pytest
from django_countries import countries

from network.choices import REGIONS
from network.world_regions import REGION_OF_COUNTRY, UNASSIGNED_COUNTRIES, region_of

REGION_KEYS = {key for key, _label in REGIONS}


def test_every_country_but_the_documented_leave_outs_has_a_site_region():
    listed = {country.code for country in countries}
    missing = sorted(code for code in listed - UNASSIGNED_COUNTRIES.keys() if not region_of(code))
    assert missing == []
    assert {region_of(code) for code in listed} - {None} <= REGION_KEYS


def test_the_table_names_only_real_countries_and_real_regions():
    listed = {country.code for country in countries}
    assert sorted(REGION_OF_COUNTRY.keys() - listed) == []
    assert set(REGION_OF_COUNTRY.values()) == REGION_KEYS


def test_the_leave_outs_are_real_countries_with_a_reason_and_no_region():
    listed = {country.code for country in countries}
    for code, reason in UNASSIGNED_COUNTRIES.items():
        assert code in listed
        assert reason
        assert region_of(code) is None


@pytest.mark.parametrize(
    ("code", "region"),
    [
        ("KE", "africa"),
        ("ZA", "africa"),
        ("MR", "africa"),
        ("EG", "middle-east"),
        ("MA", "middle-east"),
        ("SD", "middle-east"),
        ("EH", "middle-east"),
        ("TR", "middle-east"),
        ("IR", "middle-east"),
        ("SA", "middle-east"),
        ("BR", "latin-america"),
        ("MX", "latin-america"),
        ("HT", "latin-america"),
        ("US", "north-america"),
        ("CA", "north-america"),
        ("GL", "north-america"),
        ("FR", "europe"),
        ("RU", "europe"),
        ("CY", "europe"),
        ("IN", "asia"),
        ("CN", "asia"),
        ("GE", "asia"),
        ("AM", "asia"),
        ("AZ", "asia"),
        ("FJ", "oceania"),
        ("AU", "oceania"),
        ("NZ", "oceania"),
    ],
)
def test_a_country_lands_in_its_region(code, region):
    assert region_of(code) == region


@pytest.mark.parametrize("code", ["ke", "Ke", " KE ", "ke\n"])
def test_codes_are_read_whatever_their_case_and_surrounding_space(code):
    assert region_of(code) == "africa"


@pytest.mark.parametrize("code", [None, "", "   ", "XX", "KEN", "K"])
def test_an_empty_or_unknown_code_has_no_region(code):
    assert region_of(code) is None
