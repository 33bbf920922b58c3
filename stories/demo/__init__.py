"""Demo content for the stories, for `make run`: the stories index and fifteen landscape stories
told with story-map chapters, figures, quotes, before/after pairs and photo galleries, spread over
the demo landscapes and the last eighteen months. Everything is translated into every demo
language through wagtail-localize, except three stories that have no Portuguese version, so that
the language switcher shows a missing translation. Idempotent: what exists already is left as it
is; only what is missing is created or translated.

The content is data, in the JSON files beside this module, which it reads when imported:
`index-page.json` (the stories index), `image-credit.json` (the credit of the demo's pictures,
which are drawn for it) and `stories/`, one file per story, newest first in the order of the
files' names. A story's `days_ago` dates it back from the day the demo is loaded; its authors
are experts with a profile in the directory (`"kind": "expert"`, found by the slug of the name)
or names; its body is a list of blocks, each a `type` and a `value`: a paragraph block is a list
of paragraphs, a map chapter a real place in or near the landscape and what happened there (one
paragraph), a figures block its rows (the number stored as a number, which each language's page
writes its own way: 20.000 in Spanish, 20 000 in French), a before/after pair and a gallery the
labels and captions of the images the loader draws.

Each translated text is an object with its English source and its translations next to it,
`{"en": ..., "es": ..., "fr": ..., "pt": ...}`, so that none can be missed or drift apart; the
English goes into the page, the translations into the translation memory `TRANSLATIONS` (one
dict per language, keyed by the English string as wagtail-localize extracts it: a title, a slug,
a plain-text field, one paragraph of rich text without its <p>). Stories are not synchronised on
their slugs, so each slug has its translations too. The names of people, organisations and most
places, units and plain numbers read the same in every language: they are given as their own
translation, so that every translation is complete (wagtail-localize would otherwise count them
as still to translate); one that the memory already has, from an earlier text, is a plain string.

Three stories have no Portuguese version (their "languages" leave "pt" out), so their texts
give no "pt". Texts contain no "&", "<" or ">" and no line breaks: wagtail-localize escapes
those in the segments it extracts, and the escaped segment would no longer match its key in the
memory."""

import datetime
from decimal import Decimal
from pathlib import Path

from django.utils import timezone
from django.utils.text import slugify
from wagtail.blocks import StreamValue
from wagtail.models import Locale

from network.models import ExpertPage, LandscapePage
from stories.models import StoryIndexPage, StoryPage
from website.demo.helpers import (
    TranslationMemory,
    add_to_main_menu,
    drawn_image_description,
    home_page,
    other_locales,
    publish_child,
    read_json,
    read_json_files,
    translate_menu,
    translate_missing,
)
from website.demo.images import get_or_create_image
from website.models import SustainableDevelopmentGoal, Theme

DATA = Path(__file__).resolve().parent


def story(data):
    """A story's data as its page is made from it: its authors and body blocks as (kind, value)
    pairs, the figures' numbers as decimals."""
    return {
        **data,
        "authors": [(author["kind"], author["name"]) for author in data["authors"]],
        "body": [(block["type"], block_data(block)) for block in data["body"]],
    }


def block_data(block):
    if block["type"] != "figures":
        return block["value"]
    return {
        **block["value"],
        "figures": [
            {**figure, "number": Decimal(str(figure["number"]))}
            for figure in block["value"]["figures"]
        ],
    }


# `pt` is left out only for the texts of the stories that are not translated into Portuguese.
TRANSLATIONS = TranslationMemory(optional=["pt"])
# The demo's pictures are drawn for it, and their credit says so.
CREDIT = TRANSLATIONS.english(read_json(DATA / "image-credit.json"))
# What the drawn pictures in the body show, for their alt text (the same words as the network
# demo's landscapes use).
IMAGE_DESCRIPTION = drawn_image_description(TRANSLATIONS)
INDEX_PAGE = TRANSLATIONS.english(read_json(DATA / "index-page.json"))
STORIES = [story(data) for data in TRANSLATIONS.english(read_json_files(DATA / "stories"))]

# The main menu lists the stories after the first of these that it links to (else at its end).
MENU_PREDECESSORS = ["learning.LearningIndexPage", "network.ExpertIndexPage"]


class References:
    """The English pages and taxonomy rows the stories point to, looked up once by slug or
    number. A landscape or expert that is missing (no network demo) is left out."""

    def __init__(self, locale):
        self.themes = {term.slug: term for term in Theme.objects.filter(locale=locale)}
        self.sdgs = {
            goal.number: goal for goal in SustainableDevelopmentGoal.objects.filter(locale=locale)
        }
        self.landscapes = {page.slug: page for page in LandscapePage.objects.filter(locale=locale)}
        self.experts = {page.slug: page for page in ExpertPage.objects.filter(locale=locale)}


