# Thousand Landscapes: `make run` to see the site, `make test` to test it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
LANGS := es fr pt
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help install messages compilemessages migrate demo run test bench lint format check clean

help:
	@echo "make run       set up everything (venv, dependencies, database, demo content) and serve on http://$(HOST):$(PORT)/"
	@echo "make test      run the whole test suite (SQLite, or PostgreSQL when DATABASE_URL is set;"
	@echo "               and the search suite against the engine at SEARCH_URL when it is set)"
	@echo "make bench     seed PostgreSQL at target scale and measure every page with wrk (tests/bench/)"
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

# The whole suite on the database's search; then, when SEARCH_URL names an engine (CI starts a
# real OpenSearch), the search suite again against that engine.
test: compilemessages
	env -u SEARCH_URL $(BIN)/pytest
	@if [ -n "$$SEARCH_URL" ]; then \
		echo "==> the search suite again, against the engine at $$SEARCH_URL"; \
		$(BIN)/pytest tests/search; \
	fi

# The load benchmark on PostgreSQL at target scale (tests/bench/README.md); about 15 minutes.
# A quick look: make bench BENCH_ARGS="--scale 0.02 --duration 3"
bench: compilemessages
	$(BIN)/python tests/bench/run.py $(BENCH_ARGS)

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
	rm -rf $(VENV) staticfiles media db.sqlite3
	find locale -name '*.mo' -delete
