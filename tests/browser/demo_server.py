"""The site with its demo content, served by gunicorn on 127.0.0.1 for the browser journeys.

A database of its own (on PostgreSQL, `<DATABASE_URL's name>_browser`, with `_gw0`, `_gw1`… for
each pytest-xdist worker, created afresh; otherwise a SQLite file) and a scratch folder for
static files, media and e-mail, made once per test session and removed at its end."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from tests.databases import drop_database_named

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
SETTINGS = "tests.browser.settings"
HOST = "127.0.0.1"


def _free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def _fresh_postgresql_database(database_url):
    """A new, empty database beside DATABASE_URL's, on the same server; its URL."""
    import psycopg2
    from psycopg2 import sql

    parts = urlsplit(database_url)
    name = f"{parts.path.lstrip('/')}_browser"
    # Under pytest-xdist each worker serves a demo site of its own.
    if worker := os.environ.get("PYTEST_XDIST_WORKER"):
        name = f"{name}_{worker}"
    admin = psycopg2.connect(urlunsplit(parts._replace(path="/postgres")))
    admin.autocommit = True
    try:
        drop_database_named(admin, name)
        with admin.cursor() as cursor:
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    finally:
        admin.close()
    return urlunsplit(parts._replace(path=f"/{name}"))


class DemoServer:
    """start() prepares the database and files and serves them; stop() undoes it all."""

    def __init__(self):
        self.work_dir = Path(tempfile.mkdtemp(prefix="thousand-landscapes-browser-"))
        self.port = _free_port()
        self.url = f"http://{HOST}:{self.port}"
        self.log_path = self.work_dir / "gunicorn.log"
        self.mail_dir = self.work_dir / "mail"
        self.process = None
        database_url = os.environ.get("DATABASE_URL", "")
        if database_url.startswith(("postgres://", "postgresql://")):
            self.database_url = _fresh_postgresql_database(database_url)
        else:
            self.database_url = f"sqlite:///{self.work_dir / 'demo.sqlite3'}"
        self.environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "DATABASE_URL": self.database_url,
            "BROWSER_WORK_DIR": str(self.work_dir),
            "WAGTAILADMIN_BASE_URL": self.url,
        }
        # The database's own search: the engine's suite is tests/search. And no leftover of the
        # browser fixture's event-loop allowance (tests/browser/conftest.py).
        self.environment.pop("SEARCH_URL", None)
        self.environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)

    def manage(self, *arguments):
        started = time.monotonic()
        result = subprocess.run(
            [PYTHON, "manage.py", *arguments],
            cwd=REPO,
            env=self.environment,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode:
            raise RuntimeError(
                f"manage.py {' '.join(arguments)} failed:\n{result.stdout}\n{result.stderr}"
            )
        print(f"browser demo site: manage.py {arguments[0]} {time.monotonic() - started:.0f} s")

    def start(self):
        self.manage("migrate", "--noinput", "-v0")
        self.manage("load_demo")
        self.manage("collectstatic", "--noinput", "-v0")
        self.process = subprocess.Popen(
            [
                GUNICORN,
                "website.wsgi:application",
                "--workers=2",
                "--threads=4",
                f"--bind={HOST}:{self.port}",
                "--timeout=120",
                f"--error-logfile={self.log_path}",
                "--log-level=warning",
            ],
            cwd=REPO,
            env=self.environment,
        )
        self._wait_until_ready()
        return self

    def _wait_until_ready(self, seconds=60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped: {self.log_path.read_text()}")
            try:
                with urllib.request.urlopen(f"{self.url}/en/", timeout=10) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"the demo site did not answer within {seconds} s")

    def sent_mail(self):
        """The text of every e-mail the site wrote to its mail folder, oldest first."""
        if not self.mail_dir.exists():
            return []
        files = sorted(self.mail_dir.iterdir(), key=lambda path: path.stat().st_mtime)
        return [path.read_text(errors="replace") for path in files]

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.work_dir, ignore_errors=True)
