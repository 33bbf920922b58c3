"""The site with its demo content, served by gunicorn on 127.0.0.1 for the browser journeys.

A database of its own (on PostgreSQL, `<DATABASE_URL's name>_browser`, created afresh; under
pytest-xdist, `_gw0`, `_gw1`… for each worker, copies of one demo that the run loads once:
SharedDemo; otherwise a SQLite file) and a scratch folder for static files, media and e-mail,
made once per test session and removed at its end."""

import fcntl
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from tests.databases import create_database, database_name, drop_database, with_database

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
SETTINGS = "tests.browser.settings"
HOST = "127.0.0.1"


def _free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class SharedDemo:
    """One demo load for all the pytest-xdist workers of a run. The first worker to ask loads
    the demo into a template database and a folder of uploaded files, while the others wait
    (a file lock); each worker then serves a copy of its own, made in seconds (CREATE DATABASE
    … TEMPLATE, and the files copied). The last worker to stop drops the template and the
    folder; a worker that asks after that loads the demo again."""

    def __init__(self, database_url, run_id):
        self.template = f"{database_name(database_url)}_browser"
        self.template_url = with_database(database_url, self.template)
        self.folder = Path(tempfile.gettempdir()) / f"thousand-landscapes-browser-demo-{run_id}"
        self.folder.mkdir(exist_ok=True)
        self.counted = False  # among the template's users

    @contextmanager
    def _locked(self):
        with open(self.folder / "lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _users(self, change):
        counter = self.folder / "users"
        users = int(counter.read_text() or 0) + change if counter.exists() else change
        counter.write_text(str(users))
        return users

    def copy_into(self, server):
        """Give `server` its database and uploaded files, a copy of the run's demo."""
        with self._locked():
            if not (self.folder / "ready").exists():
                create_database(self.template_url, self.template)
                loading = {"DATABASE_URL": self.template_url, "BROWSER_WORK_DIR": str(self.folder)}
                server.manage("migrate", "--noinput", "-v0", **loading)
                server.manage("load_demo", **loading)
                (self.folder / "ready").touch()
            create_database(
                server.database_url, database_name(server.database_url), template=self.template
            )
            self._users(+1)
            self.counted = True
        if (self.folder / "media").exists():
            shutil.copytree(self.folder / "media", server.work_dir / "media")

    def release(self):
        if not self.counted:
            return
        with self._locked():
            if self._users(-1) <= 0:
                drop_database(self.template_url)
                for name in ("ready", "users", "media"):
                    path = self.folder / name
                    if path.is_dir():
                        shutil.rmtree(path, ignore_errors=True)
                    else:
                        path.unlink(missing_ok=True)


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
        self.shared = None
        if database_url.startswith(("postgres://", "postgresql://")):
            name = f"{database_name(database_url)}_browser"
            # Under pytest-xdist each worker serves a copy of its own of the run's demo.
            if worker := os.environ.get("PYTEST_XDIST_WORKER"):
                self.shared = SharedDemo(database_url, os.environ["PYTEST_XDIST_TESTRUNUID"])
                name = f"{name}_{worker}"
            self.database_url = with_database(database_url, name)
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

    def manage(self, *arguments, **environment):
        """Run manage.py in this site's environment (with `environment`'s variables changed)."""
        started = time.monotonic()
        result = subprocess.run(
            [PYTHON, "manage.py", *arguments],
            cwd=REPO,
            env={**self.environment, **environment},
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
        if self.shared:
            self.shared.copy_into(self)
            self.manage("set_site_address")  # this server's port, not the loader's
        else:
            if self.database_url.startswith("postgres"):
                create_database(self.database_url, database_name(self.database_url))
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
        if self.shared:
            self.shared.release()
