"""Which languages a page exists in, for the language switcher, hreflang alternates and the
sitemap. A page's translations share its translation_key; only live ones are offered."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q, Subquery
from django.urls import translate_url
from django.utils.encoding import escape_uri_path
from wagtail.models import Page, Site

from website.structure import cached_structure


@dataclass(frozen=True)
class LanguageVersion:
    language_code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False when the link falls back to that language's home page
    is_default: bool  # the site's default language: the x-default alternate


def page_language_versions(request, page):
    """For each configured language: the page's live translation, else that language's home.
    Kept per page and site under the content version (a publish, an unpublish or a new view
    restriction moves it on); a page not saved yet (a preview) is worked out each time."""
    cache = getattr(request, "_language_versions", None)
    if cache is not None and cache[0] == page.pk:
        return cache[1]
    site = Site.find_for_request(request)
    if page.pk is None:
        versions = _page_language_versions(request, page, site)
    else:
        versions = cached_structure(
            f"language-versions:{site.pk if site else 0}:{page.pk}",
            lambda: _page_language_versions(request, page, site),
        )
    request._language_versions = (page.pk, versions)
    return versions


def _page_language_versions(request, page, site):
    site_root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
    versions_by_language = {}
    for candidate in (
        Page.objects.live()
        .public()
        .filter(
            Q(translation_key=page.translation_key) | Q(translation_key=Subquery(site_root_key))
        )
        .select_related("locale")
    ):
        key = "page" if candidate.translation_key == page.translation_key else "home"
        versions_by_language.setdefault(candidate.locale.language_code, {})[key] = candidate

    current_language = next(
        (
            code
            for code, found in versions_by_language.items()
            if found.get("page") and found["page"].pk == page.pk
        ),
        None,
    )
    versions = []
    for language_code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        found = versions_by_language.get(language_code, {})
        target = found.get("page") or found.get("home")
        url = target.get_url(request) if target else f"/{language_code}/"
        versions.append(
            LanguageVersion(
                language_code=language_code,
                name=name,
                url=url,
                is_current=language_code == current_language,
                is_translation="page" in found,
                is_default=language_code == settings.LANGUAGE_CODE,
            )
        )
    return versions


def path_language_versions(request):
    """For views that are not Wagtail pages: the same path under each language prefix. Without
    its query string, as the canonical link: the language switcher adds the parameters that
    a listing understands (website.templatetags.text_languages)."""
    current = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    return [
        LanguageVersion(
            language_code=language_code,
            name=name,
            url=_path_in(request.path, language_code),
            is_current=language_code == current,
            is_translation=True,
            is_default=language_code == settings.LANGUAGE_CODE,
        )
        for language_code, name in settings.WAGTAIL_CONTENT_LANGUAGES
    ]


def _path_in(path, language_code):
    """`path` under `language_code`'s prefix, escaped ("?" typed into a path stays part of the
    path). A path the site cannot translate (a 404's address is whatever the visitor typed, even
    "//another.host/") leads to that language's home page instead."""
    escaped = escape_uri_path(path)
    translated = translate_url(escaped, language_code)
    if translated.startswith("//") or (
        translated == escaped and not escaped.startswith(f"/{language_code}/")
    ):
        return f"/{language_code}/"
    return translated
