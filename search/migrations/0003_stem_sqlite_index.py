"""SQLite's search index (`make run`) keeps each object's title and body stemmed in its language
(search.backends.sqlite_stemming). An index built before holds them as written, which stemmed
queries no longer find: this stems them in place, from the text the index already holds, as
`update_index` would store them now. Nothing to do on PostgreSQL (there `update_index` brings
an index built by an earlier version up to date) or on an empty index."""

from collections import defaultdict

from django.core.exceptions import FieldDoesNotExist
from django.db import migrations
from django.db.models import Avg, F
from django.db.models.functions import Length

from search.stemming import stem_text


def languages_of(apps, content_type, object_ids):
    """{object id: language code} of the objects of a content type that have a locale."""
    try:
        model = apps.get_model(content_type.app_label, content_type.model)
        model._meta.get_field("locale")
    except (LookupError, FieldDoesNotExist):  # a model gone since, or one without a language
        return {}
    ids = [int(each) for each in object_ids if each.isdigit()]
    return {
        str(pk): language
        for pk, language in model._base_manager.filter(pk__in=ids).values_list(
            "pk", "locale__language_code"
        )
    }


def stem_index(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    IndexEntry = apps.get_model("wagtailsearch", "IndexEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    by_content_type = defaultdict(list)
    for entry in IndexEntry.objects.only("pk", "content_type_id", "object_id"):
        by_content_type[entry.content_type_id].append(entry.object_id)
    for content_type_id, object_ids in by_content_type.items():
        content_type = ContentType.objects.get(pk=content_type_id)
        languages = languages_of(apps, content_type, object_ids)
        entries = IndexEntry.objects.filter(content_type_id=content_type_id)
        for entry in entries.only("pk", "object_id", "title", "body"):
            language = languages.get(entry.object_id)
            entry.title = stem_text(entry.title, language)
            entry.body = stem_text(entry.body, language)
            entry.save(update_fields=["title", "body"])
    # BM25's title weight: the average title length over each title's (see SQLiteIndex).
    average = IndexEntry.objects.annotate(length=Length("title")).filter(length__gt=0)
    average = average.aggregate(Avg("length"))["length__avg"]
    if average:
        IndexEntry.objects.annotate(length=Length("title")).filter(length__gt=0).update(
            title_norm=average / F("length")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_index_entry_title_and_body"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]
    # Stemmed words cannot be unstemmed: going back, `update_index` rebuilds the index.
    operations = [migrations.RunPython(stem_index, migrations.RunPython.noop, elidable=True)]
