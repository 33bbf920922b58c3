"""What a translator may override in a synchronised translation (website/translation_overrides.py):
the decision for every field of every page type, and the attack it stops, played through
wagtail-localize's own views by a member of the Translators group: override the Spanish
landscape's contact address, website and links, publish, and see where the Spanish contact form
sends its mail. Then every other door out of the translation editor (stopping the sync, the page
editor, a revision's revert, alias conversion, bulk publishing) and the command that repairs
translations overridden before the rule."""

import json
import uuid
from io import StringIO
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core import mail
from django.core.management import call_command
from django.db import models
from django.test import Client
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model, get_image_model_string
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.segments import OverridableSegmentValue
from wagtail_localize.segments.extract import extract_segments, quote_path_component

from tests.worlds import module_world
from website.translation_overrides import may_override

FIXED = "fixed"  # the source's in every language: where mail goes, who, where a link points
ILLUSTRATION = "illustration"  # a picture a translation may swap for one that speaks its language
NOT_OFFERED = "not offered"  # a number, choice, date, tag or relation: nothing to override
STREAM = "stream"  # text translated; only its images may be swapped; links stay the source's
RICH_TEXT = "rich text"  # text translated; the links in it stay the source's

INDEX = {"slug": FIXED, "show_in_menus": NOT_OFFERED, "social_image": ILLUSTRATION}
# Every field of every page type that a translation could take other than by translating
# text, and the decision taken for it. A new field fails test_every_field_is_decided until it
# is added here, and the model says the same.
DECISIONS = {
    "website.HomePage": {
        "show_in_menus": NOT_OFFERED,
        "social_image": ILLUSTRATION,
        "hero_image": ILLUSTRATION,
        "intro": RICH_TEXT,
        "body": STREAM,
    },
    "website.StandardPage": {
        "show_in_menus": NOT_OFFERED,
        "social_image": ILLUSTRATION,
        "body": STREAM,
    },
    "network.LandscapeIndexPage": INDEX,
    "network.OrganisationIndexPage": INDEX,
    "network.ExpertIndexPage": INDEX,
    "learning.LearningIndexPage": INDEX,
    "stories.StoryIndexPage": INDEX,
    "network.LandscapePage": {
        "title": FIXED,
        "slug": FIXED,
        "contact_email": FIXED,
        "website": FIXED,
        "boundary": FIXED,
        "centre_latitude": FIXED,
        "centre_longitude": FIXED,
        "countries": FIXED,
        "region": FIXED,
        "other_stakeholders": FIXED,  # proper names
        "terraso_id": FIXED,
        "terraso_terms": FIXED,  # Terraso's terms carry their English and Spanish names
        "show_in_menus": NOT_OFFERED,
        "social_image": ILLUSTRATION,
        "image": ILLUSTRATION,  # a view of the landscape, not who runs it
        "description": STREAM,
        "area_hectares": NOT_OFFERED,
        "population": NOT_OFFERED,
        "area_types": NOT_OFFERED,
        "partnership_status": NOT_OFFERED,
        "partnership_year": NOT_OFFERED,
        "element_partnership": NOT_OFFERED,
        "element_shared_understanding": NOT_OFFERED,
        "element_vision_and_planning": NOT_OFFERED,
        "element_taking_action": NOT_OFFERED,
        "element_learning_and_impact": NOT_OFFERED,
        "support_sought": NOT_OFFERED,
        "tags": NOT_OFFERED,
        "tagged_items": NOT_OFFERED,
        "partners": NOT_OFFERED,
        "themes": NOT_OFFERED,
        "sdgs": NOT_OFFERED,
        "ecosystem_types": NOT_OFFERED,
    },
    "network.OrganisationPage": {
        "title": FIXED,
        "slug": FIXED,
        "contact_email": FIXED,
        "website": FIXED,
        "logo": FIXED,  # who the organisation is
        "countries": FIXED,
        "show_in_menus": NOT_OFFERED,
        "social_image": ILLUSTRATION,
        "description": RICH_TEXT,
        "organisation_type": NOT_OFFERED,
        "themes": NOT_OFFERED,
    },
    "network.ExpertPage": {
        "title": FIXED,
        "slug": FIXED,
        "contact_email": FIXED,
        "account": FIXED,
        "photo": FIXED,
        "social_image": FIXED,  # the person's face when the profile is shared
        "organisation": FIXED,
        "orcid": FIXED,
        "countries": FIXED,
        "regions": FIXED,
        "languages": FIXED,
        "availability": FIXED,
        "verified": FIXED,
        "last_confirmed": FIXED,
        "links": STREAM,
        "biography": RICH_TEXT,
        "show_in_menus": NOT_OFFERED,
        "skills": NOT_OFFERED,
        "tagged_skills": NOT_OFFERED,
        "themes": NOT_OFFERED,
        "landscapes": NOT_OFFERED,
    },
    "learning.InstitutionPage": {
        "title": FIXED,
        "slug": FIXED,
        "organisation": FIXED,
        "show_in_menus": NOT_OFFERED,
        "social_image": ILLUSTRATION,
        "intro": RICH_TEXT,
    },
    "learning.CoursePage": {
        "slug": FIXED,
        "enrolment_url": FIXED,
        "video_url": FIXED,
        "regions": FIXED,
        "show_in_menus": NOT_OFFERED,
        "social_image": ILLUSTRATION,
        "image": ILLUSTRATION,
        "description": STREAM,
        "modules": STREAM,
        "instructors": STREAM,  # who teaches: an expert chosen in a block
        "level": NOT_OFFERED,
        "languages": NOT_OFFERED,
        "workload_hours": NOT_OFFERED,
        "length_weeks": NOT_OFFERED,
        "cost": NOT_OFFERED,
        "price": NOT_OFFERED,
        "currency": NOT_OFFERED,
        "certificate": NOT_OFFERED,
        "sessions": NOT_OFFERED,
        "themes": NOT_OFFERED,
        "sdgs": NOT_OFFERED,
        "landscapes": NOT_OFFERED,
    },
    "stories.StoryPage": {
        "landscape": FIXED,
        "countries": FIXED,
        "show_in_menus": NOT_OFFERED,
        "social_image": ILLUSTRATION,
        "hero_image": ILLUSTRATION,
        "authors": STREAM,  # who wrote it: an expert chosen in a block
        "body": STREAM,
        "returns": NOT_OFFERED,
        "zones": NOT_OFFERED,
        "publication_date": NOT_OFFERED,
        "featured": NOT_OFFERED,
        "themes": NOT_OFFERED,
        "sdgs": NOT_OFFERED,
    },
    "library.LibraryIndexPage": INDEX,
    "library.ResourcePage": {
        # What the resource is, who made it, where it points, who may reuse it.
        "slug": FIXED,
        "kind": FIXED,
        "link": FIXED,
        "resource_languages": FIXED,
        "publication_year": FIXED,
        "licence": FIXED,
        "other_authors": FIXED,  # proper names
        "returns": FIXED,
        "zones": FIXED,
        "regions": FIXED,
        "countries": FIXED,
        "show_in_menus": NOT_OFFERED,
        "social_image": ILLUSTRATION,
        "cover_image": ILLUSTRATION,
        "themes": NOT_OFFERED,
        "sdgs": NOT_OFFERED,
        "ecosystem_types": NOT_OFFERED,
        "expert_authors": NOT_OFFERED,
        "organisation_authors": NOT_OFFERED,
        "landscapes": NOT_OFFERED,
        "courses": NOT_OFFERED,
        "stories": NOT_OFFERED,
    },
}
OUR_APPS = {"website", "network", "learning", "stories", "library"}
IMAGE_MODEL = get_image_model_string()


