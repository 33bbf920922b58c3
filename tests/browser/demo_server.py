"""The site with its demo content, served by gunicorn on 127.0.0.1 for the browser journeys.

A database of its own (on PostgreSQL, `<DATABASE_URL's name>_browser`, created afresh; under
pytest-xdist, `_gw0`, `_gw1`… for each worker, copies of one demo that the run loads once:
SharedDemo; otherwise a SQLite file) and a scratch folder for static files, media and e-mail,
made once per test session and removed at its end.

`make test` has that one demo loaded before the browser suite starts, in the background while
its other suites run: `python -m tests.browser.demo_server prepare`, and `discard` at the end
(SharedDemo.prepare, main)."""

import contextlib
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from tests.databases import (
    create_database,
    database_name,
    drop_database,
    migrated_for_this_run,
    with_database,
)

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
SETTINGS = "tests.browser.settings"
HOST = "127.0.0.1"

#: The folder of a demo loaded ahead of the browser suite (`make test`: SharedDemo.prepare). The
#: Makefile makes a new, empty one for each run, so a "ready" in it can only be this run's load:
#: never a template left behind by an earlier run that was stopped halfway.
PREPARED_DEMO_DIR = "BROWSER_DEMO_DIR"

#: How long a load in the background may take before it gives up, so that `make test`, which
#: waits for it, never waits for ever. It takes one core about two minutes on its own, more
#: while the other suites share the machine.
PREPARE_PATIENCE_SECONDS = 15 * 60


def _free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def site_environment(database_url, work_dir, url=f"http://{HOST}"):
    """The environment of the demo site's manage.py and gunicorn, on `database_url`, with its
    static files, media and e-mail in `work_dir` and `url` its address."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DATABASE_URL": database_url,
        "BROWSER_WORK_DIR": str(work_dir),
        "WAGTAILADMIN_BASE_URL": url,
    }
    # The database's own search: the engine's suite is tests/search. And no leftover of the
    # browser fixture's event-loop allowance (tests/browser/conftest.py).
    environment.pop("SEARCH_URL", None)
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return environment


def manage(environment, *arguments):
    """Run manage.py in `environment`; say how long it took, or fail with all it wrote."""
    started = time.monotonic()
    result = subprocess.run(
        [PYTHON, "manage.py", *arguments],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(
            f"manage.py {' '.join(arguments)} failed:\n{result.stdout}\n{result.stderr}"
        )
    print(
        f"browser demo site: manage.py {arguments[0]} {time.monotonic() - started:.0f} s",
        flush=True,
    )


def load_demo_into(url, environment, template=None):
    """Migrate the database at `url` (on PostgreSQL made afresh, as a copy of `template` if one
    is named) and load the demo into it, in `environment` (site_environment)."""
    if url.startswith(("postgres://", "postgresql://")):
        create_database(url, database_name(url), template=template)
    manage(environment, "migrate", "--noinput", "-v0")
    manage(environment, "load_demo")


class SharedDemo:
    """One demo load for all the pytest-xdist workers of a run. The first worker to ask loads
    the demo into a template database and a folder of uploaded files, and collects the static
    files, while the others wait (a file lock); each worker then serves a copy of its own, made
    in seconds (CREATE DATABASE … TEMPLATE, and the uploaded files copied), and the static files
    as they are. The last worker to stop drops the template and the
    folder; a worker that asks after that loads the demo again.

    `make test` loads it earlier (prepare(), in the folder that BROWSER_DEMO_DIR names), while
    its other suites run, so that the browser suite's workers find it ready and none waits."""

    def __init__(self, database_url, folder):
        self.template = f"{database_name(database_url)}_browser"
        self.template_url = with_database(database_url, self.template)
        self.folder = Path(folder)
        self.folder.mkdir(exist_ok=True)
        self.counted = False  # among the template's users

    @classmethod
    def of_this_run(cls, database_url):
        """The run's demo: the one `make test` prepared, or else one for this pytest-xdist run."""
        folder = os.environ.get(PREPARED_DEMO_DIR) or (
            Path(tempfile.gettempdir())
            / f"thousand-landscapes-browser-demo-{os.environ['PYTEST_XDIST_TESTRUNUID']}"
        )
        return cls(database_url, folder)

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

    def _load(self):
        """Load the demo into the template and the folder, unless it is there already. With the
        lock held; "ready" is written only once the load has gone through to its end, and names
        the template (one loaded for another DATABASE_URL is not this one)."""
        ready = self.folder / "ready"
        if ready.exists() and ready.read_text() == self.template:
            return
        # A copy of the database `make test` migrated for the run, if there is one: `migrate`
        # then has nothing to do.
        loading = site_environment(self.template_url, self.folder)
        load_demo_into(self.template_url, loading, template=migrated_for_this_run())
        # The static files too, hashed and compressed once for every worker's server (5-7 s).
        manage(loading, "collectstatic", "--noinput", "-v0")
        ready.write_text(self.template)

    def _discard(self):
        """Drop the template and the uploaded files (with the lock held, or none left to ask)."""
        drop_database(self.template_url)
        for name in ("ready", "users", "media", "static"):
            path = self.folder / name
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)

    def prepare(self):
        """Load the demo ahead of the browser suite. Its workers wait for the lock if they come
        before the end, then copy it. A load that fails or is stopped leaves no template."""
        with self._locked():
            try:
                self._load()
            except BaseException:
                # What went wrong is the error to show; `discard` tries the drop again at the end.
                with contextlib.suppress(Exception):
                    self._discard()
                raise

    def copy_into(self, server):
        """Give `server` its database and uploaded files, a copy of the run's demo."""
        with self._locked():
            self._load()
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
                self._discard()

    def remove(self):
        """The end of `make test`: drop the template if still there (the browser suite did not
        run, or stopped halfway) and remove the folder, which no one uses any more."""
        try:
            self._discard()
        finally:  # the files go even when the database server does not answer
            shutil.rmtree(self.folder / "media", ignore_errors=True)
            shutil.rmtree(self.folder / "static", ignore_errors=True)
            for name in ("ready", "users", "lock", "prepare.log"):
                (self.folder / name).unlink(missing_ok=True)
            with contextlib.suppress(OSError):  # not empty: what else is in it is left alone
                self.folder.rmdir()


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
            # Under pytest-xdist each worker serves a copy of its own of the run's demo; so does
            # a run in one process when `make test` has loaded that demo already.
            worker = os.environ.get("PYTEST_XDIST_WORKER")
            if worker or os.environ.get(PREPARED_DEMO_DIR):
                self.shared = SharedDemo.of_this_run(database_url)
                name = f"{name}_{worker or 'main'}"
            self.database_url = with_database(database_url, name)
        else:
            self.database_url = f"sqlite:///{self.work_dir / 'demo.sqlite3'}"
        self.environment = site_environment(self.database_url, self.work_dir, self.url)

    def manage(self, *arguments, **environment):
        """Run manage.py in this site's environment (with `environment`'s variables changed)."""
        manage({**self.environment, **environment}, *arguments)

    def start(self):
        if self.shared:
            self.shared.copy_into(self)
            self.manage("set_site_address")  # this server's port, not the loader's
            self.environment["BROWSER_STATIC_ROOT"] = str(self.shared.folder / "static")
        else:
            load_demo_into(self.database_url, self.environment)
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

    @contextmanager
    def untouched_copy(self):
        """The URL of a database that holds the demo as it was loaded, before any test changed
        it: a copy of the run's demo where there is one (seconds), or else the demo loaded again
        into a new database. Dropped afterwards."""
        if self.database_url.startswith("sqlite"):
            url = f"sqlite:///{self.work_dir / 'untouched.sqlite3'}"
        else:
            url = f"{self.database_url}_untouched"
        if self.shared:
            create_database(url, database_name(url), template=self.shared.template)
        else:
            load_demo_into(url, site_environment(url, self.work_dir, self.url))
        try:
            yield url
        finally:
            if url.startswith("postgres"):
                drop_database(url)
            else:
                (self.work_dir / "untouched.sqlite3").unlink(missing_ok=True)

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
        if self.database_url.startswith("postgres"):
            drop_database(self.database_url)  # this server's own copy: nothing else reads it
        if self.shared:
            self.shared.release()


