"""Databases that the suites make and throw away on the test server (the reliability tests'
copies, the browser suite's demo site)."""

import time
from urllib.parse import urlsplit, urlunsplit

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
