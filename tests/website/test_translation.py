"""The wagtail-localize workaround in website/translation.py."""

import pytest
from django.db import transaction

from website.factories import make_standard_page, translate_page

pytestmark = pytest.mark.django_db


def test_children_translated_in_the_same_transaction_as_their_parent_are_served(client, homes):
    with transaction.atomic():
        section = make_standard_page(homes["en"], title="Section", slug="section")
        child = make_standard_page(section, title="Child", slug="child")
        translate_page(section, "fr")
        translate_page(child, "fr")

    assert client.get("/fr/section-fr/").status_code == 200
    assert client.get("/fr/section-fr/child-fr/").status_code == 200


def test_a_translation_is_live_and_linked_to_its_source(homes):
    page = make_standard_page(homes["en"], title="About", slug="about")
    spanish = translate_page(page, "es", {"About": "Acerca de"})
    assert spanish.live
    assert spanish.title == "Acerca de"
    assert spanish.translation_key == page.translation_key
    assert spanish.get_parent().specific == homes["es"]
