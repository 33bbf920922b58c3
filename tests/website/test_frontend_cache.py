"""A proxy in front of the site is told to purge a page when it is published or unpublished: a
real HTTP server on 127.0.0.1 stands in for the proxy and records what it is asked."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from website.factories import make_standard_page


class RecordingProxy(BaseHTTPRequestHandler):
    received = []

    def do_PURGE(self):
        RecordingProxy.received.append((self.command, self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(settings):
    RecordingProxy.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), RecordingProxy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield RecordingProxy.received
    server.shutdown()
    server.server_close()


def test_publishing_and_unpublishing_purge_the_page(homes, proxy):
    page = make_standard_page(homes["en"], title="About", slug="about")
    proxy.clear()

    page.title = "About the initiative"
    page.save_revision().publish()
    assert ("PURGE", "testserver", "/en/about/") in proxy

    proxy.clear()
    page.unpublish()
    assert ("PURGE", "testserver", "/en/about/") in proxy
