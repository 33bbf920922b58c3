"""The server-drawn charts (progress/charts.py, progress/includes/chart.html), read as a visitor's
browser and screen reader get them: the SVG drawings, their legend and the table of figures."""

import itertools
import re
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from progress.charts import BarChart, LineChart, Series

SVG = "{http://www.w3.org/2000/svg}"
DASH = "\N{EN DASH}"  # a missing figure in the table, with "No figure" for screen readers
GEOMETRY = {"x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height", "d", "viewBox"}
SCORES = [(1, "Not begun"), (2, "Beginning"), (3, "Progressing"), (4, "Well advanced")]
REGIONS = [
    "Latin America and the Caribbean",
    "Sub-Saharan Africa",
    "South and South-East Asia",
    "Europe",
    "North America",
    "Oceania",
    "Middle East and North Africa",
]


def render(chart, language="en"):
    with translation.override(language):
        return render_to_string("progress/includes/chart.html", {"chart": chart})


def drawings(html):
    """The chart's SVG drawings (wide, then narrow), parsed as XML: they must be well formed."""
    return [
        ET.fromstring(svg) for svg in re.findall(r'<svg class="chart__svg.*?</svg>', html, re.S)
    ]


def classed(svg, tag, css_class):
    return [e for e in svg.iter(SVG + tag) if css_class in e.get("class", "").split()]


def visible_text(element):
    """A <text>'s own words, without the <title> that holds a shortened label in full."""
    return ((element.text or "") + "".join(child.tail or "" for child in element)).strip()


def value_labels(svg):
    return [visible_text(text) for text in classed(svg, "text", "chart__value")]


def axis_labels(svg, axis):
    (group,) = classed(svg, "g", f"chart__axis--{axis}")
    return [visible_text(text) for text in classed(group, "text", "chart__tick-label")]


def english_number(text):
    return Decimal(text.replace(",", ""))


class TableReader(HTMLParser):
    """The <table>'s rows as lists of cell texts, and its caption."""

    def __init__(self):
        super().__init__()
        self.rows, self.caption, self._cell, self._in_caption = [], "", None, False

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("th", "td"):
            self._cell = []
        elif tag == "caption":
            self._in_caption = True

    def handle_endtag(self, tag):
        if tag in ("th", "td"):
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "caption":
            self._in_caption = False

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        elif self._in_caption:
            self.caption += data


def table(html):
    reader = TableReader()
    reader.feed(html[html.index("<table") : html.index("</table>")])
    return reader


def column(html, index):
    """A column of the table's body (1 is the first series)."""
    return [row[index] for row in table(html).rows[1:]]


def hectares(points):
    return LineChart(
        title="Hectares under restoration",
        x_label="Year",
        y_label="Hectares",
        series=[Series("Hectares", points)],
    )


def test_a_line_charts_value_labels_and_table_hold_the_same_figures():
    html = render(hectares([(2018, 120), (2019, Decimal("300.5")), (2020, 1200)]))

    wide, _narrow = drawings(html)
    assert value_labels(wide) == ["120", "300.5", "1,200"]
    assert column(html, 1) == ["120", "300.5", "1,200"]
    assert column(html, 0) == ["2018", "2019", "2020"]  # years are not grouped: no "2,018"
    assert table(html).rows[0] == ["Year", "Hectares"]
    assert table(html).caption.strip() == "Hectares under restoration"


def test_a_bar_charts_value_labels_and_table_hold_the_same_figures():
    chart = BarChart(
        title="Investment secured",
        x_label="Year",
        categories=[2024, 2025],
        series=[Series("Secured", [(2024, 25000), (2025, Decimal("1500.75"))])],
    )
    html = render(chart)

    for svg in drawings(html):
        assert value_labels(svg) == ["25,000", "1,500.75"]
        assert len(classed(svg, "rect", "chart__bar")) == 2
    assert column(html, 1) == ["25,000", "1,500.75"]


