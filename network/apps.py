from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def ensure_roles_after_migrate(**kwargs):
    from network.roles import ensure_roles

    ensure_roles()


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("The action network directory")

    def ready(self):
        from django.db.models.signals import post_migrate

        from network import signals  # noqa: F401 - connects the account signals

        post_migrate.connect(ensure_roles_after_migrate, sender=self)
