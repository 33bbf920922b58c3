"""Test data for the foundation: a site whose home page exists in every language, pages under it,
and translations made through wagtail-localize as a translator would make them."""

import itertools

from django.conf import settings
from wagtail.models import Locale, Page, Site

from website.models import HomePage, StandardPage
from website.translation import translate

_sequence = itertools.count(1)


def locale(language_code):
    return Locale.objects.get(language_code=language_code)


def make_site(languages=None):
    """A default Site whose root is an English HomePage, translated into `languages` (default:
    every content language). Returns {language code: home page}."""
    root = Page.get_first_root_node()
    root.get_children().exact_type(Page).delete()  # Wagtail's own "Welcome" page
    Site.objects.all().delete()
    home = root.add_child(
        instance=HomePage(
            title="Thousand Landscapes",
            slug="home",
            hero_title="Restoring landscapes together",
            hero_text="Landscape partnerships find each other here.",
            locale=locale(settings.LANGUAGE_CODE),
        )
    )
    home.save_revision().publish()
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    homes = {settings.LANGUAGE_CODE: home}
    if languages is None:
        languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    for language_code in languages:
        if language_code != settings.LANGUAGE_CODE:
            homes[language_code] = translate_page(home, language_code)
    return homes


def make_standard_page(parent, **fields):
    number = next(_sequence)
    fields.setdefault("title", f"Standard page {number}")
    fields.setdefault("slug", f"standard-page-{number}")
    fields.setdefault("intro", "An introduction.")
    page = parent.add_child(instance=StandardPage(locale=parent.locale, **fields))
    page.save_revision().publish()
    return page


def translate_page(page, language_code, strings=None, publish=True):
    """`page` translated into `language_code`; the title and slug get the language as a suffix
    unless `strings` says otherwise."""
    suffix_strings = {
        page.title: f"{page.title} [{language_code}]",
        page.slug: f"{page.slug}-{language_code}",
    }
    return translate(page, locale(language_code), {**suffix_strings, **(strings or {})}, publish)
