"""What a translator may change in a synchronised translation, and what stays the source page's.

wagtail-localize lets a translation override every synchronised value (an e-mail address, a
website, a photo, the page a link goes to) unless told otherwise. Here a translator translates
what a page says and may swap an illustration for one that speaks their language; where mail
goes, who a page is about or belongs to, and where a link points stay the source page's.

- Page models name those fields with `fixed(...)` in `override_translatable_fields`
  (wagtail-localize's own switch: the translation editor then offers no override for them), and
  their translated StreamFields with `TranslatedStream(...)` (no override of the addresses,
  e-mails and embeds inside).
- Links that wagtail-localize offers to override whatever the switch says (the page a call to
  action or an author block chooses, the links inside rich text) are refused by `may_override`:
  inside a StreamField only an image may be swapped, inside rich text nothing.
- `install()` applies that rule where overrides are stored (the translation editor's override API
  answers 403) and where they are applied (a translation is saved or previewed without them), so
  an override stored before a field became fixed has no effect either.
- A synchronised translation is edited only through the translation editor (wagtail-localize's
  `before_edit_page` sends every edit, revert and publish there). Leaving that editor means
  detaching the translation from its source: stopping its sync (`stop_translation`) or turning
  its alias into an ordinary page (`refuse_detaching_alias`). Both are decisions about the
  source's values, so only who may edit the source takes them.
- `put_back_fixed_values()` (`manage.py reset_fixed_translation_values`) repairs translations
  whose fixed values were overridden before this rule.
tests/website/test_translation_overrides.py holds the decision for every field of every page."""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models.signals import pre_save
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields

# Blocks of a translated StreamField that a translation may replace: pictures that illustrate.
ILLUSTRATION_BLOCKS = (ImageChooserBlock,)


def fixed(*field_names):
    """Synchronised fields that no translation may override."""
    return [SynchronizedField(name, overridable=False) for name in field_names]


class TranslatedStream(TranslatableField):
    """A StreamField whose text is translated; its addresses, e-mails and embeds stay the
    source's (wagtail-localize then extracts none of them for overriding)."""

    def is_overridable(self, obj):
        return False


def _block_at(block, names):
    for name in names:
        if isinstance(block, blocks.ListBlock):
            block = block.child_block if name == "item" else None
        elif isinstance(block, blocks.StreamBlock | blocks.StructBlock):
            block = block.child_blocks.get(name)
        else:
            return None
        if block is None:
            return None
    return block


def may_override(model, field_path):
    """May a translation of `model` override the value at `field_path` (wagtail-localize's
    field path: a field name, or a StreamField's name and block names: "body.image.image.image",
    "description.call_to_action.url"; a link in rich text has its field's or block's path)?"""
    name, _dot, rest = field_path.partition(".")
    declared = {field.field_name: field for field in get_translatable_fields(model)}.get(name)
    if declared is None:
        return False
    field = model._meta.get_field(name)
    if isinstance(field, StreamField):
        block = _block_at(field.stream_block, rest.split(".")) if rest else None
        return isinstance(block, ILLUSTRATION_BLOCKS)
    if rest or not isinstance(declared, SynchronizedField):
        return False  # a link inside rich text, or anything else not a synchronised value
    return declared.overridable


def _source_model(object_id):
    from wagtail_localize.models import TranslationSource

    source = (
        TranslationSource.objects.filter(object_id=object_id)
        .select_related("specific_content_type")
        .first()
    )
    return source.specific_content_type.model_class() if source is not None else None


def context_may_be_overridden(context, model=None):
    model = model or _source_model(context.object_id)
    # Contexts made by old versions of wagtail-localize may lack a field path: their first
    # component names the field, so a StreamField's inner values are then refused.
    field_path = context.field_path or context.path.split(".")[0]
    return model is not None and may_override(model, field_path)


def refuse_fixed_override(sender, instance, **kwargs):
    """No override of a fixed value is stored, whoever asks (the override API turns this into
    a 403)."""
    if not context_may_be_overridden(instance.context):
        raise PermissionDenied(
            _("This value is the same in every language: change it on the source page.")
        )


def _without_fixed_overrides(get_segments):
    """wraps TranslationSource._get_segments_for_translation: overrides of fixed values, even
    ones stored before the value became fixed, are left out of what a translation is made of."""
    from wagtail_localize.models import TranslationContext
    from wagtail_localize.segments import OverridableSegmentValue

    def segments_for_translation(source, locale, fallback=False):
        segments = get_segments(source, locale, fallback=fallback)
        overridden = [s for s in segments if isinstance(s, OverridableSegmentValue)]
        if not overridden:
            return segments
        model = source.specific_content_type.model_class()
        contexts = TranslationContext.objects.filter(
            object_id=source.object_id,
            path_id__in=[TranslationContext._get_path_id(s.path) for s in overridden],
        )
        allowed = {c.path for c in contexts if context_may_be_overridden(c, model)}
        return [
            s for s in segments if not isinstance(s, OverridableSegmentValue) or s.path in allowed
        ]

    segments_for_translation.wraps_fixed_overrides = True
    return segments_for_translation


