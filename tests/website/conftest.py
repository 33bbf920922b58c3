import socket

import pytest


@pytest.fixture
def redis_down(settings):
    """Every cache is a Redis that is not there: a port on 127.0.0.1 nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    unreachable = {
        "BACKEND": "website.cache_backends.TolerantRedisCache",
        "LOCATION": f"redis://127.0.0.1:{port}/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
    settings.CACHES = {"default": unreachable, "renditions": unreachable}
