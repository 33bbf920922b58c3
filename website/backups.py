"""Backups of the database and the uploaded media, and restoring one (`manage.py backup`,
`manage.py restore`; `make backup`, `make restore BACKUP=…`).

Management commands rather than a shell script, because the settings are the one place that
knows where things are: the database as dj-database-url reads DATABASE_URL (or the SQLite file
of `make run`), MEDIA_ROOT with its default beside the checkout, and whether media are local
files at all. A script would have to parse all that again and could disagree.

A backup is one directory, BACKUP_DIR/<UTC date-time>/, holding:
- `database.dump`: `pg_dump --format=custom` of the PostgreSQL database (one consistent
  snapshot, taken while the site runs), or `database.sqlite3`: a copy made with SQLite's online
  backup API (not a file copy, which could catch a half-written page);
- `media.tar`: every file under MEDIA_ROOT (originals and renditions: the database refers to
  both), uncompressed, as images are compressed already;
- `manifest.json`: what was backed up, when, from which migrations, and each file's SHA-256.

It is written under a hidden `.…partial` name and renamed when complete, so that a backup that
failed halfway never looks like one to restore. A restore checks every checksum before touching
anything, restores the database in one transaction (a failure leaves it as it was), then the
media; files uploaded after the backup stay where they are (no page refers to them), so a
restore deletes no file."""

import datetime
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.files.storage import FileSystemStorage, storages
from django.db import connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

FORMAT = 1
MANIFEST = "manifest.json"
POSTGRESQL_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"
MEDIA_ARCHIVE = "media.tar"
# libpq connection keywords that dj-database-url may put in OPTIONS (from the URL's query).
LIBPQ_OPTIONS = {
    "application_name",
    "connect_timeout",
    "options",
    "passfile",
    "service",
    "sslcert",
    "sslcrl",
    "sslkey",
    "sslmode",
    "sslrootcert",
    "target_session_attrs",
}


class BackupError(Exception):
    """Something a person running a backup or a restore must hear about, in plain words."""


