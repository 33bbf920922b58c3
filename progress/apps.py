from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgressConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "progress"
    verbose_name = _("Action and investment")

    def ready(self):
        from network.roles import roles_ensured
        from progress import landscape_figures, signals  # noqa: F401 - receivers
        from progress.roles import ensure_after_network_roles

        roles_ensured.connect(ensure_after_network_roles, dispatch_uid="progress-review")
