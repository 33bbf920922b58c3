"""Fetching an address that a person gave us, from the server.

Editors paste addresses of other platforms' pages (a landscape export, a profile image) and the
server fetches them: a request that someone could aim at our own network (a database, a cloud's
metadata service at 169.254.169.254), or at a server that answers slowly or without end to hold a
worker. Every such fetch goes through `fetch`, which:

- takes http and https only, and refuses a host any of whose addresses is not a public one. It
  then connects to the very address it checked, with the real name in the Host header and in TLS
  (SNI and certificate verification), so a name that resolves to a public address for the check
  and to a private one for the connection (DNS rebinding) gets nowhere;
- follows redirects itself, a few at most, each new address checked the same way;
- keeps one deadline for the whole fetch. Socket timeouts bound each wait, not their sum: a server
  that sends a byte just before each one runs out would hold the worker for ever, so when the
  deadline passes a timer shuts the connection's socket down, which ends whatever read is waiting
  (the status line, the headers, the TLS handshake or the body);
- reads the body in chunks and stops at max_bytes, whatever Content-Length said;
- turns every failure into a FetchError whose message tells the person who gave the address what
  went wrong, in their language.

Name resolution is the one step the deadline cannot cut short: getaddrinfo has no timeout, and
the system resolver's own (a few seconds) bounds it.

FETCH_ALLOW_PRIVATE_ADDRESSES lets a development machine fetch from itself."""

import http.client
import ipaddress
import json
import socket
import threading
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import urllib3
from django.conf import settings
from django.template.defaultfilters import filesizeformat, floatformat
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import NewConnectionError

MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CHUNK_SIZE = 64 * 1024
# How much of an error answer is read to find the reason it gives, and how much of that is shown.
ERROR_BODY_LIMIT = 16 * 1024
REASON_LENGTH = 200
DEFAULT_PORTS = {"http": 80, "https": 443}
# NAT64's well-known prefix: the last 32 bits are the IPv4 address that a NAT64 gateway reaches.
NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")


class FetchError(Exception):
    """Why an address could not be fetched, in words for the person who gave it (translated)."""


@dataclass(frozen=True)
class Fetched:
    url: str  # the final address, after redirects
    content: bytes
    content_type: str  # the media type without parameters, lower-case ("application/json")


@dataclass(frozen=True)
class _Target:
    url: str
    scheme: str
    host: str  # as the address names it, lower-case, without brackets
    ascii_host: str  # the same in ASCII (IDNA), for DNS, the Host header and TLS
    port: int
    request_target: str  # path and query

    @classmethod
    def parse(cls, url):
        refused = FetchError(_("Give an address that starts with http:// or https://."))
        try:
            parts = urlsplit(str(url).strip())
            port = parts.port
        except ValueError:
            raise refused from None
        scheme = parts.scheme.lower()
        if scheme not in DEFAULT_PORTS or not parts.hostname:
            raise refused
        host = parts.hostname
        try:
            ascii_host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise FetchError(_("%(host)s could not be reached.") % {"host": host}) from None
        return cls(
            url=urlunsplit(parts),
            scheme=scheme,
            host=host,
            ascii_host=ascii_host,
            port=port or DEFAULT_PORTS[scheme],
            request_target=urlunsplit(("", "", parts.path or "/", parts.query, "")),
        )

    @property
    def host_header(self):
        name = f"[{self.ascii_host}]" if ":" in self.ascii_host else self.ascii_host
        return name if self.port == DEFAULT_PORTS[self.scheme] else f"{name}:{self.port}"


