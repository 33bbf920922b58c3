"""PostgreSQL text-search configurations that fold accents, one per language (see search.languages).

Needs the `unaccent` extension, which a database owner may create (it is a trusted extension since
PostgreSQL 13). Without it the configurations are plain copies: stemming without accent folding."""

import logging

from django.db import DatabaseError, migrations, transaction

from search.languages import OUR_CONFIG_PREFIX, POSTGRES_CONFIGS

logger = logging.getLogger(__name__)


def configurations():
    """(our configuration, PostgreSQL's, its word dictionary) for every language and "simple"."""
    yield OUR_CONFIG_PREFIX + "simple", "simple", "simple"
    for name in sorted(set(POSTGRES_CONFIGS.values())):
        yield OUR_CONFIG_PREFIX + name, name, f"{name}_stem"


def create(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        try:
            with transaction.atomic(using=connection.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            folding = True
        except DatabaseError:
            logger.warning(
                "Could not create the unaccent extension: search will not fold accents. "
                "A database superuser can run CREATE EXTENSION unaccent; then migrate "
                "search zero and migrate again."
            )
            folding = False
        for ours, builtin, dictionary in configurations():
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {ours}")
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {ours} (COPY = pg_catalog.{builtin})")
            if folding:
                cursor.execute(
                    f"ALTER TEXT SEARCH CONFIGURATION {ours} "
                    f"ALTER MAPPING FOR word, hword, hword_part WITH unaccent, {dictionary}"
                )


def drop(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for ours, _builtin, _dictionary in configurations():
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {ours}")


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [migrations.RunPython(create, drop, elidable=False)]
