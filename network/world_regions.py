"""The world region of every country, so that a landscape that arrives with only a country code
(from Terraso, say) can be filed under one of the site's regions (`network.choices.REGIONS`).

The rule is the UN M49 geoscheme, mapped onto our seven regions:
- Northern Africa and Western Asia, plus Iran, are "middle-east" (Middle East and North Africa);
- the rest of Africa (M49's Sub-Saharan Africa) is "africa";
- Latin America and the Caribbean is "latin-america";
- Northern America (US, CA, BM, GL, PM) is "north-america";
- Europe is "europe";
- the rest of Asia (Central, Eastern, South-eastern and Southern Asia) is "asia";
- Oceania is "oceania".
Where we depart from M49, or M49 is silent, a comment beside the code says so.
No library we use carries M49's groupings (django-countries and Babel have names, not regions), and
the list changes about once a decade, so it is written out here and a test keeps it complete.
"""

# Codes deliberately given no region, with the reason; region_of() returns None for them.
UNASSIGNED_COUNTRIES = {
    "AQ": "Antarctica: M49 puts it in no region, and no landscape partnership works there",
}

_COUNTRIES_BY_REGION = {
    "africa": [
        # Eastern Africa
        "BI", "DJ", "ER", "ET", "KE", "KM", "MG", "MU", "MW", "MZ", "RE", "RW", "SC", "SO", "SS",
        "TZ", "UG", "YT", "ZM", "ZW",
        "IO",  # British Indian Ocean Territory: Eastern Africa in M49, kept there.
        "TF",  # French Southern Territories: Eastern Africa in M49, kept there.
        # Middle Africa
        "AO", "CD", "CF", "CG", "CM", "GA", "GQ", "ST", "TD",
        # Southern Africa
        "BW", "LS", "NA", "SZ", "ZA",
        # Western Africa (Mauritania included, as in M49, though it is also an Arab League state)
        "BF", "BJ", "CI", "CV", "GH", "GM", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SH", "SL",
        "SN", "TG",
    ],
    "middle-east": [
        # Northern Africa
        "DZ", "EG", "LY", "MA", "TN",
        "SD",  # Sudan: Northern Africa in M49 and an Arab State in UN programmes; kept here.
        "EH",  # Western Sahara: Northern Africa in M49, as are all its neighbours; kept here.
        # Western Asia (less Cyprus and the South Caucasus, below)
        "AE", "BH", "IL", "IQ", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "YE",
        "TR",  # Türkiye: Western Asia in M49; kept here, though some programmes count it Europe.
        "IR",  # Iran: Southern Asia in M49, but Middle East by every common usage.
    ],
    "latin-america": [
        # Caribbean
        "AG", "AI", "AW", "BB", "BL", "BQ", "BS", "CU", "CW", "DM", "DO", "GD", "GP", "HT", "JM",
        "KN", "KY", "LC", "MF", "MQ", "MS", "PR", "SX", "TC", "TT", "VC", "VG", "VI",
        # Central America
        "BZ", "CR", "GT", "HN", "MX", "NI", "PA", "SV",
        # South America
        "AR", "BO", "BR", "CL", "CO", "EC", "FK", "GF", "GY", "PE", "PY", "SR", "UY", "VE",
        "BV",  # Bouvet Island, uninhabited: South America in M49, kept there.
        "GS",  # South Georgia and the South Sandwich Islands: South America in M49, kept there.
    ],
    "north-america": [
        # Northern America
        "BM", "CA", "GL", "PM", "US",
    ],
    "europe": [
        # Eastern Europe
        "BG", "BY", "CZ", "HU", "MD", "PL", "RO", "RU", "SK", "UA",
        # Northern Europe
        "AX", "DK", "EE", "FI", "FO", "GB", "GG", "IE", "IM", "IS", "JE", "LT", "LV", "NO", "SE",
        "SJ",
        # Southern Europe
        "AD", "AL", "BA", "ES", "GI", "GR", "HR", "IT", "ME", "MK", "MT", "PT", "RS", "SI", "SM",
        "VA",
        # Western Europe
        "AT", "BE", "CH", "DE", "FR", "LI", "LU", "MC", "NL",
        "CY",  # Cyprus: Western Asia in M49, but an EU member that European programmes include.
    ],
    "asia": [
        # Central Asia
        "KG", "KZ", "TJ", "TM", "UZ",
        # Eastern Asia
        "CN", "HK", "JP", "KP", "KR", "MN", "MO",
        "TW",  # Taiwan: M49 lists it under China, so Eastern Asia.
        # South-eastern Asia
        "BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN",
        # Southern Asia (less Iran, above)
        "AF", "BD", "BT", "IN", "LK", "MV", "NP", "PK",
        # South Caucasus: Western Asia in M49; the Asian Development Bank puts it with Central Asia.
        "AM", "AZ", "GE",
    ],
    "oceania": [
        # Australia and New Zealand (with Australia's and New Zealand's external territories)
        "AU", "CC", "CX", "HM", "NF", "NZ",
        # Melanesia
        "FJ", "NC", "PG", "SB", "VU",
        # Micronesia
        "FM", "GU", "KI", "MH", "MP", "NR", "PW",
        "UM",  # United States Minor Outlying Islands: Micronesia in M49, kept there.
        # Polynesia
        "AS", "CK", "NU", "PF", "PN", "TK", "TO", "TV", "WF", "WS",
    ],
}  # fmt: skip

# {ISO 3166-1 alpha-2 code: region key of network.choices.REGIONS}
REGION_OF_COUNTRY = {
    code: region for region, codes in _COUNTRIES_BY_REGION.items() for code in codes
}


def region_of(code: str | None) -> str | None:
    """The region key for a country code ("ke", " KE " and "KE" alike), or None for an empty or
    unknown code and for the codes in UNASSIGNED_COUNTRIES."""
    if not code:
        return None
    return REGION_OF_COUNTRY.get(str(code).strip().upper())