def is_public_address(address):
    """Whether an IP address is one on the internet, not one of a private network or this
    machine. An IPv6 address that stands for an IPv4 one (mapped, NAT64, 6to4) is judged as it."""
    address = ipaddress.ip_address(address)
    if address.version == 6:
        if address.ipv4_mapped:
            address = address.ipv4_mapped
        elif address in NAT64_PREFIX:
            address = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        elif address.sixtofour:
            address = address.sixtofour
    return address.is_global and not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def _addresses(target, allow_private):
    """The target's IP addresses, every one of them checked: one private address among public
    ones is enough to refuse, since the connection could go to any of them."""
    try:
        addresses = [str(ipaddress.ip_address(target.ascii_host))]
    except ValueError:
        try:
            found = socket.getaddrinfo(target.ascii_host, target.port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            raise FetchError(_("%(host)s could not be reached.") % {"host": target.host}) from None
        addresses = list(dict.fromkeys(str(info[4][0]) for info in found))
    if not allow_private and not all(is_public_address(address) for address in addresses):
        raise FetchError(_("%(host)s is not a public address.") % {"host": target.host})
    return addresses


class _Deadline:
    """The time limit of a whole fetch, and the sockets to shut down when it passes."""

    def __init__(self, seconds):
        self.seconds = seconds
        self._at = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._sockets = []
        self._passed = False
        self._timer = None

    def remaining(self):
        return self._at - time.monotonic()

    def expired(self):
        return self._passed or self.remaining() <= 0

    def watch(self, sock):
        # A duplicate of the descriptor: shutting it down ends the connection whatever object
        # wraps the original (TLS wraps it in a new socket object and detaches the first).
        duplicate = sock.dup()
        with self._lock:
            self._sockets.append(duplicate)
            if self._timer is None:
                self._timer = threading.Timer(max(self.remaining(), 0), self._pass)
                self._timer.daemon = True
                self._timer.start()
            if self._passed:
                self._shut_down(duplicate)

    def _pass(self):
        with self._lock:
            self._passed = True
            for sock in self._sockets:
                self._shut_down(sock)

    @staticmethod
    def _shut_down(sock):
        with suppress(OSError):  # already closed by the other end
            sock.shutdown(socket.SHUT_RDWR)

    def stop(self):
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()


def _watched(connection_class, deadline):
    """The pool's connection class, with every socket it opens handed to the deadline."""

    class WatchedConnection(connection_class):
        def _new_conn(self):
            sock = super()._new_conn()
            deadline.watch(sock)
            return sock

    return WatchedConnection


@contextmanager
def _as_fetch_errors(target, deadline):
    """Whatever urllib3, http.client, ssl or the socket raise becomes a FetchError."""
    try:
        yield
    except FetchError:
        raise
    except (urllib3.exceptions.HTTPError, http.client.HTTPException, OSError, ValueError) as error:
        timed_out = isinstance(error, TimeoutError | urllib3.exceptions.TimeoutError)
        if deadline.expired() or (timed_out and not isinstance(error, NewConnectionError)):
            seconds = deadline.seconds
            # A number of seconds that is not a whole one reads as a plural.
            count = int(seconds) if float(seconds).is_integer() else 2
            raise FetchError(
                ngettext(
                    "%(host)s did not answer within %(seconds)s second.",
                    "%(host)s did not answer within %(seconds)s seconds.",
                    count,
                )
                % {"host": target.host, "seconds": floatformat(seconds, -1)}
            ) from error
        raise FetchError(_("%(host)s could not be reached.") % {"host": target.host}) from error


def _user_agent():
    base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    return f"ThousandLandscapes/1.0 (+{base_url})" if base_url else "ThousandLandscapes/1.0"


def _open(target, addresses, deadline, accept):
    """A GET of the target from the first of its addresses that takes a connection: the
    response, its body not yet read, and the pool to close with it."""
    headers = {
        "Host": target.host_header,
        "User-Agent": _user_agent(),
        "Accept": accept,
        "Accept-Encoding": "identity",
    }
    for index, address in enumerate(addresses):
        remaining = deadline.remaining()
        if remaining <= 0:
            raise TimeoutError
        timeout = urllib3.Timeout(connect=remaining, read=remaining)
        options = {"timeout": timeout, "retries": False, "maxsize": 1}
        if target.scheme == "https":
            pool = urllib3.HTTPSConnectionPool(
                address,
                target.port,
                cert_reqs="CERT_REQUIRED",
                server_hostname=target.ascii_host,
                assert_hostname=target.ascii_host,
                **options,
            )
            pool.ConnectionCls = _watched(HTTPSConnection, deadline)
        else:
            pool = urllib3.HTTPConnectionPool(address, target.port, **options)
            pool.ConnectionCls = _watched(HTTPConnection, deadline)
        try:
            response = pool.urlopen(
                "GET",
                target.request_target,
                headers=headers,
                redirect=False,
                assert_same_host=False,
                preload_content=False,
            )
        except NewConnectionError:
            pool.close()
            if index == len(addresses) - 1:
                raise
            continue  # refused or unreachable there: the next address may answer
        except BaseException:
            pool.close()
            raise
        return response, pool
    raise AssertionError("an address always answers or raises")  # pragma: no cover


def _read(response, limit, deadline):
    """The body, read until its end or until it passes limit bytes (then limit + a little)."""
    body = bytearray()
    while len(body) <= limit:
        if deadline.expired():
            raise TimeoutError
        chunk = response.read1(CHUNK_SIZE)
        if not chunk:
            break
        body += chunk
    # A socket shut down at the deadline looks like the end of a body that has no length.
    if deadline.expired():
        raise TimeoutError
    return bytes(body)


def _media_type(response):
    return response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()


def _error_reason(response, body):
    """What the server said went wrong: the "error" of a JSON answer, the start of a text one,
    else the HTTP reason phrase."""
    media_type = _media_type(response)
    is_json = media_type == "application/json" or media_type.endswith("+json")
    reason = ""
    if is_json or (media_type.startswith("text/") and media_type != "text/html"):
        text = body.decode("utf-8", errors="replace")
        if is_json:
            try:
                data = json.loads(text)
            except ValueError:
                data = None
            if isinstance(data, dict) and isinstance(data.get("error"), str):
                text = data["error"]
        reason = " ".join(text.split())[:REASON_LENGTH].rstrip(" .")
    if not reason:
        reason = response.reason or ""
        if not reason:
            try:
                reason = http.HTTPStatus(response.status).phrase
            except ValueError:
                reason = ""
    return reason


def fetch(url, *, max_bytes, timeout=10.0, accept="*/*", allow_private=None):
    """GET url and return what it answered, or raise FetchError saying why not.

    max_bytes bounds the body; timeout (seconds) bounds the whole fetch, redirects included;
    allow_private=None follows the FETCH_ALLOW_PRIVATE_ADDRESSES setting."""
    if allow_private is None:
        allow_private = getattr(settings, "FETCH_ALLOW_PRIVATE_ADDRESSES", False)
    deadline = _Deadline(timeout)
    try:
        for _hop in range(MAX_REDIRECTS + 1):
            target = _Target.parse(url)
            addresses = _addresses(target, allow_private)
            with _as_fetch_errors(target, deadline):
                response, pool = _open(target, addresses, deadline, accept)
                try:
                    location = response.headers.get("Location")
                    if response.status in REDIRECT_STATUSES and location:
                        url = urljoin(target.url, location.strip())
                        continue
                    if not 200 <= response.status < 300:
                        body = _read(response, ERROR_BODY_LIMIT, deadline)[:ERROR_BODY_LIMIT]
                        raise FetchError(
                            _("%(host)s answered %(status)s: %(reason)s.")
                            % {
                                "host": target.host,
                                "status": response.status,
                                "reason": _error_reason(response, body),
                            }
                        )
                    too_large = FetchError(
                        _("The answer from %(host)s is larger than %(size)s.")
                        % {"host": target.host, "size": filesizeformat(max_bytes)}
                    )
                    declared = response.headers.get("Content-Length", "")
                    if declared.strip().isdigit() and int(declared) > max_bytes:
                        raise too_large
                    content = _read(response, max_bytes, deadline)
                    if len(content) > max_bytes:
                        raise too_large
                    return Fetched(
                        url=target.url, content=content, content_type=_media_type(response)
                    )
                finally:
                    response.close()
                    pool.close()
        raise FetchError(
            _("%(host)s redirected more than %(count)s times.")
            % {"host": target.host, "count": MAX_REDIRECTS}
        )
    finally:
        deadline.stop()
