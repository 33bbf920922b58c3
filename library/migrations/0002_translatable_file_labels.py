import uuid

import django.db.models.deletion
from django.db import migrations, models


def give_files_their_pages_locale(apps, schema_editor):
    """Each existing file row takes its page's language and a key of its own."""
    ResourceFile = apps.get_model("library", "ResourceFile")
    for file in ResourceFile.objects.select_related("page"):
        file.locale_id = file.page.locale_id
        file.translation_key = uuid.uuid4()
        file.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):

    dependencies = [
        ("library", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="resourcefile",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.AddField(
            model_name="resourcefile",
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(give_files_their_pages_locale, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="resourcefile",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="resourcefile",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="resourcefile",
            unique_together={("translation_key", "locale")},
        ),
    ]
