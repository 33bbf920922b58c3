"""When a resource is published, an approved submission's files become public, and its files
are read so that its page shows its cover and the index holds its text from the first visit
(library/text.py; never fails the publish)."""

import logging

from django.dispatch import receiver
from wagtail.signals import page_published

logger = logging.getLogger(__name__)


@receiver(page_published)
def read_published_files(sender, instance, **kwargs):
    from library.models import ResourcePage
    from library.submissions import publish_files
    from library.text import current_texts

    if not isinstance(instance, ResourcePage):
        return
    # An approved submission's files leave the private collection they waited in.
    publish_files(sender, instance)
    try:
        current_texts(file.document for file in instance.files.select_related("document"))
    except Exception:
        logger.exception("Reading the files of resource %s failed", instance.pk)
