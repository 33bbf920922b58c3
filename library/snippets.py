"""The passage of a resource's text that answers a search, with the words found marked: what a
result shows under its title, so that a reader sees why a 60-page report matched.

Found the way the index finds words: each query word is stemmed and folded as the index keeps it
(search.stemming), then looked for as the start of a word in the text, accents or not ("gestion"
marks "gestión" and "gestiones"). The passage is the stretch of text holding the most different
query words, the first such."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from search.stemming import fold, stem_text

PASSAGE_CHARS = 240
MAX_MATCHES_READ = 2000
# Letters and the accented forms of them that a folded stem stands for.
ACCENTED = {
    "a": "aàáâãäåā",
    "c": "cç",
    "e": "eèéêëē",
    "i": "iìíîïī",
    "n": "nñ",
    "o": "oòóôõöøō",
    "u": "uùúûüū",
    "y": "yýÿ",
}


def _accent_tolerant(stem):
    return "".join(
        f"[{ACCENTED[letter]}]" if letter in ACCENTED else re.escape(letter) for letter in stem
    )


def query_pattern(query, language=None):
    """A regex finding the query's words (as stems, accents or not) at the start of words, one
    group a word; None when the query has no word."""
    language = language or get_language()
    words = []
    for word in re.findall(r"\w+", query):
        forms = {fold(word), stem_text(word, language).strip()}
        forms = sorted((form for form in forms if len(form) >= 2), key=len)
        if forms and forms not in words:
            words.append(forms)
    if not words:
        return None, 0
    groups = "|".join(
        "(" + "|".join(_accent_tolerant(form) for form in forms) + ")" for forms in words
    )
    return re.compile(rf"\b(?:{groups})\w*", re.IGNORECASE), len(words)


def passage(text, pattern):
    """The marked passage of `text` holding the most different query words, or None."""
    matches = []
    for match in pattern.finditer(text):
        matches.append((match.start(), match.end(), match.lastindex))
        if len(matches) >= MAX_MATCHES_READ:
            break
    if not matches:
        return None
    best, best_terms = 0, 0
    for position, (start, _end, _term) in enumerate(matches):
        terms = {term for other, _e, term in matches[position:] if other < start + PASSAGE_CHARS}
        if len(terms) > best_terms:
            best, best_terms = position, len(terms)
    start = matches[best][0]
    # From the start of the sentence or a few words before, to a word boundary.
    window_start = max(0, start - PASSAGE_CHARS // 3)
    period = text.rfind(". ", window_start, start)
    newline = text.rfind("\n", window_start, start)
    if period >= 0 or newline >= 0:
        window_start = max(period + 2 if period >= 0 else 0, newline + 1 if newline >= 0 else 0)
    else:
        window_start = _word_start(text, window_start)
    window_end = _word_end(text, start + PASSAGE_CHARS)
    parts, cursor = [], window_start
    for match_start, match_end, _term in matches[best:]:
        if match_start >= window_end:
            break
        parts.append(escape(text[cursor:match_start]))
        parts.append(f"<mark>{escape(text[match_start:match_end])}</mark>")
        cursor = match_end
    parts.append(escape(text[cursor:window_end]))
    body = " ".join("".join(parts).split())
    prefix = "… " if window_start > 0 else ""
    suffix = " …" if window_end < len(text) else ""
    return mark_safe(f"{prefix}{body}{suffix}")  # noqa: S308 (every piece escaped above)


def _word_start(text, position):
    while position > 0 and not text[position - 1].isspace():
        position -= 1
    return position


def _word_end(text, position):
    while position < len(text) and not text[position].isspace():
        position += 1
    return min(position, len(text))


def passages(resources, query):
    """{resource id: marked passage} for the resources whose files' text holds query words (one
    query for all of them)."""
    from library.models import ResourceFile

    pattern, _count = query_pattern(query)
    ids = [resource.pk for resource in resources]
    if pattern is None or not ids:
        return {}
    rows = (
        ResourceFile.objects.filter(page_id__in=ids, document__library_text__isnull=False)
        .order_by("page_id", "sort_order")
        .values_list("page_id", "document__library_text__text")
    )
    found = {}
    for page_id, text in rows:
        if page_id not in found and text:
            marked = passage(text, pattern)
            if marked:
                found[page_id] = marked
    return found
