"""Long lists of choices (countries, languages) as a searchable multi-select (website/widgets.py,
static/js/multi-select.js, Tom Select), in a real Chromium against the demo site:

1. In English at 1280 px, with the keyboard alone, an expert finds languages and countries at
   /my-profile/ by typing part of their names, picks them with the arrows and Enter, removes one
   with its Remove button and one with Backspace, and saves; the saved choices come back. Screen
   readers are told each choice added or removed; axe finds nothing, the list open or closed.
2. In Spanish at 375 px, everything the multi-select shows and says is Spanish, and it fits.
3. Without JavaScript the same field is the list of checkboxes, and it saves.
4. In the admin, an editor does the same on an expert's page and saves a draft.

No script error and no Content Security Policy violation on any page."""

import re

import pytest

from tests.browser.conftest import DESKTOP, MOBILE
from tests.browser.test_accessibility import AXE, WCAG_22_A_AA, axe_violations
from tests.browser.test_partnership_journeys import (
    EDITOR,
    expect,
    sign_in_to_admin,
    sign_up,
    staff,  # noqa: F401 (a fixture)
    status_message,
    watch,
)

pytestmark = pytest.mark.browser


def sign_up_as_expert(page, demo_site, language, email):
    """Sign up to share one's expertise and confirm the address: that leads to /my-profile/."""
    sign_up(page, demo_site, language, email, purpose="expert")


def field(page, name):
    """The multi-select of the checkboxes named `name`."""
    return page.locator(".multi-select--ready").filter(
        has=page.locator(f"input[type=checkbox][name={name}]")
    )


def chosen(page, name):
    """The values of the ticked checkboxes named `name`: what the form posts."""
    return page.eval_on_selector_all(
        f"input[type=checkbox][name={name}]:checked", "boxes => boxes.map(box => box.value)"
    )


def said(multi_select):
    """What the status region last told screen readers."""
    return multi_select.locator("[role=status]")


def pick(page, combobox, typed, name):
    """Type part of a name into the combobox, check that the option the arrows are on is
    `name` (moving down to it if needed), and pick it with Enter."""
    combobox.press_sequentially(typed)
    listbox = page.locator(f"#{combobox.get_attribute('aria-controls')}")
    expect()(listbox).to_be_visible()
    for _ in range(10):
        active = combobox.get_attribute("aria-activedescendant")
        if active and page.locator(f"#{active}").inner_text() == name:
            break
        page.keyboard.press("ArrowDown")
    else:
        pytest.fail(f"{name} is not among the matches of {typed!r}")
    expect()(page.locator(f"#{active}")).to_have_attribute("role", "option")
    page.keyboard.press("Enter")


def axe_on_the_multi_selects(page):
    """axe-core's WCAG 2.2 A/AA violations inside the multi-selects alone (for the admin, whose
    own pages are Wagtail's affair)."""
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        "(tags) => axe.run({include: [['.multi-select']]}, {runOnly: {type: 'tag', values: tags}})",
        WCAG_22_A_AA,
    )
    return [
        f"{violation['id']}: {violation['help']} at "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in result["violations"]
    ]


