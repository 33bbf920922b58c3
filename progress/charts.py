"""Charts drawn on the server as SVG, with the same figures as a table.

Python works out the geometry (scales, ticks, coordinates, formatted labels) as plain data and
templates/progress/includes/chart.html draws it. The charts need no JavaScript, print, scale to
a phone's width, and a screen reader reads their title, a summary and the table.

    chart = LineChart(
        title=_("Hectares under restoration"),
        series=[Series(_("Hectares"), [(2018, 120), (2019, 300)])],
    )
    {% include "progress/includes/chart.html" with chart=chart %}

A chart gives the template `id`, `title`, `description`, `is_empty`, `table` and `drawings` (a
wide drawing, `svg`, and a narrow one for phones). Labels are formatted in the language active
when the template reads them, so a chart built before the language is chosen still reads right.
Numbers are grouped in every language ("1,200", "1.200", "1 200"); a caller may pass
`number_format` (a function of a Decimal) for money or named scores. Years (ints) on the x axis
are not grouped.

Series are told apart without colour: lines by marker shape and dash pattern, bars by hatching,
and a legend repeats each. After six series the styles repeat.
"""

import hashlib
import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from django.utils import formats, translation
from django.utils.text import slugify
from django.utils.translation import gettext


@dataclass(frozen=True)
class Size:
    """A drawing's size in its own units; the SVG scales to its container through its viewBox.
    Each chart is drawn twice: wide, and narrow for phones, where the wide drawing would shrink
    its text below legibility. The stylesheet shows the one that suits the chart's width."""

    name: str
    width: int
    plot_height: int


WIDE = Size("wide", 640, 260)
NARROW = Size("narrow", 360, 220)
# 14 units: 14 px in the wide drawing at 40rem, and still 11 px in the narrow one on a 320 px
# screen.
FONT_SIZE = 14
# Average glyph width as a share of the font size: a generous estimate, so that labels that
# are judged to fit do fit.
CHAR_WIDTH = 0.6
# Longer tick labels are shortened with an ellipsis in the drawing; the table has them whole.
LABEL_CHARACTERS = 18
TICK_TARGET = 5
MARKER_RADIUS = 5
# Largest bar width, so that one category does not draw one enormous bar.
BAR_MAX_WIDTH = 64
# How far apart the markers of series that share an x are spread when `dodge` is on.
DODGE = 10
SLANT = math.sqrt(0.5)  # sin 45°: tick labels that do not fit side by side are slanted 45°


@dataclass(frozen=True)
class SeriesStyle:
    """How one series looks. Every colour has at least 3:1 contrast on white (WCAG 1.4.11);
    the shape, dash and hatching tell the series apart without colour."""

    colour: str
    shape: str
    dash: str  # stroke-dasharray; "" for a solid line
    hatch: str


STYLES = (
    SeriesStyle("#1f5f3a", "circle", "", "solid"),  # 7.6:1
    SeriesStyle("#b35806", "square", "8 4", "diagonal"),  # 4.9:1
    SeriesStyle("#2166ac", "triangle", "2 3", "crosshatch"),  # 5.9:1
    SeriesStyle("#762a83", "diamond", "10 3 2 3", "dots"),  # 8.6:1
    SeriesStyle("#b2182b", "triangle-down", "4 4", "horizontal"),  # 6.9:1
    SeriesStyle("#5e5e5e", "plus", "12 3 3 3 3 3", "back-diagonal"),  # 6.5:1
)


@dataclass(frozen=True)
class Series:
    """A named run of (x, value) points; a value of None (or NaN) is a missing figure: a gap in
    a line, no bar. Points may also be given as a mapping of x to value."""

    label: str
    points: Sequence[tuple[Any, Any]]

    def __post_init__(self):
        points = self.points.items() if isinstance(self.points, Mapping) else self.points
        object.__setattr__(self, "points", tuple((x, _decimal(value)) for x, value in points))


# What the template draws. Coordinates are strings, so that no language's number format
# reaches the SVG's attributes.


