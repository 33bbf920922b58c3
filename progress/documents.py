"""Assessments' supporting documents. A document waiting for review is private, as
coordinators' photos are (network/profile_photos.py): a collection that only Editors and
Moderators may open, so that Wagtail's document view refuses everyone else, the API leaves it out
and the admin's chooser hides it. Approval (`publish_document`, on Assessment's `published`
signal) moves it to the public collection."""

import uuid

from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from network.collections import child_collection, reviewers_only_collection

PENDING_DOCUMENTS = "Progress documents awaiting review"
PUBLIC_DOCUMENTS = "Progress documents"


def pending_documents_collection():
    return reviewers_only_collection(PENDING_DOCUMENTS)


def is_pending_document(document):
    return document is not None and document.collection.name == PENDING_DOCUMENTS


def store_pending(upload, user, landscape):
    """The uploaded file (checked by the form) as a private document, under a random name."""
    extension = upload.name.rsplit(".", 1)[-1].lower()
    upload.name = f"{uuid.uuid4().hex}.{extension}"
    with translation.override(landscape.locale.language_code):
        title = _("5 Elements assessment of %(landscape)s") % {"landscape": landscape.title}
    document = get_document_model()(
        title=title, collection=pending_documents_collection(), uploaded_by_user=user
    )
    document.file = upload
    document._set_document_file_metadata()
    document.save()
    return document


def forget_pending(previous, draft, assessment):
    """One waiting document per assessment: the one replaced, if it was still waiting and is not
    the approved version's, goes."""
    if previous is None or previous.pk == draft.document_id or not is_pending_document(previous):
        return
    if assessment is not None and assessment.document_id == previous.pk:
        return
    previous.delete()


def publish_document(assessment):
    """An assessment was approved: its document, if it was waiting, is public from now on."""
    document = assessment.document
    if not is_pending_document(document):
        return
    document.collection = child_collection(PUBLIC_DOCUMENTS)
    document.save(update_fields=["collection"])
