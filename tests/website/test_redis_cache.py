"""REDIS_URL's cache: a real redis-server (Debian's, started on 127.0.0.1 by the fixture) holds
pages and fragments for every worker; with Redis unreachable the site serves pages uncached."""

import os
import shutil
import socket
import subprocess
import time

import pytest
import redis

from website.factories import make_standard_page

REDIS_SERVER = shutil.which("redis-server")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_cache(location):
    return {
        "BACKEND": "website.cache_backends.TolerantRedisCache",
        "LOCATION": location,
        "KEY_PREFIX": "test",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }


@pytest.fixture
def redis_url():
    if REDIS_SERVER is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is missing (apt-get install redis-server)")
        pytest.skip("redis-server is not installed")
    port = free_port()
    server = subprocess.Popen(
        [
            REDIS_SERVER,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_pages_are_cached_in_redis(client, homes, settings, redis_url):
    settings.CACHES = {"default": redis_cache(redis_url), "renditions": redis_cache(redis_url)}
    settings.PAGE_CACHE_SECONDS = 600
    page = make_standard_page(homes["en"], title="About", slug="about")

    assert client.get(page.url)["X-Page-Cache"] == "miss"
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    stored = redis.Redis.from_url(redis_url).scan_iter("test:*")
    assert any(stored)


def test_redis_down_means_uncached_pages_not_errors(client, homes, settings, caplog):
    unreachable = f"redis://127.0.0.1:{free_port()}/0"
    settings.CACHES = {"default": redis_cache(unreachable), "renditions": redis_cache(unreachable)}
    settings.PAGE_CACHE_SECONDS = 600
    page = make_standard_page(homes["en"], title="About", slug="about")

    for _ in range(2):
        response = client.get(page.url)
        assert response.status_code == 200
        assert "About" in response.content.decode()
    assert client.get("/en/search/", {"q": "about"}).status_code == 200
    assert "Redis unreachable" in caplog.text
