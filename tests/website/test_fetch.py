"""website.fetch against real servers on 127.0.0.1: what a caller gets back, and the message a
person reads when an address cannot be fetched. Every server here is on this machine; the checks
of private addresses refuse before connecting, so no other address is ever contacted."""

import json
import shutil
import socket
import ssl
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import urllib3.util.connection
from django.template.defaultfilters import filesizeformat

from website.fetch import Fetched, FetchError, fetch, is_public_address

LANDSCAPE = {"name": "Kijabe Forest", "area_types": ["rural"]}
BIG = b"x" * 50_000
DRIP_INTERVAL = 0.3
DRIP_BYTES = 20  # the dripping servers stop by themselves after this many


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass  # keep the test output clean

    def send_body(self, status, content_type, body, headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def drip(self, data):
        try:
            for byte in data:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(DRIP_INTERVAL)
        except OSError:
            pass  # the client gave up, as it should
        self.close_connection = True

    def do_GET(self):
        path = self.path
        if path == "/landscape.json":
            body = json.dumps(LANDSCAPE).encode()
            self.send_body(200, "Application/JSON; charset=utf-8", body)
        elif path == "/headers":
            seen = {name: self.headers.get(name) for name in ("Host", "User-Agent", "Accept")}
            self.send_body(200, "application/json", json.dumps(seen).encode())
        elif path == "/moved":
            port = self.server.server_address[1]
            self.redirect(f"http://localhost:{port}/landscape.json")
        elif path.startswith("/hops/"):
            left = int(path.removeprefix("/hops/"))
            if left:
                self.redirect(f"{left - 1}")  # relative to the current address
            else:
                self.send_body(200, "text/plain", b"arrived")
        elif path == "/to-ftp":
            self.redirect("ftp://127.0.0.1/landscape.json")
        elif path == "/big":
            self.send_body(200, "application/octet-stream", BIG)
        elif path == "/big-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for start in range(0, len(BIG), 1000):
                chunk = BIG[start : start + 1000]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        elif path == "/big-until-close":
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(BIG)
            self.close_connection = True
        elif path == "/drip-body":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(DRIP_BYTES))
            self.end_headers()
            self.drip(b"d" * DRIP_BYTES)
        elif path == "/drip-headers":
            self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            self.drip(b"h" * DRIP_BYTES)
        elif path == "/missing":
            body = json.dumps({"error": "Landscape not found"}).encode()
            self.send_body(404, "application/json", body)
        elif path == "/broken":
            self.send_body(500, "text/plain; charset=utf-8", b"The database   is down.\n")
        elif path == "/bad-gateway":
            self.send_body(502, "text/html", b"<!DOCTYPE html><html><body>Oops</body></html>")
        else:
            self.send_body(404, "text/plain", b"")


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a client that hangs up early is what several tests are about


def serve(server):
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server


@pytest.fixture(scope="module")
def server():
    """http://127.0.0.1:PORT, serving every path above."""
    httpd = serve(Server(("127.0.0.1", 0), Handler))
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def tls(tmp_path_factory):
    """A certificate authority of our own and a certificate it signed for the name "localhost"
    only (not 127.0.0.1), served at https://localhost:PORT."""
    openssl_command = shutil.which("openssl")
    if openssl_command is None:
        pytest.skip("needs the openssl command")
    folder = tmp_path_factory.mktemp("tls")

    def openssl(*arguments):
        subprocess.run([openssl_command, *arguments], cwd=folder, check=True, capture_output=True)

    key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    openssl("req", "-x509", *key, "-keyout", "ca.key", "-out", "ca.pem", "-subj", "/CN=Test CA")
    openssl("req", *key, "-keyout", "site.key", "-out", "site.csr", "-subj", "/CN=localhost")
    (folder / "site.ext").write_text("subjectAltName=DNS:localhost\n")
    openssl(
        "x509", "-req", "-in", "site.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "site.pem", "-extfile", "site.ext",
    )  # fmt: skip
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(folder / "site.pem", folder / "site.key")
    httpd = Server(("127.0.0.1", 0), Handler)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    serve(httpd)
    yield {"port": httpd.server_address[1], "ca": folder / "ca.pem"}
    httpd.shutdown()
    httpd.server_close()