@pytest.mark.parametrize(
    "chart",
    [
        hectares([]),
        hectares([(2018, None), (2019, float("nan"))]),
        BarChart(title="Investment", categories=["2024"], series=[]),
    ],
    ids=["no points", "only missing figures", "no series"],
)
def test_a_chart_without_figures_says_so_and_draws_nothing(chart):
    html = render(chart)

    assert "No figures yet." in html
    assert "<svg" not in html
    assert "<table" not in html
    assert f'<figcaption class="chart__title">{chart.title}</figcaption>' in html
    assert chart.svg is None


def assert_finite_geometry(svg):
    for element in svg.iter():
        for name, value in element.attrib.items():
            if name in GEOMETRY or name == "transform":
                assert not re.search(r"nan|inf", value, re.IGNORECASE), (name, value)
                assert "," not in value, (name, value)
                assert re.fullmatch(r"[-0-9. A-Za-z()%]+", value), (name, value)


@pytest.mark.parametrize(
    "chart",
    [
        hectares([(2024, Decimal("1234.5"))]),
        hectares([(2024, 0)]),
        hectares([(2024, -3)]),
        BarChart(title="Investment", series=[Series("Sought", [("2024", 0), ("2025", 0)])]),
        BarChart(title="Investment", series=[Series("Sought", [("Africa", 800)])]),
    ],
    ids=["one point", "one zero", "one negative", "bars all zero", "one bar"],
)
def test_one_point_or_all_zero_draws_sensibly(chart):
    html = render(chart)

    assert len(drawings(html)) == 2
    for svg in drawings(html):
        assert_finite_geometry(svg)
        ticks = [english_number(label) for label in axis_labels(svg, "y")]
        assert len(ticks) >= 2 and ticks == sorted(ticks)
        assert ticks[0] <= 0 <= ticks[-1]
    # Every figure has a visible label, the same as in the table.
    figures = column(html, 1)
    assert value_labels(drawings(html)[0]) == figures


def test_one_point_draws_one_marker_with_its_label():
    html = render(hectares([(2024, Decimal("1234.5"))]))

    for svg in drawings(html):
        assert len(classed(svg, "path", "chart__marker")) == 1
        assert not classed(svg, "path", "chart__line")  # no line from one point
        assert value_labels(svg) == ["1,234.5"]
        assert axis_labels(svg, "x") == ["2024"]


@pytest.mark.parametrize(
    ("values", "starts_at_zero"),
    [
        ([Decimal("0.3"), 8, Decimal("12.5"), 130, 980, Decimal("1234.5"), 2300, 3999, 4100], True),
        ([Decimal("0.02"), Decimal("0.05"), Decimal("0.09")], True),
        ([-120, 40, 75, -30], False),
        ([1200000, 3500000, 2100000], True),
    ],
    ids=["hectares", "small", "negative", "millions"],
)
def test_many_points_have_ascending_nice_ticks_that_cover_the_figures(values, starts_at_zero):
    chart = hectares([(2018 + index, value) for index, value in enumerate(values)])
    html = render(chart)

    for svg in drawings(html):
        assert_finite_geometry(svg)
        ticks = [english_number(label) for label in axis_labels(svg, "y")]
        steps = {b - a for a, b in itertools.pairwise(ticks)}
        assert len(steps) == 1, ticks  # evenly spaced
        (step,) = steps
        assert step > 0
        assert step.normalize().as_tuple().digits[0] in (1, 2, 5)  # 1, 2 or 5 × 10ⁿ
        assert 3 <= len(ticks) <= 8
        assert ticks[0] <= min(values) and ticks[-1] >= max(values)
        assert ticks[-1] - step < max(values)  # and no further than the next round number
        if starts_at_zero:
            assert ticks[0] == 0
        # Markers go where the figures are: one per point, the line through all of them.
        assert len(classed(svg, "path", "chart__marker")) == len(values)
        assert len(classed(svg, "path", "chart__line")) == 1


