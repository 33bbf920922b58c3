"""Production settings: secure by default, configured only from the environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "website.settings.production",
    "SECRET_KEY": "a-production-secret-key-that-is-long-and-random-1234567890-abcdefghij",
    "ALLOWED_HOSTS": "thousandlandscapes.example.org",
    "DATABASE_URL": "postgres://user:password@127.0.0.1:5432/thousand_landscapes",
}


def manage(*args, env):
    clean_env = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_production_settings_pass_check_deploy():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.slow
def test_production_sends_the_security_headers_and_keeps_cookies_from_scripts():
    """check --deploy does not look at these: what production sends besides HSTS (the headers
    themselves are asserted on real responses in test_security_headers.py)."""
    script = (
        "import json; from django.conf import settings as s; print(json.dumps({"
        "'hsts': s.SECURE_HSTS_SECONDS, 'nosniff': s.SECURE_CONTENT_TYPE_NOSNIFF,"
        "'referrer': s.SECURE_REFERRER_POLICY, 'coop': s.SECURE_CROSS_ORIGIN_OPENER_POLICY,"
        "'session_secure': s.SESSION_COOKIE_SECURE, 'session_httponly': s.SESSION_COOKIE_HTTPONLY,"
        "'csrf_secure': s.CSRF_COOKIE_SECURE, 'csrf_httponly': s.CSRF_COOKIE_HTTPONLY,"
        "'middleware': s.MIDDLEWARE, 'csp': s.CONTENT_SECURITY_POLICY['DIRECTIVES'],"
        "'permissions': s.PERMISSIONS_POLICY}, default=str))"
    )
    result = manage("shell", "-c", script, env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    production = json.loads(result.stdout.strip().splitlines()[-1])

    assert production["hsts"] == 60 * 60 * 24 * 365
    assert production["nosniff"] is True
    assert production["referrer"] == "strict-origin-when-cross-origin"
    assert production["coop"] == "same-origin"
    assert production["session_secure"] and production["session_httponly"]
    assert production["csrf_secure"] and production["csrf_httponly"]
    assert "website.security.ContentSecurityPolicyMiddleware" in production["middleware"]
    assert "django_permissions_policy.PermissionsPolicyMiddleware" in production["middleware"]
    assert "'unsafe-inline'" not in production["csp"]["script-src"]
    assert production["csp"]["object-src"] == ["'none'"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert production["permissions"][feature] == []


@pytest.mark.slow
@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_refuses_to_start_without_its_configuration(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"The environment variable {missing} is required" in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize(
    ("backend", "module"),
    [
        ("", "django.core.mail.backends.smtp"),
        ("django.core.mail.backends.locmem.EmailBackend", "django.core.mail.backends.locmem"),
    ],
)
def test_production_sends_mail_through_the_backend_the_environment_names(backend, module):
    """README lists EMAIL_BACKEND as a setting: production honours it; SMTP when it is unset."""
    script = "from django.core import mail; print(type(mail.get_connection()).__module__)"
    result = manage("shell", "-c", script, env={**PRODUCTION_ENV, "EMAIL_BACKEND": backend})
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == module


@pytest.mark.django_db
def test_postgresql_runs_the_pages_queries_without_compiling_them():
    """JIT compilation costs a page's queries more than it saves (tests/bench/RESULTS.md)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's setting")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