def refusal(url, **options):
    options.setdefault("max_bytes", 1_000_000)
    options.setdefault("timeout", 2)
    options.setdefault("allow_private", True)
    with pytest.raises(FetchError) as caught:
        fetch(url, **options)
    return str(caught.value)


def test_a_json_answer_comes_back_with_its_media_type(server):
    fetched = fetch(f"{server}/landscape.json", max_bytes=10_000, allow_private=True)

    assert fetched == Fetched(
        url=f"{server}/landscape.json",
        content=json.dumps(LANDSCAPE).encode(),
        content_type="application/json",
    )


def test_the_request_names_the_real_host_and_says_who_asks(server, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://landscapes.example.org"
    port = server.rsplit(":", 1)[1]

    fetched = fetch(
        f"http://localhost:{port}/headers",
        max_bytes=10_000,
        accept="application/json",
        allow_private=True,
    )

    assert json.loads(fetched.content) == {
        "Host": f"localhost:{port}",
        "User-Agent": "ThousandLandscapes/1.0 (+https://landscapes.example.org)",
        "Accept": "application/json",
    }


def test_without_a_base_url_the_user_agent_has_none(server, settings):
    del settings.WAGTAILADMIN_BASE_URL

    fetched = fetch(f"{server}/headers", max_bytes=10_000, allow_private=True)

    assert json.loads(fetched.content)["User-Agent"] == "ThousandLandscapes/1.0"


def test_a_redirect_is_followed_and_the_final_address_reported(server):
    port = server.rsplit(":", 1)[1]

    fetched = fetch(f"{server}/moved", max_bytes=10_000, allow_private=True)

    assert fetched.url == f"http://localhost:{port}/landscape.json"
    assert json.loads(fetched.content) == LANDSCAPE


def test_five_relative_redirects_are_followed(server):
    fetched = fetch(f"{server}/hops/5", max_bytes=10_000, allow_private=True)

    assert fetched.url == f"{server}/hops/0"
    assert fetched.content == b"arrived"
    assert fetched.content_type == "text/plain"


def test_a_sixth_redirect_is_refused(server):
    assert refusal(f"{server}/hops/6") == "127.0.0.1 redirected more than 5 times."


def test_a_redirect_goes_through_the_same_checks(server):
    message = refusal(f"{server}/to-ftp")

    assert message == "Give an address that starts with http:// or https://."


def test_the_local_server_itself_is_refused_when_private_addresses_are_not_allowed(server):
    assert refusal(f"{server}/moved", allow_private=False) == "127.0.0.1 is not a public address."


def test_the_setting_decides_when_the_caller_does_not(server, settings):
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True
    assert fetch(f"{server}/landscape.json", max_bytes=10_000).content_type == "application/json"

    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False
    with pytest.raises(FetchError, match="is not a public address"):
        fetch(f"{server}/landscape.json", max_bytes=10_000)


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://127.0.0.1/", "127.0.0.1"),
        ("http://10.0.0.1/", "10.0.0.1"),
        ("http://[::1]:8080/", "::1"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
        ("https://localhost/", "localhost"),
        ("http://[::ffff:192.168.1.1]/", "::ffff:192.168.1.1"),
        ("http://0.0.0.0/", "0.0.0.0"),  # noqa: S104 - an address refused, not one bound
        ("http://224.0.0.1/", "224.0.0.1"),
        ("http://2130706433/", "2130706433"),  # 127.0.0.1 written as a number
    ],
)
def test_private_addresses_are_refused_by_default(url, host, settings, monkeypatch):
    # A safety net, not part of what is tested: were the check ever broken, this test would
    # fail here instead of sending packets to the addresses it names.
    def no_connection(address, *args, **kwargs):
        raise AssertionError(f"fetch tried to connect to {address}")

    monkeypatch.setattr(urllib3.util.connection, "create_connection", no_connection)
    if hasattr(settings, "FETCH_ALLOW_PRIVATE_ADDRESSES"):
        del settings.FETCH_ALLOW_PRIVATE_ADDRESSES

    with pytest.raises(FetchError) as caught:
        fetch(url, max_bytes=1000)

    assert str(caught.value) == f"{host} is not a public address."