def test_a_missing_figure_draws_no_bar_and_says_so_in_the_table():
    chart = BarChart(
        title="Investment by year",
        y_label="US$",
        categories=["2023", "2024", "2025"],
        series=[
            Series("Sought", [("2023", 1000), ("2024", 500), ("2025", 750)]),
            Series("Secured", [("2023", 400), ("2024", None)]),  # 2025 left out
        ],
    )
    html = render(chart)

    for svg in drawings(html):
        sought, secured = classed(svg, "g", "chart__series")
        assert len(classed(sought, "rect", "chart__bar")) == 3
        (bar,) = classed(secured, "rect", "chart__bar")
        assert "2023" in bar.find(SVG + "title").text
    assert column(html, 2) == ["400", f"{DASH}No figure", f"{DASH}No figure"]
    assert "No figure" not in " ".join(value_labels(drawings(html)[0]))


def test_a_zero_is_a_bar_and_a_missing_figure_is_not():
    chart = BarChart(title="Secured", series=[Series("Secured", [("2024", 0), ("2025", None)])])
    html = render(chart)

    (svg, _narrow) = drawings(html)
    assert len(classed(svg, "rect", "chart__bar")) == 1
    assert column(html, 1) == ["0", f"{DASH}No figure"]


def test_the_drawings_are_images_named_by_their_title_and_description():
    chart = hectares([(2018, 120), (2019, 300)])
    html = render(chart)

    wide, narrow = drawings(html)
    for svg in (wide, narrow):
        assert svg.get("role") == "img"
        assert svg.get("width") == "100%" and svg.get("viewBox")
        assert svg.get("height") is None  # scales with its container
        title_id, desc_id = svg.get("aria-labelledby").split()
        ids = {element.get("id"): element for element in svg.iter() if element.get("id")}
        assert ids[title_id].tag == SVG + "title"
        assert ids[title_id].text == "Hectares under restoration"
        assert ids[desc_id].tag == SVG + "desc"
        assert ids[desc_id].text == "Hectares: from 120 (2018) to 300 (2019)."
    assert wide.get("aria-labelledby") == f"{chart.id}-title {chart.id}-desc"
    # Without the stylesheet, only the wide drawing shows (`hidden` is not for SVG elements).
    assert wide.get("display") is None and narrow.get("display") == "none"
    assert wide.get("hidden") is None and narrow.get("hidden") is None
    every_id = re.findall(r'\sid="([^"]+)"', html)
    assert len(every_id) == len(set(every_id))


def test_a_given_description_is_read_instead_of_the_summary():
    chart = LineChart(
        title="Hectares",
        description="Restoration more than doubled.",
        series=[Series("Hectares", [(2018, 120), (2019, 300)])],
    )
    wide, _narrow = drawings(render(chart))

    assert wide.find(SVG + "desc").text == "Restoration more than doubled."


def test_series_differ_by_marker_shape_dash_and_hatching_not_colour_alone():
    names = ["Partnership", "Shared understanding", "Vision", "Taking action", "Learning"]
    scores = LineChart(
        title="The 5 Elements",
        y_domain=(1, 4),
        y_ticks=SCORES,
        dodge=True,
        series=[
            Series(name, [(date(2024, 3, 1), 1 + index % 4), (date(2025, 3, 1), 4)])
            for index, name in enumerate(names)
        ],
    )
    html = render(scores)

    wide, _narrow = drawings(html)
    groups = classed(wide, "g", "chart__series")
    shapes = {
        tuple(
            sorted({c for m in classed(g, "path", "chart__marker") for c in m.get("class").split()})
        )
        for g in groups
    }
    dashes = {classed(g, "path", "chart__line")[0].get("stroke-dasharray") for g in groups}
    assert len(shapes) == len(dashes) == 5
    # The legend repeats each series' marker and line beside its name.
    legend = html[html.index('<ul class="chart__legend">') : html.index("</ul>")]
    for name, shape in zip(names, ["circle", "square", "triangle", "diamond"], strict=False):
        assert f"chart__marker--{shape}" in legend and name in legend
    # The y axis names the scores; the two points at 4 on 2025-03-01 do not sit on each other.
    assert axis_labels(wide, "y") == [label for _score, label in SCORES]
    starts = [
        float(re.match(r"M(-?[\d.]+)", classed(g, "path", "chart__marker")[-1].get("d")).group(1))
        for g in groups
    ]
    assert max(starts) - min(starts) >= 4 * 8  # spread apart, wider than a marker each


