"""Money and time zones as the visitor's language writes them (website.formats), for templates:
{{ page.price|money:page.currency }}, {{ session.time_zone|time_zone_name }}."""

from django import template

from website import formats

register = template.Library()


@register.filter
def money(amount, currency):
    """A price, with its decimals: "R$ 1.200,00" in Portuguese."""
    return formats.format_money(amount, currency)


@register.filter
def time_zone_name(zone):
    return formats.time_zone_name(zone)
