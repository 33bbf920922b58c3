"""A GIN index on the search index's title and body together, on PostgreSQL.

Wagtail's database backend matches `title || body` against the query, while its own indexes
cover title and body apart, so every search read the whole index (77,000 entries at target
scale: 216 ms for one word; 31 ms with this index; tests/bench/RESULTS.md)."""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_text_search_configurations"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]
    operations = [migrations.RunPython(create, drop, elidable=False)]
