"""The player address of a video on the hosts the site embeds (website.security's frame hosts),
worked out from the address people copy from their browser: no oEmbed request at render time."""

import re
from urllib.parse import parse_qs, urlsplit

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^[0-9]{5,12}$")
YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}


def embed_url(link):
    """The embeddable player's address for a YouTube or Vimeo video's address, else None."""
    try:
        parts = urlsplit(link or "")
    except ValueError:
        return None
    if parts.scheme not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower()
    segments = [segment for segment in parts.path.split("/") if segment]
    if host in YOUTUBE_HOSTS:
        if host == "youtu.be":
            video = segments[0] if segments else ""
        elif segments[:1] in (["embed"], ["shorts"], ["live"]) and len(segments) > 1:
            video = segments[1]
        else:
            video = (parse_qs(parts.query).get("v") or [""])[0]
        if YOUTUBE_ID.match(video):
            return f"https://www.youtube-nocookie.com/embed/{video}"
    if host in VIMEO_HOSTS:
        video = segments[-1] if segments else ""
        if VIMEO_ID.match(video):
            return f"https://player.vimeo.com/video/{video}"
    return None
