from django.core.management.base import BaseCommand

from website.translation_overrides import put_back_fixed_values


class Command(BaseCommand):
    help = (
        "Puts the source page's values back on every synchronised translation where a "
        "translator overrode what is the same in every language (contact addresses, websites, "
        "links, who a page is), and deletes the stored overrides of those values. Run it once "
        "after upgrading; later overrides are refused."
    )

    def handle(self, *args, **options):
        repaired, deleted = put_back_fixed_values()
        self.stdout.write(
            f"Fixed values put back on {repaired} translations; {deleted} overrides deleted."
        )