def test_one_assessment_draws_every_element_without_labels_on_top_of_each_other():
    names = dict(SCORES)
    chart = LineChart(
        title="The 5 Elements",
        y_domain=(1, 4),
        y_ticks=SCORES,
        dodge=True,
        number_format=lambda value: f"{names[int(value)]} ({value} of 4)",
        series=[
            Series(name, [(date(2025, 3, 1), score)])
            for name, score in [("Partnership", 2), ("Vision", 2), ("Learning", 3)]
        ],
    )
    html = render(chart)

    for svg in drawings(html):
        assert len(classed(svg, "path", "chart__marker")) == 3
        assert value_labels(svg) == []  # two would have overlapped: the table has them all
    assert table(html).rows[1] == [
        "1 Mar 2025",
        "Beginning (2 of 4)",
        "Beginning (2 of 4)",
        "Progressing (3 of 4)",
    ]


def test_bars_of_each_series_have_their_own_hatching_in_the_bars_and_the_legend():
    chart = BarChart(
        title="Investment",
        categories=["2024", "2025"],
        series=[
            Series("Sought", [("2024", 10), ("2025", 20)]),
            Series("Secured", [("2024", 5), ("2025", 15)]),
            Series("Pledged", [("2024", 1), ("2025", 2)]),
        ],
    )
    html = render(chart)

    for svg in drawings(html):
        fills = [
            {bar.get("fill") for bar in classed(group, "rect", "chart__bar")}
            for group in classed(svg, "g", "chart__series")
        ]
        assert all(len(fill) == 1 for fill in fills)
        fills = [fill.pop() for fill in fills]
        assert len(set(fills)) == 3
        patterns = {pattern.get("id") for pattern in svg.iter(SVG + "pattern")}
        for fill in fills[1:]:
            assert fill.removeprefix("url(#").removesuffix(")") in patterns
    legend = html[html.index('<ul class="chart__legend">') : html.index("</ul>")]
    assert legend.count("<pattern") == 2
    assert all(name in legend for name in ("Sought", "Secured", "Pledged"))


def test_every_mark_has_at_least_3_to_1_contrast_on_white():
    def luminance(colour):
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    chart = LineChart(
        title="Six series",
        series=[Series(f"Series {n}", [(2020, n), (2021, n + 1)]) for n in range(6)],
    )
    wide, _narrow = drawings(render(chart))
    colours = {line.get("stroke") for line in classed(wide, "path", "chart__line")}
    assert len(colours) == 6
    for colour in colours:
        assert 1.05 / (luminance(colour) + 0.05) >= 3, colour


def test_spanish_groups_and_decimals_in_its_own_way_and_keeps_coordinates_plain():
    chart = hectares([(2024, Decimal("1234.5"))])  # built before the language is chosen
    html = render(chart, "es")

    for svg in drawings(html):
        (label,) = value_labels(svg)
        assert label.replace("\xa0", " ").replace(".", " ") == "1 234,5"
        assert_finite_geometry(svg)
    assert column(html, 1) == [label]
    # The same chart, read again in English, is formatted in English.
    assert value_labels(drawings(render(chart))[0]) == ["1,234.5"]


def test_a_callers_formatter_formats_labels_ticks_and_table_alike():
    chart = BarChart(
        title="Investment",
        series=[Series("Secured", [("2024", 1500), ("2025", 250)])],
        number_format=lambda value: f"US${value:,}",
    )
    html = render(chart)

    wide, _narrow = drawings(html)
    assert value_labels(wide) == ["US$1,500", "US$250"] == column(html, 1)
    assert all(label.startswith("US$") for label in axis_labels(wide, "y"))


