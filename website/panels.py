"""Panels the page models share in the admin."""

from wagtail.admin.panels import TitleFieldPanel


def title_panel(heading, help_text):
    """The title field under the name people give it ("Name", "Course title"), in place of
    Wagtail's "The page title as you'd like it to be seen by the public"."""
    return TitleFieldPanel("title", heading=heading, help_text=help_text)