def test_an_expert_picks_and_removes_languages_and_countries_with_the_keyboard(
    visitor, demo_site, screenshot
):
    page = visitor(DESKTOP)
    problems = watch(page)
    sign_up_as_expert(page, demo_site, "en", "keyboard.expert@example.org")
    page.get_by_label("Your name").fill("Kofi Mensah")
    page.get_by_label("Headline").fill("Soil ecologist")

    # The checkboxes are there, hidden; the combobox stands in for them, named by the field.
    languages = field(page, "languages")
    expect()(languages.locator("input[type=checkbox]").first).to_be_hidden()
    combobox = page.get_by_role("combobox", name="Languages spoken")
    expect()(combobox).to_have_attribute("placeholder", "Type to search…")
    expect()(combobox).to_have_attribute("aria-expanded", "false")
    assert page.locator(f"#{combobox.get_attribute('aria-describedby')}").inner_text() == (
        "Nothing chosen yet"
    )

    # Into the field from the one before it with Tab, then the keyboard alone.
    page.locator("input[name=themes]").last.focus()
    page.keyboard.press("Tab")
    expect()(combobox).to_be_focused()
    # Reaching the field does not drop the list over the fields below; Down opens it, Escape
    # closes it again.
    expect()(combobox).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("ArrowDown")
    expect()(combobox).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Escape")
    expect()(combobox).to_have_attribute("aria-expanded", "false")
    pick(page, combobox, "portu", "Portuguese")
    expect()(said(languages)).to_have_text("Portuguese added")
    pick(page, combobox, "swa", "Swahili")
    pick(page, combobox, "span", "Spanish")
    # A choice made closes the list; typing opens it again, on the first match.
    expect()(combobox).to_have_attribute("aria-expanded", "false")
    expect()(combobox).to_have_value("")
    combobox.press_sequentially("fr")
    expect()(combobox).to_have_attribute("aria-expanded", "true")
    active = page.locator(f"#{combobox.get_attribute('aria-activedescendant')}")
    expect()(active).to_have_text("French")
    page.keyboard.press("ArrowDown")
    expect()(active).not_to_have_attribute("aria-selected", "true")
    assert axe_violations(page) == []  # the list of matches open
    screenshot(page, "languages-open-1280")
    page.keyboard.press("Escape")
    expect()(combobox).to_have_attribute("aria-expanded", "false")
    expect()(combobox).to_have_value("")
    assert chosen(page, "languages") == ["pt", "es", "sw"]  # in the checkboxes' order
    description = page.locator(f"#{combobox.get_attribute('aria-describedby')}")
    expect()(description).to_have_text(re.compile(r"^Chosen: Portuguese, Swahili,? and Spanish$"))

    # Backspace in the empty search box takes the last choice away.
    page.keyboard.press("Backspace")
    expect()(said(languages)).to_have_text("Spanish removed")
    assert chosen(page, "languages") == ["pt", "sw"]

    countries = page.get_by_role("combobox", name="Countries of experience")
    page.keyboard.press("Tab")
    expect()(countries).to_be_focused()
    pick(page, countries, "ken", "Kenya")
    pick(page, countries, "ghan", "Ghana")
    pick(page, countries, "peru", "Peru")
    assert chosen(page, "countries") == ["GH", "KE", "PE"]

    # Shift+Tab goes back through each choice's Remove button; Enter takes that one away and
    # the focus stays among the choices.
    page.keyboard.press("Shift+Tab")
    expect()(page.get_by_role("button", name="Remove Peru")).to_be_focused()
    page.keyboard.press("Shift+Tab")
    remove_ghana = page.get_by_role("button", name="Remove Ghana")
    expect()(remove_ghana).to_be_focused()
    screenshot(page, "remove-button-focused-1280")
    page.keyboard.press("Enter")
    expect()(said(field(page, "countries"))).to_have_text("Ghana removed")
    expect()(remove_ghana).to_have_count(0)
    expect()(page.get_by_role("button", name="Remove Peru")).to_be_focused()
    assert chosen(page, "countries") == ["KE", "PE"]
    assert axe_violations(page) == []
    screenshot(page, "profile-filled-1280")

    page.get_by_role("button", name="Save and send for review").click()
    expect()(page).to_have_url(re.compile(r"/en/my-profile/$"))
    expect()(status_message(page)).to_contain_text("sent for review")
    # The saved choices come back, as choices and as ticked checkboxes.
    for name in ("Portuguese", "Swahili", "Kenya", "Peru"):
        expect()(page.get_by_role("button", name=f"Remove {name}")).to_be_visible()
    expect()(page.locator(".multi-select__remove")).to_have_count(4)
    description = page.locator(f"#{combobox.get_attribute('aria-describedby')}")
    expect()(description).to_have_text("Chosen: Portuguese and Swahili")
    assert chosen(page, "languages") == ["pt", "sw"]
    assert chosen(page, "countries") == ["KE", "PE"]
    assert problems == []


