"""`__among` finds what `__in` finds, on a page's own id and through a foreign key, and sends a
long list as one parameter on PostgreSQL (website/lookups.py)."""

import pytest
from django.db import connection
from wagtail.models import Locale, Page

pytestmark = pytest.mark.django_db


def test_among_finds_what_in_finds(homes):
    ids = sorted(page.pk for page in homes.values())
    wanted = [ids[0], ids[-1], 10**9]  # and an id no page has

    among = sorted(Page.objects.filter(pk__among=wanted).values_list("pk", flat=True))
    assert among == sorted(Page.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    assert among == [ids[0], ids[-1]]

    english = Locale.objects.get(language_code="en").pk
    through_a_key = Page.objects.filter(locale__among={english}, pk__among=set(ids))
    assert list(through_a_key.values_list("pk", flat=True)) == [homes["en"].pk]


def test_among_nothing_finds_nothing(homes):
    assert list(Page.objects.filter(pk__among=[])) == []


def test_a_long_list_is_one_parameter_on_postgresql(homes):
    thousand = list(range(1, 1001))
    pages = Page.objects.filter(pk__among=thousand).values_list("pk", flat=True)

    assert set(pages) == set(Page.objects.filter(pk__in=thousand).values_list("pk", flat=True))
    sql, params = pages.query.sql_with_params()
    if connection.vendor == "postgresql":
        assert '"wagtailcore_page"."id" = ANY(%s)' in sql
        assert params == (thousand,)
    else:
        assert len(params) == 1000
