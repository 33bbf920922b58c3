"""Lighthouse (mobile) scores of every page type, in English and Spanish, `make lighthouse`.

Serves the site as `make bench` does (gunicorn, DEBUG off, hashed and compressed static files:
tests/bench/settings.py) on the database DATABASE_URL names, by default `make run`'s SQLite
database with the demo (`make demo`) and its images in media/, and runs Lighthouse from
node_modules (`npm ci`: it is in package.json) with Debian's Chromium: a map page RUNS times
(its performance is what the map costs; the median of each figure is printed), any other page
once. Every page gets the four categories: performance, accessibility, best practices and SEO.
It fails (exit status 1) when a page's SEO or best practices is below 100, or a map page's
performance below MAP_TARGET.
Lighthouse simulates a mid-range phone on a slow 4G network, so its figures move with whatever
else the machine is doing: compare runs made on a quiet machine.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.run import REPO, Server, get, manage

LIGHTHOUSE = REPO / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
DEFAULT_DATABASE_URL = f"sqlite:///{REPO / 'db.sqlite3'}"
RUNS = 3
MAP_TARGET = 90
# Lighthouse's categories, as the table heads them.
CATEGORIES = {
    "performance": "performance",
    "accessibility": "accessibility",
    "best practices": "best-practices",
    "SEO": "seo",
}
AUDITS = {
    "FCP s": "first-contentful-paint",
    "LCP s": "largest-contentful-paint",
    "TBT ms": "total-blocking-time",
    "CLS": "cumulative-layout-shift",
}
DECIMALS = {"FCP s": 1, "LCP s": 1, "TBT ms": 0, "CLS": 3}


def first_link(port, listing, pattern, must_contain=None):
    """The first page a listing links to whose path matches `pattern` (and, if given, whose
    HTML contains `must_contain`)."""
    status, _queries, body = get(port, listing)
    if status != 200:
        raise SystemExit(f"{listing} answered {status}: is the demo loaded (make demo)?")
    for path in dict.fromkeys(re.findall(rf'href="({pattern})"', body.decode())):
        if must_contain is None or must_contain.encode() in get(port, path)[2]:
            return path
    raise SystemExit(f"No page like {pattern} on {listing}: is the demo loaded (make demo)?")


def alternate(port, path, language):
    """The path of `path`'s version in `language`, from its <link rel="alternate">."""
    _status, _queries, body = get(port, path)
    match = re.search(
        rf'<link rel="alternate" hreflang="{language}" href="https?://[^/"]+(/[^"]*)"',
        body.decode(),
    )
    if match is None:
        raise SystemExit(f"{path} names no {language} version.")
    return match.group(1)


def pages(port):
    """(name, path, has a map) of one page of each type, found from the demo's listings."""
    landscape = first_link(port, "/en/landscapes/", r"/en/landscapes/[a-z0-9-]+/")
    story = first_link(port, "/en/stories/", r"/en/stories/[a-z0-9-]+/", "data-story-map")
    organisation = first_link(port, "/en/organisations/", r"/en/organisations/[a-z0-9-]+/")
    expert = first_link(port, "/en/experts/", r"/en/experts/[a-z0-9-]+/")
    course = first_link(port, "/en/learning/", r"/en/learning/[a-z0-9-]+/[a-z0-9-]+/")
    institution = course.rsplit("/", 2)[0] + "/"
    found = [
        ("home", "/en/", True),
        ("landscape directory", "/en/landscapes/", True),
        ("landscape", landscape, True),
        ("story with a map", story, True),
        ("organisation directory", "/en/organisations/", False),
        ("organisation", organisation, False),
        ("experts directory", "/en/experts/", False),
        ("expert", expert, False),
        ("course catalog", "/en/learning/", False),
        ("institution", institution, False),
        ("course", course, False),
        ("stories", "/en/stories/", False),
        ("search", "/en/search/", False),
        ("network progress", "/en/progress/", False),
        ("funding", "/en/funding/", False),
        ("sign in", "/en/accounts/login/", False),
        ("join", "/en/accounts/signup/", False),
    ]
    # The second language: the Spanish version of some of them, as each page's alternate link
    # names it.
    spanish = [
        (f"{name} (es)", alternate(port, path, "es"), has_map)
        for name, path, has_map in found
        if name in ("home", "landscape", "expert", "course", "search")
    ]
    return found + spanish