# ---------------------------------------------------------------------------------------------
# Backing up
# ---------------------------------------------------------------------------------------------
def create_backup(directory=None, log=print, alias="default"):
    """Back the database and the media up into a new directory under `directory` (default:
    settings.BACKUP_DIR); gives its path."""
    root = Path(directory or settings.BACKUP_DIR).resolve()
    root.mkdir(parents=True, exist_ok=True)
    name = _new_name(root)
    partial = root / f".{name}.partial"
    partial.mkdir()
    try:
        database = _dump_database(connections[alias], partial)
        log(f"Database: {database['vendor']} {database['name']}, {database['bytes']:,} bytes")
        media = _archive_media(partial, exclude=root)
        if "skipped" in media:
            log(f"Media: not backed up: {media['skipped']}")
        else:
            log(f"Media: {media['files']:,} files, {media['content_bytes']:,} bytes")
        manifest = {
            "format": FORMAT,
            "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "database": database,
            "media": media,
            "migrations": _applied_migrations(connections[alias]),
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
        final = root / name
        partial.rename(final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return final


def _new_name(root):
    """The UTC date and time, to the second; a second backup within the same second gets a
    suffix rather than overwriting the first."""
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M%S")
    name, number = stamp, 1
    while (root / name).exists() or (root / f".{name}.partial").exists():
        number += 1
        name = f"{stamp}-{number}"
    return name


def _dump_database(connection, directory):
    vendor = connection.vendor
    name = str(connection.settings_dict["NAME"])
    if vendor == "postgresql":
        target = directory / POSTGRESQL_DUMP
        dsn, environment = _libpq(connection.settings_dict)
        _run(
            [_tool("pg_dump"), "--format=custom", "--file", str(target), "--dbname", dsn],
            env=environment,
        )
    elif vendor == "sqlite":
        if connection.is_in_memory_db():
            raise BackupError("The database is an in-memory SQLite database: nothing to back up.")
        target = directory / SQLITE_COPY
        source = sqlite3.connect(name)
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
    else:
        raise BackupError(f"Backups cover PostgreSQL and SQLite; this database is {vendor}.")
    return {
        "vendor": vendor,
        "name": Path(name).name if vendor == "sqlite" else name,
        **_describe(target),
    }


def _archive_media(directory, exclude):
    """A tar of MEDIA_ROOT, or why there is none: media in remote storage (S3) are backed up
    where they live (bucket versioning), not through this machine."""
    storage = storages["default"]
    if not isinstance(storage, FileSystemStorage):
        return {"skipped": f"media are stored by {type(storage).__name__}, not in local files"}
    media_root = Path(settings.MEDIA_ROOT).resolve()
    counted = {"files": 0, "content_bytes": 0}

    def keep(member):
        if member.isfile():
            counted["files"] += 1
            counted["content_bytes"] += member.size
        return member

    target = directory / MEDIA_ARCHIVE
    with tarfile.open(target, "w") as archive:
        if media_root.is_dir():
            for entry in sorted(media_root.iterdir()):
                # A backup directory inside MEDIA_ROOT is not backed up into itself.
                if entry.resolve() == exclude or exclude.is_relative_to(entry.resolve()):
                    continue
                archive.add(entry, arcname=entry.name, filter=keep)
    return {**counted, **_describe(target)}


def _applied_migrations(connection):
    """{app: [applied migration names]}: which code the backed-up database belongs to."""
    applied = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


# ---------------------------------------------------------------------------------------------
# Restoring
# ---------------------------------------------------------------------------------------------
def find_backup(name_or_path, directory=None):
    """A backup directory from its name under BACKUP_DIR, or from a path."""
    candidates = [Path(name_or_path), Path(directory or settings.BACKUP_DIR) / name_or_path]
    for candidate in candidates:
        if (candidate / MANIFEST).is_file():
            return candidate.resolve()
    raise BackupError(f"No backup at {name_or_path} (a directory with a {MANIFEST} in it).")


def list_backups(directory=None):
    root = Path(directory or settings.BACKUP_DIR)
    if not root.is_dir():
        return []
    return sorted(path for path in root.iterdir() if (path / MANIFEST).is_file())


def read_manifest(backup):
    manifest = json.loads((Path(backup) / MANIFEST).read_text())
    if manifest.get("format") != FORMAT:
        raise BackupError(
            f"{backup} is a backup of format {manifest.get('format')!r}, not {FORMAT}."
        )
    return manifest


def verify(backup, manifest):
    """Every file present, with the checksum it had when it was written: a truncated or
    damaged backup is refused before it replaces anything."""
    for part in ("database", "media"):
        described = manifest[part]
        if "skipped" in described:
            continue
        path = Path(backup) / described["file"]
        if not path.is_file():
            raise BackupError(f"{path} is missing.")
        if _sha256(path) != described["sha256"]:
            raise BackupError(f"{path} is damaged: its checksum is not the one recorded.")


def restore_backup(backup, log=print, alias="default"):
    """Replace the database and add back the media of `backup`. Gives the list of notes for
    the person restoring (migrations to run, an index to rebuild)."""
    backup = Path(backup)
    manifest = read_manifest(backup)
    verify(backup, manifest)
    connection = connections[alias]
    vendor = manifest["database"]["vendor"]
    if vendor != connection.vendor:
        raise BackupError(
            f"This backup holds a {vendor} database and the site uses {connection.vendor}."
        )
    # Our own connections go first, so that they hold no lock the restore would wait for.
    connections.close_all()
    source = backup / manifest["database"]["file"]
    if vendor == "postgresql":
        dsn, environment = _libpq(connection.settings_dict)
        _run(
            [
                _tool("pg_restore"),
                # Drop what the dump holds, then create it again, all in one transaction.
                "--clean",
                "--if-exists",
                "--single-transaction",
                "--exit-on-error",
                # The database may belong to another role than the one that made the backup.
                "--no-owner",
                "--no-privileges",
                "--dbname",
                dsn,
                str(source),
            ],
            env=environment,
        )
    else:
        if connection.is_in_memory_db():
            raise BackupError("The database is an in-memory SQLite database.")
        copy = sqlite3.connect(source)
        target = sqlite3.connect(connection.settings_dict["NAME"])
        try:
            copy.backup(target)
        finally:
            target.close()
            copy.close()
    log(f"Database restored from {source.name}.")

    if "skipped" in manifest["media"]:
        log(f"Media were not in the backup: {manifest['media']['skipped']}.")
    else:
        media_root = Path(settings.MEDIA_ROOT)
        media_root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(backup / manifest["media"]["file"]) as archive:
            # The "data" filter refuses absolute paths, links out of MEDIA_ROOT and devices.
            archive.extractall(media_root, filter="data")
        log(f"Media restored into {media_root} ({manifest['media']['files']:,} files).")

    _clear_caches(log)
    return _notes(connection, manifest)


def _clear_caches(log):
    """Cached pages, menus and renditions describe the database as it was before."""
    for alias in settings.CACHES:
        try:
            caches[alias].clear()
        except Exception as error:  # the restore is done: say what is left to do
            log(f"The cache {alias!r} could not be emptied ({error}); empty it by hand.")


def _notes(connection, manifest):
    notes = []
    loader = MigrationLoader(connection, ignore_no_migrations=True)
    known = set(loader.disk_migrations)
    in_backup = {(app, name) for app, names in manifest["migrations"].items() for name in names}
    if known - in_backup:
        notes.append("The code has migrations that the backup predates: run `manage.py migrate`.")
    unknown = {(app, name) for app, name in in_backup - known if app in loader.migrated_apps}
    if unknown:
        notes.append(
            "The backup was made by newer code than this: its migrations are unknown here."
        )
    if settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].split(".")[-1] != "database":
        notes.append(
            "The search engine's index describes the old content: run `manage.py update_index`."
        )
    return notes


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------
def _libpq(settings_dict):
    """A libpq connection string for pg_dump and pg_restore, and their environment: the
    password goes in PGPASSWORD, never on a command line that `ps` shows."""
    from psycopg2.extensions import make_dsn

    keywords = {
        "dbname": settings_dict["NAME"],
        "host": settings_dict.get("HOST"),
        "port": settings_dict.get("PORT"),
        "user": settings_dict.get("USER"),
    }
    for key, value in (settings_dict.get("OPTIONS") or {}).items():
        if key in LIBPQ_OPTIONS:
            keywords[key] = value
    environment = dict(os.environ)
    if settings_dict.get("PASSWORD"):
        environment["PGPASSWORD"] = str(settings_dict["PASSWORD"])
    return make_dsn(
        **{key: value for key, value in keywords.items() if value not in (None, "")}
    ), environment


def _tool(name):
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} is not installed (Debian: apt-get install postgresql-client).")
    return path


def _run(command, env):
    # The command is pg_dump or pg_restore with arguments from the settings, not user input.
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode:
        raise BackupError(f"{Path(command[0]).name} failed: {result.stderr.strip()}")


def _describe(path):
    return {"file": path.name, "bytes": path.stat().st_size, "sha256": _sha256(path)}


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()