def install():
    from wagtail_localize.models import SegmentOverride, TranslationSource

    pre_save.connect(
        refuse_fixed_override, sender=SegmentOverride, dispatch_uid="refuse-fixed-override"
    )
    current = TranslationSource._get_segments_for_translation  # fails loudly if renamed upstream
    if not getattr(current, "wraps_fixed_overrides", False):
        TranslationSource._get_segments_for_translation = _without_fixed_overrides(current)


@require_POST
def stop_translation(request, translation_id):
    """wagtail-localize's "Stop synced translation" asks only whether the user may edit the
    translation; afterwards the page is edited like any other, its fixed values included. So
    only who may edit the source page (or snippet) may stop it; then wagtail-localize's view."""
    from django.shortcuts import get_object_or_404
    from wagtail_localize.models import Translation
    from wagtail_localize.views import edit_translation

    translation = get_object_or_404(Translation, pk=translation_id)
    try:
        source = translation.source.get_source_instance()
    except ObjectDoesNotExist:
        source = None  # nothing left to synchronise with: the translation's own check decides
    if source is not None and not edit_translation.user_can_edit_instance(request.user, source):
        raise PermissionDenied
    return edit_translation.stop_translation(request, translation_id)


def refuse_detaching_alias(request, page):
    """Wagtail's before_convert_alias_page hook: an alias in another language is the source
    page itself (wagtail-localize turns a synchronised translation into one); an ordinary page
    made of it is edited freely, so only who may edit the source may make it."""
    source = page.alias_of
    if (
        source.locale_id != page.locale_id
        and not source.permissions_for_user(request.user).can_edit()
    ):
        raise PermissionDenied


def _fixed_fields(model):
    return [
        field
        for field in (
            model._meta.get_field(declared.field_name)
            for declared in get_translatable_fields(model)
            if isinstance(declared, SynchronizedField) and not declared.overridable
        )
        # Slugs are left to the next synchronisation: changing one moves the page's URL and
        # its children's.
        if field.concrete and not field.many_to_many and field.name != "slug"
    ]


def put_back_fixed_values(translation_key=None):
    """Values that translators overrode while they still could go back to the source's on
    every synchronised translation: in the row, and in the revisions that may still be
    published (the latest, a scheduled one), which bulk publishing or scheduling would
    otherwise put live again. Stored overrides the rule refuses are deleted. A translation that
    no longer synchronises keeps its own values. Returns (translations, overrides deleted).

    With `translation_key`, only that page's translations (a source page just published: its
    translations show its new fixed values, and what follows from them, at once)."""
    from django.db import transaction
    from django.db.models import Q
    from wagtail.models import RevisionMixin
    from wagtail_localize.models import SegmentOverride, Translation

    from website.content_version import content_changed

    repaired = 0
    with transaction.atomic():
        translations = Translation.objects.filter(enabled=True).select_related(
            "source__specific_content_type"
        )
        if translation_key is not None:
            translations = translations.filter(source__object_id=translation_key)
        for translation in translations:
            model = translation.source.specific_content_type.model_class()
            fields = _fixed_fields(model) if model is not None else []
            if not fields:
                continue
            same_object = model._default_manager.filter(
                translation_key=translation.source.object_id
            )
            source = same_object.filter(locale_id=translation.source.locale_id).first()
            target = same_object.filter(locale_id=translation.target_locale_id).first()
            if source is None or target is None:
                continue
            # A model's values worked out from fixed ones (a landscape's centre, area and
            # overview outline, from its boundary) follow them.
            fields += [model._meta.get_field(name) for name in getattr(model, "follows_fixed", [])]
            values = {field.attname: getattr(source, field.attname) for field in fields}
            if "title" in values and hasattr(model, "draft_title"):
                values["draft_title"] = values["title"]
            same_object.filter(pk=target.pk).update(**values)
            if isinstance(target, RevisionMixin):
                content = source.serializable_data()
                fixed = {field.name: content[field.name] for field in fields}
                if "draft_title" in values:
                    fixed["draft_title"] = content["title"]
                publishable = Q(pk=target.latest_revision_id) | Q(approved_go_live_at__isnull=False)
                for revision in target.revisions.filter(publishable):
                    revision.content.update(fixed)
                    revision.save(update_fields=["content"])
            repaired += 1

        deleted = 0
        overrides = SegmentOverride.objects.select_related("context")
        if translation_key is not None:
            overrides = overrides.filter(context__object_id=translation_key)
        for stored in overrides:
            if not context_may_be_overridden(stored.context):
                stored.delete()
                deleted += 1
    if repaired:
        content_changed()  # rows were updated without a save: no cached page keeps the old ones
    return repaired, deleted