def lighthouse(url, output, attempts=2):
    """One Lighthouse run's figures. Chromium now and then fails to start or to finish a page
    on a busy machine: a failed run is tried once more before the benchmark stops with its
    error."""
    for attempt in range(attempts):
        finished = subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                f"--only-categories={','.join(CATEGORIES.values())}",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
                "--output=json",
                f"--output-path={output}",
                "--quiet",
            ],
            env={**os.environ, "CHROME_PATH": CHROMIUM},
            capture_output=True,
            text=True,
        )
        if finished.returncode == 0:
            break
        if attempt == attempts - 1:
            raise SystemExit(f"Lighthouse failed on {url}:\n{finished.stderr[-2000:]}")
    report = json.loads(output.read_text())
    figures = {
        label: round(report["categories"][category]["score"] * 100)
        for label, category in CATEGORIES.items()
    }
    for label, audit in AUDITS.items():
        value = report["audits"][audit]["numericValue"]
        figures[label] = value / 1000 if label.endswith(" s") else value
    return figures


def median_figures(runs):
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=RUNS, help="Lighthouse runs per page")
    options = parser.parse_args()
    missing = [str(path) for path in (LIGHTHOUSE, Path(CHROMIUM)) if not path.exists()]
    if missing:
        needed = "run `npm ci` and `apt-get install chromium`"
        raise SystemExit(f"Missing {', '.join(missing)}: {needed}.")
    database_url = os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
    work_dir = Path(tempfile.mkdtemp(prefix="thousand-landscapes-lighthouse-"))
    os.environ["BENCH_WORK_DIR"] = str(work_dir)
    # The demo's images, where `make demo` put them (the settings' MEDIA_ROOT is in work_dir).
    (work_dir / "media").symlink_to(REPO / "media", target_is_directory=True)
    manage(database_url, "collectstatic", "--noinput", "-v0")
    server = Server(database_url, cache=True, log_path=work_dir / "gunicorn.log")
    try:
        server.wait_until_ready()
        rows = []
        for name, path, has_map in pages(server.port):
            runs = [
                lighthouse(server.base + path, work_dir / f"report-{len(rows)}-{run}.json")
                for run in range(options.runs if has_map else 1)
            ]
            rows.append((name, path, has_map, median_figures(runs)))
            scores = ", ".join(f"{label} {rows[-1][3][label]:.0f}" for label in CATEGORIES)
            print(f"  {name}: {scores}", flush=True)
    finally:
        server.stop()
    print(
        f"\nLighthouse, mobile; map pages the median of {options.runs} runs"
        f" ({database_url.split(':')[0]})\n"
    )
    print("| page | path | " + " | ".join([*CATEGORIES, *AUDITS]) + " |")
    print("|---|---|" + "---|" * (len(CATEGORIES) + len(AUDITS)))
    for name, path, _has_map, figures in rows:
        scores = [f"{figures[label]:.0f}" for label in CATEGORIES]
        cells = [f"{figures[label]:.{DECIMALS[label]}f}" for label in AUDITS]
        print(f"| {name} | `{path}` | " + " | ".join(scores + cells) + " |")
    slow_maps = [row[0] for row in rows if row[2] and row[3]["performance"] < MAP_TARGET]
    print(f"\nMap pages below {MAP_TARGET} in performance: {', '.join(slow_maps) or 'none'}.")
    short = [
        f"{row[0]} ({label} {row[3][label]:.0f})"
        for row in rows
        for label in ("best practices", "SEO")
        if row[3][label] < 100
    ]
    print(f"Pages below 100 in best practices or SEO: {', '.join(short) or 'none'}.")
    if slow_maps or short:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