@dataclass(frozen=True)
class Text:
    x: str
    y: str
    text: str
    full_text: str = ""  # the whole label when `text` is shortened, for a tooltip
    anchor: str = "middle"
    transform: str = ""


@dataclass(frozen=True)
class Tick:
    position: str  # x of a tick on the x axis, y of a gridline on the y axis
    label: Text | None  # None for a tick whose label is left out so that labels do not overlap


@dataclass(frozen=True)
class Marker:
    path: str
    title: str


@dataclass(frozen=True)
class Bar:
    x: str
    y: str
    width: str
    height: str
    title: str


@dataclass(frozen=True)
class Pattern:
    """An 8 × 8 hatching tile for a bar's fill; the template gives it an id."""

    colour: str
    transform: str
    lines: tuple[tuple[str, str, str, str], ...] = ()
    dots: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class SeriesDrawing:
    number: int  # from 1, as in the class chart-series-<number>
    label: str
    colour: str
    shape: str
    dash: str
    pattern: Pattern | None  # a bar's hatching; None for a solid fill
    lines: tuple[str, ...]  # path data, one per unbroken run of points
    markers: tuple[Marker, ...]
    bars: tuple[Bar, ...]
    value_labels: tuple[Text, ...]
    legend_marker: str  # the marker's path in the legend's 36 × 16 swatch

    @property
    def css_class(self):
        return f"chart-series-{self.number}"


@dataclass(frozen=True)
class Drawing:
    id: str  # the prefix of the ids inside the drawing: its title, description and hatchings
    size: str  # "wide" or "narrow"
    kind: str
    width: str
    height: str
    plot_left: str
    plot_right: str
    plot_top: str
    plot_bottom: str
    zero: str  # y of the zero line when the values go below zero, else ""
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    x_label: Text | None
    y_label: Text | None
    series: tuple[SeriesDrawing, ...]

    @property
    def hatched_series(self):
        """The series whose bars are hatched, each with its pattern to define."""
        return [series for series in self.series if series.pattern]

    @property
    def viewbox(self):
        return f"0 0 {self.width} {self.height}"

    @property
    def tick_end(self):
        """Where the x axis' tick marks end, below the axis."""
        return _c(float(self.plot_bottom) + 5)


@dataclass(frozen=True)
class TableRow:
    header: str
    cells: tuple[str | None, ...]  # None for a missing figure


@dataclass(frozen=True)
class Table:
    caption: str
    corner: str  # the header of the first column: what the rows are
    columns: tuple[str, ...]
    rows: tuple[TableRow, ...]


