import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from search.deferred import indexes_updated_at_the_end
from tests.worlds import make_themes
from website.factories import make_site

# The reliability tests that copy the session's migrated database (tests/reliability/conftest.py)
SESSION_DATABASE_FIXTURES = {"migrated_template", "migrated_dump"}


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist with `--dist loadgroup` (`make test`): the tests of a module stay on
    one worker, so that what the module shares (tests/worlds.py) is built once, not once per
    worker; and the tests that copy the session's migrated database share one worker, which
    migrates it once. The groups that hold a slow test (a whole demo load, a subprocess) go
    first: the workers hand out groups in this order, and one that came last would keep one
    worker busy for minutes while the other waits."""
    if not config.pluginmanager.hasplugin("xdist"):
        return
    for item in items:
        if item.get_closest_marker("xdist_group") is not None:
            continue
        if SESSION_DATABASE_FIXTURES.intersection(item.fixturenames):
            group = "session-migrated-database"
        else:
            group = item.nodeid.split("::")[0]
        item.add_marker(pytest.mark.xdist_group(group))

    def group(item):
        return item.get_closest_marker("xdist_group").args[0]

    slow_groups = {group(item) for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: group(item) not in slow_groups)  # stable: order kept within


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
    with indexes_updated_at_the_end():  # as a module's world (tests/worlds.py)
        return make_site()


@pytest.fixture
def directory_site(db):
    """Home and the three directory index pages in every language."""
    from network.factories import make_directory_site

    with indexes_updated_at_the_end():
        return make_directory_site()


@pytest.fixture
def themes(db):
    """Three themes in English with translations: {slug: English Theme}."""
    return make_themes()
