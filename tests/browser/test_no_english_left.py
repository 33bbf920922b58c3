"""No English, and no other variety or register, reaches a reader of the Spanish, French or
Portuguese site: every page type, the account pages (signed out and signed in), the feeds, the
calendars and the e-mails, read on the demo site as they are served.

A leak is a piece of text that is exactly one of the interface's English strings — the project's
catalogue and its versions of the third-party strings it shows (locale/third_party/) — where that
language's catalogue says something else. Text marked with another language (`lang="en"`: a
landscape not yet translated, a language's own name in the switcher) is not a leak; it says
what it is. Then each language's own checks: Portuguese is Brazilian, Spanish says "tú"."""

import email
import email.policy
import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest

from tests.browser.test_accessibility import PAGE_TYPES, address_in
from tests.browser.test_partnership_journeys import PASSWORD

pytestmark = pytest.mark.browser

LOCALE = Path(__file__).resolve().parents[2] / "locale"
LANGUAGES = ["es", "fr", "pt"]

# Texts that are the same in English and in a language's catalogue are never leaks (Menu,
# Social). These are English strings the catalogue translates but that a page may rightly show
# as they are, kept small:
ALLOWED = {
    # Language names in their own language: the switcher shows "English" on every site.
    "English",
    # schema.org's fixed values are data (JSON-LD), never text; they are listed for safety only.
    "Online",
}

# European Portuguese that a Brazilian reader would stumble on (the catalogues of allauth,
# Django and django-countries load as pt_PT for "pt" unless the site's own say otherwise).
EUROPEAN_PORTUGUESE = re.compile(
    r"\b(palavra-passe|utilizador|utilizadores|registo|registar|enviámos|ficheiro|ecrã|"
    r"Quénia|Irão|Vietname|Moscovo|Polónia|Roménia|Arménia|Eslovénia|telemóvel|equipa|"
    r"Janeiro|Fevereiro|Março|Abril|Maio|Junho|Julho|Agosto|Setembro|Outubro|Novembro|"
    r"Dezembro)\b"
)
# The formal Spanish "usted" in the site's voice: imperatives and possessives addressed to the
# reader. Third-person "su" (its, their) is everywhere in good Spanish text, so only forms that
# can only be addressed to the reader are listed.
USTED = re.compile(
    r"\b(usted|Introduzca|introduzca|Ingrese|ingrese|Asegúrese|asegúrese|Compruebe|"
    r"compruebe|Confirme|confirme|Espere|espere|Vuelva a intentarlo|vuelva a intentarlo|"
    r"Inicie sesión|inicie sesión|Haga clic|haga clic|Escriba|Elija|Suba|Busque|Revise|"
    r"Pruebe|Regístrese|su contraseña|su cuenta|su correo|su dirección de correo|"
    r"vete a|Por favor, confirme|ha olvidado)\b"
)

PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
SKIPPED_ELEMENTS = {"script", "style", "template", "code", "pre"}
READ_ATTRIBUTES = {"title", "aria-label", "placeholder", "alt"}


def english_strings(language):
    """[(pattern, English text)]: each interface string the language translates differently,
    as a pattern that matches a whole piece of text (placeholders match anything)."""
    strings = {}
    for path in (LOCALE / language, LOCALE / "third_party" / language):
        for entry in polib.pofile(str(path / "LC_MESSAGES" / "django.po")):
            if entry.obsolete or not entry.translated() or entry.msgid_plural:
                continue
            english = " ".join(entry.msgid.split())
            if (
                english in ALLOWED
                or english == " ".join(entry.msgstr.split())
                or "<" in english
                or len(PLACEHOLDER.sub("", english).strip(" .,:;…")) < 2
            ):
                continue
            pattern = ".+?".join(re.escape(part) for part in PLACEHOLDER.split(english))
            strings[english] = re.compile(pattern)
    return [(pattern, english) for english, pattern in strings.items()]


class TextReader(HTMLParser):
    """The text a reader meets: text nodes and the attributes read aloud or shown on hover,
    each whitespace-collapsed, leaving out scripts and what is marked as another language."""

    def __init__(self, language):
        super().__init__(convert_charrefs=True)
        self.language = language
        self.stack = []  # (tag, skipped)
        self.texts = []

    def _skipped(self):
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        lang = (attributes.get("lang") or "").split("-")[0]
        skipped = (
            self._skipped() or tag in SKIPPED_ELEMENTS or (bool(lang) and lang != self.language)
        )
        if tag not in ("br", "img", "input", "meta", "link", "hr", "source", "wbr"):
            self.stack.append((tag, skipped))
        if skipped:
            return
        for name in READ_ATTRIBUTES:
            if attributes.get(name):
                self.texts.append(" ".join(attributes[name].split()))
        if tag == "meta" and attributes.get("name") == "description":
            self.texts.append(" ".join((attributes.get("content") or "").split()))
        if tag == "input" and attributes.get("type") in ("submit", "button"):
            self.texts.append(" ".join((attributes.get("value") or "").split()))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        text = " ".join(data.split())
        if text and not self._skipped():
            self.texts.append(text)


def texts_of(document, language):
    reader = TextReader(language)
    reader.feed(document)
    return reader.texts


