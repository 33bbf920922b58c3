from django import template
from django.utils.translation import get_language

from network.basemap import tiles_for
from website.formats import collation_key
from website.localize import term_names
from website.models import EcosystemType, SustainableDevelopmentGoal, Theme
from website.structure import section_page

register = template.Library()


@register.filter
def map_tiles(site_settings):
    """The map background a page's maps draw: the configured tile server, else the site's own
    basemap (network/basemap.py)."""
    return tiles_for(
        getattr(site_settings, "map_tile_url", ""), getattr(site_settings, "map_attribution", "")
    )


@register.filter
def theme_names(themes):
    """Theme names in the visitor's language (relations point at one language's terms), in
    that language's alphabetical order."""
    names = term_names(Theme, language=get_language())
    return sorted((names.get(theme.slug, theme.name) for theme in themes), key=collation_key)


@register.filter
def card_theme_names(item):
    """theme_names() of a card's themes: those the site search read with its facts
    (`found_themes`), else the card's own (prefetched by Directory.with_card_themes)."""
    found = getattr(item, "found_themes", None)
    return theme_names(item.themes.all() if found is None else found)


@register.filter
def ecosystem_names(ecosystem_types):
    names = term_names(EcosystemType, language=get_language())
    return sorted((names.get(term.slug, term.name) for term in ecosystem_types), key=collation_key)


# With pure black one of the two always reaches 4.58:1, above the 4.5:1 normal text needs.
DARK_INK = "#000000"


def _luminance(colour):
    """WCAG relative luminance of a #RRGGBB colour."""
    channels = [int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5)]
    red, green, blue = (
        channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4
        for channel in channels
    )
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def readable_ink(colour):
    """White or near-black, whichever contrasts more with `colour`: several of the goals'
    official colours are too light for white text (WCAG 1.4.3)."""
    try:
        background = _luminance(colour)
    except (TypeError, ValueError, IndexError):
        return "#ffffff"
    on_white = 1.05 / (background + 0.05)
    on_black = (background + 0.05) / (_luminance(DARK_INK) + 0.05)
    return "#ffffff" if on_white >= on_black else DARK_INK


@register.filter
def sdg_labels(goals):
    """(number, name in the visitor's language, colour, text colour) of each goal."""
    names = term_names(SustainableDevelopmentGoal, "number", language=get_language())
    return [
        (
            goal.number,
            names.get(str(goal.number), goal.name),
            goal.colour,
            readable_ink(goal.colour),
        )
        for goal in goals
    ]


@register.filter
def country_names(countries):
    return [country.name for country in countries]


@register.simple_tag
def landscape_directory_url():
    """The landscape directory's address in the active language, or "" where it has none: the
    home page's way in (website names no app's pages)."""
    from network.models import LandscapeIndexPage

    directory = section_page(LandscapeIndexPage, get_language())
    return directory.url if directory else ""


@register.inclusion_tag("network/includes/home_map.html", takes_context=True)
def landscapes_map(context):
    """The home page's map of every live landscape in the visitor's language, which the map
    fetches from the directory, and the way to the directory."""
    from network.models import LandscapeIndexPage, LandscapePage

    request = context["request"]
    language = get_language()
    directory = section_page(LandscapeIndexPage, language)
    # Every published landscape is on every language's map, translated or not
    # (network/untranslated.py).
    has_landscapes = bool(directory) and LandscapePage.objects.live().public().exists()
    return {
        "request": request,
        "settings": context.get("settings"),
        "map_url": directory.map_data_url(request) if has_landscapes else "",
        "directory": directory,
    }
