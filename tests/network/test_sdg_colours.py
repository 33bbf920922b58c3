"""Every goal's badge is readable: its number contrasts at least 4.5:1 with the goal's colour."""

import pytest

from network.templatetags.network_tags import _luminance, readable_ink

# The 17 goals' official colours (UN SDG communications guidelines).
OFFICIAL_COLOURS = [
    "#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2", "#FCC30B", "#A21942",
    "#FD6925", "#DD1367", "#FD9D24", "#BF8B2E", "#3F7E44", "#0A97D9", "#56C02B", "#00689D",
    "#19486A",
]  # fmt: skip


def contrast(first, second):
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("colour", OFFICIAL_COLOURS)
def test_the_number_on_each_goal_colour_is_readable(colour):
    assert contrast(colour, readable_ink(colour)) >= 4.5


def test_a_broken_colour_falls_back_to_white():
    assert readable_ink("") == "#ffffff"
    assert readable_ink("#zzzzzz") == "#ffffff"