def load_index_page(home):
    return StoryIndexPage.objects.child_of(home).first() or publish_child(
        home, StoryIndexPage(**INDEX_PAGE)
    )


def load_stories(index_page, references):
    """The English stories, newest first, with the data they were made from."""
    existing = {page.slug: page for page in StoryPage.objects.child_of(index_page)}
    today = timezone.localdate()
    return [
        (
            existing.get(data["slug"])
            or publish_child(index_page, new_story(data, references, today)),
            data,
        )
        for data in STORIES
    ]


def new_story(data, references, today):
    title = data["title"]
    return StoryPage(
        title=title,
        slug=data["slug"],
        standfirst=data["standfirst"],
        hero_image=get_or_create_image(f"Story: {title}"),
        hero_caption=data["hero_caption"],
        hero_credit=CREDIT,
        landscape=references.landscapes.get(data["landscape"]),
        countries=data["countries"],
        themes=[references.themes[slug] for slug in data["themes"]],
        sdgs=[references.sdgs[number] for number in data["sdgs"]],
        returns=data["returns"],
        zones=data["zones"],
        authors=[("author", author(person, references)) for person in data["authors"]],
        # Relative to today, so that the stories always look recent.
        publication_date=today - datetime.timedelta(days=data["days_ago"]),
        featured=data.get("featured", False),
        body=body(data),
    )


def body(data):
    """The story's body, its blocks given ids of their own (slug and position), as the network
    demo's landscapes have: the ids their translations are tied to are then the same in every
    database the demo is loaded into."""
    stream_block = StoryPage._meta.get_field("body").stream_block
    return StreamValue(
        stream_block,
        [
            (
                block_type,
                stream_block.child_blocks[block_type].normalize(
                    block_value(block_type, value, data["title"])
                ),
                f"{data['slug']}-{number}",
            )
            for number, (block_type, value) in enumerate(data["body"], 1)
        ],
    )


def author(person, references):
    """An author block: the expert's profile when the directory has it, else the name."""
    kind, name = person
    profile = references.experts.get(slugify(name)) if kind == "expert" else None
    return {"expert": profile, "name": "" if profile else name}


def block_value(block_type, value, title):
    """A body block's value from its demo data: rich text wrapped in paragraphs, and the images
    of before/after pairs and galleries drawn for the story."""
    if block_type == "paragraph":
        return "".join(f"<p>{text}</p>" for text in value)
    if block_type == "map_chapter":
        return {**value, "text": f"<p>{value['text']}</p>"}
    if block_type == "before_after":
        return {
            **value,
            "before": described_image(f"Story: {title} before"),
            "after": described_image(f"Story: {title} after"),
            "credit": CREDIT,
        }
    if block_type == "gallery":
        return {
            "heading": value["heading"],
            "images": [
                {
                    "image": described_image(f"Story: {title} photo {number}"),
                    "caption": caption,
                    "credit": CREDIT,
                }
                for number, caption in enumerate(value["captions"], 1)
            ],
        }
    return value


def described_image(title):
    """A drawn image for the body, its alt text saying what it shows: the image's title would
    otherwise stand in for it."""
    image = get_or_create_image(title)
    image.contextual_alt_text = IMAGE_DESCRIPTION
    image.decorative = False
    return image


def load(stdout):
    home = home_page(stdout, "stories")
    if home is None:
        return
    default_locale = Locale.get_default()
    locales = list(other_locales(TRANSLATIONS))
    all_languages = [locale.language_code for locale in locales]

    index_page = load_index_page(home)
    stories = load_stories(index_page, References(default_locale))

    # Parents before children: a story is translated under the index's translation.
    translate_missing(index_page, TRANSLATIONS, locales)
    for story, data in stories:
        translate_missing(story, TRANSLATIONS, locales, data.get("languages", all_languages))
    menu = add_to_main_menu(index_page, after=MENU_PREDECESSORS)
    if menu is not None:
        translate_menu(menu, locales, TRANSLATIONS)

    languages = set(all_languages)
    featured = sum(1 for _story, data in stories if data.get("featured"))
    landscapes = len({data["landscape"] for _story, data in stories})
    partial = sum(
        1 for _story, data in stories if languages - set(data.get("languages", languages))
    )
    pages = StoryIndexPage.objects.count() + StoryPage.objects.count()
    stdout.write(
        f"Stories: {len(stories)} stories ({featured} featured) about {landscapes} landscapes, "
        f"with their index, in {len(locales) + 1} languages; {partial} of them are not in every "
        f"language ({pages} pages)."
    )
