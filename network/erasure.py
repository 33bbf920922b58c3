"""Deleting an account (/my-profile/delete/) deletes the person, not only the account row: their
profile in every language, every image of theirs with its renditions and files, every contact
message to or from them, the e-mails queued for their address, and wagtail-localize's copies of
their profile with its translations; the admin's history keeps its entries (who did what, when)
on their pages, images, messages and account, but no longer their name or address."""

from email.utils import getaddresses

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail_localize.models import (
    SegmentOverride,
    String,
    StringSegment,
    StringTranslation,
    TranslatableObject,
    TranslationContext,
    TranslationSource,
)

from network.models import ContactMessage, ExpertPage, Invitation
from network.profile_photos import photos_of, revision_contents
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
    message_ids = list(ContactMessage.objects.filter(messages).values_list("pk", flat=True))
    ContactMessage.objects.filter(pk__in=message_ids).delete()
    _delete_queued_email(addresses)
    # Invitations to the person's addresses (their memberships and claims go with the account).
    invitations = Q(pk__in=[])
    for address in addresses:
        invitations |= Q(email__iexact=address)
    Invitation.objects.filter(invitations).delete()
    _delete_translation_sources(keys)

    for page in pages:
        page.delete()  # with its revisions, workflow states and search index entries
    photo_ids = [photo.pk for photo in photos]
    for photo in photos:
        photo.delete()  # Wagtail deletes the file and the renditions' files on commit

    # The admin's history of everything that was theirs, and any entry naming their address.
    needles = names | addresses
    with translation.override(settings.LANGUAGE_CODE):
        _anonymise(PageLogEntry.objects.filter(page_id__in=page_ids), needles, _("Deleted profile"))
        _anonymise(_model_logs(get_image_model(), photo_ids), needles, _("Deleted profile"))
        _anonymise(_model_logs(ContactMessage, message_ids), needles, _("Deleted message"))
        _anonymise(_model_logs(get_user_model(), [user.pk]), needles, _("Deleted account"))
        for model in (PageLogEntry, ModelLogEntry):
            _anonymise(_naming(model, addresses), needles, _("Deleted account"))
    user.delete()


def _names(pages):
    """Every name the profiles carried, in any revision."""
    names = {page.title for page in pages} | {page.draft_title for page in pages}
    for content in revision_contents(pages):
        names.update(content.get(key) or "" for key in ("title", "draft_title"))
    return {name for name in names if name}


def _model_logs(model, ids):
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model, for_concrete_model=False),
        object_id__in=[str(pk) for pk in ids],
    )


def _naming(log_model, addresses):
    """Entries whose label holds one of the addresses (a name may be someone else's too; an
    address is only theirs)."""
    label = Q(pk__in=[])
    for address in addresses:
        label |= Q(label__icontains=address)
    return log_model.objects.filter(label)


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
    if not keys:
        return
    objects = TranslatableObject.objects.filter(translation_key__in=keys)
    string_ids = set(
        StringSegment.objects.filter(source__object__in=objects).values_list("string_id", flat=True)
    )
    # Translations and overridden values outlive their context (SET_NULL), holding the text:
    # they go first, while wagtail-localize's signal handlers can still read their context.
    contexts = TranslationContext.objects.filter(object__in=objects)
    StringTranslation.objects.filter(context__in=contexts).delete()
    SegmentOverride.objects.filter(context__in=contexts).delete()
    # The sources next: their segments protect the translation contexts of the objects.
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
