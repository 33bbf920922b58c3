import pytest

from learning.factories import make_catalog, make_institution


@pytest.fixture
def catalog(directory_site):
    return make_catalog({language: pages["home"] for language, pages in directory_site.items()})


@pytest.fixture
def institutions(catalog):
    return {
        "forest": make_institution(catalog["en"], title="Forest School", slug="forest-school"),
        "water": make_institution(catalog["en"], title="Water Academy", slug="water-academy"),
    }
