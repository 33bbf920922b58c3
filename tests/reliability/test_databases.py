"""The suites' throwaway databases are dropped even while a session is still connected to one
(a server left running by a failed test, a pool, an autovacuum worker)."""

import psycopg2

from tests.databases import admin_connection, create_database, drop_database_named
from tests.reliability.postgres import server_url


def _exists(connection, name):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        return cursor.fetchone() is not None


def test_a_database_with_a_session_still_open_on_it_is_dropped():
    url = server_url()
    name = "thousand_landscapes_drop_probe"
    lingering = psycopg2.connect(create_database(url, name), connect_timeout=5)
    admin = admin_connection(url)
    try:
        drop_database_named(admin, name)
        assert not _exists(admin, name)
        assert lingering.closed or _server_closed(lingering)
    finally:
        lingering.close()
        admin.close()


def test_dropping_a_database_that_is_not_there_is_quiet():
    admin = admin_connection(server_url())
    try:
        drop_database_named(admin, "thousand_landscapes_never_made")
        assert not _exists(admin, "thousand_landscapes_never_made")
    finally:
        admin.close()


def _server_closed(connection):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except psycopg2.OperationalError:
        return True
    return False
