from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from network.choices import REGIONS
from network.terraso_import import (
    MAX_EXPORT_BYTES,
    ImportRefused,
    fetch_export,
    import_landscape,
    read_export,
)


class Command(BaseCommand):
    help = (
        "Imports landscapes from Terraso: each argument is a Terraso landscape's address "
        "(https://app.terraso.org/landscapes/<slug>), an export's address "
        "(…/landscapes/<slug>/json) or an export file. Creates the landscape, or updates the "
        "one that came from it, as a draft for an editor to publish (--publish publishes). "
        "Importing the same export again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="+", metavar="FILE_OR_URL")
        parser.add_argument("--publish", action="store_true", help="Publish what is imported.")
        parser.add_argument(
            "--region",
            choices=[value for value, _label in REGIONS],
            default="",
            help="The world region of a landscape whose export names no country.",
        )
        parser.add_argument(
            "--no-image", action="store_true", help="Do not fetch the profile images."
        )

    def handle(self, *args, **options):
        translation.activate("en")
        failed = 0
        for source in options["sources"]:
            try:
                data, slug = self._read(source)
                outcome = import_landscape(
                    data,
                    publish=options["publish"],
                    slug=slug,
                    region=options["region"],
                    fetch_image=not options["no_image"],
                )
            except ImportRefused as refused:
                failed += 1
                self.stderr.write(f"{source}: not imported.")
                for message in refused.messages:
                    self.stderr.write(f"  {message}")
                continue
            state = "published" if outcome.published else "draft"
            self.stdout.write(f"{source}: {outcome.action} “{outcome.page.title}” ({state})")
            if outcome.unmatched_stakeholders:
                self.stdout.write(
                    "  Kept as names (no organisation page matches): "
                    + "; ".join(outcome.unmatched_stakeholders)
                )
            for note in outcome.notes:
                self.stdout.write(f"  {note}")
        if failed:
            raise CommandError(f"{failed} of {len(options['sources'])} not imported.")

    def _read(self, source):
        if source.startswith(("http://", "https://")):
            return fetch_export(source)
        path = Path(source)
        if not path.is_file():
            raise ImportRefused([("", f"There is no file {source}.")])
        with path.open("rb") as file:  # a byte more than an export may hold is enough to refuse
            return read_export(file.read(MAX_EXPORT_BYTES + 1)), ""
