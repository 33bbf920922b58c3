from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from website.models import SitePage


class ContactablePage(SitePage):
    """A directory profile that visitors can write to without ever seeing the address."""

    contact_email = models.EmailField(
        _("contact address"),
        blank=True,
        help_text=_("Messages from the contact form go here. It is never shown on the site."),
    )

    contact_panels = [FieldPanel("contact_email")]

    class Meta:
        abstract = True

    def get_contact_email(self):
        return self.contact_email

    def serve(self, request, *args, **kwargs):
        from network.contact import handle_contact_form

        response = handle_contact_form(request, self)
        if response:
            return response
        # Page.serve sets request.is_preview to False; a routable page's preview comes through
        # here (index_route) and must stay one, or its rendering would take it for the live page.
        previewing = getattr(request, "is_preview", False)
        response = super().serve(request, *args, **kwargs)
        request.is_preview = previewing
        return response

    def get_context(self, request, *args, **kwargs):
        from network.contact import contact_form_context

        context = super().get_context(request, *args, **kwargs)
        context.update(contact_form_context(request, self))
        return context
