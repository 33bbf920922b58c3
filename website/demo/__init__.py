"""Demo content for `make run`: the home page, About, Partners and Privacy in every language
(translated through wagtail-localize), the taxonomy, menus and site settings. Idempotent: what
exists already is left as it is.

The content is data, in the JSON files beside this module, which it reads when imported:
- `home.json`: the home page;
- `pages/`: one file per standard page under the home page, in the order of the files' names;
- `taxonomy.json`: the themes and ecosystem types, by slug; an ecosystem type also names the
  Terraso ecosystem type it is exchanged as ("" when Terraso has none);
- `menus.json`: the main navigation and the footer, by page slug.

Each translated text is an object with its English source and its translations next to it,
`{"en": ..., "es": ..., "fr": ..., "pt": ...}` (the home page's slug included), so that none can
be missed or drift apart; the English goes into the page, the translations into the
translation memory `TRANSLATIONS` (one dict per language, keyed by the English string as
wagtail-localize extracts it), as a translator would build it. A rich-text field (the home
page's introduction) and a paragraph block are lists of paragraphs, each a text: the page gets
each in its <p>, the memory has each paragraph on its own, the way wagtail-localize extracts it.
A block's `id` is kept: wagtail-localize ties a block's translation to it; the items of a
list block (the home page's key figures) have ids too, as wagtail-localize translates only
that form."""

from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from website.models import (
    EcosystemType,
    HomePage,
    NavigationMenu,
    SiteSettings,
    StandardPage,
    Theme,
)

from .helpers import TranslationMemory, paragraphs, read_json, read_json_files, translate_missing
from .images import get_or_create_image

DATA = Path(__file__).resolve().parent


def page(data):
    """A page's data as the page is made from it: a list of paragraphs (the home page's
    introduction, a paragraph block's value) as rich text."""
    made = dict(data)
    if isinstance(made.get("intro"), list):
        made["intro"] = paragraphs(made["intro"])
    made["body"] = [
        {**block, "value": paragraphs(block["value"])} if block["type"] == "paragraph" else block
        for block in data["body"]
    ]
    return made


# Not among the apps' memories (TranslationMemory.instances): translate_menu reads it first.
TRANSLATIONS = TranslationMemory(shared=False)
HOME = page(TRANSLATIONS.english(read_json(DATA / "home.json")))
STANDARD_PAGES = [page(data) for data in TRANSLATIONS.english(read_json_files(DATA / "pages"))]
_taxonomy = TRANSLATIONS.english(read_json(DATA / "taxonomy.json"))
THEMES = [(term["slug"], term["name"]) for term in _taxonomy["themes"]]
ECOSYSTEM_TYPES = [
    (term["slug"], term["name"], term["terraso_ecosystem_type"])
    for term in _taxonomy["ecosystem_types"]
]
_menus = read_json(DATA / "menus.json")
MAIN_MENU = _menus["main"]
FOOTER_MENU = _menus["footer"]


def load_home():
    default_locale = Locale.get_default()
    home = HomePage.objects.filter(locale=default_locale).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's initial "Welcome" page holds the slug "home"; it is deleted below.
        root.get_children().exact_type(Page).filter(slug=HOME["slug"]).update(slug="welcome")
        home = root.add_child(
            instance=HomePage(
                **{key: value for key, value in HOME.items() if key != "body"},
                body=HOME["body"],
                hero_image=get_or_create_image("Hero: terraced hills at dawn"),
                locale=default_locale,
            )
        )
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site = Site.objects.create(
            hostname=address.hostname or "localhost",
            port=address.port or (443 if address.scheme == "https" else 80),
            root_page=home,
            is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
    if site.root_page_id != home.pk:
        old_root = site.root_page
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.hostname = address.hostname or site.hostname
        site.port = address.port or site.port
        site.save()
        # Wagtail's initial "Welcome" page is of no use once the real home page is the root.
        if old_root.pk != home.pk and not old_root.get_children().exists():
            old_root.delete()
    translate_missing(home, TRANSLATIONS)
    return home


def load_standard_pages(home):
    pages = {}
    for data in STANDARD_PAGES:
        page = StandardPage.objects.child_of(home).filter(slug=data["slug"]).first()
        if page is None:
            page = home.add_child(instance=StandardPage(**data))
            page.save_revision().publish()
        translate_missing(page, TRANSLATIONS)
        pages[data["slug"]] = page
    return pages


def load_taxonomy():
    default_locale = Locale.get_default()
    terms = [(Theme, slug, {"name": name}) for slug, name in THEMES] + [
        (EcosystemType, slug, {"name": name, "terraso_ecosystem_type": terraso})
        for slug, name, terraso in ECOSYSTEM_TYPES
    ]
    for model, slug, values in terms:
        term, _created = model.objects.get_or_create(
            slug=slug, locale=default_locale, defaults=values
        )
        translate_missing(term, TRANSLATIONS)


def load_menus(pages):
    default_locale = Locale.get_default()
    for place, slugs in ((NavigationMenu.MAIN, MAIN_MENU), (NavigationMenu.FOOTER, FOOTER_MENU)):
        menu, created = NavigationMenu.objects.get_or_create(place=place, locale=default_locale)
        if created:
            menu.links = [("link", {"page": pages[slug], "url": "", "label": ""}) for slug in slugs]
            menu.save()
        translate_missing(menu, TRANSLATIONS)


def load_site_settings(home):
    site_settings = SiteSettings.for_site(home.get_site())
    if not site_settings.contact_email:
        site_settings.contact_email = "hello@example.org"
        site_settings.save()


def load(stdout):
    home = load_home()
    pages = load_standard_pages(home)
    load_taxonomy()
    load_menus(pages)
    load_site_settings(home)
    stdout.write(
        f"Home, {len(pages)} pages, taxonomy and menus in {Locale.objects.count()} languages."
    )
