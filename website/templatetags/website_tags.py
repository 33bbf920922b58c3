import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page, Site

from website.language_versions import page_language_versions, path_language_versions
from website.models import NavigationMenu
from website.models.site_settings import SOCIAL_NETWORKS
from website.structure import cached_structure

register = template.Library()


# The characters that could end a <script> element or start an HTML comment inside it.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def language_versions(context):
    """Where each language's link in the switcher goes, for the page or view being shown."""
    request = context["request"]
    if "language_versions" in context:  # a view that knows better (a page's sub-page)
        return context["language_versions"]
    page = context.get("page")
    if page is not None and getattr(page, "translation_key", None):
        return page_language_versions(request, page)
    return path_language_versions(request)


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """An address on this site as a full URL, for canonical links, hreflang and Open Graph."""
    return context["request"].build_absolute_uri(path)


# Open Graph wants a territory with the language; these are the ones our readers most use.
OPEN_GRAPH_LOCALES = {"en": "en_GB", "es": "es_ES", "fr": "fr_FR", "pt": "pt_BR"}


@register.filter
def og_locale(language_code):
    return OPEN_GRAPH_LOCALES.get(language_code, language_code)


@register.filter
def social_network_name(network):
    return dict(SOCIAL_NETWORKS).get(network, network)


@register.filter
def json_ld(data):
    """A schema.org dict as a <script type="application/ld+json"> element, safely escaped."""
    if not data:
        return ""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(_SCRIPT_ESCAPES)),  # noqa: S308 - escaped just above
    )


@register.simple_tag(takes_context=True)
def page_json_ld(context):
    page = context.get("page")
    if page is None or not hasattr(page, "get_json_ld"):
        return ""
    return json_ld(page.get_json_ld(context["request"]))


@register.inclusion_tag("includes/menu.html", takes_context=True)
def navigation_menu(context, place):
    """A menu's links in the visitor's language: pages chosen in another language's menu are
    followed to their live translation here, all in one query."""
    request = context["request"]
    language = get_language()
    site = Site.find_for_request(request)  # Wagtail keeps it on the request
    key = f"menu:{place}:{language}:{site.pk if site else 0}"
    items = cached_structure(key, lambda: _menu_items(request, place, language))
    items = [{**item, "is_current": item["url"] == request.path} for item in items]
    return {"items": items, "place": place}


def _menu_items(request, place, language):
    menu = NavigationMenu.for_place(place, language)
    links = [block.value for block in menu.links] if menu else []
    chosen_keys = [link["page"].translation_key for link in links if link["page"] is not None]
    localized = {}
    if chosen_keys:
        localized = {
            page.translation_key: page
            for page in Page.objects.live()
            .public()
            .filter(translation_key__in=chosen_keys, locale__language_code=language)
        }
    items = []
    for link in links:
        if link["page"] is None:
            items.append({"url": link["url"], "label": link["label"]})
            continue
        page = localized.get(link["page"].translation_key)
        if page is not None:
            items.append({"url": page.get_url(request), "label": link["label"] or page.title})
    return items
