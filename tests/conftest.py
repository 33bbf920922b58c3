import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from website.factories import make_site


@pytest.fixture(autouse=True)
def _clear_cache():
    """Wagtail caches site root paths; a test starts from a cache of its own."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """A request activates its page's language and leaves it active; each test starts in the
    default language, whatever the test before it requested."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def homes(db):
    """The home page in every language: {language code: page}."""
    return make_site()


@pytest.fixture
def directory_site(db):
    """Home and the three directory index pages in every language."""
    from network.factories import make_directory_site

    return make_directory_site()


@pytest.fixture
def themes(db):
    """Three themes in English with translations: {slug: English Theme}."""
    from website.factories import locale
    from website.models import Theme

    terms = {}
    for slug, name, spanish in [
        ("restoration", "Restoration", "Restauración"),
        ("water", "Water", "Agua"),
        ("finance", "Finance", "Financiación"),
    ]:
        term = Theme.objects.create(name=name, slug=slug, locale=locale("en"))
        Theme.objects.create(
            name=spanish, slug=slug, locale=locale("es"), translation_key=term.translation_key
        )
        terms[slug] = term
    return terms
