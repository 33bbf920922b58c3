"""The Content-Security-Policy in a real browser (website/security.py): an editor signs in to the
Wagtail admin with a password and works in the dashboard, the page explorer, a page's edit form
(a StreamField block and an inline panel added, which need the admin's scripts, inline ones
included) and the image library, and Chromium reports no violation of the policy; public pages
(home, a landscape with its map, on tiles from another host that the site settings name) report
none either, for a visitor and for the signed-in editor with Wagtail's user bar."""

from io import BytesIO

import pytest
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from network.factories import make_directory_site, make_landscape
from website.models import SiteSettings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

EDITOR = "editor"
PASSWORD = "a-long-editor-password-93"


@pytest.fixture
def site(live_server):
    """The directory in every language, a landscape on it, an image in the library, an editor
    who signs in with a password, and map tiles from a host other than the site's own."""
    sites = make_directory_site()
    landscape = make_landscape(sites["en"]["landscapes"], title="Kenya Highlands")
    get_user_model().objects.create_superuser(EDITOR, "editor@example.org", PASSWORD)
    buffer = BytesIO()
    PillowImage.new("RGB", (64, 48), "#8bc34a").save(buffer, "PNG")
    get_image_model().objects.create(
        title="Green field", file=ImageFile(BytesIO(buffer.getvalue()), name="green.png")
    )
    # "localhost" is another origin than the live server's 127.0.0.1, though the same server.
    port = live_server.url.rsplit(":", 1)[1]
    site_settings = SiteSettings.for_site(sites["en"]["home"].get_site())
    site_settings.map_tile_url = f"http://localhost:{port}/tiles/{{z}}/{{x}}/{{y}}.png"
    site_settings.save()
    return {"landscape": landscape, "landscapes": sites["en"]["landscapes"]}


def record_violations(page):
    """What Chromium says in the console about the policy, and script errors, as they come."""
    problems = []
    page.on(
        "console",
        lambda message: (
            problems.append(f"console: {message.text}")
            if "Content Security Policy" in message.text or "Permissions-Policy" in message.text
            else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    return problems


def sign_in(page, base_url, username=EDITOR, password=PASSWORD):
    """Sign in to the Wagtail admin (other browser tests use it with their own accounts)."""
    from playwright.sync_api import expect

    page.goto(f"{base_url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{base_url}/admin/")


def test_the_admin_works_under_the_policy(page, base_url, site, screenshot):
    from playwright.sync_api import expect

    problems = record_violations(page)
    sign_in(page, base_url)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    # The sidebar is Wagtail's own script (a React app): it collapses and expands.
    toggle = page.get_by_role("button", name="Toggle sidebar")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    screenshot(page, "dashboard")

    page.goto(f"{base_url}/admin/pages/{site['landscapes'].id}/")
    expect(page.get_by_role("link", name="Kenya Highlands", exact=True)).to_be_visible()
    screenshot(page, "explorer")

    page.goto(f"{base_url}/admin/pages/{site['landscape'].id}/edit/")
    expect(page.get_by_role("textbox", name="Landscape name*")).to_have_value("Kenya Highlands")
    # A StreamField block is added by Wagtail's scripts (telepath, the block chooser).
    description = page.locator("[data-contentpath=description]")
    description.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Quote").click()
    expect(description.locator("input[name='description-0-type']")).to_have_value("quote")
    # An InlinePanel starts from an inline <script> in the form: "Add" works only if it ran.
    partners = page.locator("#id_partners-FORMS")
    expect(partners.locator(":scope > [id^=inline_child_partners]")).to_have_count(0)
    page.get_by_role("button", name="Add Partner organisations").click()
    expect(partners.locator(":scope > [id^=inline_child_partners]")).to_have_count(1)
    screenshot(page, "edit-form")

    page.goto(f"{base_url}/admin/images/")
    expect(page.get_by_text("Green field")).to_be_visible()
    thumbnail = page.locator("img[src*='green']").first
    expect(thumbnail).to_be_visible()
    assert thumbnail.evaluate("image => image.naturalWidth") > 0
    screenshot(page, "images")

    assert problems == []


def test_public_pages_report_no_violation(page, new_page, base_url, site, screenshot):
    from playwright.sync_api import expect

    tiles = []
    page.on("request", lambda request: tiles.append(request.url) if "/tiles/" in request.url else 0)
    problems = record_violations(page)

    page.goto(f"{base_url}/en/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    landscape = site["landscape"]
    page.goto(f"{base_url}{landscape.url}")
    expect(page.locator(".map.map--ready").first).to_be_visible()
    screenshot(page, "landscape")
    # The tiles were requested from the other host: the policy let them through.
    assert any(url.startswith("http://localhost:") for url in tiles), tiles
    page.goto(f"{base_url}{site['landscapes'].url}")
    expect(page.locator(".map.map--ready").first).to_be_visible()
    assert problems == []

    # The editor signed in sees the same pages with Wagtail's user bar, also under the policy.
    editor = new_page()
    editor_problems = record_violations(editor)
    sign_in(editor, base_url)
    editor.goto(f"{base_url}{landscape.url}")
    expect(editor.locator("wagtail-userbar")).to_be_attached()
    expect(editor.locator(".map.map--ready").first).to_be_visible()
    screenshot(editor, "landscape-with-userbar")
    assert editor_problems == []
