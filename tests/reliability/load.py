"""A bounded load test: mixed traffic at 32 concurrent connections against the site under
gunicorn on 127.0.0.1, for a fixed time, then a verdict. `make load` runs it for 60 s on a
database of its own; tests/reliability/test_load.py runs it for 8 s in `make test`.

Benchmarks (tests/bench/) measure one page at a time; this asks whether the site holds when
everything happens at once, as on a busy day: directories with facets, profiles, site search,
autocomplete and contact-form messages, all from one address (so that the abuse limits bite).
It passes when:
- no answer is a 5xx and no request meets a socket error (refused, reset, timed out);
- 429 comes only from what has a limit (contact form, search, autocomplete), and there, no more
  is accepted than the limit allows in the time windows the run touched;
- each worker's resident memory at the end is at most MAX_GROWTH above what it was after the
  first third of the run (the warm-up), and no worker was replaced (a crash, a timeout).

The server, the database set-up and the private Redis come from tests/bench/run.py: the same
production-like settings (tests/bench/settings.py, with the site's search limits put back:
tests/reliability/load_settings.py), 2 sync workers, the site's own caches off
(every page rendered), Redis as the cache that the rate limits count in, shared by the workers
as in production. The client is the standard library's (threads and http.client), so that the
test needs nothing more."""

import argparse
import http.client
import itertools
import math
import os
import re
import shutil
import signal
import statistics
import sys
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: the checkout on the path, as run.py does
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench import run as bench

CONNECTIONS = 32
SETTINGS = "tests.reliability.load_settings"
TIMEOUT_SECONDS = 30
DEFAULT_DATABASE_URL = (
    "postgres://thousand_landscapes:ci-only-password@127.0.0.1:5432/thousand_landscapes_bench_load"
)
# Of every 20 requests a connection sends: what a day's visitors mostly do, and enough contact
# messages and searches from one address to run into their limits.
MIX = ["directory"] * 6 + ["profile"] * 6 + ["search"] * 3 + ["autocomplete"] * 3 + ["contact"] * 2
# What each kind may answer. 429 only where the site sets a limit.
EXPECTED = {
    "directory": {200},
    "profile": {200},
    "search": {200, 429},
    "autocomplete": {200, 429},
    "contact": {302, 429},  # 302: stored and sent on; 429: "please wait an hour"
}
# What the site allows one address: network/contact.py's CONTACT_RATE, and website/settings/
# base.py's SEARCH_RATE_LIMIT and AUTOCOMPLETE_RATE_LIMIT (read from the environment, as the
# server reads them).
LIMITS = {
    "contact": "5/h",
    "search": os.environ.get("SEARCH_RATE_LIMIT", "60/m"),
    "autocomplete": os.environ.get("AUTOCOMPLETE_RATE_LIMIT", "300/m"),
}
# A profile without its contact form (or its CSRF cookie): a failure of its own.
NO_FORM = "no contact form"
PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
# A worker's memory may grow this much after the first third of the run (MiB, or a share).
MAX_GROWTH_MIB = 24
MAX_GROWTH_SHARE = 0.15
SEARCH_WORDS = [bench.SEARCH_WORD, "forest", "soil", "river", "restoration", "mangrove"]
DIRECTORIES = ["landscapes", "organisations", "experts", "learning", "stories"]
CONTACT_DIRECTORIES = ["landscapes", "organisations", "experts"]


def parse_rate(rate):
    """(count, seconds) of a django-ratelimit rate such as "5/h", or None for no limit."""
    if not rate:
        return None
    count, period = rate.split("/")
    number = re.match(r"(\d*)([smhd])", period)
    return int(count), int(number.group(1) or 1) * PERIODS[number.group(2)]


# ---------------------------------------------------------------------------------------------
# What to ask for: found by reading the site, as a visitor would
# ---------------------------------------------------------------------------------------------
@dataclass
class Targets:
    directories: list
    profiles: list
    contact_pages: list
    searches: list
    suggestions: list