class Chart:
    """What LineChart and BarChart share: their data, id, table and language-bound layout."""

    kind = ""

    def __init__(
        self,
        *,
        title,
        series: Sequence[Series],
        description="",
        x_label="",
        y_label="",
        number_format: Callable[[Decimal], str] | None = None,
        x_format: Callable[[Any], str] | None = None,
        chart_id: str | None = None,
    ):
        self.title = title
        self.series = list(series)
        self._description = description
        self.x_label = x_label
        self.y_label = y_label
        self._number_format = number_format
        self._x_format = x_format
        self._chart_id = chart_id
        self._layouts = {}

    @property
    def is_empty(self):
        return not any(value is not None for series in self.series for _x, value in series.points)

    @property
    def id(self):
        """The given id, or one made of the title and a hash of the figures: stable between
        requests, and different for two charts of the same title but other figures."""
        if self._chart_id:
            return self._chart_id
        content = repr(
            (self.kind, str(self.title), [(str(s.label), s.points) for s in self.series])
        )
        digest = hashlib.sha256(content.encode()).hexdigest()[:8]
        return f"chart-{slugify(str(self.title))[:40].strip('-') or 'figures'}-{digest}"

    @property
    def description(self):
        return self._layout()["description"]

    @property
    def svg(self) -> Drawing | None:
        """The wide drawing, whose title and description have the ids <id>-title, <id>-desc;
        None for an empty chart."""
        return next(iter(self.drawings), None)

    @property
    def drawings(self) -> tuple[Drawing, ...]:
        """The wide drawing and the narrow one, in that order; none for an empty chart."""
        return self._layout()["svg"]

    @property
    def table(self) -> Table:
        return self._layout()["table"]

    def format_value(self, value: Decimal) -> str:
        if self._number_format is not None:
            return str(self._number_format(value))
        return formats.number_format(value, use_l10n=True, force_grouping=True)

    def format_x(self, x) -> str:
        if self._x_format is not None:
            return str(self._x_format(x))
        if isinstance(x, datetime | date):
            return formats.date_format(x, "j M Y")
        if isinstance(x, int):
            return str(x)  # a year: 2024, not 2,024
        if isinstance(x, float | Decimal):
            return formats.number_format(_decimal(x), use_l10n=True, force_grouping=True)
        return str(x)

    def _layout(self):
        language = translation.get_language()
        if language not in self._layouts:
            values = {
                (number, key): self.format_value(_plain(value))
                for number, series in enumerate(self.series, start=1)
                for key, value in self._keyed_points(series)
                if value is not None
            }
            self._layouts[language] = {
                "table": self._table(values),
                "svg": ()
                if self.is_empty
                else tuple(self._drawing(values, size) for size in (WIDE, NARROW)),
                "description": str(self._description or self._summary(values)),
            }
        return self._layouts[language]

    def _table(self, values) -> Table:
        rows = tuple(
            TableRow(
                header=label,
                cells=tuple(values.get((number, key)) for number in range(1, len(self.series) + 1)),
            )
            for key, label in self._rows()
        )
        return Table(
            caption=str(self.title),
            corner=str(self.x_label),
            columns=tuple(str(series.label) for series in self.series),
            rows=rows,
        )

    def _summary(self, values):
        """A sentence a screen reader reads with the title when no description is given: each
        series' first and last figures (a line) or its lowest and highest (bars)."""
        sentences = []
        labels = dict(self._rows())
        for number, series in enumerate(self.series, start=1):
            known = [(key, value) for key, value in self._keyed_points(series) if value is not None]
            if not known:
                continue
            if self.kind == "bar":
                first = min(known, key=lambda point: point[1])
                last = max(known, key=lambda point: point[1])
            else:
                first, last = known[0], known[-1]
            if len(known) == 1:
                sentence = gettext("%(series)s: %(value)s (%(x)s).") % {
                    "series": series.label,
                    "value": values[(number, first[0])],
                    "x": labels[first[0]],
                }
            else:
                sentence = gettext(
                    "%(series)s: from %(first)s (%(first_x)s) to %(last)s (%(last_x)s)."
                )
                sentence %= {
                    "series": series.label,
                    "first": values[(number, first[0])],
                    "first_x": labels[first[0]],
                    "last": values[(number, last[0])],
                    "last_x": labels[last[0]],
                }
            sentences.append(sentence)
        return " ".join(sentences)

    def _point_title(self, series, x_label, value_text):
        return gettext("%(series)s, %(x)s: %(value)s") % {
            "series": series.label,
            "x": x_label,
            "value": value_text,
        }

    def _y_scale(self, values, domain=None, named_ticks=None, integers=False):
        """The y domain and its ticks, as Decimals. By default from zero (or below, for negative
        values) to the round number at or above the largest value, in steps of 1, 2 or 5 × 10ⁿ
        (whole numbers when every value is whole). A fixed domain is widened to hold every value;
        named ticks are placed where they say."""
        low, high = min(values, default=Decimal(0)), max(values, default=Decimal(0))
        if named_ticks:
            positions = [_decimal(position) for position, _label in named_ticks]
            low, high = min(low, *positions), max(high, *positions)
        if domain is not None:
            low, high = min(low, _decimal(domain[0])), max(high, _decimal(domain[1]))
        automatic = domain is None and not named_ticks
        if automatic:
            low, high = min(low, Decimal(0)), max(high, Decimal(0))
        if low == high:
            low, high = (low, high + 1) if automatic else (low - 1, high + 1)
        if named_ticks:
            labels = [_shorten(str(label)) for _position, label in named_ticks]
            return low, high, list(zip(positions, labels, strict=True))
        step = _nice_step(high - low, TICK_TARGET, integers=integers)
        if automatic:
            low = (low / step).to_integral_value(ROUND_FLOOR) * step
            high = (high / step).to_integral_value(ROUND_CEILING) * step
        first = (low / step).to_integral_value(ROUND_CEILING)
        last = (high / step).to_integral_value(ROUND_FLOOR)
        places = max(0, -step.normalize().as_tuple().exponent)
        ticks = []
        for index in range(int(first), int(last) + 1):
            value = index * step
            if self._number_format is not None:
                text = self.format_value(_plain(value))
            else:
                text = formats.number_format(
                    value, decimal_pos=places, use_l10n=True, force_grouping=True
                )
            ticks.append((value, (text, "")))
        return low, high, ticks

    def _keyed_points(self, series):
        raise NotImplementedError

    def _rows(self):
        raise NotImplementedError

    def _drawing(self, values, size: Size) -> Drawing:
        raise NotImplementedError

    def _drawing_id(self, size):
        return self.id if size is WIDE else f"{self.id}-{size.name}"


