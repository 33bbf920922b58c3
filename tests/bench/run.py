"""The site's load benchmark: `make bench`, or `.venv/bin/python tests/bench/run.py`.

Seeds PostgreSQL with the network at target scale (once; later runs reuse it), serves the site
with gunicorn on 127.0.0.1 and measures every row with the same load shape: 2 sync workers,
`wrk -t2 -c8 --latency` after a warm-up, asking for no compression but on the GeoJSON row, which
accepts gzip as the map in a browser does. First without any cache (every request does all its
work), then with the cache the settings configure, warmed: a private Redis when REDIS_URL names
none, as the site keeps whole pages only in a cache that every worker shares. Each server run
has its own floor, a constant answer through the whole middleware stack, and every row's
throughput is given as a share of the floor of its own run, so that figures from different
machines compare.

Prints one table and writes it, with the seeding and indexing times, each worker's peak memory
and the machine, to tests/bench/results.json. See tests/bench/README.md."""

import argparse
import datetime
import gzip
import http.client
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
RESULTS = Path(__file__).with_name("results.json")
DEFAULT_DATABASE_URL = (
    "postgres://thousand_landscapes:ci-only-password@127.0.0.1:5432/thousand_landscapes_bench"
)
SETTINGS = "tests.bench.settings"

WORKERS = 2
CONNECTIONS = 8
THREADS = 2
WARM_UP_SECONDS = 3
# wrk's own default (2 s) would count a slow uncached page as a socket error instead of a
# latency; the load shape is unchanged.
WRK_TIMEOUT = "30s"
# A seeded word (tests/bench/seed.py's vocabulary) and the first letters of another.
SEARCH_WORD = "watershed"
AUTOCOMPLETE_LETTERS = "wat"

# The rows measured again with the search engine (the floor, for the shares of that run).
ENGINE_ROWS = ("floor", "experts, searched", "library search", "search", "autocomplete")
DEFAULT_ENGINE_URL = "http://127.0.0.1:9200"  # the one .ci/opensearch/start.sh starts

# Targets, as shares of the floor of the same server run.
DETAIL_TARGET = 0.06
LISTING_TARGET = 0.04
# The site search, never cached: on the engine as a listing, on PostgreSQL half that.
SEARCH_TARGETS = {"engine": 0.04, "uncached": 0.02, "warm": 0.02}
WARM_TARGET = 0.60
MAX_QUERIES = 12
MAX_P99_OVER_P50 = 3.0
MAX_GEOJSON_GZIP_BYTES = 500 * 1024


@dataclass
class Row:
    """One line of the table: a URL under one server run, and what was measured."""

    server: str  # "uncached" or "warm"
    name: str
    url: str
    kind: str  # floor, detail, listing or geojson
    status: int | None = None
    requests_per_second: float | None = None
    p50_ms: float | None = None
    p99_ms: float | None = None
    queries: int | None = None
    bytes: int | None = None
    gzip_bytes: int | None = None
    share_of_floor: float | None = None
    errors: dict = field(default_factory=dict)
    target: str = ""
    gaps: list = field(default_factory=list)
    verdict: str = ""

    @property
    def p99_over_p50(self):
        if self.p50_ms and self.p99_ms is not None:
            return self.p99_ms / self.p50_ms
        return None


# ---------------------------------------------------------------------------------------------
# Database and Django commands
# ---------------------------------------------------------------------------------------------
def step(message):
    print(f"==> {message}", flush=True)


def command_environment(database_url, **extra):
    """A command's or the server's environment: the database's search (PostgreSQL full-text)
    unless `extra` names an engine (SEARCH_URL), whatever the caller's environment says."""
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, "DATABASE_URL": database_url}
    environment.pop("BENCH_CACHE", None)
    environment.pop("SEARCH_URL", None)
    # The engine's indices are named after the database, so that a network seeded at another
    # scale (another database) is never searched in, or taken for indexed.
    database_name = urlsplit(database_url).path.lstrip("/")
    environment.setdefault("SEARCH_INDEX_PREFIX", f"{database_name.lower()}_")
    environment.update(extra)
    return environment


