from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from network.models import ContactMessage


class ContactMessageViewSet(ModelViewSet):
    """Messages sent through the contact forms, for editors to check that none went astray."""

    model = ContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["sender_name", "page_title", "created_at", "sent_at", "send_attempts"]
    list_filter = ["sent_at"]
    search_fields = ["sender_name", "sender_email", "page_title", "message"]
    inspect_view_enabled = True
    form_fields = ["recipient"]
    exclude_form_fields = None


@hooks.register("register_admin_viewset")
def register_contact_messages():
    return ContactMessageViewSet("contact_messages")
