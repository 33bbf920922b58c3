"""Demo content for the action network, for `make run`: the landscape, organisation and expert
directories with their profiles, translated into every demo language through wagtail-localize,
and the directories in the main navigation. Idempotent: what exists already is left as it is;
only what is missing is created or translated.

The content is data, in the JSON files beside this module, which it reads when imported:
- `index-pages.json`: the three directories' titles, slugs and introductions;
- `organisations/`, `landscapes/`, `experts/`: one file per organisation, landscape and expert
  profile, loaded in the order of the files' names (the number they start with). The first
  seven organisations are the initiative's founding partners, real organisations described
  briefly and neutrally; the others are fictional, one or more of every type. Two landscapes'
  profiles came from Terraso: their `terraso_id` there, and the `terraso_terms` Terraso has that
  this site's taxonomy has not (kept as Terraso named them, in English and Spanish);
- `teams.json`: the teams of two landscapes (network/teams.py), by landscape slug: each member's
  expert slug, role and whether they are listed on the page. Each person's demo account is
  their expert profile's address and keeps that profile; demo accounts have no password: give
  one with `manage.py changepassword <e-mail>` to try the workspace;
- `spanish-only-landscape.json`: a landscape its coordinator wrote in Spanish, not translated
  yet, which shows in every language's directory in Spanish (its texts are plain strings).

Each translated text is an object with its English source and its translations next to it,
`{"en": ..., "es": ..., "fr": ..., "pt": ...}`, so that none can be missed or drift apart; the
English goes into the page, the translations into the translation memory `TRANSLATIONS` (one
dict per language, keyed by the English string as wagtail-localize extracts it: a title, a
plain-text field, one paragraph of rich text without its <p>). A list of texts (a
description, a biography) is a list of paragraphs. Names (of people, organisations and
landscapes) and slugs are the same in every language: the models synchronise them, so
wagtail-localize does not ask for them and they are plain strings.

Texts contain no "&", "<" or ">" and no line breaks: wagtail-localize escapes those in the
segments it extracts, and the escaped segment would no longer match its key in the memory.

What follows from the data is worked out here, not written in it: a landscape's `boundary` is
its corners, [longitude, latitude], counter-clockwise as RFC 7946 asks, and the ring is closed
here; an expert's `orcid` is the first fifteen digits of the iD (or "" for none), and the check
digit is added here; an expert's slug and demo address follow from their name. Profiles
confirmed more than a year ago (`confirmed_days_ago` > 365) show as possibly out of date."""

import datetime
from pathlib import Path

from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from network.models import (
    ExpertIndexPage,
    ExpertPage,
    LandscapeIndexPage,
    LandscapePage,
    LandscapePartner,
    OrganisationIndexPage,
    OrganisationPage,
)
from website.demo.helpers import (
    TranslationMemory,
    add_to_main_menu,
    drawn_image_description,
    home_page,
    other_locales,
    paragraphs,
    publish_child,
    read_json,
    read_json_files,
    translate_menu,
    translate_missing,
)
from website.demo.images import get_or_create_image
from website.models import EcosystemType, SustainableDevelopmentGoal, Theme

DATA = Path(__file__).resolve().parent


def polygon(corners):
    """A GeoJSON Polygon from its [longitude, latitude] corners, counter-clockwise as RFC 7946
    asks, with the ring closed by repeating the first corner."""
    ring = [list(position) for position in corners]
    return {"type": "Polygon", "coordinates": [[*ring, ring[0]]]}


def orcid(first_fifteen_digits):
    """A valid ORCID iD: the digits given plus their ISO 7064 MOD 11-2 check digit.

    The demo iDs start 0000-0000-, outside the blocks ORCID issues iDs from, so that none of
    them points at a real researcher."""
    digits = first_fifteen_digits.replace("-", "")
    total = 0
    for digit in digits:
        total = (total + int(digit)) * 2
    check = (12 - total % 11) % 11
    full = digits + ("X" if check == 10 else str(check))
    return "-".join(full[start : start + 4] for start in range(0, 16, 4))


def landscape(data):
    """A landscape's data as the pages are made from it: its boundary a closed polygon, its
    elements in the order of LandscapePage.ELEMENT_FIELDS, its partners and Terraso terms as
    tuples."""
    made = {**data, "boundary": polygon(data["boundary"])}
    if "elements" in data:
        made["elements"] = tuple(data["elements"][name] for name in LandscapePage.ELEMENT_FIELDS)
    if "partners" in data:
        made["partners"] = [
            (partner["organisation"], partner["role"], partner["since_year"])
            for partner in data["partners"]
        ]
    if "terraso_terms" in data:
        made["terraso_terms"] = [
            (term["type"], term["original"], term["eng"], term["spa"])
            for term in data["terraso_terms"]
        ]
    return made


