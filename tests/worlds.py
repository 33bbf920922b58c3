"""Data a whole test module shares: built once, inside a transaction rolled back when the module
ends; each test runs in a savepoint of its own (pytest-django's `db`), so what one test changes
the next does not see."""

import pytest
from django.conf import settings
from django.db import transaction
from django.utils import translation


def module_world(build):
    """A module-scoped fixture that yields `build()`'s result, built in the default language."""

    @pytest.fixture(scope="module")
    def world(django_db_setup, django_db_blocker):
        with (
            django_db_blocker.unblock(),
            translation.override(settings.LANGUAGE_CODE),
            transaction.atomic(),
        ):
            yield build()
            transaction.set_rollback(True)

    return world
