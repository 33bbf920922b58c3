"""The short form of the load test (tests/reliability/load.py; `make load` runs it for 60 s):
8 s of mixed traffic at 32 concurrent connections against gunicorn with 2 workers, on a copy of
the migrated database with a small seeded network (10 landscapes, 30 organisations, 100
experts, 20 courses, 30 stories, in four languages) and Redis for the rate limits, as in
production. No 5xx, no socket error, 429 only where a limit stands, memory steady."""

import shutil

import pytest

from tests.bench.run import PrivateRedis
from tests.reliability import load
from tests.reliability.postgres import environment, missing, run_python

pytestmark = pytest.mark.slow

SECONDS = 8


@pytest.fixture
def redis_url(monkeypatch):
    if shutil.which("redis-server") is None:
        missing("needs redis-server (apt-get install redis-server) for the shared rate limits")
    redis = PrivateRedis()
    monkeypatch.setenv("REDIS_URL", redis.url)
    try:
        yield redis.url
    finally:
        redis.stop()


def test_mixed_traffic_at_32_connections_holds(
    migrated_database, bench_work_dir, redis_url, monkeypatch
):
    monkeypatch.delenv("SEARCH_URL", raising=False)
    database_url = migrated_database("load_bench")
    env = environment(database_url)
    run_python(["manage.py", "seed_benchmark", "--scale", "0.01"], env)
    run_python(["manage.py", "update_index", "-v0"], env)

    server = load.serve(database_url, bench_work_dir / "gunicorn-load.log")
    try:
        server.wait_until_ready()
        report = load.run(server, SECONDS, connections=32, shared_rate_limits=True)
    finally:
        server.stop()

    print(report.text())
    kinds = report.by_kind()
    assert set(kinds) == {"directory", "profile", "search", "autocomplete", "contact"}
    assert len(report.results) > 100
    assert any(result.status == 429 for result in kinds["contact"])  # 5 an hour, then 429
    assert report.failures == []