# What one engine request may take while indexing: the site's SEARCH_TIMEOUT (3 s, for a
# visitor's search) is too short for a bulk request of library resources and their text.
ENGINE_INDEXING_TIMEOUT = "300"


def manage(database_url, *arguments, search_url=None):
    """Run a manage.py command with the benchmark's settings (on the engine at `search_url`,
    when given, with ENGINE_INDEXING_TIMEOUT), its output shown as it comes; gives (seconds,
    output)."""
    started = time.monotonic()
    lines = []
    extra = (
        {"SEARCH_URL": search_url, "SEARCH_TIMEOUT": ENGINE_INDEXING_TIMEOUT} if search_url else {}
    )
    with subprocess.Popen(
        [PYTHON, "manage.py", *arguments],
        cwd=REPO,
        env=command_environment(database_url, **extra),
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        for line in process.stdout:
            print(line, end="", flush=True)
            lines.append(line)
    if process.returncode:
        raise SystemExit(f"manage.py {' '.join(arguments)} failed ({process.returncode}).")
    return time.monotonic() - started, "".join(lines)


def ensure_postgresql(database_url):
    """Connect to the server (starting the local cluster when we are root and it is down) and
    create the benchmark's database if it is missing."""
    import psycopg2
    from psycopg2 import sql

    address = urlsplit(database_url)
    name = address.path.lstrip("/")
    connect = {
        "host": address.hostname or "127.0.0.1",
        "port": address.port or 5432,
        # As Django reads DATABASE_URL: percent-escapes decoded.
        "user": unquote(address.username or "") or None,
        "password": unquote(address.password or "") or None,
        "dbname": "postgres",
        "connect_timeout": 3,
    }
    for attempt in range(30):
        try:
            connection = psycopg2.connect(**connect)
            break
        except psycopg2.OperationalError as error:
            if refuses_the_role(error):
                # The server is up and refuses us: the benchmark's role is missing (a fresh
                # machine) or has another password.
                if attempt > 0 or not create_local_role(connect):
                    raise SystemExit(role_missing(connect, error)) from None
                continue
            if attempt == 0:
                start_local_clusters()
            time.sleep(1)
    else:
        raise SystemExit(f"PostgreSQL does not answer at {connect['host']}:{connect['port']}.")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            step(f"Creating the database {name}")
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    connection.close()


def refuses_the_role(error):
    """The server answered and turned the role away (rather than being down, or starting)."""
    message = str(error)
    return "password authentication failed" in message or (
        "role" in message and "does not exist" in message
    )


def create_local_role(connect):
    """What .ci/run does on a fresh machine: create the benchmark's role (allowed to create its
    database) through the local cluster's superuser, when we are root and the server is this
    machine's. False when we may not."""
    if os.geteuid() != 0 or connect["host"] not in ("127.0.0.1", "localhost", "::1"):
        return False
    switch_user = shutil.which("su")
    if not connect["user"] or not switch_user or not shutil.which("psql"):
        return False
    step(f"Creating the PostgreSQL role {connect['user']} unless it exists")
    # psql quotes the values itself (:'user' as a literal, %I and %L in format()).
    statement = (
        "SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'user', :'password')"
        " WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \\gexec\n"
    )
    psql = (
        f"psql -p {int(connect['port'])} -v ON_ERROR_STOP=1 -qAt"
        f" -v user={shlex.quote(connect['user'])}"
        f" -v password={shlex.quote(connect['password'] or '')}"
    )
    created = subprocess.run(
        [switch_user, "postgres", "-c", psql],
        input=statement,
        text=True,
        capture_output=True,
        check=False,
    )
    if created.returncode:
        print(created.stderr, file=sys.stderr)
    return created.returncode == 0


def role_missing(connect, error):
    user, port = connect["user"], connect["port"]
    return (
        f"PostgreSQL answers at {connect['host']}:{port} but does not let {user} in"
        f" (no such role, or another password):"
        f" {str(error).strip()}\nCreate the role as PostgreSQL's superuser, for example:\n"
        f'  sudo -u postgres psql -p {port} -c "CREATE ROLE {user} LOGIN CREATEDB PASSWORD '
        f"'<the password in DATABASE_URL>'\"\n"
        "or set DATABASE_URL to a role that may create databases."
    )


def start_local_clusters():
    """What .ci/run does: start Debian's PostgreSQL clusters, when we may."""
    list_clusters, control = shutil.which("pg_lsclusters"), shutil.which("pg_ctlcluster")
    if os.geteuid() != 0 or not list_clusters or not control:
        return
    listing = subprocess.run(
        [list_clusters, "--no-header"], capture_output=True, text=True, check=False
    )
    for line in listing.stdout.splitlines():
        version, cluster_name = line.split()[:2]
        step(f"Starting PostgreSQL {version} {cluster_name}")
        subprocess.run([control, version, cluster_name, "start"], check=False)


def setup_django(database_url):
    """Django in this process too, to read the seeded pages' URLs and clear the cache."""
    os.environ.update(command_environment(database_url))
    sys.path.insert(0, str(REPO))
    import django

    django.setup()


def close_database_connections():
    from django.db import connections

    connections.close_all()


# ---------------------------------------------------------------------------------------------
# The URLs to measure, from the seeded data
# ---------------------------------------------------------------------------------------------
def pick_urls():
    """(name, URL, kind) of every row, in English, from pages the seeding made."""
    from django.db.models import Count
    from django.urls import reverse
    from django.utils import translation

    from learning.models import CoursePage, LearningIndexPage
    from library.models import LibraryIndexPage, ResourcePage
    from network.models import (
        ExpertIndexPage,
        ExpertPage,
        LandscapeIndexPage,
        LandscapePage,
        OrganisationIndexPage,
    )
    from stories.models import StoryIndexPage, StoryPage
    from tests.bench.seed import SEED_USERNAME
    from website.models import HomePage, Theme

    def first_page(model):
        pages = model.objects.live().filter(locale__language_code="en").order_by("path")
        page = pages.filter(owner__username=SEED_USERNAME).first() or pages.first()
        if page is None:
            raise SystemExit(f"No {model._meta.verbose_name} in English: seed first.")
        return page

    def first(model):
        return first_page(model).url

    theme = (
        Theme.objects.filter(locale__language_code="en", landscapepage__isnull=False)
        .annotate(uses=Count("landscapepage"))
        .order_by("-uses", "slug")
        .values_list("slug", flat=True)
        .first()
    ) or "agroforestry"
    landscapes = first(LandscapeIndexPage)
    organisations = first(OrganisationIndexPage)
    experts = first(ExpertIndexPage)
    catalog = first(LearningIndexPage)
    library = first(LibraryIndexPage)
    landscape = first_page(LandscapePage)
    with translation.override("en"):
        network_progress = reverse("network_progress")
        funding = reverse("funding")
        landscape_progress = reverse("landscape_progress", kwargs={"slug": landscape.slug})
    urls = [
        ("floor", "/bench/floor/", "floor"),
        ("home", first(HomePage), "listing"),
        ("landscapes", landscapes, "listing"),
        ("landscapes, 2 facets", f"{landscapes}?theme={theme}&region=africa", "listing"),
        ("organisations", organisations, "listing"),
        ("organisations, 2 facets", f"{organisations}?type=ngo&theme={theme}", "listing"),
        ("experts", experts, "listing"),
        ("experts, 2 facets", f"{experts}?theme={theme}&region=africa", "listing"),
        ("experts, searched", f"{experts}?q={SEARCH_WORD}", "listing"),
        ("catalog", catalog, "listing"),
        ("catalog, 2 facets", f"{catalog}?theme={theme}&level=beginner", "listing"),
        ("landscape", landscape.url, "detail"),
        ("expert", first(ExpertPage), "detail"),
        ("course", first(CoursePage), "detail"),
        ("stories", first(StoryIndexPage), "listing"),
        ("story", first(StoryPage), "detail"),
        ("library", library, "listing"),
        ("library, 2 facets", f"{library}?kind=guide&language=en", "listing"),
        ("library search", f"{library}?q={SEARCH_WORD}", "listing"),
        ("resource", first(ResourcePage), "detail"),
        ("search", f"/en/search/?q={SEARCH_WORD}", "search"),
        ("autocomplete", f"/en/search/autocomplete/?q={AUTOCOMPLETE_LETTERS}", "listing"),
        ("geojson", "/api/landscapes.geojson?lang=en", "geojson"),
        ("progress", network_progress, "listing"),
        ("funding", funding, "listing"),
        ("landscape progress", landscape_progress, "detail"),
    ]
    close_database_connections()
    return urls


# ---------------------------------------------------------------------------------------------
# gunicorn and wrk
# ---------------------------------------------------------------------------------------------
def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """gunicorn with the benchmark's settings on 127.0.0.1, stopped however the run ends."""

    def __init__(self, database_url, cache, log_path, search_url=None):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        extra = {"BENCH_CACHE": "off"} if not cache else {}
        if search_url:
            extra["SEARCH_URL"] = search_url
        self.command = [
            GUNICORN,
            "tests.bench.wsgi:application",
            "--workers",
            str(WORKERS),
            "--worker-class",
            "sync",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--timeout",
            "120",
            "--log-level",
            "warning",
            "--error-logfile",
            str(log_path),
        ]
        self.log_path = log_path
        self.process = subprocess.Popen(
            self.command, cwd=REPO, env=command_environment(database_url, **extra)
        )

    def wait_until_ready(self, seconds=90):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn stopped; see {self.log_path}")
            try:
                if get(self.port, "/bench/floor/", timeout=5)[0] == 200:
                    return
            except OSError:
                time.sleep(0.5)
        raise SystemExit(f"gunicorn did not answer within {seconds} s; see {self.log_path}")

    def worker_peak_memory(self):
        """{worker pid: peak resident memory in MiB}, for the master's children."""
        return worker_memory(self.process.pid, "VmHWM")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def worker_memory(master_pid, field):
    """{worker pid: MiB} of a /proc/<pid>/status field (VmRSS now, VmHWM the peak) for each
    child of gunicorn's master."""
    memory = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if int(fields.get("PPid", "0").strip()) == master_pid and field in fields:
            memory[int(entry.name)] = int(fields[field].split()[0]) / 1024
    return memory


def get(port, path, timeout=120):
    """(status, X-Queries, body) of one plain GET to 127.0.0.1, straight to the server (no
    proxy from the environment) and asking for no compression, as wrk does."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"User-Agent": "thousand-landscapes-bench"})
        response = connection.getresponse()
        return response.status, response.getheader("X-Queries"), response.read()
    finally:
        connection.close()


def wrk(url, seconds, latency=True, headers=()):
    command = [
        shutil.which("wrk") or "/usr/bin/wrk",
        f"-t{THREADS}",
        f"-c{CONNECTIONS}",
        f"-d{seconds}s",
        "--timeout",
        WRK_TIMEOUT,
    ]
    for header in headers:
        command += ["-H", header]
    if latency:
        command.append("--latency")
    result = subprocess.run([*command, url], capture_output=True, text=True, check=True)
    return result.stdout


UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def parse_wrk(output):
    """Requests a second, p50 and p99 in milliseconds, and any errors, from wrk's report."""

    def latency(percent):
        match = re.search(rf"^\s*{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
        return float(match.group(1)) * UNITS_MS[match.group(2)] if match else None

    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    errors = {}
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if sockets:
        named = dict(zip(("connect", "read", "write", "timeout"), sockets.groups(), strict=True))
        errors.update({name: int(count) for name, count in named.items() if int(count)})
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        errors["non-2xx/3xx"] = int(non_2xx.group(1))
    return {
        "requests_per_second": float(rate.group(1)) if rate else None,
        "p50_ms": latency(50),
        "p99_ms": latency(99),
        "errors": errors,
    }


def measure(server, rows, duration, warm):
    """Warm up and measure each row against `server`."""
    for row in rows:
        url = server.base + row.url
        if warm:
            for _ in range(5):
                get(server.port, row.url)
        # The map's data is asked for as the map's script in a browser asks: gzip accepted.
        headers = ["Accept-Encoding: gzip"] if row.kind == "geojson" else []
        wrk(url, min(WARM_UP_SECONDS, duration), latency=False, headers=headers)
        row.status, queries, body = get(server.port, row.url)
        row.queries = int(queries) if queries and queries.isdigit() else None
        row.bytes = len(body)
        row.gzip_bytes = len(gzip.compress(body, compresslevel=6))
        if row.status != 200:
            row.errors["status"] = row.status
            print(f"   {row.server:8} {row.name:24} HTTP {row.status}", flush=True)
            continue
        for name, value in parse_wrk(wrk(url, duration, headers=headers)).items():
            if name == "errors":
                row.errors.update(value)
            else:
                setattr(row, name, value)
        print(
            f"   {row.server:8} {row.name:24} {row.requests_per_second or 0:8.1f} req/s  "
            f"p50 {row.p50_ms or 0:8.2f} ms  p99 {row.p99_ms or 0:8.2f} ms  "
            f"{row.queries} queries",
            flush=True,
        )


def run_server(database_url, urls, duration, warm, work_dir, search_url=None):
    """One server run: gunicorn up, every row measured, workers' peak memory read, down. With
    `search_url`, the "engine" run: uncached, searching with the engine there."""
    name = "engine" if search_url else ("warm" if warm else "uncached")
    rows = [Row(server=name, name=row_name, url=url, kind=kind) for row_name, url, kind in urls]
    if warm:
        from django.core.cache import caches

        for cache in caches.all():
            cache.clear()  # nothing left from an earlier run (a shared Redis keeps it)
        close_database_connections()
    server = Server(
        database_url, cache=warm, log_path=work_dir / f"gunicorn-{name}.log", search_url=search_url
    )
    try:
        server.wait_until_ready()
        measure(server, rows, duration, warm)
        memory = server.worker_peak_memory()
    finally:
        server.stop()
    judge(rows)
    return rows, memory


# ---------------------------------------------------------------------------------------------
# Targets and the report
# ---------------------------------------------------------------------------------------------
def judge(rows):
    """Throughput as a share of the run's floor, and PASS or GAP against each row's targets."""
    floor = next((row for row in rows if row.kind == "floor"), None)
    floor_rate = floor.requests_per_second if floor else None
    for row in rows:
        if floor_rate and row.requests_per_second is not None:
            row.share_of_floor = row.requests_per_second / floor_rate
        if row.kind == "floor":
            row.target, row.verdict = "(floor)", "ERR" if row.errors else ""
            continue
        if row.kind == "search":
            share = SEARCH_TARGETS[row.server]
        elif row.server == "warm":
            share = WARM_TARGET
        elif row.kind == "detail":
            share = DETAIL_TARGET
        elif row.kind == "listing":
            share = LISTING_TARGET
        else:
            share = None
        targets = []
        if share is not None:
            targets.append(f">={share:.0%}")
            if row.share_of_floor is None or row.share_of_floor < share:
                row.gaps.append("throughput")
        if row.queries is None or row.queries > MAX_QUERIES:
            row.gaps.append("queries")
        if row.p99_over_p50 is None or row.p99_over_p50 >= MAX_P99_OVER_P50:
            row.gaps.append("p99")
        if row.kind == "geojson":
            targets.append("<500KB gz")
            if row.gzip_bytes is None or row.gzip_bytes >= MAX_GEOJSON_GZIP_BYTES:
                row.gaps.append("size")
        if row.errors:
            row.gaps.append("errors")
        row.target = " ".join(targets)
        row.verdict = "GAP" if row.gaps else "PASS"


def number(value, pattern):
    return "-" if value is None else format(value, pattern)


COLUMNS = [
    ("server", 8, "<"),
    ("row", 23, "<"),
    ("URL", 46, "<"),
    ("req/s", 8, ">"),
    ("p50 ms", 8, ">"),
    ("p99 ms", 8, ">"),
    ("p99/p50", 7, ">"),
    ("queries", 7, ">"),
    ("bytes", 9, ">"),
    ("gzip", 8, ">"),
    ("% floor", 7, ">"),
    ("target", 15, "<"),
    ("verdict", 0, "<"),
]


def table(rows):
    def line(values):
        return "  ".join(
            f"{value:{align}{width}}" if width else value
            for value, (_title, width, align) in zip(values, COLUMNS, strict=True)
        ).rstrip()

    lines = [line([title for title, _width, _align in COLUMNS])]
    lines.append("-" * len(lines[0]))
    server = None
    for row in rows:
        if server is not None and row.server != server:
            lines.append("")
        server = row.server
        url = row.url if len(row.url) <= 46 else row.url[:45] + "…"
        verdict = row.verdict + (f" ({', '.join(row.gaps)})" if row.gaps else "")
        if row.errors and row.kind == "floor":
            verdict = f"errors: {row.errors}"
        lines.append(
            line(
                [
                    row.server,
                    row.name,
                    url,
                    number(row.requests_per_second, ".1f"),
                    number(row.p50_ms, ".2f"),
                    number(row.p99_ms, ".2f"),
                    number(row.p99_over_p50, ".1f"),
                    number(row.queries, "d"),
                    number(row.bytes, ",d"),
                    number(row.gzip_bytes, ",d"),
                    number(None if row.share_of_floor is None else 100 * row.share_of_floor, ".1f"),
                    row.target,
                    verdict,
                ]
            )
        )
    return "\n".join(lines)


def machine():
    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
    meminfo = Path("/proc/meminfo").read_text() if Path("/proc/meminfo").exists() else ""
    memory = re.search(r"^MemTotal:\s+(\d+) kB", meminfo, re.MULTILINE)
    return {
        "cpus": len(os.sched_getaffinity(0)),
        "cpu_model": model.group(1).strip() if model else "unknown",
        "memory_gib": round(int(memory.group(1)) / 1024**2, 1) if memory else None,
        "load_average": os.getloadavg(),
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "python": sys.version.split()[0],
    }


def engine_json(url, path):
    """What the engine at `url` answers to GET `path`, as JSON (None: no answer, or not JSON)."""
    address = urlsplit(url)
    connection = http.client.HTTPConnection(address.hostname, address.port or 9200, timeout=10)
    try:
        connection.request("GET", path)
        return json.loads(connection.getresponse().read())
    except (OSError, ValueError):
        return None
    finally:
        connection.close()


def engine_answering(url):
    """The engine's name and version ("OpenSearch 2.19.1") when one answers at `url`, else
    None."""
    about = engine_json(url, "/") if url else None
    if not isinstance(about, dict):
        return None
    version = about.get("version", {})
    name = "OpenSearch" if version.get("distribution") == "opensearch" else "Elasticsearch"
    return f"{name} {version.get('number', '?')}"


def engine_documents(url, settings):
    """How many pages the engine's index of every language holds (0: none, or no index)."""
    prefix = f"{settings.BENCH_INDEX_PREFIX}all__"  # search.configuration's name for it
    counted = engine_json(url, f"/{prefix}wagtailcore_page/_count")
    return int(counted.get("count", 0)) if isinstance(counted, dict) else 0


def git_commit():
    git = shutil.which("git")
    if git is None:
        return None
    result = subprocess.run(
        [git, "rev-parse", "--short", "HEAD"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() or None


# ---------------------------------------------------------------------------------------------
def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="network size (1.0: target)")
    parser.add_argument("--duration", type=int, default=15, help="seconds of wrk per row")
    parser.add_argument("--skip-seed", action="store_true", help="use the database as it is")
    parser.add_argument("--reindex", action="store_true", help="run update_index even if seeded")
    parser.add_argument("--no-demo", action="store_true", help="no load_demo on a new database")
    parser.add_argument(
        "--engine-url",
        default=os.environ.get("BENCH_ENGINE_URL", DEFAULT_ENGINE_URL),
        help="a search engine (OpenSearch) for the engine rows; '' for none",
    )
    parser.add_argument(
        "--engine-only", action="store_true", help="only the engine rows (and their floor)"
    )
    parser.add_argument(
        "--rows",
        default="",
        help="only these rows (and the floor), names as printed, comma-separated: a quick look "
        "that leaves results.json as it is",
    )
    parser.add_argument(
        "--no-redis",
        action="store_true",
        help="without REDIS_URL, keep the settings' per-process cache instead of a private Redis",
    )
    options = parser.parse_args()
    # A `kill` stops gunicorn and Redis as Ctrl-C does: through the finally clauses.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    redis = None
    if not os.environ.get("REDIS_URL") and not options.no_redis and shutil.which("redis-server"):
        redis = PrivateRedis()
        os.environ["REDIS_URL"] = redis.url
    try:
        benchmark(options, redis)
    finally:
        if redis is not None:
            redis.stop()


class PrivateRedis:
    """A throwaway redis-server on 127.0.0.1 for the run, when REDIS_URL names none: the site
    keeps whole pages only in a cache that every worker shares, as in production."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = subprocess.Popen(
            [
                shutil.which("redis-server"),
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--loglevel",
                "warning",
            ],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise SystemExit("redis-server did not start.")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def benchmark(options, redis):
    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    timings = {}
    if redis is not None:
        step(f"A private Redis for the run at {redis.url}")
    load_before = os.getloadavg()
    step(f"Database {urlsplit(database_url).path.lstrip('/')}")
    ensure_postgresql(database_url)
    manage(database_url, "migrate", "--noinput", "-v0")
    setup_django(database_url)
    from django.conf import settings

    from website.models import HomePage

    if not options.no_demo and not HomePage.objects.exists():
        step("Demo content (load_demo): the home pages, menus and index pages in every language")
        timings["load_demo_seconds"], _ = manage(database_url, "load_demo")
    close_database_connections()

    seeded = False
    if not options.skip_seed:
        from tests.bench.seed import scaled_counts, seeded_counts

        present = seeded_counts()
        close_database_connections()
        if present == scaled_counts(options.scale):
            step(f"Already seeded at scale {options.scale:g}")
            timings["seed_seconds"] = None
        else:
            step(f"Seeding at scale {options.scale:g}")
            arguments = ["seed_benchmark", "--scale", str(options.scale)]
            if any(present.values()):
                arguments.append("--flush")  # seeded at another scale: that network goes first
            seconds, _ = manage(database_url, *arguments)
            timings["seed_seconds"] = round(seconds, 1)
            seeded = True
    if seeded or options.reindex:
        step("update_index")
        seconds, _ = manage(database_url, "update_index")
        timings["update_index_seconds"] = round(seconds, 1)
    step("collectstatic")
    manage(database_url, "collectstatic", "--noinput", "-v0")

    urls = pick_urls()
    chosen = {name.strip() for name in options.rows.split(",") if name.strip()}
    if chosen:
        unknown = chosen - {name for name, _url, _kind in urls}
        if unknown:
            raise SystemExit(f"No such rows: {', '.join(sorted(unknown))}")
        urls = [row for row in urls if row[0] in chosen or row[2] == "floor"]
    work_dir = Path(settings.BENCH_WORK_DIR)
    work_dir.mkdir(parents=True, exist_ok=True)
    rows, memory = [], {}
    for warm in () if options.engine_only else (False, True):
        cache = (
            settings.CACHES["default"]["BACKEND"]
            if warm
            else "page cache off, structure cache on (BENCH_CACHE=off)"
        )
        step(f"{'Warm' if warm else 'Uncached'} server: cache {cache}")
        server_rows, memory["warm" if warm else "uncached"] = run_server(
            database_url, urls, options.duration, warm, work_dir
        )
        rows += server_rows

    engine = engine_answering(options.engine_url)
    if engine:
        indexed = engine_documents(options.engine_url, settings)
        if seeded or options.reindex or not indexed:
            step(f"The search engine at {options.engine_url} ({engine}): update_index into it")
            seconds, _ = manage(database_url, "update_index", search_url=options.engine_url)
            timings["engine_update_index_seconds"] = round(seconds, 1)
        else:
            step(f"The search engine at {options.engine_url} ({engine}) holds {indexed:,} pages")
            timings["engine_update_index_seconds"] = None
        step("Engine server: cache as uncached, the search rows again on the engine")
        engine_urls = [row for row in urls if row[0] in ENGINE_ROWS]
        server_rows, memory["engine"] = run_server(
            database_url, engine_urls, options.duration, False, work_dir, options.engine_url
        )
        rows += server_rows
    elif options.engine_url:
        step(
            f"No search engine answers at {options.engine_url}: no engine rows (start one with "
            "bash .ci/opensearch/start.sh, or give --engine-url '' to measure the database only)"
        )

    about = {
        "scale": options.scale,
        "duration_seconds": options.duration,
        "load": f"gunicorn {WORKERS} sync workers; wrk -t{THREADS} -c{CONNECTIONS} "
        f"-d{options.duration}s --latency --timeout {WRK_TIMEOUT}, after a "
        f"{min(WARM_UP_SECONDS, options.duration)} s warm-up",
        "cache": settings.CACHES["default"]["BACKEND"],
        "page_cache_seconds": getattr(settings, "PAGE_CACHE_SECONDS", None),
        "redis": "private" if redis else ("REDIS_URL" if os.environ.get("REDIS_URL") else None),
        "search": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
        "engine": engine,
        "commit": git_commit(),
        "machine": {**machine(), "load_average_before": load_before},
    }
    print()
    print(table(rows))
    print()
    print(
        f"Targets: uncached detail pages >= {DETAIL_TARGET:.0%} of the floor, other pages >= "
        f"{LISTING_TARGET:.0%}; warm cache >= {WARM_TARGET:.0%}; every page <= {MAX_QUERIES} "
        f"queries and p99 < {MAX_P99_OVER_P50:g}x p50; GeoJSON < 500 KB gzip-compressed."
    )
    for name, label in (
        ("load_demo_seconds", "load_demo"),
        ("seed_seconds", "seeding"),
        ("update_index_seconds", "update_index"),
        ("engine_update_index_seconds", "update_index into the engine"),
    ):
        if name in timings:
            value = timings[name]
            print(f"{label}: {'already done' if value is None else f'{value:.1f} s'}")
    for name, peaks in memory.items():
        figures = ", ".join(f"{mib:.0f}" for mib in sorted(peaks.values())) or "-"
        print(f"peak RSS per worker, {name} server: {figures} MiB")
    details = about["machine"]
    print(
        f"machine: {details['cpus']} CPUs, {details['cpu_model']}, {details['memory_gib']} GiB, "
        f"load average {load_before[0]:.2f} before, {details['load_average'][0]:.2f} after, "
        f"{details['date']}"
    )
    print(
        f"load: {about['load']}; cache: {about['cache']}, whole pages "
        f"{about['page_cache_seconds']} s; search: {about['search']}"
        + (f"; engine rows: {engine} at {options.engine_url}" if engine else "")
    )

    results = {
        **about,
        "timings": timings,
        "peak_rss_mib_per_worker": {
            name: sorted(round(mib, 1) for mib in peaks.values()) for name, peaks in memory.items()
        },
        "rows": [{**asdict(row), "p99_over_p50": row.p99_over_p50} for row in rows],
    }
    if chosen:
        print(f"Some rows only (--rows): {RESULTS.relative_to(REPO)} left as it was")
        return
    RESULTS.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(f"Written to {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
