from collections import Counter

from django.core.management.base import BaseCommand
from wagtail.documents import get_document_model

from library.models import ResourceFile
from library.text import current_texts, extract_document


class Command(BaseCommand):
    help = (
        "Reads the text (and a PDF's cover) of every library resource's files that was never "
        "read or has changed since; --again reads them all. Then run update_index, so that the "
        "search finds what was read."
    )

    def add_arguments(self, parser):
        parser.add_argument("--again", action="store_true", help="read every file, current or not")

    def handle(self, *args, again=False, **options):
        ids = ResourceFile.objects.values_list("document_id", flat=True).distinct()
        documents = get_document_model().objects.filter(pk__in=list(ids)).order_by("pk")
        if again:
            texts = {document.pk: extract_document(document) for document in documents}
        else:
            texts = current_texts(documents)
        statuses = Counter(text.status for text in texts.values())
        for status, count in sorted(statuses.items()):
            self.stdout.write(f"{status}: {count}")
        self.stdout.write(self.style.SUCCESS(f"{len(texts)} files of library resources read."))
