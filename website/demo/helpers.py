"""What every app's demo content does alike: its translation memory, translating what is still
untranslated, publishing pages and putting its pages in the main navigation.

Each app's demo (network, learning, stories) imports from here, never from another app's demo,
so that each can change or go without breaking the others."""

import json
from collections.abc import Mapping

from django.apps import apps
from django.conf import settings
from wagtail.models import Locale

from website.models import HomePage, NavigationMenu
from website.translation import translate_into

LANGUAGES = ("es", "fr", "pt")


class TranslationMemory(Mapping):
    """An app's demo strings: for each language, the English source text (as wagtail-localize
    extracts it) and its translation. It reads as a dict of dicts, language first.

    Each text is written in the demo's data next to its translations (`{"en": ..., "es": ...}`)
    and recorded as it is read, through `english()` (or `t()` in code), so that none can be
    missed or drift apart. Every shared memory made is kept in `instances`, in the order the
    apps' demos were imported: the main menu links to every app's pages, so it is translated with
    all of them."""

    instances = []

    def __init__(self, optional=(), *, shared=True):
        """`optional`: the languages that a text may leave out (a demo whose content is not in
        every language). `shared`: kept in `instances` (the website demo's own memory is not:
        the main menu is translated with it first)."""
        self.optional = set(optional)
        self.strings = {language: {} for language in LANGUAGES}
        if shared:
            TranslationMemory.instances.append(self)

    def __getitem__(self, language):
        return self.strings[language]

    def __iter__(self):
        return iter(self.strings)

    def __len__(self):
        return len(self.strings)

    def english(self, data):
        """`data` read from a demo's JSON file, with each text in it, an object that gives the
        text in each language (`{"en": ..., "es": ..., "fr": ..., "pt": ...}`), recorded in the
        memory and replaced by its English."""
        if isinstance(data, dict):
            if "en" in data and set(data) <= {"en", *LANGUAGES}:
                return self.t(data["en"], es=data.get("es"), fr=data.get("fr"), pt=data.get("pt"))
            return {key: self.english(value) for key, value in data.items()}
        if isinstance(data, list):
            return [self.english(value) for value in data]
        return data

    def t(self, english, *, es, fr, pt=None):
        """Record a text's translations in the memory and give back the English source."""
        for language, text in (("es", es), ("fr", fr), ("pt", pt)):
            if text is None and language in self.optional:
                continue
            if text is None:
                raise TypeError(f"No {language} translation of {english!r}")
            self.record(language, english, text)
        return english

    def record(self, language, english, text):
        """Record one translation; a second, different one of the same text is a mistake."""
        if self.strings[language].setdefault(english, text) != text:
            raise ValueError(f"Two {language} translations of {english!r}")


def read_json(path):
    """A demo's data file."""
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def read_json_files(directory):
    """The data files in `directory`, in the order of their names (each starts with its
    number: "01-...json")."""
    return [read_json(path) for path in sorted(directory.glob("*.json"))]


def paragraphs(texts):
    """Rich text of one paragraph per text."""
    return "".join(f"<p>{text}</p>" for text in texts)


def other_locales(memory):
    """The locales, other than the default one, that `memory` has strings for."""
    return Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).filter(
        language_code__in=list(memory)
    )


def translate_missing(instance, memory, locales=None, languages=None):
    """Translate `instance` from `memory` into each of `locales` (by default, every language of
    the memory) that has no translation yet: a translation that exists, perhaps edited since,
    is left as it is. `languages`, if given, limits it to those language codes."""
    if locales is None:
        locales = other_locales(memory)
    missing = [
        (locale, memory[locale.language_code])
        for locale in locales
        if (languages is None or locale.language_code in languages)
        and not instance.has_translation(locale)
    ]
    if missing:
        translate_into(instance, missing)


def home_page(stdout, demo):
    """The home page in the default language, under which an app's demo goes. None, said on
    `stdout`, when there is none yet: the website demo makes it, and runs first."""
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        stdout.write(f"No home page: run the website demo first. No {demo} demo content.")
    return home


def publish_child(parent, page):
    """Add `page` under `parent` and publish it. Page.save runs full_clean, so the page is
    validated here, with the rules an editor meets in the admin."""
    parent.add_child(instance=page)
    page.save_revision(clean=False).publish()
    return page


def add_to_main_menu(*pages, after=None):
    """Link `pages`, those not linked yet, in the default language's main navigation, together
    and in the order given: at the start when `after` is None, else just after the menu's last
    link to a page of the first of the models `after` names ("app.Model") that it links to, or
    at the end. Gives back the menu, or None when there is none.

    The links are edited in their raw form, so that the existing ones keep their block ids, to
    which their translations are tied; Wagtail gives the new links theirs."""
    menu = NavigationMenu.objects.filter(
        place=NavigationMenu.MAIN, locale=Locale.get_default()
    ).first()
    if menu is None:
        return None
    links = menu.links.get_prep_value()
    linked = [link["value"].get("page") for link in links]
    missing = [page for page in pages if page.pk not in linked]
    if missing:
        position = 0 if after is None else menu_position(linked, after)
        links[position:position] = [
            {"type": "link", "value": {"page": page.pk, "url": "", "label": ""}} for page in missing
        ]
        menu.links = links
        menu.save()
    return menu


def menu_position(linked, after):
    """Just after the last of the `linked` page ids that is a page of the first model in `after`
    that has one, else the end."""
    for label in after:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        pages = set(model.objects.values_list("pk", flat=True))
        positions = [number for number, page in enumerate(linked) if page in pages]
        if positions:
            return positions[-1] + 1
    return len(linked)


def translate_menu(menu, locales, memory):
    """Bring each translation of `menu` into `locales` up to date with its links: translate_into()
    updates a translation that exists, keeping the strings it has. The strings are the website
    demo's, then every app's memory, then `memory`, the caller's own, so that its own win."""
    from website.demo import TRANSLATIONS as WEBSITE_TRANSLATIONS

    block_ids = {child.id for child in menu.links}
    out_of_date = []
    for locale in locales:
        translated = menu.get_translation_or_none(locale)
        if translated is None or {child.id for child in translated.links} != block_ids:
            strings = {}
            for known in (WEBSITE_TRANSLATIONS, *TranslationMemory.instances, memory):
                strings.update(known.get(locale.language_code, {}))
            out_of_date.append((locale, strings))
    if out_of_date:
        translate_into(menu, out_of_date)


def drawn_image_description(memory):
    """What the demo's drawn pictures show, for their alt text: the network's landscapes and the
    stories' body images use the same words. Recorded in `memory`; gives back the English."""
    return memory.t(
        "Illustration drawn for the demo: layers of hills under an open sky",
        es="Ilustración dibujada para la demostración: capas de colinas bajo un cielo abierto",
        fr=(
            "Illustration dessinée pour la démonstration\u00a0: "
            "des collines en plans successifs sous un ciel dégagé"
        ),
        pt="Ilustração desenhada para a demonstração: camadas de colinas sob um céu aberto",
    )
