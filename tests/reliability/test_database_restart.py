"""PostgreSQL restarted, while the site is quiet and under traffic: the requests that meet the
server down fail, and every request after it is back succeeds, with no restart of the site.

The site keeps its database connections between requests (DATABASE_CONN_MAX_AGE, 60 s) and
checks a kept connection before using it (conn_health_checks=True in website/settings/base.py),
so that a connection the restart cut is replaced rather than failing the next request. (Under
traffic, the requests that fail while the server is down make Django drop those connections
anyway; the quiet restart is the case that needs the health check, and without it each worker's
first request after the restart fails.)

A PostgreSQL server of the test's own (tests/reliability/postgres.py) is really restarted
(`pg_ctl restart -m fast`, which cuts every connection), under gunicorn with 2 workers and the
benchmark's production-like settings, as tests/bench/run.py serves the site."""

import shutil
import subprocess
import threading
import time

import pytest

from tests.bench.run import Server, get
from tests.databases import with_database
from tests.reliability.postgres import ThrowawayPostgres, environment, run_python

pytestmark = pytest.mark.slow

PAGES = ["/en/", "/en/landscapes/", "/en/experts/?region=africa", "/es/stories/"]
CLIENTS = 4


@pytest.fixture
def postgres():
    server = ThrowawayPostgres().start()
    try:
        yield server
    finally:
        server.stop()


class Traffic:
    """CLIENTS threads asking for PAGES in turn, each request noted with its start, its end
    and its status (or its error)."""

    def __init__(self, port):
        self.port = port
        self.results = []
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self.client, args=(n,)) for n in range(CLIENTS)]

    def client(self, number):
        sent = number
        while not self.stopping.is_set():
            path = PAGES[sent % len(PAGES)]
            sent += 1
            started = time.monotonic()
            try:
                status = get(self.port, path, timeout=15)[0]
            except OSError as error:
                status = type(error).__name__
            self.results.append((started, time.monotonic(), path, status))

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=30)


def test_requests_after_a_database_restart_succeed(
    postgres, migrated_dump, bench_work_dir, monkeypatch
):
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.delenv("SEARCH_URL", raising=False)
    database_url = with_database(postgres.url, "postgres")
    env = environment(database_url)
    if migrated_dump:  # the session's migrated database, loaded in seconds
        restore = [shutil.which("pg_restore") or "pg_restore", "--no-owner", "--no-privileges"]
        subprocess.run(
            [*restore, "--exit-on-error", "--dbname", database_url, str(migrated_dump)],
            check=True,
        )
    else:
        run_python(["manage.py", "migrate", "--noinput", "-v0"], env)
    run_python(["manage.py", "seed_benchmark", "--scale", "0.01", "--i-know"], env)

    server = Server(database_url, cache=False, log_path=bench_work_dir / "gunicorn-restart.log")
    try:
        server.wait_until_ready()
        # 1. A restart while the site is quiet: each worker holds a connection that the restart
        # cut, and finds out only when the next visitor comes. The health check replaces it.
        with Traffic(server.port) as warm_up:
            time.sleep(2)
        postgres.restart()
        with Traffic(server.port) as after_quiet_restart:
            time.sleep(2)
        # 2. A restart under traffic.
        with Traffic(server.port) as traffic:
            time.sleep(2)
            restart_began = time.monotonic()
            postgres.restart()
            restart_ended = time.monotonic()
            time.sleep(3)
        log = server.log_path.read_text() if server.log_path.exists() else ""
    finally:
        server.stop()

    assert warm_up.results and all(r[3] == 200 for r in warm_up.results)
    assert len(after_quiet_restart.results) >= 8
    failed = [(path, status) for _start, _end, path, status in after_quiet_restart.results]
    assert [result for result in failed if result[1] != 200] == [], log[-3000:]

    before = [r for r in traffic.results if r[1] < restart_began]
    during = [r for r in traffic.results if r[1] >= restart_began and r[0] <= restart_ended]
    after = [r for r in traffic.results if r[0] > restart_ended]
    print(
        f"restart under traffic took {restart_ended - restart_began:.2f} s; requests before: "
        f"{len(before)}, meeting the restart: {len(during)} "
        f"({sum(r[3] != 200 for r in during)} failed), after: {len(after)}; after the quiet "
        f"restart: {len(after_quiet_restart.results)}, all answered 200"
    )
    assert before and all(r[3] == 200 for r in before)
    assert len(after) >= 10
    failed_after = [(path, status) for _start, _end, path, status in after if status != 200]
    assert failed_after == [], log[-3000:]
    assert "WORKER TIMEOUT" not in log
