"""Databases that the suites make and throw away on the test server (the reliability tests'
copies, the browser suite's demo site), and the migrated database that `make test` makes once
for all of them to copy (`python -m tests.databases name|migrate|drop`)."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

#: The environment variable naming a database on DATABASE_URL's server that `make test` migrated
#: once, before its suites: each of their test databases is a copy of it (CREATE DATABASE …
#: TEMPLATE, a second or two) instead of one more `migrate` (about 18 s of a core, and one is
#: made for each pytest-xdist worker of each suite, the reliability tests and the browser demo).
MIGRATED_DATABASE = "MIGRATED_DATABASE"

#: How long a drop waits, in all, for the server's own processes to leave the database.
DROP_PATIENCE_SECONDS = 30


def drop_database_named(connection, name):
    """DROP DATABASE `name` if it exists, through `connection` (autocommit, to another database).

    Not `WITH (FORCE)`: that also tries to end an autovacuum worker that happens to be tidying
    the database, and a role that is no superuser may not ("must be a member of the role whose
    process is being terminated"), which failed a CI run once. Instead, our own role's sessions
    on it are ended first (a role may end its own), and the plain DROP then asks autovacuum to
    stop and waits for it; while anything else is still there, it is tried again."""
    import psycopg2
    from psycopg2 import sql

    deadline = time.monotonic() + DROP_PATIENCE_SECONDS
    with connection.cursor() as cursor:
        while True:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND usename = current_user AND pid <> pg_backend_pid()",
                [name],
            )
            try:
                cursor.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
                return
            except psycopg2.errors.ObjectInUse:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)


def with_database(url, name):
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def database_name(url):
    return urlsplit(url).path.lstrip("/")


def admin_connection(url):
    """A connection (autocommit) to the `postgres` database of `url`'s server."""
    import psycopg2

    connection = psycopg2.connect(with_database(url, "postgres"), connect_timeout=5)
    connection.autocommit = True
    return connection


def create_database(url, name, template=None):
    """A new database `name` on `url`'s server (a copy of `template`, or empty); its URL."""
    from psycopg2 import sql

    connection = admin_connection(url)
    try:
        drop_database_named(connection, name)
        with connection.cursor() as cursor:
            statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            if template:
                statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
            cursor.execute(statement)
    finally:
        connection.close()
    return with_database(url, name)


def drop_database(url):
    """Drop the database `url` names, if it exists."""
    connection = admin_connection(url)
    try:
        drop_database_named(connection, database_name(url))
    finally:
        connection.close()


def migrated_for_this_run():
    """The name of the database `make test` migrated for this run, or None (not under `make test`,
    or not on PostgreSQL): the suites then migrate their databases themselves."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return None
    return os.environ.get(MIGRATED_DATABASE) or None


def new_name(url):
    """A name for the run's migrated database: DATABASE_URL's, and this process's number."""
    return f"{database_name(url)[:30]}_migrated_{os.getpid()}"


def migrate_new_database(url, name):
    """A new database `name` on `url`'s server, migrated with the test settings; its URL.
    Dropped again if `migrate` fails or is stopped (`main` turns SIGTERM into an exception)."""
    migrated = create_database(url, name)
    environment = {
        **os.environ,
        "DATABASE_URL": migrated,
        "DJANGO_SETTINGS_MODULE": "website.settings.test",
    }
    environment.pop("SEARCH_URL", None)
    try:
        result = subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
            cwd=Path(__file__).resolve().parents[1],
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py migrate failed:\n{result.stdout}\n{result.stderr}")
    except BaseException:  # stopped too: subprocess.run has killed the manage.py it waited for
        drop_database(migrated)
        raise
    return migrated


def _stop(_signum, _frame):
    raise SystemExit("stopped (SIGTERM)")


def main(arguments):
    """`name`: print a name for the run's migrated database. `migrate NAME`: make and migrate
    that database on DATABASE_URL's server. `drop NAME`: drop it (nothing if it is gone)."""
    url = os.environ["DATABASE_URL"]
    match arguments:
        case ["name"]:
            print(new_name(url))
        case ["migrate", name]:
            # `make test` stopped early stops this with SIGTERM: the database is dropped.
            signal.signal(signal.SIGTERM, _stop)
            migrate_new_database(url, name)
        case ["drop", name]:
            drop_database(with_database(url, name))
        case _:
            return "usage: python -m tests.databases name | migrate NAME | drop NAME"
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
