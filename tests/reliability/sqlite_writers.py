"""Two writers at the same moment on the SQLite database that `make run` uses, as an editor's
autosave and their click on Publish meet: run by tests/reliability/test_sqlite_writers.py in a
process of its own, with the development settings and DATABASE_URL naming a fresh SQLite file.

The autosave holds its write transaction for a second; the publish begins meanwhile and reads
before it writes, the case that SQLite answered with "database is locked" at once (a deferred
transaction that holds a read lock cannot wait for the writer, which waits for it). Prints, as
JSON, the journal mode and what each writer ended with."""

import json
import threading
import time

import django

django.setup()

from django.db import connection, connections, transaction  # noqa: E402

with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE revision (id INTEGER PRIMARY KEY, content TEXT)")
    cursor.execute("INSERT INTO revision (content) VALUES ('draft')")
    cursor.execute("PRAGMA journal_mode")
    journal_mode = cursor.fetchone()[0]

outcomes = {}
autosave_writing = threading.Event()


def writer(name, statements, hold=0.0, signal=None, wait_for=None):
    if wait_for is not None:
        wait_for.wait(10)
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
            if signal is not None:
                signal.set()
            time.sleep(hold)
        outcomes[name] = "saved"
    except Exception as error:  # what the person would have met: a 500 with this message
        outcomes[name] = f"{type(error).__name__}: {error}"
        if signal is not None:
            signal.set()
    finally:
        connections.close_all()


threads = [
    threading.Thread(
        target=writer,
        args=("autosave", ["INSERT INTO revision (content) VALUES ('autosaved')"]),
        kwargs={"hold": 1.0, "signal": autosave_writing},
    ),
    threading.Thread(
        target=writer,
        args=(
            "publish",
            [
                "SELECT content FROM revision ORDER BY id DESC LIMIT 1",
                "UPDATE revision SET content = 'published' WHERE id = 1",
            ],
        ),
        kwargs={"wait_for": autosave_writing},
    ),
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join(30)

with connection.cursor() as cursor:
    cursor.execute("SELECT content FROM revision ORDER BY id")
    rows = [row[0] for row in cursor.fetchall()]
print(json.dumps({"journal_mode": journal_mode, "outcomes": outcomes, "rows": rows}))