def test_public_addresses_are_told_from_the_others():
    assert is_public_address("93.184.215.14")
    assert is_public_address("2606:4700::6810:84e5")
    assert not is_public_address("172.16.5.4")
    assert not is_public_address("100.64.0.1")  # shared address space (carrier NAT)
    assert not is_public_address("fd00::1")
    assert not is_public_address("fe80::1")
    assert not is_public_address("64:ff9b::a00:1")  # NAT64 of 10.0.0.1
    assert not is_public_address("2002:7f00:1::")  # 6to4 of 127.0.0.1


@pytest.mark.parametrize("url", ["ftp://x", "not a url", "http://", "file:///etc/passwd", ""])
def test_only_http_and_https_addresses_are_fetched(url):
    assert refusal(url) == "Give an address that starts with http:// or https://."


def test_a_body_larger_than_its_honest_length_allows_is_refused(server):
    message = refusal(f"{server}/big", max_bytes=10_000)

    assert message == f"The answer from 127.0.0.1 is larger than {filesizeformat(10_000)}."


@pytest.mark.parametrize("path", ["/big-chunked", "/big-until-close"])
def test_a_body_without_a_length_is_refused_once_it_grows_too_large(server, path):
    message = refusal(f"{server}{path}", max_bytes=10_000)

    assert message == f"The answer from 127.0.0.1 is larger than {filesizeformat(10_000)}."


@pytest.mark.parametrize("path", ["/big", "/big-chunked", "/big-until-close"])
def test_a_body_of_exactly_the_limit_is_kept(server, path):
    fetched = fetch(f"{server}{path}", max_bytes=len(BIG), allow_private=True)

    assert fetched.content == BIG


@pytest.mark.parametrize("path", ["/drip-body", "/drip-headers"])
def test_a_server_that_drips_fails_at_the_deadline(server, path):
    started = time.monotonic()

    message = refusal(f"{server}{path}", timeout=1)

    assert message == "127.0.0.1 did not answer within 1 second."
    assert time.monotonic() - started < 2


def test_a_closed_port_could_not_be_reached():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]

    assert refusal(f"http://127.0.0.1:{port}/") == "127.0.0.1 could not be reached."


def test_a_json_error_gives_its_own_reason(server):
    message = refusal(f"{server}/missing")

    assert message == "127.0.0.1 answered 404: Landscape not found."


def test_a_text_error_gives_its_first_words(server):
    assert refusal(f"{server}/broken") == "127.0.0.1 answered 500: The database is down."


def test_an_html_error_gives_the_reason_phrase(server):
    assert refusal(f"{server}/bad-gateway") == "127.0.0.1 answered 502: Bad Gateway."


def test_https_verifies_the_certificate_against_the_name_not_the_address(tls, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(tls["ca"]))

    fetched = fetch(
        f"https://localhost:{tls['port']}/landscape.json", max_bytes=10_000, allow_private=True
    )

    assert json.loads(fetched.content) == LANDSCAPE
    # The same server by its address: the certificate does not name 127.0.0.1.
    message = refusal(f"https://127.0.0.1:{tls['port']}/landscape.json")
    assert message == "127.0.0.1 could not be reached."


def test_https_refuses_a_certificate_nobody_trusts(tls):
    message = refusal(f"https://localhost:{tls['port']}/landscape.json")

    assert message == "localhost could not be reached."
