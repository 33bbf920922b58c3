from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def ensure_roles_after_migrate(app_config, **kwargs):
    """After migrate (and flush), once: at the last app's signal, when every app's permissions
    exist (Django creates them app by app on this same signal)."""
    from django.apps import apps
    from django.contrib.auth.models import Permission

    from network.roles import ensure_roles

    last_app = [config for config in apps.get_app_configs() if config.models_module][-1]
    if app_config is last_app and Permission.objects.filter(codename="access_admin").exists():
        ensure_roles()


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("The action network directory")

    def ready(self):
        from django.db.models.signals import post_migrate

        from network import signals  # noqa: F401 - connects the account signals

        post_migrate.connect(ensure_roles_after_migrate, dispatch_uid="network-ensure-roles")
