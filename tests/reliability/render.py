"""Render pages of the site in the database that DATABASE_URL names, with Django's test
client, in a process of its own: `python -m tests.reliability.render URL…` prints
{URL: {"status": …, "body": …}} as JSON.

Two sites (a backup's source and its restored copy) rendered by the same code under the same
settings give the same bytes, but for what is made afresh for each request: the CSRF token of
a form and the nonce of the Content-Security-Policy. `normalise` blanks those two."""

import json
import os
import re
import sys

PER_REQUEST = [
    (re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")'), r"\1…\2"),
    (re.compile(r'(nonce=")[^"]*(")'), r"\1…\2"),
]


def normalise(html):
    for pattern, replacement in PER_REQUEST:
        html = pattern.sub(replacement, html)
    return html


def render(urls):
    from django.test import Client

    client = Client()
    pages = {}
    for url in urls:
        response = client.get(url)
        body = b"".join(response) if response.streaming else response.content
        pages[url] = {"status": response.status_code, "body": normalise(body.decode())}
    return pages


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.reliability.settings")
    import django

    django.setup()
    json.dump(render(sys.argv[1:]), sys.stdout)


if __name__ == "__main__":
    main()
