"""What the site's own admin views share."""

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class TitledAdminView(WagtailAdminTemplateMixin):
    """An admin view whose header names it: "Home", then its title (Wagtail's mixin shows only
    "Home" unless a view adds itself to the breadcrumbs)."""

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]
