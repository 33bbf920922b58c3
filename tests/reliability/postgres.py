"""PostgreSQL for the reliability tests: databases of their own on DATABASE_URL's server, and a
throwaway server of their own for the faults that restart one (never the shared cluster).

Rules, as for the other tools the suite starts (Redis, Chromium): what is missing is a skip on
a developer's machine and a failure in CI (CI=true), where it must all run."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
SETTINGS = "tests.reliability.settings"
POSTGRESQL_BIN = Path("/usr/lib/postgresql/15/bin")


def missing(reason):
    """Skip here, fail in CI."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI must run this test)")
    pytest.skip(reason)


def server_url():
    """DATABASE_URL when it names PostgreSQL, else a skip (a failure in CI)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        missing("needs PostgreSQL: DATABASE_URL does not name a PostgreSQL database")
    return url


def environment(database_url, media_root=None, **extra):
    """The environment of a process that works on `database_url`: the database's own search
    (an engine's indices are other tests' business), no Redis unless asked for."""
    variables = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, "DATABASE_URL": database_url}
    for name in ("SEARCH_URL", "REDIS_URL"):
        variables.pop(name, None)
    if media_root is not None:
        variables["MEDIA_ROOT"] = str(media_root)
    variables.update(extra)
    return variables


def run_python(arguments, env, timeout=300):
    """Run our interpreter (manage.py or one of these modules); gives its standard output."""
    result = subprocess.run(
        [PYTHON, *arguments],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode:
        raise AssertionError(
            f"{' '.join(arguments)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return result.stdout


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ThrowawayPostgres:
    """A PostgreSQL 15 server of our own: initdb into a temporary directory, on a free port of
    127.0.0.1, trusting local connections (nothing else can reach it). Run as the `postgres`
    user when we are root, as PostgreSQL refuses to run as root. Restarting it disturbs no one."""

    def __init__(self):
        initdb = POSTGRESQL_BIN / "initdb"
        if not initdb.exists():
            missing(f"needs PostgreSQL's server binaries ({initdb})")
        self.port = free_port()
        self.directory = Path(tempfile.mkdtemp(prefix="thousand-landscapes-pg-"))
        self.data = self.directory / "data"
        self.log = self.directory / "postgresql.log"
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            shutil.chown(self.directory, self.user)
        self._run(
            initdb,
            "--pgdata",
            self.data,
            "--username",
            "postgres",
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--locale",
            "C.UTF-8",
            "--no-sync",
        )
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, program, *arguments):
        command = [str(program), *(str(argument) for argument in arguments)]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode:
            raise AssertionError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def pg_ctl(self, *arguments):
        # -k: the socket in our own directory, not /var/run/postgresql beside the shared one's.
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.directory} -c fsync=off"
        return self._run(
            POSTGRESQL_BIN / "pg_ctl",
            "--pgdata",
            self.data,
            "--log",
            self.log,
            "--options",
            options,
            "--wait",
            *arguments,
        )

    def start(self):
        self.pg_ctl("start")
        return self

    def restart(self):
        """A fast restart (`pg_ctl restart -m fast`): every connection is cut, as when the
        server is restarted for an upgrade or fails over."""
        self.pg_ctl("restart", "-m", "fast")

    def stop(self):
        if (self.data / "postmaster.pid").exists():
            self.pg_ctl("stop", "-m", "immediate")
        shutil.rmtree(self.directory, ignore_errors=True)

    def wait_until_ready(self, seconds=30):
        import psycopg2

        deadline = time.monotonic() + seconds
        while True:
            try:
                psycopg2.connect(self.url, connect_timeout=2).close()
                return
            except psycopg2.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
