"""The load test's server settings: the benchmark's (tests/bench/settings.py: production-like,
hashed static files, DEBUG off) with the site's own abuse limits on search and autocomplete,
which the benchmark lifts so that wrk measures pages. The load test is where those limits are
checked, so it runs with them as production does."""

from tests.bench.settings import *  # noqa: F403
from website.settings import base as site

SEARCH_RATE_LIMIT = site.SEARCH_RATE_LIMIT
AUTOCOMPLETE_RATE_LIMIT = site.AUTOCOMPLETE_RATE_LIMIT