def expert(data):
    """An expert's data, with the slug and demo address that follow from the name, the ORCID iD
    with its check digit and the links as (label, address) pairs."""
    slug = slugify(data["name"])
    return {
        "name": data["name"],
        "slug": slug,
        "contact_email": f"{slug.replace('-', '.')}@example.org",
        **data,
        "orcid": orcid(data["orcid"]) if data["orcid"] else "",
        "links": [(link["label"], link["url"]) for link in data["links"]],
    }


TRANSLATIONS = TranslationMemory()
INDEX_PAGES = TRANSLATIONS.english(read_json(DATA / "index-pages.json"))
# The landscapes' pictures are drawn for the demo, so their description says what they show.
IMAGE_DESCRIPTION = drawn_image_description(TRANSLATIONS)
ORGANISATIONS = TRANSLATIONS.english(read_json_files(DATA / "organisations"))
LANDSCAPES = [
    landscape(data) for data in TRANSLATIONS.english(read_json_files(DATA / "landscapes"))
]
EXPERTS = [expert(data) for data in TRANSLATIONS.english(read_json_files(DATA / "experts"))]
TEAMS = {
    slug: [(member["expert"], member["role"], member["shown_on_page"]) for member in members]
    for slug, members in read_json(DATA / "teams.json").items()
}
SPANISH_ONLY_LANDSCAPE = landscape(read_json(DATA / "spanish-only-landscape.json"))


class Taxonomy:
    """The English taxonomy rows, looked up once: pages refer to the source-language terms."""

    def __init__(self, locale):
        self.themes = {term.slug: term for term in Theme.objects.filter(locale=locale)}
        self.ecosystem_types = {
            term.slug: term for term in EcosystemType.objects.filter(locale=locale)
        }
        self.sdgs = {
            goal.number: goal for goal in SustainableDevelopmentGoal.objects.filter(locale=locale)
        }


def find_child(parent, model, slug):
    return model.objects.child_of(parent).filter(slug=slug).first()


def load_index_pages(home):
    """The three directories under the home page, in the order the main menu lists them."""
    indexes = []
    for model, data in (
        (LandscapeIndexPage, INDEX_PAGES["landscapes"]),
        (OrganisationIndexPage, INDEX_PAGES["organisations"]),
        (ExpertIndexPage, INDEX_PAGES["experts"]),
    ):
        index_page = model.objects.child_of(home).first() or publish_child(home, model(**data))
        indexes.append(index_page)
    return indexes


def load_organisations(index_page, taxonomy):
    organisations = {}
    for data in ORGANISATIONS:
        page = find_child(index_page, OrganisationPage, data["slug"])
        organisations[data["slug"]] = page or publish_child(
            index_page, new_organisation(data, taxonomy)
        )
    return organisations


def new_organisation(data, taxonomy):
    return OrganisationPage(
        title=data["title"],
        slug=data["slug"],
        organisation_type=data["type"],
        summary=data["summary"],
        description=paragraphs(data["description"]),
        countries=data["countries"],
        themes=[taxonomy.themes[slug] for slug in data["themes"]],
        website=data["website"],
        contact_email=data["contact_email"],
    )


def load_landscapes(index_page, taxonomy, organisations):
    landscapes = {}
    for data in LANDSCAPES:
        page = find_child(index_page, LandscapePage, data["slug"])
        landscapes[data["slug"]] = page or publish_child(
            index_page, new_landscape(data, taxonomy, organisations)
        )
    return landscapes


def new_landscape(data, taxonomy, organisations):
    page = LandscapePage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        description=[
            {"type": "paragraph", "id": f"{data['slug']}-p{number}", "value": f"<p>{text}</p>"}
            for number, text in enumerate(data["description"], 1)
        ],
        image=get_or_create_image(f"Landscape: {data['title']}"),
        image_description=IMAGE_DESCRIPTION,
        countries=data["countries"],
        region=data["region"],
        boundary=data["boundary"],  # its centre and area are worked out when the page is saved
        population=data["population"],
        area_types=data["area_types"],
        partnership_status=data["partnership_status"],
        partnership_year=data["partnership_year"],
        **dict(zip(LandscapePage.ELEMENT_FIELDS, data["elements"], strict=True)),
        **data["returns"],
        **data["zones"],
        **data["strategy"],
        themes=[taxonomy.themes[slug] for slug in data["themes"]],
        sdgs=[taxonomy.sdgs[number] for number in data["sdgs"]],
        ecosystem_types=[taxonomy.ecosystem_types[slug] for slug in data["ecosystem_types"]],
        support_sought=data["support_sought"],
        website=data["website"],
        contact_email=data["contact_email"],
        partners=[
            LandscapePartner(
                organisation=organisations[organisation], role=role, since_year=since_year
            )
            for organisation, role, since_year in data["partners"]
        ],
        terraso_id=data.get("terraso_id"),
        terraso_terms=[
            {"type": kind, "value": {"original": original, "eng": english, "spa": spanish}}
            for kind, original, english, spanish in data.get("terraso_terms", [])
        ],
        other_stakeholders="\n".join(data.get("other_stakeholders", [])),
    )
    page.tags.add(*data["tags"])
    return page


