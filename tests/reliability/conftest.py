import os
import shutil
import subprocess

import pytest

from tests.databases import (
    create_database,
    database_name,
    drop_database,
    migrate_new_database,
    migrated_for_this_run,
    with_database,
)
from tests.reliability.postgres import environment, run_python, server_url


def postgresql_url():
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


def database_name_base(url):
    """DATABASE_URL's database name, which the databases the tests make begin with."""
    return database_name(url)[:30]


@pytest.fixture(scope="session")
def _template_on_database_server():
    """The name of a database on DATABASE_URL's server that `migrate` made once for the whole
    session (None without PostgreSQL): the one `make test` made for the run, or else one of the
    session's own. Nobody connects to it, as a template requires."""
    url = postgresql_url()
    if url is None or migrated_for_this_run():
        yield migrated_for_this_run()
        return
    name = f"{database_name_base(url)}_reliability_template_{os.getpid()}"
    template = migrate_new_database(url, name)
    try:
        yield name
    finally:
        drop_database(template)


@pytest.fixture(scope="session")
def migrated_template(_template_on_database_server):
    """Each test copies this database (CREATE DATABASE … TEMPLATE, a second) instead of
    migrating again (a quarter of a minute each)."""
    server_url()  # a skip without PostgreSQL (a failure in CI)
    return _template_on_database_server


@pytest.fixture(scope="session")
def migrated_dump(_template_on_database_server, tmp_path_factory):
    """pg_dump of the migrated template, which a throwaway server loads with pg_restore in
    seconds; None without PostgreSQL at DATABASE_URL (the test then migrates on its own)."""
    if _template_on_database_server is None:
        return None
    import dj_database_url

    from website.backups import _libpq

    template = with_database(postgresql_url(), _template_on_database_server)
    dump = tmp_path_factory.mktemp("dump") / "migrated.dump"
    dsn, env = _libpq(dj_database_url.parse(template))
    subprocess.run(
        [shutil.which("pg_dump") or "pg_dump", "--format=custom", "--file", str(dump), dsn],
        env=env,
        check=True,
    )
    return dump


@pytest.fixture
def migrated_database(migrated_template):
    """make(suffix) → the URL of a new migrated database (a copy of the template) whose name
    ends with `suffix`, or of an empty one with template=None; every one made is dropped after
    the test."""
    url = server_url()
    made = []

    def make(suffix, template=migrated_template):
        name = f"{database_name_base(url)}_{suffix}_{os.getpid()}"
        made.append(create_database(url, name, template=template))
        return made[-1]

    yield make
    for database in made:
        drop_database(database)


@pytest.fixture(scope="session")
def bench_work_dir(tmp_path_factory):
    """A BENCH_WORK_DIR for the servers that tests/bench/run.py's Server starts (production-like
    settings: hashed static files, which collectstatic makes here once for the session)."""
    directory = tmp_path_factory.mktemp("bench-work")
    saved = os.environ.get("BENCH_WORK_DIR")
    os.environ["BENCH_WORK_DIR"] = str(directory)
    try:
        run_python(
            ["manage.py", "collectstatic", "--noinput", "-v0"],
            {**environment("sqlite://"), "DJANGO_SETTINGS_MODULE": "tests.bench.settings"},
        )
        yield directory
    finally:
        if saved is None:
            os.environ.pop("BENCH_WORK_DIR", None)
        else:
            os.environ["BENCH_WORK_DIR"] = saved
