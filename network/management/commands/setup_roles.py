from django.core.management.base import BaseCommand

from network.roles import ensure_roles


class Command(BaseCommand):
    help = (
        "Creates or completes the Editors, Moderators, Translators and Experts groups, their "
        "permissions and the Profile review workflow. Safe to run again."
    )

    def handle(self, *args, **options):
        ensure_roles()
        self.stdout.write(self.style.SUCCESS("Roles and the Profile review workflow are in place."))
