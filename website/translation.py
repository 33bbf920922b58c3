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
call. The strings are fed straight from the source's segments instead.

A third one: `Translation.import_po()` looks each string of the file up again, with its context,
its use in the source and its translation, one string at a time: half a dozen queries a string,
and the demo loader saves some four thousand. The strings are saved from the source's segments
here instead, as import_po would save them (`_save_strings`)."""

from django.db import transaction
from wagtail.models import DraftStateMixin
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def translate(instance, locale, strings, publish=True, user=None):
    """Create or update `instance`'s translation into `locale`.

    `strings` maps each source string (a segment as wagtail-localize extracts it: a title, a
    slug, a plain-text field, one paragraph of rich text without its <p>) to its translation.
    Segments missing from `strings` fall back to the source text. Returns the translation."""
    return translate_into(instance, [(locale, strings)], publish=publish, user=user)[0]


def translate_into(instance, translations, publish=True, user=None):
    """translate() `instance` into several languages: `translations` is a list of (locale,
    strings). Returns the translations, in that order.

    The source is brought up to date with `instance` once, before the first. For each of the
    others wagtail-localize would serialise the instance and its relations again to compare them
    with the source, and find them the same, but for a field stamped with the time when saved
    (`auto_now`: an ecosystem type's `updated_at`), which serialising stamps afresh: the source
    would be extracted again for that alone."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    return [
        _translate_source(instance, source, segments, locale, strings, publish, user)
        for locale, strings in translations
    ]


def _translate_source(instance, source, segments, locale, strings, publish, user):
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    _save_strings(translation, segments, strings, user)
    has_drafts = isinstance(instance, DraftStateMixin)
    translation.save_target(user=user, publish=publish and not has_drafts)
    target = instance.get_translation(locale)
    if publish and has_drafts:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target


@transaction.atomic
def _save_strings(translation, segments, strings, user):
    """Save the translations `strings` gives of the source's string `segments` into the
    translation's language, as `translation.import_po()` saves those of a PO file that has an
    entry for each of them: a string that has no translation there yet gets one, one whose
    translation differs has it replaced, and one translated the same is left as it is. What
    import_po looks up a string at a time (the string, its context, whether the source uses it
    there, its translation) is known from the segments, and the translations there are read in
    one query. Each is saved on its own, as import_po does: StringTranslation.save checks the
    text (has_error), and a title's translation becomes the page's draft title through its
    post_save signal."""
    wanted = {}
    for segment in segments:
        text = strings.get(segment.string.data)
        if text:  # import_po skips an empty translation, and a string twice in one place is one
            wanted.setdefault((segment.string_id, segment.context_id), (segment, text))
    if not wanted:
        return
    existing = {
        (saved.translation_of_id, saved.context_id): saved
        for saved in StringTranslation.objects.filter(
            locale_id=translation.target_locale_id,
            context_id__in={context_id for _string_id, context_id in wanted},
        )
    }
    for key, (segment, text) in wanted.items():
        saved = existing.get(key)
        if saved is None:
            StringTranslation(
                translation_of=segment.string,
                locale_id=translation.target_locale_id,
                context=segment.context,
                data=text,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                tool_name="",
                last_translated_by=user,
                has_error=False,
                field_error="",
            ).save(force_insert=True)
        elif saved.data != text:
            saved.data = text
            saved.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
            saved.tool_name = ""
            saved.last_translated_by = user
            saved.has_error = False  # updated_at is stamped by the save
            saved.save()


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