class LineChart(Chart):
    """Trends: x is a year (int), a number or a date; values may be negative. `y_domain` fixes
    the y axis (widened if a value lies outside it) and `y_ticks`, a list of (value, label),
    names its ticks, as for scores from 1 to 4. `dodge` spreads the markers of series that share
    an x and a value a little apart, so that none hides another."""

    kind = "line"

    def __init__(self, *, y_domain=None, y_ticks=None, dodge=False, **kwargs):
        super().__init__(**kwargs)
        self.y_domain = y_domain
        self.y_ticks = y_ticks
        self.dodge = dodge
        for series in self.series:
            xs = [x for x, _value in series.points]
            if len(set(xs)) != len(xs):
                raise ValueError(f"Series {series.label!r} has two points at the same x.")

    def _keyed_points(self, series):
        return sorted(series.points, key=lambda point: _x_number(point[0]))

    def _rows(self):
        xs = {x for series in self.series for x, value in series.points if value is not None}
        return [(x, self.format_x(x)) for x in sorted(xs, key=_x_number)]

    def _drawing(self, values, size):
        xs = [x for x, _label in self._rows()]
        numbers = [_x_number(x) for x in xs]
        x_min, x_max = min(numbers), max(numbers)
        data = [value for series in self.series for _x, value in series.points if value is not None]
        low, high, y_ticks = self._y_scale(
            data,
            domain=self.y_domain,
            named_ticks=self.y_ticks,
            integers=all(value == value.to_integral_value() for value in data),
        )
        years = all(isinstance(x, int) for x in xs)
        label_width = max(_text_width(label) for _x, label in self._rows())
        count = len(self.series)
        frame = _Frame(size, y_ticks, self.y_label)
        # Room inside the plot, so that no marker sits on the y axis or leaves the plot.
        frame.inset = MARKER_RADIUS * 2 + (count - 1) / 2 * DODGE * self.dodge

        def x_ticks(plot_width):
            inner = plot_width - 2 * frame.inset
            if x_min == x_max:
                return [(x_min, self.format_x(xs[0]))]
            if years:
                step = next(
                    step
                    for step in _integer_steps()
                    if step * inner / (x_max - x_min) >= label_width + 8
                )
                return [(year, str(year)) for year in range(int(x_min), int(x_max) + 1, step)]
            if isinstance(xs[0], date | datetime):
                return [(number, self.format_x(x)) for number, x in zip(numbers, xs, strict=True)]
            step = _nice_step(
                _decimal(x_max - x_min), max(2, int(inner // (label_width + 16))), integers=False
            )
            first = (_decimal(x_min) / step).to_integral_value(ROUND_CEILING)
            last = (_decimal(x_max) / step).to_integral_value(ROUND_FLOOR)
            return [
                (float(index * step), self.format_x(index * step))
                for index in range(int(first), int(last) + 1)
            ]

        def x_position(number):
            if x_min == x_max:
                return frame.left + frame.plot_width / 2
            inner = frame.plot_width - 2 * frame.inset
            return frame.left + frame.inset + (number - x_min) / (x_max - x_min) * inner

        frame.fit_x_axis(x_ticks, x_position, self.x_label)
        y_position = frame.y_scale(low, high)
        drawn = []
        for number, series in enumerate(self.series, start=1):
            style = STYLES[(number - 1) % len(STYLES)]
            offset = (number - 1 - (count - 1) / 2) * DODGE if self.dodge else 0
            runs, run, markers, points = [], [], [], []
            for x, value in self._keyed_points(series):
                if value is None:
                    if run:
                        runs.append(run)
                    run = []
                    continue
                point = (x_position(_x_number(x)) + offset, y_position(value))
                run.append(point)
                points.append((x, value, point))
                markers.append(
                    Marker(
                        path=_marker_path(style.shape, *point),
                        title=self._point_title(series, self.format_x(x), values[(number, x)]),
                    )
                )
            if run:
                runs.append(run)
            texts = [values[(number, x)] for x, _value, _point in points]
            spacing = min(
                (b[2][0] - a[2][0] for a, b in itertools.pairwise(points)),
                default=size.width,
            )
            labelled = len(points) == 1 or (
                count == 1 and max(_text_width(text) for text in texts) + 6 <= spacing
            )
            value_labels = []
            if labelled:
                for text, (_x, _value, (px, py)) in zip(texts, points, strict=True):
                    above = py - MARKER_RADIUS - 6
                    y = above if above - FONT_SIZE >= 0 else py + MARKER_RADIUS + FONT_SIZE + 4
                    half = _text_width(text) / 2
                    x = min(max(px, half + 2), size.width - half - 2)
                    value_labels.append(Text(_c(x), _c(y), text))
            drawn.append(
                SeriesDrawing(
                    number=number,
                    label=str(series.label),
                    colour=style.colour,
                    shape=style.shape,
                    dash=style.dash,
                    pattern=None,
                    lines=tuple(
                        "M" + "L".join(f"{_c(x)} {_c(y)}" for x, y in run)
                        for run in runs
                        if len(run) > 1
                    ),
                    markers=tuple(markers),
                    bars=(),
                    value_labels=tuple(value_labels),
                    legend_marker=_marker_path(style.shape, 18, 8),
                )
            )
        # Labels of several series that would overlap (one point each on the same date, say) are
        # all left out rather than some: the table has every figure.
        labels = [label for series in drawn for label in series.value_labels]
        if any(_overlap(a, b) for a, b in itertools.combinations(labels, 2)):
            drawn = [replace(series, value_labels=()) for series in drawn]
        return frame.drawing(self._drawing_id(size), self.kind, y_ticks, y_position, low, drawn)


class BarChart(Chart):
    """Amounts by category: `categories` in their order (strings, years or dates; by default
    the order in which the series first name them), 1 to 3 series of values for each. Points
    name their category; a category a series leaves out, or gives None, has no bar."""

    kind = "bar"

    def __init__(self, *, categories=None, **kwargs):
        super().__init__(**kwargs)
        if categories is None:
            categories = list(
                dict.fromkeys(x for series in self.series for x, _value in series.points)
            )
        self.categories = list(categories)
        keys = {_category_key(category) for category in self.categories}
        for series in self.series:
            unknown = [x for x, _value in series.points if _category_key(x) not in keys]
            if unknown:
                raise ValueError(
                    f"Series {series.label!r} has points outside the categories: {unknown!r}"
                )

    def _keyed_points(self, series):
        return [(_category_key(x), value) for x, value in series.points]

    def _rows(self):
        return [(_category_key(category), self.format_x(category)) for category in self.categories]

    def _drawing(self, values, size):
        data = [value for series in self.series for _x, value in series.points if value is not None]
        low, high, y_ticks = self._y_scale(
            data, integers=all(value == value.to_integral_value() for value in data)
        )
        rows = self._rows()
        frame = _Frame(size, y_ticks, self.y_label)

        def band(plot_width):
            return plot_width / len(rows)

        def x_position(index):
            return frame.left + band(frame.plot_width) * (index + 0.5)

        frame.fit_x_axis(
            lambda _plot_width: [(index, label) for index, (_key, label) in enumerate(rows)],
            x_position,
            self.x_label,
        )
        y_position = frame.y_scale(low, high)
        zero = y_position(Decimal(0))
        count = len(self.series)
        width = band(frame.plot_width)
        bar_width = min(width * 0.7 / count, BAR_MAX_WIDTH)
        room = bar_width if count > 1 else width - 4
        labelled = all(_text_width(text) + 2 <= room for text in values.values())
        drawn = []
        for number, series in enumerate(self.series, start=1):
            style = STYLES[(number - 1) % len(STYLES)]
            by_key = dict(self._keyed_points(series))
            bars, value_labels = [], []
            for index, (key, label) in enumerate(rows):
                value = by_key.get(key)
                if value is None:
                    continue
                x = x_position(index) + (number - 1 - count / 2) * bar_width
                top = y_position(value)
                y, height = min(top, zero), max(abs(zero - top), 1.5)
                text = values[(number, key)]
                bars.append(
                    Bar(
                        x=_c(x + 1),
                        y=_c(y),
                        width=_c(max(bar_width - 2, 1)),
                        height=_c(height),
                        title=self._point_title(series, label, text),
                    )
                )
                if labelled:
                    label_y = y - 5 if value >= 0 else y + height + FONT_SIZE + 2
                    value_labels.append(Text(_c(x + bar_width / 2), _c(label_y), text))
            drawn.append(
                SeriesDrawing(
                    number=number,
                    label=str(series.label),
                    colour=style.colour,
                    shape=style.shape,
                    dash=style.dash,
                    pattern=_pattern(style),
                    lines=(),
                    markers=(),
                    bars=tuple(bars),
                    value_labels=tuple(value_labels),
                    legend_marker="",
                )
            )
        return frame.drawing(self._drawing_id(size), self.kind, y_ticks, y_position, low, drawn)


class _Frame:
    """The plot area inside the drawing and its axes: margins grow to hold the y tick labels,
    the axis titles and the x tick labels, slanted and thinned when they would overlap."""

    inset = 0  # room between the y axis and the first x (and the last x and the plot's end)

    def __init__(self, size, y_ticks, y_label):
        self.size = size
        self.y_label_text = _shorten(str(y_label), _characters(size.width - 8))[0]
        widest = max((_text_width(label[0]) for _value, label in y_ticks), default=0)
        self.y_axis_width = widest + 10
        self.left = max(self.y_axis_width, 36)
        self.right = 16
        self.top = 30 if self.y_label_text else 16
        self.x_axis_height = FONT_SIZE + 12

    @property
    def plot_width(self):
        return self.size.width - self.left - self.right

    def fit_x_axis(self, make_ticks, position, x_label):
        """Lays out the x tick labels: horizontal when each fits beside its neighbours, else
        slanted at 45° and thinned until slanted labels do not touch. The margins grow to hold
        them, which narrows the plot, so the labels are laid out again in the new plot."""
        self.x_label_text = _shorten(str(x_label), _characters(self.size.width - 8))[0]
        for _attempt in range(3):
            self._place_x_ticks(make_ticks, position)
            self.left = max(self.y_axis_width, 36, self.left - self.left_reach + 4)
            self.right = max(16, self.right_reach - (self.size.width - self.right) + 4)
        self._place_x_ticks(make_ticks, position)

    def _place_x_ticks(self, make_ticks, position):
        ticks = [(position(at), _shorten(label)) for at, label in make_ticks(self.plot_width)]
        places = [place for place, _label in ticks]
        widths = [_text_width(text) for _place, (text, _full) in ticks]
        fits = all(
            b - a >= (wa + wb) / 2 + 8
            for a, b, wa, wb in zip(places, places[1:], widths, widths[1:], strict=False)
        )
        if fits:
            shown = set(range(len(ticks)))
            self.left_reach = places[0] - widths[0] / 2
            self.right_reach = places[-1] + widths[-1] / 2
            self.x_axis_height = FONT_SIZE + 12
        else:
            shown, last = set(), None
            for index, place in enumerate(places):
                if last is None or place - last >= FONT_SIZE * 1.4 / SLANT:
                    shown.add(index)
                    last = place
            self.left_reach = min(places[i] + 4 - widths[i] * SLANT for i in shown)
            self.right_reach = places[-1] + FONT_SIZE
            self.x_axis_height = max(widths) * SLANT + FONT_SIZE + 12
        self.slanted = not fits
        self.x_ticks = ticks
        self.x_shown = shown

    def y_scale(self, low, high):
        bottom = self.top + self.size.plot_height
        span = float(high - low)

        def y_position(value):
            return bottom - float(_decimal(value) - low) / span * self.size.plot_height

        return y_position

    def drawing(self, drawing_id, kind, y_ticks, y_position, low, series):
        bottom = self.top + self.size.plot_height
        height = bottom + self.x_axis_height + (FONT_SIZE + 14 if self.x_label_text else 4)
        x_ticks = []
        for index, (place, (text, full)) in enumerate(self.x_ticks):
            label = None
            if index in self.x_shown:
                if self.slanted:
                    x, y = place + 4, bottom + 14
                    label = Text(_c(x), _c(y), text, full, "end", f"rotate(-45 {_c(x)} {_c(y)})")
                else:
                    label = Text(_c(place), _c(bottom + FONT_SIZE + 8), text, full)
            x_ticks.append(Tick(_c(place), label))
        return Drawing(
            id=drawing_id,
            size=self.size.name,
            kind=kind,
            width=_c(self.size.width),
            height=_c(height),
            plot_left=_c(self.left),
            plot_right=_c(self.size.width - self.right),
            plot_top=_c(self.top),
            plot_bottom=_c(bottom),
            zero=_c(y_position(Decimal(0))) if low < 0 else "",
            x_ticks=tuple(x_ticks),
            y_ticks=tuple(
                Tick(
                    _c(y_position(value)),
                    Text(_c(self.left - 8), _c(y_position(value)), text, full, "end"),
                )
                for value, (text, full) in y_ticks
            ),
            x_label=(
                Text(_c(self.left + self.plot_width / 2), _c(height - 8), self.x_label_text)
                if self.x_label_text
                else None
            ),
            y_label=(
                Text("4", "16", self.y_label_text, anchor="start") if self.y_label_text else None
            ),
            series=tuple(series),
        )


def _decimal(value):
    """A figure as a Decimal; None for a missing one (None, NaN or infinite)."""
    if value is None or isinstance(value, bool):
        return None if value is None else Decimal(int(value))
    if isinstance(value, float):
        return Decimal(repr(value)) if math.isfinite(value) else None
    value = Decimal(value)
    return value if value.is_finite() else None


def _plain(value: Decimal) -> Decimal:
    """1.2E+3 as 1200 and 120.00 as 120, for formatting."""
    value = value.normalize()
    if value == 0:
        return Decimal(0)
    return value.quantize(Decimal(1)) if value.as_tuple().exponent > 0 else value


def _nice_step(span: Decimal, target: int, integers: bool) -> Decimal:
    """The smallest step of 1, 2 or 5 × 10ⁿ that splits `span` in at most `target` parts."""
    raw = Decimal(span) / target
    base = Decimal(1).scaleb(raw.adjusted())
    step = next(base * m for m in (1, 2, 5, 10) if base * m >= raw)
    return max(step, Decimal(1)) if integers else step


def _integer_steps():
    """1, 2, 5, 10, 20, 50… years between the x ticks of a line chart."""
    scale = 1
    while True:
        for m in (1, 2, 5):
            yield m * scale
        scale *= 10


def _x_number(x) -> float:
    if isinstance(x, datetime):
        return x.toordinal() + (x.hour * 3600 + x.minute * 60 + x.second) / 86400
    if isinstance(x, date):
        return float(x.toordinal())
    return float(x)


def _category_key(category):
    """Categories and points match by their text, so that 2024 and "2024" are one year."""
    return str(category)


def _text_width(text) -> float:
    return len(str(text)) * FONT_SIZE * CHAR_WIDTH


def _overlap(a: Text, b: Text) -> bool:
    """Whether two labels centred on their x, on their baseline y, would touch."""
    apart = abs(float(a.x) - float(b.x)) >= (_text_width(a.text) + _text_width(b.text)) / 2 + 2
    return not apart and abs(float(a.y) - float(b.y)) < FONT_SIZE + 2


def _characters(width) -> int:
    """How many characters fit in `width`."""
    return int(width // (FONT_SIZE * CHAR_WIDTH))


def _shorten(text, limit=LABEL_CHARACTERS):
    """(label, whole label) for a label shortened with an ellipsis, (label, "") otherwise."""
    limit = int(limit)
    if len(text) <= limit:
        return text, ""
    return text[: limit - 1].rstrip() + "…", text


def _c(number) -> str:
    """A coordinate for an SVG attribute: finite, one decimal place, a full stop."""
    number = float(number)
    if not math.isfinite(number):
        raise ValueError("A chart coordinate is not a finite number.")
    return f"{number:.1f}".removesuffix(".0")


def _marker_path(shape, x, y, r=MARKER_RADIUS):
    """Path data for a marker centred on (x, y), of about the same area whatever its shape."""
    if shape == "circle":
        return f"M{_c(x - r)} {_c(y)}a{r} {r} 0 1 0 {2 * r} 0a{r} {r} 0 1 0 {-2 * r} 0Z"
    if shape == "square":
        s = r * 0.9
        return f"M{_c(x - s)} {_c(y - s)}h{_c(2 * s)}v{_c(2 * s)}h{_c(-2 * s)}Z"
    if shape in ("triangle", "triangle-down"):
        sign = 1 if shape == "triangle" else -1
        return (
            f"M{_c(x)} {_c(y - sign * r * 1.25)}L{_c(x + r * 1.2)} {_c(y + sign * r * 0.85)}"
            f"L{_c(x - r * 1.2)} {_c(y + sign * r * 0.85)}Z"
        )
    if shape == "diamond":
        d = r * 1.3
        return f"M{_c(x)} {_c(y - d)}L{_c(x + d)} {_c(y)}L{_c(x)} {_c(y + d)}L{_c(x - d)} {_c(y)}Z"
    # plus: a cross with arms a third of its width
    a, b = r * 1.2, r * 0.4
    return (
        f"M{_c(x - b)} {_c(y - a)}h{_c(2 * b)}v{_c(a - b)}h{_c(a - b)}v{_c(2 * b)}h{_c(b - a)}"
        f"v{_c(a - b)}h{_c(-2 * b)}v{_c(b - a)}h{_c(b - a)}v{_c(-2 * b)}h{_c(a - b)}Z"
    )


def _pattern(style) -> Pattern | None:
    """An 8 × 8 hatching tile in the series' colour on white, for a bar's fill."""
    if style.hatch == "solid":
        return None
    if style.hatch == "dots":
        return Pattern(style.colour, "", dots=(("2", "2"), ("6", "6")))
    lines = {
        "diagonal": (("0", "0", "0", "8"),),
        "back-diagonal": (("0", "0", "0", "8"),),
        "horizontal": (("0", "4", "8", "4"),),
        "crosshatch": (("0", "0", "0", "8"), ("0", "4", "8", "4")),
    }[style.hatch]
    transform = {
        "diagonal": "rotate(45)",
        "back-diagonal": "rotate(-45)",
        "crosshatch": "rotate(45)",
    }
    return Pattern(style.colour, transform.get(style.hatch, ""), lines=lines)
