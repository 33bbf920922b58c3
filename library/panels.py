"""What the editor of a resource sees of its files' text: which were read for the search and
which could not be (a scanned PDF, an encrypted one, a damaged file), so that a resource whose
text nobody will find is noticed where it is edited, not only in the log."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from library.extraction import STATUS_LABELS, STATUS_OK


class FileTextPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Text found in the files"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "library/admin/file_text_panel.html"

        def is_shown(self):
            return bool(self.instance.pk)

        def get_context_data(self, parent_context=None):
            from library.models import DocumentText

            context = super().get_context_data(parent_context)
            files = list(self.instance.files.select_related("document"))
            texts = DocumentText.objects.filter(document__in=[f.document_id for f in files])
            by_document = {text.document_id: text for text in texts.defer("text")}
            rows = []
            for file in files:
                text = by_document.get(file.document_id)
                rows.append(
                    {
                        "name": file.label or file.document.title,
                        "read": text is not None and text.file_hash == file.document.file_hash,
                        "ok": text is not None and text.status == STATUS_OK,
                        "status": STATUS_LABELS.get(text.status, text.status) if text else "",
                        "pages": text.pages if text else 0,
                    }
                )
            context["rows"] = rows
            return context
