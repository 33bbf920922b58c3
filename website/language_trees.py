"""A newly added language's tree: what its visitors need to find their way around the site, made
as wagtail-localize translations of the default language's pages and menus, waiting for
translators.

Adding a language is a settings change (LANGUAGES, which WAGTAIL_CONTENT_LANGUAGES follows), then
`manage.py migrate` or `manage.py add_language xx`: its Locale, its home page, the sections under
the home (directories, catalog, stories, About…), every page a menu links to and the menus
themselves. Until translators translate them they show the default language's text, which the
templates mark with its `lang` and `dir` (website.text_language); translators edit them in the
admin like any other translation, and "Sync translated pages" keeps them up to date.

Profiles, stories and courses are not copied: profiles are listed in every language from the
moment they are published (network.untranslated), and the others are translated one by one, as
in every language."""

import io

from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page, Site

from website.models import HomePage, NavigationMenu
from website.translation import translate


class UnknownLanguage(ValueError):
    pass


def source_home():
    """The default language's home page of the default site, or None before there is one
    (a fresh install's root is Wagtail's "Welcome" page, which nobody needs translated)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return None
    root = site.root_page
    home = (root.get_translation_or_none(Locale.get_default()) or root).specific
    return home if isinstance(home, HomePage) else None


def structure_pages(home):
    """The live pages a language needs for its visitors to find their way: `home`, the sections
    under it and every page the menus of its language link to, with the pages between them and
    the home; parents before children."""
    pages = {page.pk: page for page in home.get_children().live()}
    pages[home.pk] = home
    for menu in NavigationMenu.objects.filter(locale_id=home.locale_id):
        for link in menu.links:
            linked = link.value.get("page")
            if linked is None:
                continue
            linked = linked.get_translation_or_none(home.locale) or linked
            if linked.live and linked.is_descendant_of(home):
                for page in linked.get_ancestors(inclusive=True).live().descendant_of(home):
                    pages.setdefault(page.pk, page)
    return [page.specific for page in sorted(pages.values(), key=lambda page: page.path)]


def add_language(language_code, stdout=None):
    """Give `language_code` (one of WAGTAIL_CONTENT_LANGUAGES) its Locale and, under it, a
    translation of each structure page and menu it lacks. What exists is left as it is, so it
    can run again (after a section is added, say). Returns (pages made, menus made)."""
    if language_code not in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
        raise UnknownLanguage(language_code)
    locale, _created = Locale.objects.get_or_create(language_code=language_code)
    home = source_home()
    if home is None or home.locale_id == locale.pk:
        return [], []
    pages = [
        translate(page, locale, {})
        for page in structure_pages(home)
        if not page.has_translation(locale)
    ]
    menus = [
        translate(menu, locale, {})
        for menu in NavigationMenu.objects.filter(locale_id=home.locale_id)
        if not menu.has_translation(locale)
    ]
    if pages:
        # Translators' permissions hang on each language's home page (network.roles).
        call_command("setup_roles", stdout=stdout)
    return pages, menus


def languages_without_a_home():
    """The content languages whose home page the default site lacks (none before there is a
    site: a fresh install's demo or editors make the first one)."""
    home = source_home()
    if home is None:
        return []
    translated = set(
        Page.objects.filter(translation_key=home.translation_key).values_list(
            "locale__language_code", flat=True
        )
    )
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code not in translated]


def add_new_languages(using="default", verbosity=1, stdout=None, **kwargs):
    """After `migrate` (and the demo): a language just added to the settings gets its tree. A
    language that has a home page already is left alone, whatever its editors chose to
    translate or not."""
    if using != "default":
        return
    quiet = verbosity < 1 or stdout is None
    for language_code in languages_without_a_home():
        # All of a language's tree or none of it: a tree stopped half-way would never be
        # finished here, since its language then has a home.
        with transaction.atomic():
            pages, menus = add_language(language_code, stdout=io.StringIO() if quiet else stdout)
        if not quiet:
            stdout.write(
                f"  New language {language_code}: pages made: {len(pages)}, menus made: "
                f"{len(menus)} (waiting to be translated).\n"
            )
