# Thousand Landscapes: `make run` to see the site, `make test` to test it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
LANGS := es fr pt
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help install messages compilemessages migrate demo run test test-browser bench lighthouse lint format check clean backup restore load

help:
	@echo "make run       set up everything (venv, dependencies, database, demo content) and serve on http://$(HOST):$(PORT)/"
	@echo "make test      run the whole test suite (SQLite, or PostgreSQL when DATABASE_URL is set;"
	@echo "               and the search suite against the engine at SEARCH_URL when it is set)"
	@echo "make test-browser  only the browser tests (Chromium; axe-core from npm)"
	@echo "make bench     seed PostgreSQL at target scale and measure every page with wrk, the search"
	@echo "              rows also on OpenSearch (tests/bench/)"
	@echo "make lighthouse  Lighthouse (mobile) scores of every page type in four categories, production-like"
	@echo "make load      60 s of mixed traffic at 32 connections: no 5xx, limits hold, memory steady"
	@echo "make backup    the database and MEDIA_ROOT into BACKUP_DIR (./backups)/<date-time>/"
	@echo "make restore BACKUP=<name>  put a backup back (asks first)"
	@echo "make lint      ruff check and format check"
	@echo "make messages  refresh the es/fr/pt catalogues in locale/ from the code"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[dev]"
	touch $@

install: $(VENV)/.installed

compilemessages: install
	$(MANAGE) compilemessages --ignore=$(VENV) --ignore=node_modules -v0

messages: install
	$(MANAGE) makemessages $(addprefix -l ,$(LANGS)) --no-obsolete --ignore=$(VENV) --ignore=node_modules --ignore=staticfiles --ignore=tests --ignore=media

migrate: install
	$(MANAGE) migrate --noinput -v0

demo: migrate compilemessages
	$(MANAGE) load_demo
	$(MANAGE) setup_roles
	$(MANAGE) create_institution_editors
	$(MANAGE) ensure_admin

run: demo
	$(MANAGE) runserver $(HOST):$(PORT)

# The whole suite on the database's search, in TEST_WORKERS processes (pytest-xdist; auto: one a
# core, 0: in pytest's own process); then, when SEARCH_URL names an engine (CI starts a real
# OpenSearch), the search suite again against that engine (each worker with indices of its own);
# then the browser tests, also in TEST_WORKERS processes, each with a demo site of its own. Stops
# at the first suite that fails, and says how long it all took (installing and compiling included).
#
# On PostgreSQL one database is migrated first, and every suite's test databases are copies of it
# (MIGRATED_DATABASE; tests/databases.py) rather than each migrating its own: two for the unit
# suite's workers, two for the engine's, the reliability tests' and the browser demo's. While it
# migrates (one core), the stemming tests run again on SQLite (`make run`'s search) on the other.
#
# On PostgreSQL the browser suite's demo, which its first worker would otherwise load (about two
# minutes of one core) while the others sat idle, loads in the background from the end of the
# unit suite, while the search suite leaves a core to spare, into a new
# folder of this run's own (BROWSER_DEMO_DIR; `prepare` in tests/browser/demo_server.py). The
# browser suite starts once it is ready; a load that failed fails the run, its output shown.
# However the run ends, the load and the migration are stopped, what is left of the load
# (template database, folder) removed (`discard`) and the migrated database dropped.
TEST_WORKERS ?= auto
BROWSER_DEMO := $(BIN)/python -m tests.browser.demo_server
DATABASES := $(BIN)/python -m tests.databases
test: TEST_STARTED := $(shell date +%s)
test: compilemessages
	@loading=; migrating=; unset BROWSER_DEMO_DIR MIGRATED_DATABASE; \
	trap 'status=$$?; set +e; \
		if [ -n "$$migrating" ]; then kill $$migrating 2>/dev/null; wait $$migrating; fi; \
		if [ -n "$$loading" ]; then kill $$loading 2>/dev/null; wait $$loading; fi; \
		if [ -n "$$BROWSER_DEMO_DIR" ]; then $(BROWSER_DEMO) discard; fi; \
		if [ -n "$$MIGRATED_DATABASE" ]; then $(DATABASES) drop "$$MIGRATED_DATABASE"; fi; \
		seconds=$$(( $$(date +%s) - $(TEST_STARTED) )); \
		[ $$status -eq 0 ] && outcome=passed || outcome=FAILED; \
		printf "==> make test %s in %d min %02d s\n" $$outcome $$((seconds / 60)) $$((seconds % 60)); \
		exit $$status' EXIT; \
	trap 'exit 129' HUP; trap 'exit 130' INT; trap 'exit 143' TERM; \
	set -e; \
	case "$$DATABASE_URL" in postgres://* | postgresql://*) \
		echo "==> one migrated database, which the suites' databases copy;" \
			"meanwhile the stemming tests again, on SQLite"; \
		MIGRATED_DATABASE=$$($(DATABASES) name); export MIGRATED_DATABASE; \
		$(DATABASES) migrate "$$MIGRATED_DATABASE" & migrating=$$!; \
		env -u SEARCH_URL -u DATABASE_URL $(BIN)/pytest tests/search/test_stemming.py; \
		wait $$migrating; migrating=; \
	esac; \
	echo "==> the unit suite, $(TEST_WORKERS) workers"; \
	env -u SEARCH_URL $(BIN)/pytest --ignore=tests/browser -n $(TEST_WORKERS) --dist loadgroup; \
	case "$$DATABASE_URL" in postgres://* | postgresql://*) \
		echo "==> meanwhile, in the background, the browser suite's demo site"; \
		BROWSER_DEMO_DIR=$$(mktemp -d -t thousand-landscapes-browser-demo-XXXXXX); \
		export BROWSER_DEMO_DIR; \
		$(BROWSER_DEMO) prepare >"$$BROWSER_DEMO_DIR/prepare.log" 2>&1 & loading=$$!; \
	esac; \
	if [ -n "$$SEARCH_URL" ]; then \
		echo "==> the search suite again, against the engine at $$SEARCH_URL, $(TEST_WORKERS) workers"; \
		$(BIN)/pytest tests/search -n $(TEST_WORKERS) --dist loadgroup; \
	fi; \
	if [ -n "$$loading" ]; then \
		echo "==> the browser suite's demo site, loaded in the background"; \
		wait $$loading && loaded=0 || loaded=$$?; loading=; \
		cat "$$BROWSER_DEMO_DIR/prepare.log"; \
		[ $$loaded -eq 0 ]; \
	fi; \
	$(MAKE) --no-print-directory test-browser

