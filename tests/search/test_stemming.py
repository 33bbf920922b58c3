"""Each language is searched with its own stemming and accents folded, on every backend: SQLite
(`make run`), PostgreSQL and, when SEARCH_URL is set, the engine. A word typed in the singular
finds the plural and the other way round; typed with or without its accents, the same pages."""

from importlib import import_module
from types import SimpleNamespace

import pytest
from django.apps import apps as django_apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from network.factories import make_landscape
from network.models import LandscapePage
from search.stemming import stem_text
from tests.search.pages import result_titles
from tests.worlds import directory_site_world, shared_directory_site  # noqa: F401 (fixtures)
from website.content_version import content_changed

# (language, the words a visitor may type, {landscape title: its summary}): every word of a
# row finds exactly the row's landscapes, whichever form the page has.
SAME_PAGES = [
    (
        "es",
        ["pastizal", "pastizales", "Pastizales"],
        {
            "Páramo de Chingaza": "Un pastizal de altura que da agua a Bogotá.",
            "Sabana del Beni": "Los pastizales inundables del sur.",
        },
    ),
    (
        "es",
        ["restauración", "restauracion", "restauraciones"],
        {
            "Bosque seco de Lambayeque": "La restauración del algarrobo con las comunidades.",
            "Río Bogotá": "Dos restauraciones de humedales.",
        },
    ),
    (
        "fr",
        ["prairie", "prairies", "Prairies"],
        {
            "Marais poitevin": "Une prairie humide pâturée par les vaches.",
            "Vallée de l’Aa": "Les prairies de fauche du nord.",
        },
    ),
    (
        "fr",
        ["forêt", "foret", "forêts", "forets"],
        {
            "Massif des Vosges": "La forêt de montagne et ses tourbières.",
            "Landes de Gascogne": "Des forêts de pins plantées.",
        },
    ),
    (
        "pt",
        ["paisagem", "paisagens"],
        {
            "Serra da Mantiqueira": "Uma paisagem de montanha e nascentes.",
            "Mata Atlântica do Sul": "As paisagens costeiras do Paraná.",
        },
    ),
    (
        "pt",
        ["restauração", "restauracao", "restaurações", "restauracoes"],
        {
            "Cerrado Mineiro": "A restauração das veredas com os agricultores.",
            "Pantanal Norte": "Três restaurações de matas ciliares.",
        },
    ),
    (
        "en",
        ["watershed", "watersheds", "Watersheds"],
        {
            "Upper Tana": "A watershed council of farmers and the city.",
            "Lake Victoria Basin": "Three watersheds restored by their communities.",
        },
    ),
]


@pytest.fixture
def landscapes(directory_site, search_index):
    for language, _words, pages in SAME_PAGES:
        for title, summary in pages.items():
            make_landscape(directory_site[language]["landscapes"], title=title, summary=summary)
    # A page in each language that none of the words finds.
    for language in ("en", "es", "fr", "pt"):
        make_landscape(
            directory_site[language]["landscapes"],
            title=f"Elsewhere {language}",
            summary="Mangroves, fisheries and coral reefs.",
        )
    search_index.refresh()


def found(client, language, query, **params):
    return set(result_titles(client.get(f"/{language}/search/", {"q": query, **params})))


def test_singular_plural_and_accents_find_the_same_pages(client, landscapes):
    for language, words, pages in SAME_PAGES:
        for word in words:
            assert found(client, language, word) == set(pages), (language, word)
            # Across every language too: a word matches when it matches in any language.
            everywhere = found(client, language, word, languages="all")
            assert everywhere == set(pages), (language, word)


def test_the_directory_finds_plurals_too(client, landscapes):
    page = client.get("/es/landscapes/", {"q": "pastizal"}).content.decode()

    assert "Páramo de Chingaza" in page
    assert "Sabana del Beni" in page


def test_update_index_rebuilds_the_stemmed_index(client, landscapes, search_index):
    call_command("update_index", verbosity=0)
    search_index.refresh()

    assert found(client, "pt", "paisagem") == {"Serra da Mantiqueira", "Mata Atlântica do Sul"}
    assert found(client, "fr", "prairie") == {"Marais poitevin", "Vallée de l’Aa"}


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the migration stems SQLite's index")
def test_the_migration_stems_an_index_built_before(client, landscapes):
    """A `make run` database indexed before stemming: its entries hold the words as written."""
    stem_index = import_module("search.migrations.0003_stem_sqlite_index").stem_index
    summaries = {title: summary for _l, _w, pages in SAME_PAGES for title, summary in pages.items()}
    content_types = ContentType.objects.get_for_models(Page, LandscapePage).values()
    for page in Page.objects.filter(title__in=summaries):
        IndexEntry.objects.filter(content_type__in=content_types, object_id=str(page.pk)).update(
            title=page.title, body=summaries[page.title]
        )
    assert found(client, "es", "pastizal") == {"Páramo de Chingaza"}  # "Un pastizal de altura"

    # What the migration reads of its schema editor: the database's vendor.
    stem_index(django_apps, SimpleNamespace(connection=connection))
    content_changed()  # as `migrate` does once its migrations have run (website/apps.py)

    assert found(client, "es", "pastizal") == {"Páramo de Chingaza", "Sabana del Beni"}
    assert found(client, "pt", "paisagens") == {"Serra da Mantiqueira", "Mata Atlântica do Sul"}


# (language, words a stemmer joins once their plurals are made singular): Snowball alone,
# on folded words, leaves each of these apart from its singular.
JOINED = [
    ("es", ["restauración", "restauracion", "restauraciones", "Restauraciones"]),
    ("es", ["inversión", "inversiones"]),
    ("pt", ["região", "regiões", "regioes"]),
    ("pt", ["ação", "ações"]),
    ("pt", ["jovem", "jovens"]),
    ("pt", ["animal", "animais"]),
    ("pt", ["papel", "papéis"]),
]


def test_stemmed_words_join_singular_plural_and_accents():
    for language, words in JOINED:
        assert len({stem_text(word, language) for word in words}) == 1, words
    # Short words keep their endings: "mais" (more) is no plural of "mal".
    assert stem_text("mais", "pt") != stem_text("mal", "pt")
    # Words keep their places, so that a phrase stays a phrase.
    assert stem_text("Les prairies humides de l’Aa", "fr") == "le prair humid de l’aa"
    # Without a language (images, documents): folded only.
    assert stem_text("Prairies à l'aube", None) == "prairies a l'aube"


def test_a_search_in_every_language_finds_what_has_no_language(search_index):
    image = get_image_model().objects.create(title="Prairies at dawn", file=get_test_image_file())
    search_index.refresh()

    backend = get_search_backend()
    for query in ("prairies", "Prairies", "dawn"):
        assert list(backend.search(query, get_image_model())) == [image], query
