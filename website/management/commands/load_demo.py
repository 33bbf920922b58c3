from contextlib import contextmanager
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, transaction

from search.deferred import indexes_updated_at_the_end
from website.language_trees import add_new_languages


@contextmanager
def commits_not_waited_for():
    """On PostgreSQL, this session's commits do not wait for the write-ahead log to reach the
    disk (synchronous_commit off) while the demo loads; the setting is put back afterwards.

    The reference index is brought up to date at the end an object at a time, each in a
    transaction of its own: over a thousand commits, each waiting for the disk, which on a busy
    machine is most of that step's time. Nothing written changes. A crash of the database server
    or of the machine could lose the last commits (PostgreSQL then has the database as if they
    had failed), as a crash a moment earlier would have done in any case."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronous_commit")
        (setting,) = cursor.fetchone()
        cursor.execute("SET synchronous_commit TO off")
    try:
        yield
    finally:
        # Inside a transaction that failed (a test's), its rollback takes the SET back too.
        if not connection.needs_rollback:
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config('synchronous_commit', %s, false)", [setting])


class Command(BaseCommand):
    help = (
        "Loads demo content: the site's own, then each app's (an app provides it as a `demo` "
        "module with a `load(stdout)` function), then the roles' permissions on its language "
        "trees. Running it again changes nothing."
    )

    def handle(self, *args, **options):
        # Each page is saved several times over while it is made, translated and published:
        # the search and reference indexes take each object once, at the end.
        with commits_not_waited_for(), indexes_updated_at_the_end():
            self.load()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def load(self):
        for app_config in apps.get_app_configs():
            module_name = f"{app_config.name}.demo"
            if (
                not app_config.name.startswith(("django.", "wagtail", "modelcluster", "taggit"))
                and find_spec(module_name) is not None
            ):
                with transaction.atomic():
                    import_module(module_name).load(self.stdout)
        # A language of the settings that the demo has no content for (one just added, say
        # Arabic) gets its home, sections and menus, waiting to be translated.
        with transaction.atomic():
            add_new_languages(stdout=self.stdout)
        # Translators' and editors' page permissions hang on the language trees just made.
        call_command("setup_roles", stdout=self.stdout)
