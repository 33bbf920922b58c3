"""Settings for the server the browser journeys drive: production-like (DEBUG off, hashed and
compressed static files served by WhiteNoise) on plain HTTP at 127.0.0.1, without production's
required environment, with a database and files of its own (tests/browser/demo_server.py)."""

from pathlib import Path

from website.settings.base import *  # noqa: F403
from website.settings.environment import env_required, env_str

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY", "browser-tests-only-key-never-use-in-production")
ALLOWED_HOSTS = ["127.0.0.1"]
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1")

BROWSER_WORK_DIR = Path(env_required("BROWSER_WORK_DIR"))
# The workers' servers share the static files that the run's demo collected (demo_server.py).
STATIC_ROOT = Path(env_str("BROWSER_STATIC_ROOT", "") or BROWSER_WORK_DIR / "static")
MEDIA_ROOT = BROWSER_WORK_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = False
WHITENOISE_AUTOREFRESH = False

# Contact messages and confirmations land in files the tests can read.
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = BROWSER_WORK_DIR / "mail"

# The journeys sign up some twenty people, and sign in far more often, from 127.0.0.1 within a
# few minutes. Production's limits per address would answer 429 part-way, on whichever server
# process had counted most (each counts in its own memory). The limits themselves are tested in
# tests/website/test_rate_limits.py.
ACCOUNT_RATE_LIMITS = {**ACCOUNT_RATE_LIMITS, "signup": "", "login": ""}  # noqa: F405
