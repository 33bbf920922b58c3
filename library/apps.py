from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("The knowledge library")

    def ready(self):
        from library import signals  # noqa: F401
