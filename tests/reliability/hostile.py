"""What the hostile-input tests send (tests/reliability/test_hostile_input.py), as hypothesis
strategies: strings that attackers and broken clients send, query strings and form bodies made
of them; and what every answer must hold."""

import itertools
import json
import os
from urllib.parse import quote, quote_from_bytes

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st

# Examples per property (FUZZ_EXAMPLES, as in tests/search/test_fuzz.py, whose default is 1000:
# here 200, since each example renders a whole page).
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200"))


def fuzz(share=1.0):
    """Hypothesis settings for one property: `share` of EXAMPLES, no deadline (a page render on a
    busy machine), no example database (failures print their example), one fixture per test."""
    return settings(
        max_examples=max(10, int(EXAMPLES * share)),
        deadline=None,
        database=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
    )


# Markup that must never come back as it was sent: in an HTML page it would run.
MARKER = "<script>alert(1)</script>"
MARKERS = (MARKER, "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>")
# An e-mail address that Django's EmailValidator accepts (a quoted local part).
SCRIPT_EMAIL = f'"{MARKER}"@example.org'
HUGE = "x" * 10_000

SAMPLES = [
    # numbers a parameter may expect, and what is not quite one
    "",
    " ",
    "0",
    "-1",
    "1.5",
    "1e309",
    "NaN",
    "Infinity",
    "99999999999999999999999999",
    "9" * 400,
    "0x1F",
    "١٢",
    "+1",
    " 2 ",
    # SQL
    "' OR '1'='1",
    "1; DROP TABLE wagtailcore_page;--",
    '" OR ""="',
    "1' UNION SELECT username, password FROM auth_user--",
    "%' AND 1=1 --",
    "admin'--",
    # HTML and script
    MARKER,
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "javascript:alert(1)",
    SCRIPT_EMAIL,
    "<!--",
    "]]>",
    "&amp;",
    "&#x3C;",
    # paths
    "../../../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f",
    "/etc/passwd",
    "file:///etc/passwd",
    "//evil.example/",
    "https://evil.example/",
    # bytes a database or a header refuses, and unusual Unicode
    "\x00",
    "a\x00b",
    "%00",
    "\r\nSet-Cookie: hacked=1",
    "\u202e",
    "\ufeff",
    "\U0001f333",
    "é",
    "ﬁ",
    "\u0130",
    # templates and format strings
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "${7*7}",
    "%s%s%s%n",
    "%(name)s",
    "{0}",
    # other types
    "[]",
    "{}",
    "null",
    "true",
    '{"$gt": ""}',
    "a,b,c",
    ",,,",
    "*",
    "?",
    "#",
    "&",
    "=",
    "+",
    ";",
    HUGE,
]

