import html
import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page, Site

from website import addresses, descriptions
from website.language_versions import page_language_versions, path_language_versions
from website.models import NavigationMenu
from website.models.site_settings import SOCIAL_NETWORKS
from website.schema import site_name
from website.structure import cached_structure
from website.text_language import text_language

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
    """An address on this site as a full URL, for canonical links, hreflang and Open Graph: on
    the site's address, whatever host the request came with (website/addresses.py)."""
    return addresses.absolute_url(path, context["request"])


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
def meta_description(context):
    """The text of `<meta name="description">` and `og:description`, one for both: what a view
    passes as `meta_description`, else the page's (SitePage.meta_description), else the view's
    or the site's (website/descriptions.py). A page shown only as its password form says none
    of its own words."""
    page = context.get("page")
    if (
        not context.get("meta_description")
        and hasattr(page, "meta_description")
        and _open_to(page, context.get("request"))
    ):
        return page.meta_description
    return descriptions.view_description(context)


def _open_to(page, request):
    """Whether the page's own content is shown to this request (no view restriction holds it
    back)."""
    if request is None:
        return False
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


@register.simple_tag(takes_context=True)
def page_json_ld(context):
    page = context.get("page")
    if page is None or not hasattr(page, "get_json_ld"):
        return ""
    return json_ld(page.get_json_ld(context["request"]))


@register.filter(is_safe=True)
def with_site_name(title):
    """A page's <title>: its own title (rendered, so already escaped), then the site's name,
    said once: a title that already says it (the home page's is the site's name) stands alone,
    and a page with no title of its own is the site's name."""
    title = str(title).strip()
    name = site_name()
    if not title:
        return conditional_escape(name)
    if name.casefold() in html.unescape(title).casefold():
        return mark_safe(title)  # noqa: S308 - rendered by the template, escaped there
    return format_html("{} · {}", mark_safe(title), name)  # noqa: S308 - the same


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
    # A menu or a page that is a translation not begun yet shows its source's words: the link
    # says in which language (website.text_language).
    menu_language = None
    if menu is not None:
        menu_language = text_language(menu)
        if menu.locale.language_code != language:  # the default language's, standing in
            menu_language = menu.locale.language_code
    items = []
    for link in links:
        if link["page"] is None:
            items.append({"url": link["url"], "label": link["label"], "lang": menu_language})
            continue
        page = localized.get(link["page"].translation_key)
        if page is not None:
            items.append(
                {
                    "url": page.get_url(request),
                    "label": link["label"] or page.title,
                    "lang": menu_language if link["label"] else text_language(page),
                }
            )
    return items
