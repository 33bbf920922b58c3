"""Databases that the suites make and throw away on the test server (the reliability tests'
copies, the browser suite's demo site)."""

import time

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
