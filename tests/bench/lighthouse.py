"""Lighthouse (mobile) scores of the pages with maps and of a few others, `make lighthouse`.

Serves the site as `make bench` does (gunicorn, DEBUG off, hashed and compressed static files:
tests/bench/settings.py) on the database DATABASE_URL names, by default `make run`'s SQLite
database with the demo (`make demo`) and its images in media/, and runs Lighthouse from
node_modules (`npm ci`: it is in package.json) with Debian's Chromium, each page RUNS times;
prints the median of each figure.
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


def pages(port):
    landscape = first_link(port, "/en/landscapes/", r"/en/landscapes/[a-z0-9-]+/")
    story = first_link(port, "/en/stories/", r"/en/stories/[a-z0-9-]+/", "data-story-map")
    return [
        ("home", "/en/", True),
        ("landscape directory", "/en/landscapes/", True),
        ("landscape", landscape, True),
        ("story with a map", story, True),
        ("home (es)", "/es/", True),
        ("course catalog", "/en/learning/", False),
        ("experts directory", "/en/experts/", False),
    ]


def lighthouse(url, output, attempts=2):
    """One Lighthouse run's figures. Chromium now and then fails to start or to finish a page
    on a busy machine: a failed run is tried once more before the benchmark stops with its
    error."""
    for attempt in range(attempts):
        finished = subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--only-categories=performance",
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
    figures = {"score": round(report["categories"]["performance"]["score"] * 100)}
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
                for run in range(options.runs)
            ]
            rows.append((name, path, has_map, median_figures(runs)))
            print(f"  {name}: {rows[-1][3]['score']}", flush=True)
    finally:
        server.stop()
    print(f"\nLighthouse, mobile, median of {options.runs} runs ({database_url.split(':')[0]})\n")
    print("| page | path | performance | " + " | ".join(AUDITS) + " |")
    print("|---|---|---|" + "---|" * len(AUDITS))
    for name, path, _has_map, figures in rows:
        cells = [f"{figures[label]:.{DECIMALS[label]}f}" for label in AUDITS]
        print(f"| {name} | `{path}` | {figures['score']:.0f} | " + " | ".join(cells) + " |")
    below = [row[0] for row in rows if row[2] and row[3]["score"] < MAP_TARGET]
    print(f"\nMap pages below {MAP_TARGET}: {', '.join(below) if below else 'none'}.")


if __name__ == "__main__":
    main()
