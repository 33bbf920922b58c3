"""A contact message from the visitor who writes it to the editor who handles it, in a real
Chromium against the demo site (tests/browser/demo_server.py): a visitor writes to a landscape
from its Spanish page on a phone; an editor finds the message in the admin's list (an excerpt,
"To handle"), opens it to read (not an edit form), with the sender, the profile, the language
and the text, a reply link, and marks it handled; the list then says so."""

import re

import pytest

from tests.browser.conftest import DESKTOP, MOBILE
from tests.browser.test_accessibility import axe_violations
from tests.browser.test_partnership_journeys import (
    EDITOR,
    expect,
    sign_in_to_admin,
    staff,  # noqa: F401 (a fixture: the demo site's editor and moderator)
    watch,
)

pytestmark = pytest.mark.browser

LANDSCAPE_ES = "/es/landscapes/lake-titicaca-altiplano/"
WORDS = "Hola: somos una cooperativa de Puno. ¿Podemos visitar los bofedales en mayo?"


def test_an_editor_reads_a_visitors_message_and_marks_it_handled(
    visitor,
    demo_site,
    staff,  # noqa: F811 (the fixture imported above)
    screenshot,
):
    phone = visitor(MOBILE)
    phone.goto(LANDSCAPE_ES)
    contact = phone.locator("#contact")
    contact.get_by_label("Tu nombre").fill("Lucía Mamani")
    contact.get_by_label("Tu dirección de correo electrónico").fill("lucia@example.org")
    contact.get_by_label("Mensaje").fill(WORDS)
    contact.get_by_role("button", name="Enviar mensaje").click()
    expect()(phone).to_have_url(re.compile(r"\?contact=sent#contact$"))

    editor = visitor(DESKTOP)
    problems = watch(editor)
    sign_in_to_admin(editor, EDITOR)
    editor.get_by_role("link", name="Contact messages").click()
    row = editor.get_by_role("row").filter(has_text="Lucía Mamani")
    expect()(row).to_contain_text("¿Podemos visitar los bofedales en mayo?")
    expect()(row).to_contain_text("To handle")
    screenshot(editor, "list")

    row.get_by_role("link", name="Lucía Mamani").click()
    expect()(editor.get_by_role("heading", level=1)).to_contain_text("Contact message")
    details = editor.locator("dl.contact-message")
    expect()(details).to_contain_text("lucia@example.org")
    expect()(details).to_contain_text("Lake Titicaca")
    expect()(details).to_contain_text("Spanish")
    expect()(details.locator("blockquote[lang=es]")).to_have_text(WORDS)
    reply = editor.get_by_role("link", name="Reply by e-mail")
    assert re.match(r"mailto:lucia@example\.org\?subject=", reply.get_attribute("href"))
    assert axe_violations(editor) == []
    screenshot(editor, "message")

    editor.get_by_role("button", name="Mark as handled").click()
    expect()(editor.locator(".messages")).to_contain_text("The message is marked as handled.")
    expect()(details).to_contain_text(f"Handled by {EDITOR}")
    expect()(editor.get_by_role("button", name="Mark as waiting again")).to_be_visible()

    editor.get_by_role("link", name="Contact messages").click()
    expect()(editor.get_by_role("row").filter(has_text="Lucía Mamani")).to_contain_text("Handled")
    assert not problems, problems
