import pytest
from django.core.cache import cache

from website.factories import make_site


@pytest.fixture(autouse=True)
def _clear_cache():
    """Wagtail caches site root paths; a test starts from a cache of its own."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def homes(db):
    """The home page in every language: {language code: page}."""
    return make_site()
