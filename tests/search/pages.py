"""A small network to search, and how a test reads what a visitor sees on a results page."""

import html
import re
from types import SimpleNamespace

from learning.factories import make_catalog, make_course, make_institution, session
from network.factories import make_expert, make_landscape, make_organisation
from stories.factories import make_story, make_story_index

# A profile in another language than the visitor's has hreflang and lang on its link.
_CARD_TITLE = re.compile(r'<h3 class="card__title"><a href="([^"]*)"[^>]*>(.*?)</a></h3>', re.S)


def make_network(directory_site, themes):
    """Pages of every kind in English that speak of mangroves, and a few in Spanish and French."""
    en, es, fr = directory_site["en"], directory_site["es"], directory_site["fr"]
    homes = {language: pages["home"] for language, pages in directory_site.items()}
    catalog = make_catalog(homes)
    stories = make_story_index(homes)
    water, restoration = themes["water"], themes["restoration"]
    return SimpleNamespace(
        directory_site=directory_site,
        mangrove_coast=make_landscape(
            en["landscapes"],
            title="Mangrove Coast",
            summary="A coastal partnership that brings fisheries back.",
            countries=["KE"],
            themes=[water],
        ),
        highland_rivers=make_landscape(
            en["landscapes"],
            title="Highland Rivers",
            summary="Upstream farmers who protect the mangrove estuary downstream.",
            countries=["TZ"],
            themes=[restoration],
        ),
        delta_alliance=make_organisation(
            en["organisations"],
            title="Delta Alliance",
            summary="Water managers working for mangrove deltas.",
            countries=["BR"],
            themes=[water],
        ),
        amina=make_expert(
            en["experts"],
            title="Amina Odhiambo",
            headline="Mangrove ecologist",
            countries=["KE", "TZ"],
            themes=[water, restoration],
        ),
        course=make_course(
            make_institution(catalog["en"], title="Coastal Institute"),
            title="Mangrove restoration basics",
            summary="Planting and caring for young trees in tidal zones.",
            sessions=[session(30, mode="onsite", country="MZ")],
            themes=[restoration],
        ),
        story=make_story(
            stories["en"],
            title="The fishers who came back to the mangrove forest",
            standfirst="Ten years of replanting in Kenya.",
            countries=["KE"],
            themes=[water],
        ),
        choco=make_landscape(
            es["landscapes"],
            title="Paisaje del Chocó",
            summary="Restauramos los bosques y los árboles nativos con las comunidades.",
            countries=["CO"],
        ),
        mayombe=make_landscape(
            fr["landscapes"],
            title="Forêt du Mayombe",
            summary="Le café de l’ombre protège les forêts et l’été des rivières.",
            countries=["CG"],
        ),
    )


# What make_network()'s pages a search for "mangrove" finds, in English.
MANGROVE_TITLES = {
    "Mangrove Coast",
    "Highland Rivers",
    "Delta Alliance",
    "Amina Odhiambo",
    "Mangrove restoration basics",
    "The fishers who came back to the mangrove forest",
}


def result_titles(response):
    """The titles of the results, in the order a visitor reads them."""
    content = response.content.decode()
    start = content.find('class="cards search-results"')
    if start == -1:
        return []
    end = content.find("</ul>", start)
    return [html.unescape(title) for _url, title in _CARD_TITLE.findall(content[start:end])]


def result_links(response):
    """(address, title) of each result: a profile's name is the same in every language, its
    versions differ by their address."""
    content = response.content.decode()
    start = content.find('class="cards search-results"')
    if start == -1:
        return []
    end = content.find("</ul>", start)
    return [(url, html.unescape(title)) for url, title in _CARD_TITLE.findall(content[start:end])]


def facet_counts(response, param):
    """{value: count} of a facet's options as shown."""
    pattern = re.compile(
        rf'name="{param}" value="([^"]+)"[^>]*> [^<]* <span class="facet__count">\((\d+)\)</span>'
    )
    return {value: int(count) for value, count in pattern.findall(response.content.decode())}
