"""Large public data is gzipped once and the same bytes served again until the data changes
(website/compression.py): the map's GeoJSON of every landscape, a megabyte at target scale."""

import gzip
import json

import pytest

from network.factories import make_landscape
from website import compression
from website.kept_in_process import KeptInProcess

pytestmark = pytest.mark.django_db

URL = "/api/landscapes.geojson"
GZIP = {"Accept-Encoding": "gzip, deflate, br"}


@pytest.fixture
def landscapes(directory_site):
    return [
        make_landscape(directory_site["en"]["landscapes"], title=f"Landscape {n}")
        for n in range(12)
    ]


@pytest.fixture
def kept_from_4_kb(monkeypatch):
    """Answers from 4 KB on are kept (a dozen landscapes, not the thousand of a real map), in a
    store of the test's own."""
    monkeypatch.setattr(compression, "KEPT_FROM_BYTES", 4 * 1024)
    monkeypatch.setattr(compression, "compressed_answers", KeptInProcess(2**20))


def names(body):
    return sorted(feature["properties"]["name"] for feature in json.loads(body)["features"])


def test_large_geojson_is_compressed_once_and_served_again_until_it_changes(
    client, directory_site, landscapes, kept_from_4_kb
):
    plain = client.get(URL)
    assert len(plain.content) > 4 * 1024

    first = client.get(URL, headers=GZIP)
    second = client.get(URL, headers=GZIP)
    assert first["Content-Encoding"] == second["Content-Encoding"] == "gzip"
    # The very same bytes: compressed afresh, their random padding would differ.
    assert second.content == first.content
    assert json.loads(gzip.decompress(second.content)) == json.loads(plain.content)
    assert second["Content-Length"] == str(len(second.content))
    assert "Accept-Encoding" in second["Vary"]
    # Its ETag is weak, as for any gzipped answer, and a browser holding it gets a 304.
    assert second["ETag"].startswith('W/"')
    again = client.get(URL, headers={**GZIP, "If-None-Match": second["ETag"]})
    assert again.status_code == 304

    # New data: a new compressed answer, with the new landscape in it.
    added = make_landscape(directory_site["en"]["landscapes"], title="Landscape new")
    added.save_revision().publish()
    changed = client.get(URL, headers=GZIP)
    assert changed.content != second.content
    assert names(gzip.decompress(changed.content)) == names(client.get(URL).content)
    assert "Landscape new" in names(gzip.decompress(changed.content))


def test_smaller_answers_are_compressed_for_each_request(client, directory_site, kept_from_4_kb):
    """Under the size kept, an answer is padded anew every time (Heal The Breach), as before."""
    make_landscape(directory_site["en"]["landscapes"], title="The only landscape")
    assert 200 < len(client.get(URL).content) < 4 * 1024
    answers = [client.get(URL, headers=GZIP) for _ in range(6)]
    assert {answer["Content-Encoding"] for answer in answers} == {"gzip"}
    assert len({answer.content for answer in answers}) > 1