def test_in_spanish_on_a_phone_it_speaks_spanish_and_fits(visitor, demo_site, screenshot):
    page = visitor(MOBILE)
    problems = watch(page)
    sign_up_as_expert(page, demo_site, "es", "experta.movil@example.org")
    countries = page.get_by_role("combobox", name="Países de experiencia")
    expect()(countries).to_have_attribute("placeholder", "Escribe para buscar…")
    description = page.locator(f"#{countries.get_attribute('aria-describedby')}")
    expect()(description).to_have_text("Aún no has elegido nada")

    # A tap on the search box opens the list; a second tap closes it.
    countries.click()
    expect()(countries).to_have_attribute("aria-expanded", "true")
    listbox = page.locator(f"#{countries.get_attribute('aria-controls')}")
    expect()(listbox.get_by_role("option", name="Perú")).to_be_attached()
    countries.click()
    expect()(countries).to_have_attribute("aria-expanded", "false")
    countries.press_sequentially("xqz")
    expect()(listbox).to_have_text("Sin resultados")
    countries.fill("")
    pick(page, countries, "peru", "Perú")  # accents need not be typed
    multi_select = field(page, "countries")
    expect()(said(multi_select)).to_have_text("Se añadió Perú")
    pick(page, countries, "alem", "Alemania")
    expect()(description).to_have_text("Tu selección: Perú y Alemania")
    remove = page.get_by_role("button", name="Quitar Perú")
    expect()(remove).to_have_attribute("title", "Quitar Perú")
    box = remove.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24, box  # WCAG 2.2's minimum target
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= MOBILE["width"]
    multi_select.scroll_into_view_if_needed()
    screenshot(page, "countries-es-375")
    remove.focus()
    page.keyboard.press("Enter")
    expect()(said(multi_select)).to_have_text("Se quitó Perú")
    assert chosen(page, "countries") == ["DE"]
    assert problems == []


def test_without_javascript_the_checkboxes_do_the_same(visitor, demo_site):
    page = visitor(MOBILE, javascript=False)
    sign_up_as_expert(page, demo_site, "en", "no.script.expert@example.org")
    page.get_by_label("Your name").fill("Ama Owusu")
    page.get_by_label("Headline").fill("Agroforester")
    expect()(page.get_by_role("combobox", name="Languages spoken")).to_have_count(0)
    page.get_by_role("checkbox", name="Quechua", exact=True).check()
    page.get_by_role("checkbox", name="Bolivia", exact=True).check()
    page.get_by_role("button", name="Save and send for review").click()
    expect()(status_message(page)).to_contain_text("sent for review")
    expect()(page.get_by_role("checkbox", name="Quechua", exact=True)).to_be_checked()
    expect()(page.get_by_role("checkbox", name="Bolivia", exact=True)).to_be_checked()
    expect()(page.locator("input[name=languages]:checked")).to_have_count(1)


def test_an_editor_picks_languages_in_the_admin(visitor, demo_site, staff, screenshot):  # noqa: F811
    admin = visitor(DESKTOP)
    problems = watch(admin)
    sign_in_to_admin(admin, EDITOR)
    admin.goto("/admin/pages/search/?q=Abebe+Tesfaye")
    # The English page: in its translations, the languages are the source page's (fixed).
    row = admin.locator("tbody tr").filter(has_text="English")
    row.get_by_role("link", name="Abebe Tesfaye").first.click()
    expect()(admin).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    edit_url = admin.url

    languages = admin.get_by_role("combobox", name="Languages spoken")
    multi_select = field(admin, "languages")
    expect()(languages).to_be_visible()  # the page is whole, its script has run
    before = chosen(admin, "languages")
    assert before and "wo" not in before
    languages.focus()
    languages.press_sequentially("wol")
    expect()(admin.locator(f"#{languages.get_attribute('aria-activedescendant')}")).to_have_text(
        "Wolof"
    )
    assert axe_on_the_multi_selects(admin) == []  # the list of matches open
    screenshot(admin, "admin-languages-open")
    admin.keyboard.press("Enter")
    expect()(said(multi_select)).to_have_text("Wolof added")
    first = multi_select.locator(".item").first
    name = first.evaluate("item => item.firstChild.textContent")
    admin.keyboard.press("Shift+Tab")  # the last choice's Remove button: Wolof's
    expect()(admin.get_by_role("button", name="Remove Wolof")).to_be_focused()
    first.get_by_role("button").focus()
    admin.keyboard.press("Enter")
    expect()(said(multi_select)).to_have_text(f"{name} removed")
    after = chosen(admin, "languages")
    assert "wo" in after and len(after) == len(before)
    assert axe_on_the_multi_selects(admin) == []
    screenshot(admin, "admin-languages-chosen")

    admin.get_by_role("button", name="Save draft").click()
    expect()(admin).to_have_url(edit_url)
    expect()(admin.locator(".messages")).to_contain_text("Abebe Tesfaye")
    # The widget is drawn once the whole form is there: only then is the form read.
    expect()(admin.get_by_role("button", name="Remove Wolof")).to_be_visible()
    assert chosen(admin, "languages") == after
    assert problems == []