def fetch(port, path, method="GET", body=None, headers=None):
    """(status, headers, body) of one request to 127.0.0.1:port on a new connection (gunicorn's
    sync workers close each one anyway)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT_SECONDS)
    try:
        connection.request(
            method,
            path,
            body=body,
            headers={"User-Agent": "thousand-landscapes-load", **(headers or {})},
        )
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        connection.close()


def discover(port, language="en"):
    """Facet combinations, profiles and search words from the directories' own pages."""
    directories, profiles, contact_pages = [], [], []
    for section in DIRECTORIES:
        base = f"/{language}/{section}/"
        status, _headers, body = fetch(port, base)
        if status != 200:
            raise SystemExit(f"{base} answers {status}: is the site seeded?")
        html = body.decode()
        facets = defaultdict(list)
        for name, value in re.findall(r'type="checkbox" name="([a-z_]+)" value="([^"]+)"', html):
            facets[name].append(value)
        directories.append(base)
        names = sorted(facets)
        for first, second in itertools.combinations(names, 2):
            for one, other in zip(facets[first][:3], facets[second][:3], strict=False):
                query = urllib.parse.urlencode({first: one, second: other})
                directories.append(f"{base}?{query}")
        found = sorted(
            set(re.findall(rf'href="({re.escape(base)}[a-z0-9-]+/(?:[a-z0-9-]+/)?)"', html))
        )
        found = [path for path in found if not path.endswith("/feed/")][:10]
        profiles += found
        if section in CONTACT_DIRECTORIES:
            contact_pages += found[:3]
    if not profiles or not contact_pages:
        raise SystemExit("The directories list no profiles: is the site seeded?")
    searches = [f"/{language}/search/?q={word}" for word in SEARCH_WORDS]
    suggestions = [f"/{language}/search/autocomplete/?q={word[:3]}" for word in SEARCH_WORDS]
    return Targets(directories, profiles, contact_pages, searches, suggestions)


# ---------------------------------------------------------------------------------------------
# The traffic
# ---------------------------------------------------------------------------------------------
@dataclass
class Result:
    kind: str
    status: object  # an HTTP status, or the name of the socket error
    seconds: float


