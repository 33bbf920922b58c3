"""The admin's "Import from Terraso": an editor pastes a Terraso landscape's address or uploads
an export file; the landscape is created or updated as a draft (network/terraso_import.py), and
the editor sees what happened and where to review and publish it."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from network.choices import REGIONS
from network.terraso_import import (
    MAX_EXPORT_BYTES,
    ImportRefused,
    fetch_export,
    import_landscape,
    may_import,
    read_export,
)
from website.admin_views import TitledAdminView


class TerrasoImportForm(forms.Form):
    address = forms.URLField(
        label=_("Terraso landscape's address"),
        required=False,
        assume_scheme="https",
        help_text=_(
            "For example https://app.terraso.org/landscapes/laguna-negra, or the address of "
            "a landscape export (…/landscapes/<slug>/json)."
        ),
    )
    export_file = forms.FileField(
        label=_("Or an export file"),
        required=False,
        help_text=_("A landscape exported from Terraso, in JSON."),
        widget=forms.ClearableFileInput(attrs={"accept": "application/json,.json"}),
    )
    region = forms.ChoiceField(
        label=_("World region"),
        required=False,
        choices=[("", _("From the landscape's country")), *REGIONS],
        help_text=_("Only needed when the export names no country."),
    )

    def clean(self):
        data = super().clean()
        if not data.get("address") and not data.get("export_file"):
            raise forms.ValidationError(_("Give a Terraso address or choose an export file."))
        if data.get("address") and data.get("export_file"):
            raise forms.ValidationError(_("Give an address or a file, not both."))
        upload = data.get("export_file")
        if upload is not None and upload.size > MAX_EXPORT_BYTES:
            self.add_error(
                "export_file", _("The file is larger than 10 MB: it is not a landscape export.")
            )
        return data


class TerrasoImportView(TitledAdminView, FormView):
    page_title = _("Import from Terraso")
    header_icon = "download"
    template_name = "network/admin/terraso_import.html"
    form_class = TerrasoImportForm

    def dispatch(self, request, *args, **kwargs):
        if not may_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            if form.cleaned_data["address"]:
                data, slug = fetch_export(form.cleaned_data["address"])
            else:
                data, slug = read_export(form.cleaned_data["export_file"].read()), ""
            outcome = import_landscape(
                data, user=self.request.user, slug=slug, region=form.cleaned_data["region"]
            )
        except ImportRefused as refused:
            for message in refused.messages:
                form.add_error(None, message)
            return self.form_invalid(form)
        # A fresh form for the next landscape, with this one's outcome above it.
        return self.render_to_response(
            self.get_context_data(form=self.form_class(), outcome=outcome)
        )
