"""Experts' photos from /my-profile/: private until a moderator approves the profile, one waiting
photo per expert, a bounded number of uploads a day, and all of them gone with the account.

A photo uploaded at /my-profile/ goes to the collection "Profile photos awaiting review", which
carries a view restriction (Editors and Moderators only). Wagtail's images API leaves out the
collections whose restriction a request does not pass, so the photo is neither listed at
/api/v2/images/ nor answered at /api/v2/images/<id>/; the admin image chooser hides it from
everyone the restriction does not admit (institution editors, translators), so nobody else can
pick it and publish it. Its title names nobody, and its file gets a random name: Wagtail's image
files are public under MEDIA_URL by design, so the original (`original_images/<random>.jpg`) and
its renditions (`images/<random>.<filter>.<hash>.jpg`) must not be guessable, and the web
server must not list /media/ directories. When a revision with the photo is published (the
moderator's approval), the photo moves to "Profile photos" and is titled with the published name.

Collections are found by name (and made when missing), so renaming one in the admin makes a
new one on the next upload; the restriction is put back on every upload."""

import os
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, Revision

from network.collections import child_collection, reviewers_only_collection

PENDING_COLLECTION = "Profile photos awaiting review"
PUBLIC_COLLECTION = "Profile photos"
# Photos an account may store a day: enough to change one's mind a few times, not a disk's worth.
UPLOADS_PER_DAY = 5
EXTENSIONS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}


def pending_collection():
    """The private collection of photos awaiting review, with its restriction in place."""
    return reviewers_only_collection(PENDING_COLLECTION)


def public_collection():
    return child_collection(PUBLIC_COLLECTION)


def pending_collection_ids():
    """The pending collection and any collection under it (without making them)."""
    root = Collection.get_first_root_node()
    pending = root.get_children().filter(name=PENDING_COLLECTION).first() if root else None
    if pending is None:
        return []
    return list(
        Collection.objects.descendant_of(pending, inclusive=True).values_list("pk", flat=True)
    )


def is_pending(image):
    return image is not None and image.collection_id in pending_collection_ids()


def uploads_exhausted(request):
    """Counts this upload against the account's daily bound; True when it is past it."""
    return is_ratelimited(
        request,
        group="profile-photo",
        key="user",
        rate=f"{UPLOADS_PER_DAY}/d",
        method="POST",
        increment=True,
    )


def store_pending(upload, user, replacing=None):
    """Store an uploaded photo as awaiting review; the photo it replaces, if that one was still
    waiting, is deleted with its file and renditions (one waiting photo per profile)."""
    Image = get_image_model()
    with PILImage.open(upload) as picture:  # the form checked it is a JPEG, PNG or WebP
        extension = EXTENSIONS.get(picture.format, os.path.splitext(upload.name)[1].lower())
    upload.seek(0)
    upload.name = f"{uuid.uuid4().hex}{extension}"
    image = Image(
        title=_("Profile photo awaiting review"),
        collection=pending_collection(),
        uploaded_by_user=user,
    )
    image.file = upload
    image._set_image_file_metadata()
    image.save()
    if replacing is not None and replacing.pk != image.pk and is_pending(replacing):
        replacing.delete()
    return image


@transaction.atomic
def approve(page, field="photo"):
    """The page was published: its photo (a landscape's image, an organisation's logo, uploaded
    by its coordinators through the same private collection), if it was waiting, is public from
    now on."""
    photo = getattr(page, field)
    if not is_pending(photo):
        return
    photo.collection = public_collection()
    with translation.override(page.locale.language_code):
        photo.title = _("Photo of %(name)s") % {"name": page.title}
    photo.save(update_fields=["collection", "title"])


def hide_pending(images, request):
    """The admin image chooser: photos awaiting review only for those the collection's
    restriction admits (editors and moderators), never for institution editors or translators."""
    ids = pending_collection_ids()
    if not ids:
        return images
    restrictions = CollectionViewRestriction.objects.filter(collection_id__in=ids)
    if restrictions and all(restriction.accept_request(request) for restriction in restrictions):
        return images
    return images.exclude(collection_id__in=ids)


def photos_of(user, pages):
    """Every image that is this person's: the photos of every revision of their profiles, what
    they uploaded through /my-profile/ (the profile collections), and, for an account without
    admin access (an expert, who has no other way to upload), everything they uploaded."""
    ids = {page.photo_id for page in pages if page.photo_id}
    ids.update(content["photo"] for content in revision_contents(pages) if content.get("photo"))
    uploaded = Q(uploaded_by_user=user)
    if not user.has_perm("wagtailadmin.access_admin"):
        mine = uploaded
    else:
        profile_collections = Collection.objects.filter(
            name__in=[PENDING_COLLECTION, PUBLIC_COLLECTION]
        )
        mine = uploaded & Q(collection__in=profile_collections)
    return get_image_model().objects.filter(Q(pk__in=ids) | mine)


def revision_contents(pages):
    """What every revision of `pages` held: the names and photos a profile once had."""
    revisions = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(page.pk) for page in pages],
    )
    return [
        content
        for content in revisions.values_list("content", flat=True)
        if isinstance(content, dict)
    ]
