"""Plain text in, paragraphs out, and back: how the self-service forms (and the Terraso
exchange) turn a text area's paragraphs, separated by an empty line, into rich text and a
description's paragraph blocks, and those back into plain text."""

from html import unescape

from django.utils.html import escape, strip_tags
from wagtail.rich_text import RichText


def text_to_paragraphs(text):
    paragraphs = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]
    return "".join(f"<p>{escape(part).replace(chr(10), '<br>')}</p>" for part in paragraphs)


def paragraphs_unless_unchanged(html, text):
    """`text` as paragraphs, or the stored `html` itself when it already says `text`. A form sent
    again without a change to the text leaves the rich text as it was (with the attributes an
    editor's rich text editor added), so a revision differs only where the person changed
    something, and a moderator's comparison shows only that."""
    paragraphs = text_to_paragraphs(text)
    return html if paragraphs_to_text(html or "") == paragraphs_to_text(paragraphs) else paragraphs


def paragraphs_to_text(html):
    parts = html.replace("<br>", "\n").replace("<br/>", "\n").split("</p>")
    texts = (unescape(strip_tags(part)).strip() for part in parts)
    return "\n\n".join(text for text in texts if text)


def description_text(stream):
    """The text of a description's paragraphs, for a plain text area."""
    parts = [
        paragraphs_to_text(block.value.source)
        for block in stream
        if block.block_type == "paragraph"
    ]
    return "\n\n".join(part for part in parts if part)


def with_paragraphs(stream, text):
    """The description with its paragraphs replaced by `text`; images, quotes and other blocks
    an editor added stay, after the text. When the text is what the paragraphs already say,
    the description is left as it is (its blocks keep their ids: no change to compare)."""
    html = text_to_paragraphs(text)
    if description_text(stream) == paragraphs_to_text(html):
        return stream
    others = [
        (block.block_type, block.value) for block in stream if block.block_type != "paragraph"
    ]
    return ([("paragraph", RichText(html))] if html else []) + others