def calendar_texts(document):
    """The values of an iCalendar's text lines (continuation lines unfolded)."""
    unfolded = re.sub(r"\r?\n[ \t]", "", document)
    texts = []
    for line in unfolded.splitlines():
        name, _colon, value = line.partition(":")
        if name.split(";")[0] in ("SUMMARY", "DESCRIPTION", "LOCATION", "X-WR-CALNAME"):
            texts.append(" ".join(value.replace("\\n", " ").replace("\\", "").split()))
    return texts


def leaks(texts, strings):
    found = set()
    for text in texts:
        for pattern, english in strings:
            if pattern.fullmatch(text):
                found.add(english)
    return found


def variety_problems(texts, language):
    """Words of the other variety or register in the texts."""
    check = {"pt": EUROPEAN_PORTUGUESE, "es": USTED}.get(language)
    if check is None:
        return set()
    return {match.group(0) for text in texts for match in check.finditer(text)}


@pytest.fixture(scope="module")
def strings():
    return {language: english_strings(language) for language in LANGUAGES}


def test_the_check_finds_english_where_it_is(strings, demo_site, visitor):
    """The English site is made of these strings: the check would see them on a Spanish page."""
    page = visitor()
    response = page.request.get("/en/landscapes/")
    assert len(leaks(texts_of(response.text(), "en"), strings["es"])) > 10


def public_addresses(page, language):
    """Each page type's address in `language`, and the feeds and calendars of its sections."""
    addresses = []
    for english in PAGE_TYPES.values():
        page.goto(english)
        addresses.append(address_in(page, language))
    for english in ("/en/learning/", "/en/stories/"):
        page.goto(english)
        addresses.append(address_in(page, language).rstrip("/") + "/feed/")
    addresses.append(f"/{language}/learning/sessions.ics")
    course = PAGE_TYPES["course"]
    page.goto(course)
    addresses.append(address_in(page, language).rstrip("/") + "/sessions.ics")
    addresses += [
        f"/{language}/accounts/password/reset/",
        f"/{language}/accounts/password/reset/done/",
    ]
    return addresses


def read(page, address, language):
    response = page.request.get(address)
    assert response.status in (200, 404), (address, response.status)
    body = response.text()
    if address.endswith(".ics"):
        return calendar_texts(body)
    return texts_of(body, language)


def mail_texts(message_text):
    """Subject, sender and body of a raw e-mail, decoded."""
    message = email.message_from_string(message_text, policy=email.policy.default)
    body = message.get_body(preferencelist=("plain",)).get_content()
    texts = [" ".join(str(message["Subject"]).split()), str(message["From"])]
    texts += [" ".join(line.split()) for line in body.splitlines() if line.strip()]
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_account_page_feed_calendar_and_email_is_in_the_language(
    language, strings, demo_site, visitor
):
    page = visitor()
    found = {}
    variety = {}

    def check(address, texts):
        if leaked := leaks(texts, strings[language]):
            found[address] = sorted(leaked)
        if wrong := variety_problems(texts, language):
            variety[address] = sorted(wrong)

    for address in public_addresses(page, language):
        check(address, read(page, address, language))

    # Signing up: the form, the e-mail it sends, and the account pages of a signed-in person.
    address = f"{language}-reader@example.org"
    page.goto(f"/{language}/accounts/signup/")
    form = page.locator("form").filter(has=page.locator("input[name=password2]"))
    form.locator("input[name=purpose][value=follow]").check()
    form.locator("input[name=email]").fill(address)
    form.locator("input[name=password1]").fill("short")
    form.locator("input[name=password2]").fill("different")
    form.locator("[type=submit]").click()
    page.locator(".form-field__error").first.wait_for()  # the answer, read once it has loaded
    page.wait_for_load_state()
    check("sign-up with errors", texts_of(page.content(), language))
    form.locator("input[name=password1]").fill(PASSWORD)
    form.locator("input[name=password2]").fill(PASSWORD)
    form.locator("[type=submit]").click()
    page.wait_for_url(re.compile(rf"/{language}/accounts/confirm-email/$"))
    check("confirm-email sent", texts_of(page.content(), language))

    sent = [text for text in demo_site.sent_mail() if f"To: {address}" in text]
    assert sent, f"no e-mail was sent to {address}"
    confirmation = mail_texts(sent[-1])
    check("confirmation e-mail", confirmation)
    site_name = {"es": "Mil Paisajes", "fr": "Mille Paysages", "pt": "Mil Paisagens"}[language]
    subject, sender = confirmation[:2]
    assert subject.startswith(f"[{site_name}] "), subject
    assert sender.startswith(f"{site_name} <"), sender
    assert any(site_name in line for line in confirmation[2:]), confirmation
    assert not any("127.0.0.1" in line for line in confirmation[2:3]), confirmation

    pattern = re.compile(rf"https?://\S+/{language}/accounts/confirm-email/\S+")
    link = next(match.group(0) for line in confirmation if (match := pattern.search(line)))
    page.goto(link)
    check("confirm-email", texts_of(page.content(), language))
    page.locator("main form [type=submit]").click()
    page.wait_for_load_state()
    for account_page in ("email/", "password/change/", "logout/"):
        address_of = f"/{language}/accounts/{account_page}"
        check(address_of, read(page, address_of, language))

    assert not found, f"English in the {language} site: {found}"
    assert not variety, f"the wrong variety or register in the {language} site: {variety}"
