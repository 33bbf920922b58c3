"""Every model change has a migration, and the newest migrations apply forward on a database
full of content, as a deployment applies them to production's.

What this tests, and why this way (the cheapest honest version we found):
- `makemigrations --check`: no model change lacks its migration (CI also runs it on its own).
- The previous state of the code, as git holds it (the parent of the newest commit that touched
  a migration, or HEAD when the working tree has migration changes of its own), is exported
  with `git archive` and, with its own code, migrates a new PostgreSQL database and seeds a
  small network in it (`seed_benchmark --scale 0.01`: 10 landscapes, 100 experts, 20 courses,
  30 stories… in four languages, in bulk, in seconds). Today's code then migrates it forward.
  The database must then have exactly the schema that a fresh `migrate` gives (so that an
  edited migration, or a data migration that also changes the schema, shows) and serve its
  pages.
Loading the demo content instead (`load_demo`) would take over a minute and cover the same
tables; migrating backwards and forwards again would test reverse migrations, which we do not
promise (data migrations are written forward-only)."""

import json
import re
import shutil
import subprocess
import tarfile

import pytest
from django.core.management import call_command

from tests.reliability.postgres import (
    PYTHON,
    REPO,
    environment,
    missing,
    run_python,
    server_url,
)

MIGRATIONS = "*/migrations/*.py"
GIT = shutil.which("git") or "git"


def git(*arguments):
    result = subprocess.run(
        [GIT, *arguments], cwd=REPO, capture_output=True, text=True, check=False
    )
    return result.stdout.strip() if result.returncode == 0 else None


def previous_state():
    """The commit whose migrations came just before the ones this code has."""
    if shutil.which("git") is None or git("rev-parse", "--git-dir") is None:
        missing("needs the git history (a clone, not an export)")
    if git("status", "--porcelain", "--", MIGRATIONS):
        return git("rev-parse", "HEAD")
    newest = git("log", "-1", "--format=%H", "--", MIGRATIONS)
    parent = git("rev-parse", "--verify", "--quiet", f"{newest}^") if newest else None
    if not parent:
        missing("needs the git history before the newest migration (a full clone, not shallow)")
    return parent


def export(commit, directory):
    """The tree of `commit` in `directory`, without touching the checkout or its .git."""
    archive = directory.with_suffix(".tar")
    with open(archive, "wb") as stream:
        subprocess.run([GIT, "archive", commit], cwd=REPO, stdout=stream, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(directory, filter="data")
    archive.unlink()


def schema(database_url):
    """The database's schema as pg_dump writes it, without comments and blank lines."""
    import dj_database_url

    from website.backups import _libpq

    dsn, env = _libpq(dj_database_url.parse(database_url))
    dump = subprocess.run(
        [
            shutil.which("pg_dump") or "pg_dump",
            "--schema-only",
            "--no-owner",
            "--no-privileges",
            "--dbname",
            dsn,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        line
        for line in dump.splitlines()
        if line.strip() and not line.startswith("--") and not re.match(r"^\\(un)?restrict ", line)
    ]


@pytest.mark.django_db
def test_every_model_change_has_a_migration():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.slow
def test_the_newest_migrations_apply_forward_on_a_database_with_content(
    migrated_database, tmp_path
):
    server_url()
    baseline = previous_state()
    old_code = tmp_path / "previous"
    export(baseline, old_code)
    commands = ("search/management/commands", "tests/bench/management/commands")  # then, now
    if not any((old_code / folder / "seed_benchmark.py").exists() for folder in commands):
        pytest.fail(f"{baseline[:8]} has no seed_benchmark command to fill its database with")
    database = migrated_database("migrate_test", template=None)
    fresh = migrated_database("migrate_test_fresh")
    old_environment = {
        **environment(database, tmp_path / "media"),
        "DJANGO_SETTINGS_MODULE": "website.settings.test",
    }

    def old(*arguments):
        return subprocess.run(
            [PYTHON, "manage.py", *arguments],
            cwd=old_code,
            env=old_environment,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    old("migrate", "--noinput", "-v0")
    old("seed_benchmark", "--scale", "0.01", "--i-know")

    new_environment = environment(database, tmp_path / "media")
    run_python(["manage.py", "migrate", "--noinput", "-v0"], new_environment)
    run_python(["manage.py", "migrate", "--check"], new_environment)  # nothing left to apply

    assert schema(database) == schema(fresh)

    urls = ["/en/", "/es/landscapes/", "/en/experts/", "/en/learning/", "/fr/stories/"]
    landscape_count = "/api/landscapes.geojson?lang=en"
    pages = json.loads(
        run_python(["-m", "tests.reliability.render", *urls, landscape_count], new_environment)
    )
    assert {url: page["status"] for url, page in pages.items()} == dict.fromkeys(
        [*urls, landscape_count], 200
    )
    features = json.loads(pages[landscape_count]["body"])["features"]
    assert len(features) == 10
    assert all(feature["geometry"] for feature in features)