def test_long_category_labels_are_shortened_in_the_drawing_and_whole_in_the_table():
    chart = BarChart(
        title="The network by region",
        series=[
            Series("Landscapes", [(region, 3 + index) for index, region in enumerate(REGIONS)])
        ],
    )
    html = render(chart)

    for svg in drawings(html):
        labels = axis_labels(svg, "x")
        assert "Latin America and the Caribbean" not in labels
        assert any(label.endswith("…") for label in labels)
        assert all(len(label) <= 18 for label in labels)
        full = [t.text for t in svg.iter(SVG + "title") if t.text in REGIONS]
        assert "Latin America and the Caribbean" in full  # as a tooltip
    assert column(html, 0) == REGIONS


def assert_labels_do_not_overlap(svg):
    """Side by side, neighbouring labels are further apart than half their widths; slanted at
    45°, the distance between their parallel baselines is more than a line of text."""
    (group,) = classed(svg, "g", "chart__axis--x")
    texts = classed(group, "text", "chart__tick-label")
    places = [(float(text.get("x")), visible_text(text), text.get("transform")) for text in texts]
    font_size = float(svg.get("font-size"))
    for (a, label_a, slant), (b, label_b, _slant) in itertools.pairwise(places):
        if slant:
            assert (b - a) * 0.7071 >= font_size * 1.2
        else:
            assert b - a >= (len(label_a) + len(label_b)) / 2 * font_size * 0.55


def test_many_categories_do_not_overlap():
    regions = BarChart(
        title="The network by region",
        series=[
            Series("Landscapes", [(region, 3) for region in REGIONS]),
            Series("Organisations", [(region, 5) for region in REGIONS]),
        ],
    )
    years = BarChart(
        title="Investment by year",
        series=[
            Series("Sought", [(str(year), 100) for year in range(2018, 2027)]),
            Series("Secured", [(str(year), 50) for year in range(2018, 2027)]),
        ],
    )
    assessments = LineChart(
        title="The 5 Elements",
        y_ticks=SCORES,
        series=[
            Series("Partnership", [(date(2020 + n // 4, 1 + n % 4 * 3, 1), 2) for n in range(20)])
        ],
    )
    for chart in (regions, years, assessments):
        for svg in drawings(render(chart)):
            assert_labels_do_not_overlap(svg)
            assert_finite_geometry(svg)
    # Nine years fit side by side in the wide drawing: nothing slanted, nothing left out.
    wide, _narrow = drawings(render(years))
    assert axis_labels(wide, "x") == [str(year) for year in range(2018, 2027)]
    (group,) = classed(wide, "g", "chart__axis--x")
    assert not any(text.get("transform") for text in classed(group, "text", "chart__tick-label"))


def test_a_long_run_of_years_on_a_line_is_labelled_in_round_steps():
    chart = hectares([(year, year - 1990) for year in range(1990, 2027)])
    for svg in drawings(render(chart)):
        years = [int(label) for label in axis_labels(svg, "x")]
        assert years[0] == 1990 and years[-1] <= 2026
        assert len({b - a for a, b in itertools.pairwise(years)}) == 1
        assert_labels_do_not_overlap(svg)


def test_a_line_breaks_where_a_figure_is_missing():
    chart = hectares([(2018, 1), (2019, 2), (2020, None), (2021, 4), (2022, 5)])
    wide, _narrow = drawings(render(chart))

    assert len(classed(wide, "path", "chart__line")) == 2
    assert len(classed(wide, "path", "chart__marker")) == 4


def test_the_id_is_stable_and_follows_the_figures():
    def chart(value):
        return hectares([(2018, 120), (2019, value)])

    assert chart(300).id == chart(300).id
    assert chart(300).id != chart(301).id
    assert chart(300).id.startswith("chart-hectares-under-restoration-")
    assert LineChart(title="x", chart_id="trend", series=[]).id == "trend"


def test_points_outside_the_categories_are_a_mistake():
    with pytest.raises(ValueError, match="outside the categories"):
        BarChart(title="x", categories=["2024"], series=[Series("a", [("2025", 1)])])