def our_page_models():
    return [model for model in get_page_models() if model._meta.app_label in OUR_APPS]


def decidable_fields(model):
    """{name: (wagtail-localize's field, model field)} of the fields a translation could take
    other than by translating text: synchronised values, and StreamFields and rich text (which
    carry links and pictures)."""
    fields = {}
    for declared in get_translatable_fields(model):
        field = declared.get_field(model)
        if isinstance(declared, SynchronizedField) or isinstance(
            field, StreamField | RichTextField
        ):
            fields[declared.field_name] = (declared, field)
    return fields


def leaf_blocks(block, path):
    if isinstance(block, blocks.ListBlock):
        yield from leaf_blocks(block.child_block, f"{path}.item")
    elif isinstance(block, blocks.StreamBlock | blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from leaf_blocks(child, f"{path}.{name}")
    else:
        yield path, block


LINK = "https://example.org/somewhere"
LINK_IN_TEXT = f'<p>See <a href="{LINK}">this</a>.</p>'
QUOTED_LINK = quote_path_component(LINK)


def sample(block):
    """A stored value of `block` with text, addresses and links everywhere they can go."""
    if isinstance(block, blocks.StreamBlock):
        return [
            {"type": name, "value": sample(child), "id": str(uuid.uuid4())}
            for name, child in block.child_blocks.items()
        ]
    if isinstance(block, blocks.ListBlock):
        return [sample(block.child_block)]
    if isinstance(block, blocks.StructBlock):
        return {name: sample(child) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.URLBlock | EmbedBlock):
        return LINK
    if isinstance(block, blocks.EmailBlock):
        return "someone@example.org"
    if isinstance(block, blocks.RichTextBlock):
        return LINK_IN_TEXT
    if isinstance(block, blocks.CharBlock | blocks.TextBlock):
        return "Text"
    return None  # numbers, choices, dates; chosen objects left empty


def filled_page(model):
    """An unsaved page of `model` with a value in every field wagtail-localize could offer."""
    page = model()
    for declared in get_translatable_fields(model):
        field = declared.get_field(model)
        if isinstance(field, StreamField):
            setattr(page, field.attname, sample(field.stream_block))
        elif isinstance(field, RichTextField):
            setattr(page, field.attname, LINK_IN_TEXT)
        elif isinstance(field, models.ForeignKey):
            setattr(page, field.name, field.related_model(pk=1))
        elif isinstance(field, models.CharField | models.TextField) and not field.choices:
            setattr(page, field.attname, f"Value {LINK}")
    return page


def offered_by_wagtail_localize(model):
    """{field name: [paths]} of the values wagtail-localize extracts for overriding from a page
    of `model` (what its translation editor then offers)."""
    offered = {}
    for segment in extract_segments(filled_page(model)):
        if isinstance(segment, OverridableSegmentValue):
            name, _dot, rest = segment.path.partition(".")
            offered.setdefault(name, []).append(rest)
    return offered


def test_every_field_is_decided(db):
    """The table, against what wagtail-localize extracts for overriding from a page of each
    type and what `may_override` then lets a translation keep."""
    assert {model._meta.label for model in our_page_models()} == set(DECISIONS)
    for model in our_page_models():
        label = model._meta.label
        fields = decidable_fields(model)
        assert set(fields) == set(DECISIONS[label]), f"{label}: decide for every field"
        offered = offered_by_wagtail_localize(model)
        for name, (_declared, field) in fields.items():
            decision = DECISIONS[label][name]
            where = f"{label}.{name} ({decision})"
            if decision == ILLUSTRATION:
                assert field.related_model._meta.label == IMAGE_MODEL, where
                assert offered.get(name) == [""], where
                assert may_override(model, name), where
            elif decision == FIXED:
                assert name not in offered, where
                assert not may_override(model, name), where  # nor kept if stored before
            elif decision == NOT_OFFERED:
                assert name not in offered, where
            elif decision == RICH_TEXT:
                # wagtail-localize offers the links in rich text whatever the field declares;
                # the override is refused (see the attack below).
                assert isinstance(field, RichTextField), where
                assert offered.get(name) == [QUOTED_LINK], where
                assert not may_override(model, name), where
            else:
                assert decision == STREAM and isinstance(field, StreamField), where
                # No address, e-mail or embed of the stream is offered; the links in its rich
                # text and the objects its blocks choose are, whatever a field declares...
                links = [path for path in offered.get(name, []) if path.endswith(QUOTED_LINK)]
                assert links == offered.get(name, []), where
                # ...and of those only an image may be kept.
                for path, block in leaf_blocks(field.stream_block, name):
                    expected = isinstance(block, ImageChooserBlock)
                    assert may_override(model, path) is expected, f"{path} of {label}"


def test_where_mail_goes_who_and_where_links_point_are_never_offered(db):
    """Whatever the table says: on no page type does wagtail-localize offer an address, a name
    or a relation to anything but an image for overriding; only links in rich text, which it
    offers whatever a field declares and whose overrides are refused (see the attack below)."""
    for model in our_page_models():
        for name, paths in offered_by_wagtail_localize(model).items():
            field = model._meta.get_field(name)
            where = f"{model._meta.label}.{name}: {paths}"
            if isinstance(field, models.ForeignKey):
                assert field.related_model._meta.label == IMAGE_MODEL, where
            else:
                assert all(path.endswith(QUOTED_LINK) for path in paths), where
                assert not may_override(model, name), where
    for label, name in [
        ("network.ExpertPage", "photo"),
        ("network.ExpertPage", "orcid"),
        ("network.ExpertPage", "title"),
        ("network.ExpertPage", "contact_email"),
        ("network.OrganisationPage", "logo"),
        ("learning.CoursePage", "enrolment_url"),
    ]:
        model = apps.get_model(label)
        assert getattr(filled_page(model), name), f"{label}.{name} has a value to offer"
        assert name not in offered_by_wagtail_localize(model), f"{label}.{name}"


# --------------------------------------------------------------------------------------------
# The attack, through the views a translator uses.
# --------------------------------------------------------------------------------------------
SOURCE = {
    "contact_email": "landscape-team@example.org",
    "website": "https://landscape.example.org/",
}
REPORT = "https://landscape.example.org/report"
CALL_TO_ACTION = "https://landscape.example.org/join"
THIEF = "thief@example.net"
PHISHING = "https://phishing.example.net/"
MESSAGE = {"name": "Maria Silva", "email": "maria@example.org", "message": "¿Podemos visitar?"}


def build_world():
    from network.factories import make_directory_site, make_landscape
    from network.roles import ensure_roles

    sites = make_directory_site()
    pictures = {
        language: get_image_model().objects.create(title=title, file=get_test_image_file())
        for language, title in [("en", "Terraces"), ("es", "Terrazas")]
    }
    landscape = make_landscape(
        sites["en"]["landscapes"],
        title="Lower Tana",
        slug="lower-tana",
        image=pictures["en"],
        description=[
            {
                "type": "paragraph",
                "value": f'<p>Read <a href="{REPORT}">our report</a>.</p>',
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Join us",
                    "text": "",
                    "page": sites["en"]["organisations"].pk,
                    "url": CALL_TO_ACTION,
                    "button_label": "Join",
                },
            },
            {
                "type": "image",
                "value": {
                    "image": {
                        "image": pictures["en"].pk,
                        "alt_text": "Terraces",
                        "decorative": False,
                    },
                    "caption": "",
                    "credit": "",
                },
            },
        ],
        **SOURCE,
    )
    ensure_roles()
    users = {}
    for group in ("Translators", "Editors"):
        user = get_user_model().objects.create_user(
            group.lower(), f"{group.lower()}@example.org", "a-long-password-77"
        )
        user.groups.add(Group.objects.get(name=group))
        users[group] = user.pk
    return {
        "landscape": landscape.pk,
        "translator": users["Translators"],
        "editor": users["Editors"],
        "pictures": {language: picture.pk for language, picture in pictures.items()},
    }