# axe-core, which the accessibility tests inject into pages, and Lighthouse (package.json; the site
# ships no npm code). The overrides there pin two packages that one of Lighthouse's asks for as
# "latest": without them `npm ci` refuses the lock file as soon as either publishes a new version.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

# Playwright driving Debian's Chromium (/usr/bin/chromium, never a downloaded browser) against
# a gunicorn on 127.0.0.1 serving the demo content from a database of its own
# (tests/browser/demo_server.py); screenshots land in tests/browser/screenshots/.
test-browser: compilemessages node_modules/.package-lock.json
	env -u SEARCH_URL $(BIN)/pytest tests/browser -n $(TEST_WORKERS) --dist load

# The load benchmark on PostgreSQL at target scale (tests/bench/README.md), then the search rows
# again on a real OpenSearch (.ci/opensearch/, left running: bash .ci/opensearch/stop.sh stops
# it); about 20 minutes. A quick look: make bench BENCH_ARGS="--scale 0.02 --duration 3"
bench: compilemessages
	bash .ci/opensearch/start.sh
	$(BIN)/python tests/bench/run.py $(BENCH_ARGS)

# Lighthouse (mobile) on every page type, in English and Spanish, production-like
# (tests/bench/lighthouse.py): performance, accessibility, best practices and SEO; fails when a
# page's best practices or SEO is below 100. On `make run`'s demo database unless DATABASE_URL
# names another. About 10 minutes.
lighthouse: compilemessages node_modules/.package-lock.json
	$(BIN)/python tests/bench/lighthouse.py $(LIGHTHOUSE_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

clean:
	rm -rf $(VENV) staticfiles media db.sqlite3 db.sqlite3-wal db.sqlite3-shm
	find locale -name '*.mo' -delete

# The database (pg_dump, or a copy of the SQLite file) and every file under MEDIA_ROOT, into
# BACKUP_DIR/<UTC date-time>/ (website/backups.py). `make restore BACKUP=<name or path>` puts
# one back, after asking.
backup: install
	$(MANAGE) backup

restore: install
	@if [ -z "$(BACKUP)" ]; then \
		echo "Name the backup: make restore BACKUP=<name under BACKUP_DIR, or a path>"; \
		ls "$${BACKUP_DIR:-backups}" 2>/dev/null || true; \
		exit 2; \
	fi
	$(MANAGE) restore "$(BACKUP)"

# Mixed traffic for 60 s at 32 connections on a seeded PostgreSQL database of its own
# (tests/reliability/load.py; the 8-second form is part of `make test`). A shorter look:
# make load LOAD_ARGS="--duration 20"
load: compilemessages
	$(BIN)/python tests/reliability/load.py $(LOAD_ARGS)