hostile_text = st.one_of(
    st.sampled_from(SAMPLES),
    st.text(max_size=60),
    st.lists(st.sampled_from(SAMPLES), min_size=2, max_size=3).map("".join),
)
# Bytes as a query string or a form body carries them: any, so invalid UTF-8 too.
hostile_bytes = st.one_of(
    st.binary(max_size=24),
    st.sampled_from([b"\xff\xfe", b"\xc3\x28", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xae"]),
)
# Escapes that do not decode.
broken_escapes = st.sampled_from(["%", "%g", "%zz", "%%", "%ff%fe", "%c3%28", "%C0%AE%C0%AE%2F"])
junk_names = st.sampled_from(["", "x", "a[]", "theme[0]", "__proto__", "_", "format", "callback"])


def _escape(value):
    if isinstance(value, bytes):
        return quote_from_bytes(value, safe="")
    return quote(value, safe="")


def query_strings(names, typical=(), unknown_names=True, pairs=8):
    """A query string of `names` (repeated, missing, and unknown ones too unless an unknown name
    is refused before anything else is read) with hostile values or `typical` ones (which get an
    example past the first check), already percent-encoded, invalid UTF-8 and escapes that do
    not decode included."""
    name = st.sampled_from(names)
    if unknown_names:
        name = st.one_of(name, name, junk_names, hostile_text)
    value = st.one_of(
        hostile_text,
        hostile_bytes,
        st.integers().map(str),
        st.sampled_from(list(typical) or [""]),
        st.sampled_from(list(typical) or [""]),
    )
    pair = st.one_of(
        st.tuples(name, value).map(lambda pair: f"{_escape(pair[0])}={_escape(pair[1])}"),
        st.tuples(name, broken_escapes).map(lambda pair: f"{_escape(pair[0])}={pair[1]}"),
        name.map(_escape),  # a name without "="
    )
    return st.lists(pair, max_size=pairs).map("&".join)


HOW_A_FIELD_IS_SENT = ["hostile", "hostile", "typical", "typical", "missing", "twice"]


@st.composite
def form_posts(draw, fields, typical=None, huge_field=None):
    """{"kwargs": for Client.post, "values": {field: [values]}, "encoding": how it was sent}: the
    form's `fields`, each hostile, `typical` (a value the form accepts), missing or repeated, sent
    as a browser sends a form (multipart, urlencoded) or as a broken client does (invalid UTF-8,
    JSON, plain text, a multipart body without its parts); now and then a 1 MB `huge_field`."""
    typical = typical or {}
    values = {}
    for field in fields:
        how = draw(st.sampled_from(HOW_A_FIELD_IS_SENT))
        if how == "hostile" or (how == "typical" and field not in typical):
            values[field] = [draw(hostile_text)]
        elif how == "typical":
            values[field] = [draw(st.sampled_from(typical[field]))]
        elif how == "twice":
            values[field] = draw(st.lists(hostile_text, min_size=2, max_size=4))
    if huge_field and draw(st.integers(0, 9)) == 0:
        values[huge_field] = ["m" * 1_000_000]
    encoding = draw(
        st.sampled_from(
            ["multipart", "multipart", "urlencoded", "bytes", "json", "text", "broken-multipart"]
        )
    )
    pairs = [(name, value) for name, field_values in values.items() for value in field_values]
    if encoding == "multipart":
        kwargs = {"data": values}
    elif encoding == "urlencoded":
        body = "&".join(f"{_escape(name)}={_escape(value)}" for name, value in pairs)
        kwargs = {"data": body, "content_type": "application/x-www-form-urlencoded"}
    elif encoding == "bytes":
        # Raw bytes, unescaped, some of them invalid UTF-8.
        body = b"&".join(
            name.encode() + b"=" + value.encode() + draw(hostile_bytes) for name, value in pairs
        )
        kwargs = {"data": body, "content_type": "application/x-www-form-urlencoded"}
    elif encoding == "json":
        body = {name: vs[0] if len(vs) == 1 else vs for name, vs in values.items()}
        kwargs = {"data": json.dumps(body), "content_type": "application/json"}
    elif encoding == "text":
        body = "\n".join(f"{name}={value}" for name, value in pairs)
        kwargs = {"data": body, "content_type": "text/plain"}
    else:
        kwargs = {"data": "--x\r\ngarbage", "content_type": "multipart/form-data; boundary=x"}
    return {"kwargs": kwargs, "values": values, "encoding": encoding}


_addresses = itertools.count(1)


def fresh_address():
    """A visitor address no example has used: rate limits and lockouts count per address."""
    number = next(_addresses)
    return f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"


def is_json(response):
    return "json" in response.get("Content-Type", "")


def assert_answered(response):
    """Below 500, and nothing sent reflected as markup that would run."""
    assert response.status_code < 500, response.status_code
    assert_nothing_reflected(response)


def assert_example_answered(response):
    """assert_answered() inside a property, which counts the answers for hypothesis's statistics
    (pytest --hypothesis-show-statistics)."""
    event(f"answered {response.status_code}")
    assert_answered(response)


def assert_nothing_reflected(response):
    """No marker as it was sent (escaped it may be there). JSON is exempt: it is not rendered,
    and every response is `nosniff`."""
    if response.streaming or is_json(response):
        return
    body = response.content.decode("utf-8", "replace")
    for marker in MARKERS:
        assert marker not in body, f"{marker} reflected unescaped"
    lowered = body.lower()
    assert 'href="javascript:' not in lowered and "href='javascript:" not in lowered
