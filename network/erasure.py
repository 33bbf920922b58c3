"""Deleting an account (/my-profile/delete/) deletes the person, not only the account row: their
profile in every language, every image of theirs with its renditions and files, every contact
message to or from them, the e-mails queued for their address, and wagtail-localize's copies of
their profile; the admin's history keeps its entries (who did what, when) but no longer their
name."""

from email.utils import getaddresses

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Page, PageLogEntry, Revision

from network.models import ContactMessage, ExpertPage
from network.profile_photos import photos_of
from website.models import OutboundEmail


def erase(user):
    """Delete everything of `user`; call inside a transaction (files go once it commits)."""
    keys = set(ExpertPage.objects.filter(account=user).values_list("translation_key", flat=True))
    pages = list(ExpertPage.objects.filter(translation_key__in=keys))
    page_ids = [page.pk for page in pages]
    names = _names(pages)
    addresses = _addresses(user, pages)
    photos = list(photos_of(user, pages))

    messages = Q(page_id__in=page_ids)
    for address in addresses:
        messages |= Q(sender_email__iexact=address) | Q(recipient__iexact=address)
    ContactMessage.objects.filter(messages).delete()
    _delete_queued_email(addresses)
    _delete_translation_sources(keys)

    for page in pages:
        page.delete()
    photo_ids = [str(photo.pk) for photo in photos]
    for photo in photos:
        photo.delete()  # Wagtail deletes the file and the renditions' files on commit

    with translation.override(settings.LANGUAGE_CODE):
        neutral = _("Deleted profile")
    _anonymise(PageLogEntry.objects.filter(page_id__in=page_ids), names, neutral)
    _anonymise(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(get_image_model()),
            object_id__in=photo_ids,
        ),
        names,
        neutral,
    )
    user.delete()


def _names(pages):
    """Every name the profiles carried, in any revision."""
    names = {page.title for page in pages} | {page.draft_title for page in pages}
    revisions = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(page.pk) for page in pages],
    )
    for content in revisions.values_list("content", flat=True):
        if isinstance(content, dict):
            names.update(content.get(key) or "" for key in ("title", "draft_title"))
    return {name for name in names if name}


def _addresses(user, pages):
    addresses = {
        user.email,
        *EmailAddress.objects.filter(user=user).values_list("email", flat=True),
    }
    addresses.update(page.contact_email for page in pages)
    return {address.strip().lower() for address in addresses if address and address.strip()}


def _delete_queued_email(addresses):
    """E-mails to the person: matched loosely in the database, exactly here."""
    candidates = Q(pk__in=[])
    for address in addresses:
        candidates |= Q(to__icontains=address)
    doomed = [
        outbound.pk
        for outbound in OutboundEmail.objects.filter(candidates)
        if {address.lower() for _name, address in getaddresses(outbound.to)} & addresses
    ]
    OutboundEmail.objects.filter(pk__in=doomed).delete()


def _delete_translation_sources(keys):
    """wagtail-localize keeps a copy of a translated page's content, and its strings (with
    their translations) when no other page uses them."""
    if "wagtail_localize" not in settings.INSTALLED_APPS or not keys:
        return
    from wagtail_localize.models import (
        String,
        StringSegment,
        TranslatableObject,
        TranslationSource,
    )

    objects = TranslatableObject.objects.filter(translation_key__in=keys)
    string_ids = set(
        StringSegment.objects.filter(source__object__in=objects).values_list("string_id", flat=True)
    )
    # The sources first: their segments protect the translation contexts of the objects.
    TranslationSource.objects.filter(object__in=objects).delete()
    objects.delete()
    String.objects.filter(pk__in=string_ids).exclude(
        pk__in=StringSegment.objects.values("string_id")
    ).delete()


def _anonymise(entries, names, neutral):
    """bulk_update: a log entry's save() validates its page, which is gone by now."""
    entries = list(entries)
    for entry in entries:
        entry.label = neutral
        entry.data = _scrub(entry.data, names, neutral)
    if entries:
        type(entries[0]).objects.bulk_update(entries, ["label", "data"], batch_size=500)


def _scrub(value, names, neutral):
    """The log entry's data with every text that holds one of the names replaced."""
    if isinstance(value, dict):
        return {key: _scrub(item, names, neutral) for key, item in value.items()}
    if isinstance(value, list):
        return [_scrub(item, names, neutral) for item in value]
    if isinstance(value, str) and any(name.lower() in value.lower() for name in names):
        return neutral
    return value
