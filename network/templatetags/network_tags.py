from django import template
from django.utils.translation import get_language

from website.localize import term_names
from website.models import EcosystemType, SustainableDevelopmentGoal, Theme

register = template.Library()


@register.filter
def theme_names(themes):
    """Theme names in the visitor's language (relations point at one language's terms)."""
    names = term_names(Theme, language=get_language())
    return [names.get(theme.slug, theme.name) for theme in themes]


@register.filter
def ecosystem_names(ecosystem_types):
    names = term_names(EcosystemType, language=get_language())
    return [names.get(term.slug, term.name) for term in ecosystem_types]


@register.filter
def sdg_labels(goals):
    names = term_names(SustainableDevelopmentGoal, "number", language=get_language())
    return [(goal.number, names.get(str(goal.number), goal.name), goal.colour) for goal in goals]


@register.filter
def country_names(countries):
    return [country.name for country in countries]


@register.inclusion_tag("network/includes/home_map.html", takes_context=True)
def landscapes_map(context):
    """The home page's map: every live landscape in the visitor's language, and the way to the
    directory."""
    from network.geojson import landscape_point_features
    from network.models import LandscapeIndexPage, LandscapePage

    request = context["request"]
    language = get_language()
    landscapes = LandscapePage.objects.live().public().filter(locale__language_code=language)
    directory = LandscapeIndexPage.objects.live().filter(locale__language_code=language).first()
    return {
        "request": request,
        "settings": context.get("settings"),
        "map_data": landscape_point_features(landscapes, request),
        "directory": directory,
    }
