"""`manage.py backup [--output-dir DIR]`: the database and the media into one new directory."""

from django.core.management.base import BaseCommand, CommandError

from website.backups import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Backs up the database (pg_dump custom format, or a copy of the SQLite file) and every "
        "file under MEDIA_ROOT into a new directory under BACKUP_DIR (default ./backups), named "
        "by the UTC date and time. Safe while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", help="Where to make the backup (default BACKUP_DIR).")

    def handle(self, *args, output_dir=None, **options):
        try:
            path = create_backup(output_dir, log=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backup written to {path}"))
