"""`manage.py restore <backup>`: replace the database and bring the media back from a backup."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from website.backups import BackupError, find_backup, list_backups, read_manifest, restore_backup


class Command(BaseCommand):
    help = (
        "Restores a backup made by `manage.py backup`: checks its checksums, replaces the "
        "database's content in one transaction, then extracts the media into MEDIA_ROOT (files "
        "added since stay). Stop the site, or expect errors while it runs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "backup", nargs="?", help="A backup's name under BACKUP_DIR, or its path."
        )
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, *args, backup=None, interactive=True, **options):
        if not backup:
            available = [path.name for path in list_backups()]
            raise CommandError(
                "Name the backup to restore. Available: " + (", ".join(available) or "none")
            )
        try:
            path = find_backup(backup)
            manifest = read_manifest(path)
            if interactive and not self.confirm(path, manifest):
                raise CommandError("Restore cancelled.")
            notes = restore_backup(path, log=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from error
        for note in notes:
            self.stdout.write(self.style.WARNING(note))
        self.stdout.write(self.style.SUCCESS(f"Restored {path.name}"))

    def confirm(self, path, manifest):
        settings_dict = connection.settings_dict
        where = settings_dict.get("HOST") or "local"
        self.stdout.write(
            f"This replaces the content of the {connection.vendor} database "
            f"{settings_dict['NAME']!r} ({where}) with the backup {path.name} made "
            f"{manifest['created_at']}, and writes its media into MEDIA_ROOT."
        )
        return input("Type 'yes' to go on: ").strip().lower() == "yes"