def load_experts(index_page, taxonomy, organisations, landscapes):
    experts = []
    for data in EXPERTS:
        page = find_child(index_page, ExpertPage, data["slug"])
        experts.append(
            page or publish_child(index_page, new_expert(data, taxonomy, organisations, landscapes))
        )
    return experts


def new_expert(data, taxonomy, organisations, landscapes):
    page = ExpertPage(
        title=data["name"],
        slug=data["slug"],
        headline=data["headline"],
        biography=paragraphs(data["biography"]),
        photo=get_or_create_image(f"Expert: {data['name']}") if data["photo"] else None,
        organisation=organisations[data["organisation"]],
        themes=[taxonomy.themes[slug] for slug in data["themes"]],
        languages=data["languages"],
        countries=data["countries"],
        regions=data["regions"],
        landscapes=[landscapes[slug] for slug in data["landscapes"]],
        orcid=data["orcid"],
        links=[("link", {"label": label, "url": url}) for label, url in data["links"]],
        availability=data["availability"],
        verified=data["verified"],
        # Relative to today, so that the same few profiles always show as out of date.
        last_confirmed=timezone.localdate() - datetime.timedelta(days=data["confirmed_days_ago"]),
        contact_email=data["contact_email"],
    )
    page.skills.add(*data["skills"])
    return page


def demo_account(expert_slug):
    """The demo account of an expert (their profile's address, verified, no password: see
    TEAMS), which keeps their profile in every language."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    profile = ExpertPage.objects.filter(slug=expert_slug).order_by("pk").first()
    email = profile.contact_email if profile else f"{expert_slug}@example.org"
    user = get_user_model().objects.filter(email=email).first()
    if user is None:
        user = get_user_model().objects.create_user(email, email)
        user.set_unusable_password()
        user.save()
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    if profile is not None:
        ExpertPage.objects.filter(translation_key=profile.translation_key, account=None).update(
            account=user
        )
    return user


def load_teams(landscapes):
    from network import teams

    for slug, members in TEAMS.items():
        page = landscapes.get(slug)
        if page is None:
            continue
        for expert_slug, role, shown in members:
            membership = teams.add(page, demo_account(expert_slug), role)
            if shown and not membership.shown_on_page:
                membership.shown_on_page = True
                membership.save(update_fields=["shown_on_page"])


def load_spanish_only_landscape():
    """A landscape in the Spanish tree only, as a coordinator writing in Spanish proposes it."""
    from network import teams

    data = SPANISH_ONLY_LANDSCAPE
    index = LandscapeIndexPage.objects.filter(locale__language_code="es").first()
    if index is None or find_child(index, LandscapePage, data["slug"]):
        return
    page = publish_child(
        index,
        LandscapePage(
            locale=index.locale,
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            description=[
                {"type": "paragraph", "value": f"<p>{text}</p>"} for text in data["description"]
            ],
            countries=data["countries"],
            region=data["region"],
            boundary=data["boundary"],
            partnership_status=data["partnership_status"],
            partnership_year=data["partnership_year"],
            objectives=data["objectives"],
        ),
    )
    teams.add(page, demo_account(data["coordinator"]), "coordinator")


def load(stdout):
    home = home_page(stdout, "network")
    if home is None:
        return
    default_locale = Locale.get_default()
    locales = list(other_locales(TRANSLATIONS))
    taxonomy = Taxonomy(default_locale)

    index_pages = load_index_pages(home)
    landscape_index, organisation_index, expert_index = index_pages
    organisations = load_organisations(organisation_index, taxonomy)
    landscapes = load_landscapes(landscape_index, taxonomy, organisations)
    experts = load_experts(expert_index, taxonomy, organisations, landscapes)

    # Parents before children: a page is translated under its parent's translation.
    for page in [*index_pages, *organisations.values(), *landscapes.values(), *experts]:
        translate_missing(page, TRANSLATIONS, locales)
    load_teams(landscapes)
    load_spanish_only_landscape()
    # The directories go first in the main navigation.
    menu = add_to_main_menu(*index_pages)
    if menu is not None:
        translate_menu(menu, locales, TRANSLATIONS)

    network_pages = sum(
        model.objects.count()
        for model in (
            LandscapeIndexPage,
            OrganisationIndexPage,
            ExpertIndexPage,
            LandscapePage,
            OrganisationPage,
            ExpertPage,
        )
    )
    stdout.write(
        f"Network: {len(landscapes)} landscapes, {len(organisations)} organisations and "
        f"{len(experts)} experts with their directories, in {len(locales) + 1} languages "
        f"({network_pages} pages)."
    )
