"""The form network members fill in at /my-library/ to submit a resource (library/submissions.py):
the resource's description, and one file or a link. The file goes through Wagtail's own document
form (WAGTAILDOCS_DOCUMENT_FORM_BASE: website/uploads.py checks its content; the allowed
extensions and the largest size are Wagtail's settings), so a file reaches the library here by
the same checks as in the admin. The rules of a resource stay on the model
(ResourcePage.clean: a video is on YouTube or Vimeo), which the form runs on the draft."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form

from library.models import ResourcePage
from network.models import LandscapePage
from website.models import Theme
from website.widgets import SearchableSelectMultiple

FIELDS = [
    "title",
    "kind",
    "summary",
    "link",
    "resource_languages",
    "publication_year",
    "licence",
    "themes",
    "landscapes",
]


def checked_document(upload):
    """The uploaded file as an unsaved Document, checked by Wagtail's document form (extension,
    size, content); ValidationError with that form's messages otherwise."""
    model = get_document_model()
    form_class = get_document_form(model, fields=["file"])
    form = form_class(data={}, files={"file": upload}, instance=model(title=upload.name[:255]))
    # The collection is the submissions' own (library/submissions.py), not the uploader's choice.
    form.fields.pop("collection", None)
    if not form.is_valid():
        raise ValidationError([message for errors in form.errors.values() for message in errors])
    return form.instance


def _model_field(name):
    return ResourcePage._meta.get_field(name)


class ResourceSubmissionForm(forms.ModelForm):
    link = forms.URLField(
        label=capfirst(_model_field("link").verbose_name),
        help_text=_model_field("link").help_text,
        required=False,
        max_length=_model_field("link").max_length,
        assume_scheme="https",
    )
    upload = forms.FileField(
        label=_("File"),
        required=False,
        widget=forms.FileInput(
            attrs={"accept": ",".join(f".{ext}" for ext in settings.WAGTAILDOCS_EXTENSIONS)}
        ),
    )

    field_order = ["title", "kind", "summary", "upload", *FIELDS[3:]]

    class Meta:
        model = ResourcePage
        fields = FIELDS
        labels = {"title": _("Title")}
        help_texts = {"title": ""}  # not Wagtail's words about pages
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 5}),
            "resource_languages": SearchableSelectMultiple,
            "themes": SearchableSelectMultiple,
            "landscapes": SearchableSelectMultiple,
        }

    def __init__(self, *args, locale, landscapes, current_file=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.current_file = current_file
        self.document = None
        self.fields["title"].max_length = 255
        self.fields["themes"].queryset = Theme.objects.filter(locale=locale).order_by("name")
        self.fields["landscapes"].queryset = LandscapePage.objects.filter(
            pk__in=[page.pk for page in landscapes]
        ).order_by("title")
        self.fields["landscapes"].help_text = _(
            "Optional: the landscapes you coordinate that the resource is about."
        )
        if not landscapes:
            del self.fields["landscapes"]
        if not self.instance.publication_year:
            self.initial.setdefault("publication_year", datetime.date.today().year)
        allowed = ", ".join(ext.upper() for ext in settings.WAGTAILDOCS_EXTENSIONS)
        size = filesizeformat(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)
        help_text = _(
            "One file (%(types)s), at most %(size)s; or give a link below instead. It becomes "
            "public when a moderator approves the resource."
        ) % {"types": allowed, "size": size}
        if current_file is not None:
            current = _("The current file is %(name)s; choose another file only to replace it.") % {
                "name": current_file.filename
            }
            help_text = f"{current} {help_text}"
        self.fields["upload"].help_text = help_text

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if not upload:
            return None
        self.document = checked_document(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        has_file = self.current_file is not None or cleaned.get("upload") or "upload" in self.errors
        if not has_file and not cleaned.get("link") and "link" not in self.errors:
            raise ValidationError(_("Upload the resource's file, or give a link to it."))
        return cleaned

    def apply_to(self, page):
        """Put what was typed onto `page` (a draft of the resource); the file is the view's."""
        for name in FIELDS:
            if name not in self.fields:
                continue
            value = self.cleaned_data[name]
            if name == "landscapes":
                # Landscapes an editor linked that the person does not coordinate stay linked.
                offered = self.fields[name].queryset
                value = [*page.landscapes.exclude(pk__in=offered), *value]
            setattr(page, name, list(value) if name in ("themes", "landscapes") else value)
        return page