world = module_world(build_world)


@pytest.fixture
def translator(world, db):
    client = Client()
    client.force_login(get_user_model().objects.get(pk=world["translator"]))
    return client


@pytest.fixture
def editor(world, db):
    client = Client()
    client.force_login(get_user_model().objects.get(pk=world["editor"]))
    return client


@pytest.fixture
def spanish_translation(world, translator):
    """The translator submits the landscape for translation into Spanish, as in the admin."""
    from wagtail_localize.models import Translation

    landscape = Page.objects.get(pk=world["landscape"])
    spanish = Locale.objects.get(language_code="es")
    response = translator.post(
        f"/admin/localize/submit/page/{landscape.pk}/", {"locales": [str(spanish.pk)]}
    )
    assert response.status_code == 302
    return Translation.objects.get(
        source__object_id=landscape.translation_key, target_locale=spanish
    )


def offered(translation_, field_path):
    """The overridable value the translation editor offers at `field_path`, if any."""
    from wagtail_localize.models import OverridableSegment

    return (
        OverridableSegment.objects.filter(
            source=translation_.source, context__field_path=field_path
        )
        .select_related("context")
        .first()
    )


def override(client, translation_, segment, value):
    return client.put(
        f"/admin/localize/translate/{translation_.pk}/overrides/{segment.pk}/edit/",
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )


def publish(client, translation_, django_capture_on_commit_callbacks):
    spanish = translation_.get_target_instance()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{spanish.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302, response.status_code
    spanish = spanish.specific_class.objects.get(pk=spanish.pk)
    assert spanish.live
    return spanish


def links_of(page):
    paragraph, call_to_action, _image = page.description
    return paragraph.value.source, call_to_action.value["url"], call_to_action.value["page"].pk


def assert_spanish_page_is_the_sources(client, world, spanish):
    english = Page.objects.get(pk=world["landscape"]).specific
    assert (spanish.contact_email, spanish.website) == (
        SOURCE["contact_email"],
        SOURCE["website"],
    )
    assert links_of(spanish) == links_of(english)
    assert REPORT in links_of(spanish)[0]
    # A visitor writes through the Spanish page: the landscape's team gets it, nobody else.
    assert spanish.url.startswith("/es/")
    response = client.post(spanish.url, MESSAGE)
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [[SOURCE["contact_email"]]]


def test_a_translator_cannot_redirect_mail_or_links(
    world, translator, spanish_translation, django_capture_on_commit_callbacks
):
    answers = {}
    for field_path, value in [
        ("contact_email", THIEF),
        ("website", PHISHING),
        ("description.call_to_action.url", PHISHING),
        ("description.call_to_action.page", str(world["landscape"])),
        ("description.paragraph", PHISHING),  # the link in the paragraph
    ]:
        segment = offered(spanish_translation, field_path)
        if segment is None:
            answers[field_path] = "not offered"
        else:
            answers[field_path] = override(
                translator, spanish_translation, segment, value
            ).status_code
    spanish = publish(translator, spanish_translation, django_capture_on_commit_callbacks)

    assert_spanish_page_is_the_sources(Client(), world, spanish)
    # Addresses and links are not offered for overriding in the translation editor; the page
    # of a call to action and the links in rich text, which wagtail-localize offers whatever
    # a field declares, are refused.
    assert answers == {
        "contact_email": "not offered",
        "website": "not offered",
        "description.call_to_action.url": "not offered",
        "description.call_to_action.page": 403,
        "description.paragraph": 403,
    }


def test_overrides_stored_before_a_field_was_fixed_have_no_effect(
    world, translator, spanish_translation, django_capture_on_commit_callbacks
):
    """Rows the override API stored while these fields were overridable (written here as it
    wrote them, past today's refusal) are ignored when the translation is published."""
    from wagtail_localize.models import OverridableSegment, SegmentOverride, TranslationContext

    source = spanish_translation.source
    english = Page.objects.get(pk=world["landscape"]).specific
    call_to_action = english.description[1]
    stale = [  # field path, content path, source value, override
        ("contact_email", "contact_email", SOURCE["contact_email"], THIEF),
        ("website", "website", SOURCE["website"], PHISHING),
        (
            "description.call_to_action.url",
            f"description.{call_to_action.id}.url",
            CALL_TO_ACTION,
            PHISHING,
        ),
        ("description.paragraph", None, REPORT, PHISHING),
    ]
    for field_path, path, original, value in stale:
        segment = offered(spanish_translation, field_path)
        if segment is None:  # no longer extracted: put back the segment the old sync made
            context, _created = TranslationContext.objects.get_or_create(
                object_id=source.object_id, path=path, defaults={"field_path": field_path}
            )
            segment = OverridableSegment.objects.create(
                source=source, context=context, order=99, data_json=json.dumps(original)
            )
        SegmentOverride.objects.bulk_create(  # bulk_create: no signal, as before the fix
            [
                SegmentOverride(
                    locale=spanish_translation.target_locale,
                    context=segment.context,
                    data_json=json.dumps(value),
                )
            ]
        )

    spanish = publish(translator, spanish_translation, django_capture_on_commit_callbacks)
    assert_spanish_page_is_the_sources(Client(), world, spanish)


def test_a_translator_may_swap_a_picture(
    world, translator, spanish_translation, django_capture_on_commit_callbacks
):
    """The one thing besides text a translation may make its own: a picture, on the page and
    in the text; wagtail-localize offers them, the override is kept and published."""
    spanish_picture = world["pictures"]["es"]
    for field_path in ["image", "description.image.image.image"]:
        segment = offered(spanish_translation, field_path)
        assert segment is not None, field_path
        response = override(translator, spanish_translation, segment, spanish_picture)
        assert response.status_code == 201, field_path
    spanish = publish(translator, spanish_translation, django_capture_on_commit_callbacks)
    assert spanish.image_id == spanish_picture
    assert spanish.description[2].value["image"].pk == spanish_picture
    assert_spanish_page_is_the_sources(Client(), world, spanish)


# --------------------------------------------------------------------------------------------
# The other doors out of the translation editor.
# --------------------------------------------------------------------------------------------
def edit_form(spanish, **fields):
    """What the page editor posts to save and publish a page."""
    return {
        "title": spanish.title,
        "slug": spanish.slug,
        "summary": spanish.summary,
        "action-publish": "action-publish",
        **fields,
    }


def assert_refused(response):
    """Wagtail's admin answers a refusal with its dashboard and "Sorry, you do not have
    permission to access this area"."""
    assert (response.status_code, response.url) == (302, "/admin/")
    assert "permission" in str(list(get_messages(response.wsgi_request))[-1])


def live_spanish(translation_):
    page = translation_.get_target_instance()
    return page.specific_class.objects.get(pk=page.pk)


def test_only_who_may_edit_the_source_stops_a_translations_sync(
    world, translator, editor, spanish_translation, django_capture_on_commit_callbacks
):
    """Stopping the sync frees the page from its source: wagtail-localize asks only whether the
    user may edit the translation, which a translator may. Refused to them; editors may."""
    from network.models import LandscapePage

    spanish = publish(translator, spanish_translation, django_capture_on_commit_callbacks)
    stop = f"/admin/localize/translate/{spanish_translation.pk}/disable/"
    edit = f"/admin/pages/{spanish.pk}/edit/"
    next_url = {"next": edit}

    assert_refused(translator.post(stop, next_url))
    spanish_translation.refresh_from_db()
    assert spanish_translation.enabled
    # So the page editor still sends them to the translation editor.
    with django_capture_on_commit_callbacks(execute=True):
        translator.post(f"/admin/pages/{spanish.pk}/edit/", edit_form(spanish, contact_email=THIEF))
    assert live_spanish(spanish_translation).contact_email == SOURCE["contact_email"]

    # An editor decides that the Spanish page is its own: then its team edits it in the page
    # editor, addresses included...
    assert 'name="contact_email"' not in translator.get(edit).content.decode()
    assert editor.post(stop, next_url).status_code == 302
    spanish_translation.refresh_from_db()
    assert not spanish_translation.enabled
    assert 'name="contact_email"' in translator.get(edit).content.decode()
    LandscapePage.objects.filter(pk=spanish.pk).update(contact_email="equipo@example.org")
    # ...and a translator who starts the sync again gets the source's values back.
    response = translator.post(
        f"/admin/pages/{spanish.pk}/edit/", {"localize-restart-translation": "1"}
    )
    assert response.status_code == 302
    spanish_translation.refresh_from_db()
    assert spanish_translation.enabled
    spanish = publish(translator, spanish_translation, django_capture_on_commit_callbacks)
    assert spanish.contact_email == SOURCE["contact_email"]


def test_the_page_editor_and_revert_lead_back_to_the_translation_editor(
    world, translator, spanish_translation, django_capture_on_commit_callbacks
):
    """A synchronised translation posted to the page editor, autosaved, or reverted to a
    revision holding another address (one saved before the fix) publishes the source's."""
    spanish = publish(translator, spanish_translation, django_capture_on_commit_callbacks)
    spanish.contact_email = THIEF
    old = spanish.save_revision()  # as a revision saved before the rule
    form = edit_form(spanish, contact_email=THIEF, website=PHISHING, action="publish")
    for url in [
        f"/admin/pages/{spanish.pk}/edit/",
        f"/admin/pages/{spanish.pk}/revisions/{old.pk}/revert/",
    ]:
        with django_capture_on_commit_callbacks(execute=True):
            response = translator.post(url, form)
        assert response.status_code in (200, 302), url
        page = live_spanish(spanish_translation)
        assert (page.contact_email, page.website) == (SOURCE["contact_email"], SOURCE["website"])
        latest = page.get_latest_revision().as_object()
        assert latest.contact_email == SOURCE["contact_email"], url
    response = translator.post(
        f"/admin/pages/{spanish.pk}/edit/",
        form,
        headers={"Accept": "application/json"},  # an autosave
    )
    assert response.json()["error_code"] == "blocked_by_hook"
    assert live_spanish(spanish_translation).contact_email == SOURCE["contact_email"]


def test_a_translator_cannot_turn_a_translation_into_an_ordinary_page(
    world, translator, editor, spanish_translation, django_capture_on_commit_callbacks
):
    """wagtail-localize's "Convert to alias" is harmless (an alias is the source page), but
    Wagtail's "Convert to ordinary page" would then give a page free of its source."""
    spanish = publish(translator, spanish_translation, django_capture_on_commit_callbacks)
    response = translator.post(f"/admin/localize/page/{spanish.pk}/convert_to_alias/")
    assert response.status_code == 302
    assert Page.objects.get(pk=spanish.pk).alias_of_id == world["landscape"]

    assert_refused(translator.post(f"/admin/pages/{spanish.pk}/convert_alias/"))
    assert Page.objects.get(pk=spanish.pk).alias_of_id == world["landscape"]
    # Nor may they edit the alias: the page editor offers to translate it instead.
    with django_capture_on_commit_callbacks(execute=True):
        translator.post(f"/admin/pages/{spanish.pk}/edit/", edit_form(spanish, contact_email=THIEF))
    assert live_spanish(spanish_translation).contact_email == SOURCE["contact_email"]

    assert editor.post(f"/admin/pages/{spanish.pk}/convert_alias/").status_code == 302
    assert Page.objects.get(pk=spanish.pk).alias_of_id is None


def test_the_command_puts_back_values_overridden_before_the_fix(
    world, translator, spanish_translation, django_capture_on_commit_callbacks
):
    """`manage.py reset_fixed_translation_values`: the address a translator put on a
    synchronised translation goes back to the source's, in the page and in its latest revision
    (which bulk publishing would put live again), and the stored override goes; a translation
    made independent of its source keeps its own address."""
    from wagtail_localize.models import SegmentOverride, TranslationContext

    from network.models import LandscapePage

    spanish = publish(translator, spanish_translation, django_capture_on_commit_callbacks)
    spanish.contact_email, spanish.website = THIEF, PHISHING
    spanish.save_revision().publish()  # as published before the rule
    context, _created = TranslationContext.objects.get_or_create(
        object_id=spanish_translation.source.object_id,
        path="contact_email",
        defaults={"field_path": "contact_email"},
    )
    SegmentOverride.objects.bulk_create(
        [
            SegmentOverride(
                locale=spanish_translation.target_locale,
                context=context,
                data_json=json.dumps(THIEF),
            )
        ]
    )

    call_command("reset_fixed_translation_values", stdout=StringIO())

    spanish = LandscapePage.objects.get(pk=spanish.pk)
    assert (spanish.contact_email, spanish.website) == (SOURCE["contact_email"], SOURCE["website"])
    assert not SegmentOverride.objects.filter(context=context).exists()
    # The translator publishes the latest revision in bulk: still the source's.
    with django_capture_on_commit_callbacks(execute=True):
        response = translator.post(
            f"/admin/bulk/wagtailcore/page/publish/?id={spanish.pk}",
            {"include_descendants": ""},
        )
    assert response.status_code == 302
    assert live_spanish(spanish_translation).contact_email == SOURCE["contact_email"]
    assert_spanish_page_is_the_sources(Client(), world, live_spanish(spanish_translation))

    spanish_translation.enabled = False
    spanish_translation.save()
    LandscapePage.objects.filter(pk=spanish.pk).update(contact_email="equipo@example.org")
    call_command("reset_fixed_translation_values", stdout=StringIO())
    assert LandscapePage.objects.get(pk=spanish.pk).contact_email == "equipo@example.org"