class Connection(threading.Thread):
    """One of the concurrent clients: requests one after the other until the deadline."""

    def __init__(self, number, port, targets, deadline, results):
        super().__init__(daemon=True)
        self.number, self.port, self.targets = number, port, targets
        self.deadline, self.results = deadline, results

    def run(self):
        for sent in itertools.count(self.number * 7):
            if time.monotonic() >= self.deadline:
                return
            kind = MIX[sent % len(MIX)]
            if kind == "contact":
                self.contact(sent)
                continue
            paths = {
                "directory": self.targets.directories,
                "profile": self.targets.profiles,
                "search": self.targets.searches,
                "autocomplete": self.targets.suggestions,
            }[kind]
            self.request(kind, paths[sent % len(paths)])

    def request(self, kind, path, method="GET", body=None, headers=None):
        started = time.monotonic()
        try:
            status, response_headers, content = fetch(self.port, path, method, body, headers)
        except (OSError, http.client.HTTPException) as error:
            self.results.append(Result(kind, type(error).__name__, time.monotonic() - started))
            return None
        self.results.append(Result(kind, status, time.monotonic() - started))
        return status, response_headers, content

    def contact(self, sent):
        """A visitor's message: the profile (with its form and CSRF cookie), then the POST."""
        path = self.targets.contact_pages[sent % len(self.targets.contact_pages)]
        page = self.request("profile", path)
        if page is None or page[0] != 200:
            return
        _status, headers, content = page
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', content)
        cookie = next(
            (
                value.split(";", 1)[0]
                for name, value in headers
                if name.lower() == "set-cookie" and value.startswith("csrftoken=")
            ),
            None,
        )
        if token is None or cookie is None:
            self.results.append(Result("contact", NO_FORM, 0.0))
            return
        form = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": token.group(1).decode(),
                "name": f"Load test {self.number}",
                "email": f"load-{self.number}@example.org",
                "message": "Could we visit your landscape in May? (load test)",
                "website": "",
            }
        )
        self.request(
            "contact",
            path,
            "POST",
            form,
            {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
        )


# ---------------------------------------------------------------------------------------------
# Memory
# ---------------------------------------------------------------------------------------------
def worker_rss(master_pid):
    """{worker pid: resident memory in MiB} of gunicorn's workers (the master's children)."""
    return bench.worker_memory(master_pid, "VmRSS")


class MemorySampler(threading.Thread):
    def __init__(self, master_pid, every=0.25):
        super().__init__(daemon=True)
        self.master_pid, self.every = master_pid, every
        self.samples = []  # (seconds since start, {pid: MiB})
        self.stopping = threading.Event()
        self.started = time.monotonic()

    def run(self):
        while not self.stopping.is_set():
            self.samples.append((time.monotonic() - self.started, worker_rss(self.master_pid)))
            self.stopping.wait(self.every)

    def stop(self):
        self.stopping.set()
        self.join()
        self.samples.append((time.monotonic() - self.started, worker_rss(self.master_pid)))


# ---------------------------------------------------------------------------------------------
# The run and its verdict
# ---------------------------------------------------------------------------------------------
@dataclass
class Report:
    duration: float
    connections: int
    shared_rate_limits: bool
    workers: int
    results: list
    memory: dict = field(default_factory=dict)  # {pid: (MiB after a third, MiB at the end)}
    replaced_workers: int = 0
    failures: list = field(default_factory=list)

    def by_kind(self):
        kinds = defaultdict(list)
        for result in self.results:
            kinds[result.kind].append(result)
        return kinds

    def judge(self):
        self.failures = []
        if not self.results:
            self.failures.append("no request was made")
        for kind, results in sorted(self.by_kind().items()):
            statuses = Counter(result.status for result in results)
            errors = {
                status: n
                for status, n in statuses.items()
                if not isinstance(status, int) and status != NO_FORM
            }
            if statuses.get(NO_FORM):
                self.failures.append(f"{kind}: {statuses[NO_FORM]} profiles without a contact form")
            server_errors = sum(n for status, n in statuses.items() if _is_5xx(status))
            unexpected = {
                status: n
                for status, n in statuses.items()
                if isinstance(status, int) and status not in EXPECTED[kind] and not _is_5xx(status)
            }
            if server_errors:
                self.failures.append(f"{kind}: {server_errors} answers 5xx")
            if errors:
                self.failures.append(f"{kind}: socket errors {errors}")
            if unexpected:
                self.failures.append(f"{kind}: unexpected answers {unexpected}")
            limit = parse_rate(LIMITS.get(kind))
            if limit:
                accepted = sum(n for status, n in statuses.items() if status in (200, 302))
                allowed = self.allowance(*limit)
                if accepted > allowed:
                    self.failures.append(
                        f"{kind}: {accepted} accepted from one address, the limit allows {allowed}"
                    )
                if len(results) > allowed and not statuses.get(429):
                    self.failures.append(f"{kind}: {len(results)} sent and never a 429")
        for pid, (third, end) in self.memory.items():
            if end - third > max(MAX_GROWTH_MIB, MAX_GROWTH_SHARE * third):
                self.failures.append(
                    f"worker {pid}: resident memory grew from {third:.0f} to {end:.0f} MiB"
                )
        if self.replaced_workers:
            self.failures.append(f"{self.replaced_workers} workers were replaced during the run")
        return self.failures

    def allowance(self, count, period):
        """The most one address may be granted in this run: `count` in each of the windows the
        run touched (django-ratelimit's windows are fixed, each key's shifted by a hash), in
        each process that counts apart (every worker, when the cache is not shared)."""
        windows = math.ceil(self.duration / period) + 1
        return count * windows * (1 if self.shared_rate_limits else self.workers)

    def text(self):
        lines = [
            f"{len(self.results):,} requests in {self.duration:.1f} s "
            f"({len(self.results) / self.duration:.1f}/s) over {self.connections} connections; "
            "rate limits counted "
            + ("in one shared cache" if self.shared_rate_limits else "by each worker apart"),
            f"{'kind':<13}{'requests':>9}{'ok':>7}{'429':>6}{'other 4xx':>10}{'5xx':>6}"
            f"{'socket err':>11}{'p50 ms':>9}{'p99 ms':>9}",
        ]
        for kind, results in sorted(self.by_kind().items()):
            statuses = Counter(result.status for result in results)
            latencies = sorted(result.seconds * 1000 for result in results)
            ok = sum(n for status, n in statuses.items() if status in EXPECTED[kind] - {429})
            other_4xx = sum(
                n
                for status, n in statuses.items()
                if isinstance(status, int) and 400 <= status < 500 and status != 429
            )
            lines.append(
                f"{kind:<13}{len(results):>9}{ok:>7}{statuses.get(429, 0):>6}{other_4xx:>10}"
                f"{sum(n for s, n in statuses.items() if _is_5xx(s)):>6}"
                f"{sum(n for s, n in statuses.items() if not isinstance(s, int)):>11}"
                f"{statistics.median(latencies):>9.0f}{_percentile(latencies, 99):>9.0f}"
            )
        for pid, (third, end) in sorted(self.memory.items()):
            lines.append(
                f"worker {pid}: {third:.1f} MiB after the first third, {end:.1f} MiB at the end "
                f"({end - third:+.1f})"
            )
        lines.append("PASS" if not self.failures else "FAIL: " + "; ".join(self.failures))
        return "\n".join(lines)


def _is_5xx(status):
    return isinstance(status, int) and status >= 500


def _percentile(values, percent):
    if not values:
        return 0.0
    return values[min(len(values) - 1, math.ceil(len(values) * percent / 100) - 1)]


def serve(database_url, log_path):
    """tests/bench/run.py's Server (gunicorn, 2 sync workers, the site's page and fragment
    caches off), started with the load test's settings: the benchmark's, with the site's own
    search limits, which the benchmark lifts."""
    saved = bench.SETTINGS
    bench.SETTINGS = SETTINGS  # read once, when the server process is started
    try:
        return bench.Server(database_url, cache=False, log_path=log_path)
    finally:
        bench.SETTINGS = saved


def run(server, duration, connections=CONNECTIONS, shared_rate_limits=True):
    """Send the mix to `server` (tests/bench/run.py's Server, started) for `duration` seconds;
    gives the judged Report."""
    targets = discover(server.port)
    workers_before = set(worker_rss(server.process.pid))
    sampler = MemorySampler(server.process.pid)
    sampler.start()
    results = []
    started = time.monotonic()
    clients = [
        Connection(number, server.port, targets, started + duration, results)
        for number in range(connections)
    ]
    for client in clients:
        client.start()
    for client in clients:
        client.join(timeout=duration + TIMEOUT_SECONDS + 10)
    elapsed = time.monotonic() - started
    sampler.stop()

    report = Report(
        duration=elapsed,
        connections=connections,
        shared_rate_limits=shared_rate_limits,
        workers=len(workers_before),
        results=list(results),
    )
    workers_after = set(sampler.samples[-1][1])
    report.replaced_workers = len(workers_after - workers_before)
    after_third = next(
        (sample for moment, sample in sampler.samples if moment >= duration / 3),
        sampler.samples[-1][1],
    )
    end = sampler.samples[-1][1]
    report.memory = {pid: (after_third[pid], end[pid]) for pid in end if pid in after_third}
    report.judge()
    return report


# ---------------------------------------------------------------------------------------------
# `make load`
# ---------------------------------------------------------------------------------------------
def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=60, help="seconds of traffic")
    parser.add_argument("--connections", type=int, default=CONNECTIONS)
    parser.add_argument("--scale", type=float, default=0.05, help="seed_benchmark's --scale")
    parser.add_argument("--no-redis", action="store_true", help="rate limits per worker")
    options = parser.parse_args()
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    redis = None
    if not os.environ.get("REDIS_URL") and not options.no_redis and shutil.which("redis-server"):
        redis = bench.PrivateRedis()
        os.environ["REDIS_URL"] = redis.url
    try:
        report = load(options)
    finally:
        if redis is not None:
            redis.stop()
    print(report.text())
    return 1 if report.failures else 0


def load(options):
    database_url = os.environ.get("LOAD_DATABASE_URL", DEFAULT_DATABASE_URL)
    bench.step(f"Database {urllib.parse.urlsplit(database_url).path.lstrip('/')}")
    bench.ensure_postgresql(database_url)
    bench.manage(database_url, "migrate", "--noinput", "-v0")
    _seconds, output = bench.manage(database_url, "seed_benchmark", "--scale", str(options.scale))
    if "Seeded" in output:
        bench.step("update_index")
        bench.manage(database_url, "update_index", "-v0")
    bench.manage(database_url, "collectstatic", "--noinput", "-v0")
    from django.conf import settings

    bench.setup_django(database_url)  # the benchmark's settings say where its files go
    work_dir = Path(settings.BENCH_WORK_DIR)
    work_dir.mkdir(parents=True, exist_ok=True)
    server = serve(database_url, work_dir / "gunicorn-load.log")
    try:
        server.wait_until_ready()
        bench.step(
            f"{options.duration:g} s of mixed traffic over {options.connections} connections"
        )
        return run(
            server,
            options.duration,
            options.connections,
            shared_rate_limits=bool(os.environ.get("REDIS_URL")),
        )
    finally:
        server.stop()


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