#: Why a load in the background stopped before its end, by the signal that stopped it.
_STOPPED_BY = {
    signal.SIGTERM: "stopped (SIGTERM)",
    signal.SIGINT: "interrupted (SIGINT)",
    signal.SIGHUP: "stopped: the shell that started it is gone (SIGHUP)",
    signal.SIGALRM: f"gave up: not loaded within {PREPARE_PATIENCE_SECONDS} s",
}


def _stop(signum, _frame):
    raise SystemExit(_STOPPED_BY[signum])


def _stop_when_orphaned():
    """Hang up on this process when the shell that started it is gone (`make test` killed
    outright, with no time to stop it): a load left running would hold the template for no one."""
    parent = os.getppid()
    while os.getppid() == parent:
        time.sleep(1)
    os.kill(os.getpid(), signal.SIGHUP)


def main(arguments):
    """`prepare`: load the run's demo into the template and BROWSER_DEMO_DIR, for the browser
    suite to copy; exits 0 only once it is ready. Stopped by a signal, by its parent's end or
    after PREPARE_PATIENCE_SECONDS, it drops what it loaded (the signal's exception reaches
    subprocess.run, which kills the manage.py it was waiting for). `discard`: drop whatever of
    it is left and remove the folder. Both on DATABASE_URL's server (PostgreSQL)."""
    if arguments not in (["prepare"], ["discard"]):
        return "usage: python -m tests.browser.demo_server prepare|discard"
    demo = SharedDemo(os.environ["DATABASE_URL"], os.environ[PREPARED_DEMO_DIR])
    if arguments == ["discard"]:
        demo.remove()
        return 0
    for signum in _STOPPED_BY:
        signal.signal(signum, _stop)
    signal.alarm(PREPARE_PATIENCE_SECONDS)
    threading.Thread(target=_stop_when_orphaned, daemon=True).start()
    started = time.monotonic()
    try:
        demo.prepare()
    except SystemExit as stopped:
        print(f"browser demo site: {stopped}", flush=True)
        print("browser demo site: FAILED to load; nothing of it is kept", flush=True)
        return 1
    except BaseException:
        traceback.print_exc()
        print("browser demo site: FAILED to load (above); nothing of it is kept", flush=True)
        return 1
    print(f"browser demo site: ready in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
