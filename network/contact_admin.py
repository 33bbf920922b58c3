"""Contact messages in the admin, for editors: a list with an excerpt and whether each is handled,
a message opened to be read (sender, profile, language, text, how e-mailing it went) with a reply
link, and "Mark as handled". The recipient can still be corrected (the edit view) so that
`send_contact_messages` retries to the right address."""

from urllib.parse import quote, urlencode

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from network.models import ContactMessage

HANDLED, WAITING = "handled", "waiting"


def status_label(message):
    return gettext("Handled") if message.handled_at else gettext("To handle")


class ContactMessageFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(WAITING, _("To handle")), (HANDLED, _("Handled"))],
        method="filter_status",
    )

    class Meta:
        model = ContactMessage
        fields = []

    def filter_status(self, queryset, name, value):
        return queryset.filter(handled_at__isnull=value == WAITING)


class ContactMessageIndexView(IndexView):
    def get_edit_url(self, instance):
        """A message opens to be read; its recipient is corrected from there."""
        return None


class ContactMessageInspectView(InspectView):
    template_name = "network/admin/contact_message.html"
    page_title = _("Contact message")
    handled_url_name = None

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        message = self.object
        page = message.page.specific if message.page_id else None
        subject = gettext("Your message to %(profile)s") % {"profile": message.page_title}
        context.update(
            message=message,
            public_page=page if page is not None and page.live else None,
            reply_url=f"mailto:{quote(message.sender_email, safe='@')}?"
            + urlencode({"subject": subject}, quote_via=quote),
            handled_url=reverse(self.handled_url_name, args=[message.pk]),
            may_change=self.permission_policy.user_has_permission(self.request.user, "change"),
            recipient_url=reverse(self.edit_url_name, args=[message.pk]),
        )
        return context


class ContactMessageHandledView(View):
    """POST: mark a message handled (handled=1) or waiting again; back to the message."""

    permission_policy = None
    inspect_url_name = None

    def post(self, request, pk):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        message = get_object_or_404(ContactMessage, pk=pk)
        if request.POST.get("handled") == "1":
            message.handled_at, message.handled_by = timezone.now(), request.user
            messages.success(request, gettext("The message is marked as handled."))
        else:
            message.handled_at, message.handled_by = None, None
            messages.success(request, gettext("The message is waiting to be handled again."))
        message.save(update_fields=["handled_at", "handled_by"])
        return redirect(self.inspect_url_name, pk)


class ContactMessageViewSet(ModelViewSet):
    """Messages sent through the contact forms, for editors to read, answer and mark handled,
    and to check that none went astray."""

    model = ContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    menu_order = 320
    add_to_admin_menu = True
    index_view_class = ContactMessageIndexView
    inspect_view_class = ContactMessageInspectView
    list_display = [
        "sender_name",
        "page_title",
        Column("excerpt", label=_("message")),
        DateColumn("created_at", label=_("received")),
        DateColumn("sent_at", label=_("e-mailed")),
        StatusTagColumn(
            "status",
            label=_("status"),
            accessor=status_label,
            primary=lambda message: message.handled_at is None,
        ),
    ]
    filterset_class = ContactMessageFilterSet
    search_fields = ["sender_name", "sender_email", "page_title", "message"]
    inspect_view_enabled = True
    form_fields = ["recipient"]
    exclude_form_fields = None

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            handled_url_name=self.get_url_name("handled"), **kwargs
        )

    @property
    def handled_view(self):
        return ContactMessageHandledView.as_view(
            permission_policy=self.permission_policy,
            inspect_url_name=self.get_url_name("inspect"),
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("handled/<int:pk>/", self.handled_view, name="handled"),
        ]
