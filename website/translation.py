"""Translating pages and snippets through wagtail-localize from code (demo content, tests), the
same way a translator does in the admin: strings go into wagtail-localize's translation memory,
then the target is saved from it. Translated pages stay linked to their source, so later edits
to the source can be synchronised.

Upstream workaround: wagtail-localize publishes a translated page with
`transaction.on_commit(revision.publish)`, using the revision object it made before the commit.
When child pages are added under that translation in the same transaction, the late publish
writes the parent's stale `numchild` back and Wagtail then finds no children (404s). It also never
publishes inside a test's transaction. So pages are saved as a draft here and their revision is
published at once, from a fresh copy. tests/website/test_translation.py pins this.

A second one: `Translation.export_po()` also looks up obsolete translations with a NOT IN query
that PostgreSQL plans badly inside one long transaction (a test, or the demo loader): minutes a
call. The strings are fed straight from the source's segments instead."""

import polib
from wagtail.models import DraftStateMixin
from wagtail_localize.models import StringSegment, Translation, TranslationSource


def translate(instance, locale, strings, publish=True, user=None):
    """Create or update `instance`'s translation into `locale`.

    `strings` maps each source string (a segment as wagtail-localize extracts it: a title, a
    slug, a plain-text field, one paragraph of rich text without its <p>) to its translation.
    Segments missing from `strings` fall back to the source text. Returns the translation."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = polib.POFile()
    po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = strings.get(segment.string.data)
        if text:
            po.append(
                polib.POEntry(msgid=segment.string.data, msgctxt=segment.context.path, msgstr=text)
            )
    translation.import_po(po, user=user)
    has_drafts = isinstance(instance, DraftStateMixin)
    translation.save_target(user=user, publish=publish and not has_drafts)
    target = instance.get_translation(locale)
    if publish and has_drafts:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target


def sync_translations(page, user=None):
    """Bring the translations of the live `page` up to date with it, as the admin's "Sync
    translated pages" does: what is not translated (fixed fields, new or changed text) follows
    the source, translated text stays. Translations that are live are published again, the
    others keep a draft. Returns the synchronised pages."""
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is None:
        return []
    source.update_from_db()
    synchronised = []
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        translation.save_target(user=user, publish=False)
        target = page.get_translation(translation.target_locale)
        if target.live:
            target.get_latest_revision().publish(user=user)
        synchronised.append(target)
    return synchronised
