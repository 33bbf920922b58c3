"""Counting the queries a page runs, for the tests that pin them."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_for(client, url):
    """How many queries a second request for `url` runs (the first warms Wagtail's and the
    taxonomy caches), after checking that it answers 200."""
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)
