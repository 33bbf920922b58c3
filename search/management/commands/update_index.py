"""Wagtail's update_index, then a new content version: the searches kept for the old version
(search.site_search, network.directories) would otherwise give the old index's answers."""

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from website.content_version import content_changed


class Command(WagtailUpdateIndex):
    def handle(self, **options):
        super().handle(**options)
        content_changed()
