from django.core.management.base import BaseCommand

from website.translation_privacy import follow_sources_everywhere


class Command(BaseCommand):
    help = (
        "Gives every translation of a restricted page its source page's view restrictions, for "
        "restrictions set before privacy followed pages into their translations. `migrate` does "
        "it too; later changes follow by themselves. Never lifts a restriction."
    )

    def handle(self, *args, **options):
        changed = follow_sources_everywhere()
        self.stdout.write(f"Restrictions copied to the translations of {changed} pages.")
