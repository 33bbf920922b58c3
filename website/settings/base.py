"""Settings shared by every environment. Everything that differs between deployments comes from
environment variables; see README.md for the list."""

from pathlib import Path

import dj_database_url

from search.configuration import search_backends
from website.security import DEFAULT_FRAME_HOSTS, content_security_policy

from .environment import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Our apps, in the order in which they depend on each other.
    "website",
    "network",
    "learning",
    "stories",
    "progress",
    "library",
    "search",
    # Wagtail and its translation layer.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.frontend_cache",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "django_countries",
    "multiselectfield",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # gzip for anonymous visitors only (BREACH), outside the page cache and the ETag.
    "website.compression.CompressionMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",  # ETag, and 304 when it matches
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "website.media.MediaMiddleware",  # uploaded images, with SERVE_MEDIA (website/media.py)
    # Outside the session and CSRF middleware and the page cache: it decides who may keep a copy
    # of the response as sent, with the cookies they set.
    "website.middleware.CacheControlMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Inside CsrfViewMiddleware, so that a page served from the cache gets its visitor's token.
    "website.page_cache.AnonymousPageCacheMiddleware",
    # Inside the page cache, which answers without it: the site and the route from the cache.
    "website.structure.StructureCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Innermost: the page cache must see a page that used a nonce (website/security.py).
    "website.security.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "website.urls"
WSGI_APPLICATION = "website.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
            # Wagtail's image tags, but an image whose file is missing or corrupt is left out
            # of the page instead of failing it (website/images.py).
            "libraries": {"wagtailimages_tags": "website.templatetags.tolerant_images"},
        },
    },
]
# That replacement is on purpose; Django warns about any library name given to two modules.
SILENCED_SYSTEM_CHECKS = ["templates.W003"]

# SQLite for `make run`; PostgreSQL (or whatever dj-database-url reads) when DATABASE_URL is set.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
# SQLite under `make run` sees writes at the same moment (the editor's autosave while they
# publish). WAL lets reads go on during a write; IMMEDIATE transactions take the write lock when
# they begin, so one that read first cannot fail at once with "database is locked" when it comes
# to write; and a writer waits for the lock (up to 20 s) instead of failing.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
}
if DATABASES["default"].get("ENGINE") == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**DATABASES["default"].get("OPTIONS", {}), **SQLITE_OPTIONS}
# PostgreSQL's JIT compiles a query whose estimated cost passes jit_above_cost: for a page's
# short queries that costs far more than it saves (a searched directory's facet counts at
# target scale: 1.3 s of JIT compilation for a query that runs in 0.4 s; tests/bench/RESULTS.md).
# Added to whatever `options` DATABASE_URL gives (?options=-c%20search_path%3D…).
if DATABASES["default"].get("ENGINE") == "django.db.backends.postgresql":
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    _options["options"] = f"{_options.get('options', '')} -c jit=off".strip()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# In-process memory unless REDIS_URL names a Redis server (shared by every worker and machine).
# Redis that is down or slow makes pages uncached, not failed (website/cache_backends.py).
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    _cache = {
        "BACKEND": "website.cache_backends.TolerantRedisCache",
        "LOCATION": REDIS_URL,
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
else:
    _cache = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
CACHES = {
    "default": {**_cache, "KEY_PREFIX": "site"},
    # Wagtail looks image renditions up here before asking the database.
    "renditions": {**_cache, "KEY_PREFIX": "renditions", "TIMEOUT": 60 * 60 * 24},
}
# A CDN or proxy in front of the site is told to forget a page when it is published or
# unpublished: FRONTEND_CACHE_PURGE_URL for Varnish/Nginx-style PURGE requests, or Cloudflare's
# API with CLOUDFLARE_API_TOKEN and CLOUDFLARE_ZONE_ID. Without either, nothing is purged.
WAGTAILFRONTENDCACHE = {}
if env_str("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_PURGE_URL"),
    }
if env_str("CLOUDFLARE_API_TOKEN") and env_str("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env_str("CLOUDFLARE_API_TOKEN"),
        "ZONEID": env_str("CLOUDFLARE_ZONE_ID"),
    }

# Whole pages for anonymous visitors (website/page_cache.py); 0 turns the page cache off. It needs
# a cache every worker shares (Redis): with each process's own memory, a publish seen by one
# worker would leave the others serving the old page. The same holds for the site's structure
# (website/structure.py: the site, routes, private sections, menus, site settings), kept under the
# content version; old versions' entries expire after this long.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600 if REDIS_URL else 0)
STRUCTURE_CACHE_SECONDS = env_int("STRUCTURE_CACHE_SECONDS", 3600 if REDIS_URL else 0)
# How many new pages one client address may add to the page cache a minute; past that its
# requests are answered, uncached, and cannot fill the cache with variants of addresses.
PAGE_CACHE_NEW_PAGES_PER_MINUTE = env_int("PAGE_CACHE_NEW_PAGES_PER_MINUTE", 120)

AUTHENTICATION_BACKENDS = [
    # First: while a sign-in lockout holds, no backend below checks the password.
    "website.lockout.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
# Sign-in lockout (website/lockout.py), for the Wagtail admin's login and the visitors' alike:
# after this many wrong passwords for one account from one address, from one address for any
# account, or for one account from anywhere, within LOGIN_LOCKOUT_SECONDS, signing in is refused
# for LOGIN_LOCKOUT_SECONDS, even with the right one (the last one not from where the account's
# owner signed in). The owner is e-mailed a link that unlocks, valid LOGIN_UNLOCK_LINK_SECONDS.
# Pages' and collections' passwords: LOGIN_LOCKOUT_FAILURES per restriction and address.
LOGIN_LOCKOUT_FAILURES = env_int("LOGIN_LOCKOUT_FAILURES", 5)
LOGIN_LOCKOUT_IP_FAILURES = env_int("LOGIN_LOCKOUT_IP_FAILURES", 20)
LOGIN_LOCKOUT_ACCOUNT_FAILURES = env_int("LOGIN_LOCKOUT_ACCOUNT_FAILURES", 100)
LOGIN_LOCKOUT_SECONDS = env_int("LOGIN_LOCKOUT_SECONDS", 15 * 60)
LOGIN_UNLOCK_LINK_SECONDS = env_int("LOGIN_UNLOCK_LINK_SECONDS", 60 * 60)
WAGTAILADMIN_USER_LOGIN_FORM = "website.lockout.AdminLoginForm"

# Abuse limits count per visitor address in the default cache (Redis with REDIS_URL, shared by
# every worker). Behind proxies of our own (a load balancer, a CDN), TRUSTED_PROXY_COUNT says how
# many stand in front, so that the address is read from X-Forwarded-For; without it that header
# is ignored, since anyone can write it (website/client_ip.py).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
RATELIMIT_IP_META_KEY = "website.client_ip.client_ip"
# A cache that cannot count lets requests through rather than turning every visitor away.
RATELIMIT_FAIL_OPEN = True
# Site search and its suggestions, per address (django-ratelimit's "count/period"; empty: no
# limit). Suggestions are asked for as a person types, hence the larger number.
SEARCH_RATE_LIMIT = env_str("SEARCH_RATE_LIMIT", "60/m")
AUTOCOMPLETE_RATE_LIMIT = env_str("AUTOCOMPLETE_RATE_LIMIT", "300/m")

# Visitors' accounts (experts) through django-allauth: e-mail and password, the address verified
# before anything can be published, every step rate limited.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
# Sign-up asks what the person comes for (network/accounts.py).
ACCOUNT_FORMS = {"signup": "network.accounts.SignupForm"}
ACCOUNT_ADAPTER = "website.account_adapter.AccountAdapter"  # durable e-mail; sign-in lockout
# Beyond these, allauth answers 429: sign-in and sign-up with their form again and a notice,
# other pages with templates/429.html (website/too_many_requests.py). Wrong passwords are not
# counted here ("login_failed" is off) but by the sign-in lockout, which also covers the admin.
ACCOUNT_RATE_LIMITS = {
    "login": env_str("LOGIN_RATE_LIMIT", "30/m/ip"),
    "login_failed": "",
    "signup": env_str("SIGNUP_RATE_LIMIT", "10/h/ip"),
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/180s/key",
}
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "my_profile"
# Private pages ("logged-in users") are signed in to through allauth, never Wagtail's own page,
# which would sign in an account whose address was never verified (website/view_restrictions.py).
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
# The password form of a protected page or document collection, in the site's layout.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"
WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"

# At least 12 characters, and none of the 20,000 most common passwords (the list Django ships:
# checked here, no network call); the errors come in the visitor's language (Django's catalogues,
# and ours for what Django's lack), on allauth's sign-up, password change and reset forms and the
# admin's alike.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "website.passwords.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: adding one is this list plus a catalogue in locale/. Names are the languages' own.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("pt", "Português"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The project's own catalogues first; then its versions of the third-party strings the site shows
# (allauth's account pages and e-mails, Django's form errors, country names), in the same register
# and variety: Spanish "tú", Brazilian Portuguese (gettext would take allauth's and
# django-countries' European pt_PT catalogues for "pt").
LOCALE_PATHS = [
    Path(env_str("LOCALE_DIR", str(BASE_DIR / "locale"))),
    BASE_DIR / "locale" / "third_party",
]
USE_I18N = True
USE_THOUSAND_SEPARATOR = True  # 120,000 in English, 120.000 in Spanish, 120 000 in French
USE_TZ = True
TIME_ZONE = "UTC"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# The site serves the images under MEDIA_ROOT itself (website/media.py) unless SERVE_MEDIA=false:
# set it when a front server serves MEDIA_URL, or media are on S3 (README, Deployment).
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
# WhiteNoise's own table of types lacks GeoJSON, which it would send as application/octet-stream.
WHITENOISE_MIMETYPES = {".geojson": "application/geo+json"}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# `manage.py backup` writes the database and MEDIA_ROOT here, one directory a backup
# (website/backups.py); `manage.py restore <name>` reads them back.
BACKUP_DIR = Path(env_str("BACKUP_DIR", str(BASE_DIR / "backups")))

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Thousand Landscapes <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

WAGTAIL_SITE_NAME = "Thousand Landscapes"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Approving a workflow publishes what was approved without the reviewer holding "publish", which
# would let them unpublish, restrict or publish any page (website/workflows.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "website.workflows.publish_approved"
# Search: the database (PostgreSQL full-text search) unless SEARCH_URL names an OpenSearch or
# Elasticsearch server; see search/configuration.py.
SEARCH_TIMEOUT = env_int("SEARCH_TIMEOUT", 3)
WAGTAILSEARCH_BACKENDS = search_backends(
    url=env_str("SEARCH_URL"),
    engine=env_str("SEARCH_ENGINE", "opensearch2"),
    languages=[code for code, _name in WAGTAIL_CONTENT_LANGUAGES],
    index_prefix=env_str("SEARCH_INDEX_PREFIX", "thousandlandscapes_"),
    timeout=SEARCH_TIMEOUT,
)
# After the engine fails, the site searches the database for this long before asking it again.
SEARCH_ENGINE_RETRY_AFTER = env_int("SEARCH_ENGINE_RETRY_AFTER", 30)
# Uploads (website/uploads.py): documents of these types only, checked by their content, not
# their name; images that Willow decodes, in these formats (no SVG: it can carry scripts), within
# a size and a pixel count that the server can resize without running out of memory.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odp", "ods", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "website.uploads.DocumentForm"
# Only PDFs open in the browser; everything else is downloaded (Content-Disposition: attachment).
# Wagtail serves documents with `Content-Security-Policy: default-src 'none'` and nosniff, through
# its view at /documents/<id>/<name>, which checks collection privacy (WAGTAILDOCS_SERVE_METHOD
# unset: that view for files on disk, a redirect to the storage's URL on S3).
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpeg", "jpg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "webp": "webp"}
# Form bodies (files aside) up to 5 MB and 10,000 fields: a long page's StreamField in the admin
# sends thousands. Uploaded files larger than 2.5 MB go to a temporary file, not to memory.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Items in one answer of the API (/api/v2/): a larger `?limit=` answers 400, so that no request
# serialises the whole site. Wagtail's default, written here so that raising it is a decision.
WAGTAILAPI_LIMIT_MAX = 20
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party request (nor e-mail hashes) from the admin
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Public pages may be held by a shared cache (a CDN) for this long, and served stale while it
# refreshes them.
CACHE_CONTROL_S_MAXAGE = env_int("CACHE_CONTROL_S_MAXAGE", 300)
CACHE_CONTROL_STALE_WHILE_REVALIDATE = env_int("CACHE_CONTROL_STALE_WHILE_REVALIDATE", 600)

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Content-Security-Policy (website/security.py), on in every environment so that development and
# the tests meet any violation first. CSP_IMG_HOSTS and CSP_FRAME_HOSTS (comma-separated origins)
# add image hosts (S3 media) and embed hosts; CSP_REPORT_ONLY=true only reports violations, to try
# a change in production; CSP_REPORT_URI receives the reports.
_csp = content_security_policy(
    img_hosts=env_list("CSP_IMG_HOSTS"),
    frame_hosts=env_list("CSP_FRAME_HOSTS", DEFAULT_FRAME_HOSTS),
    report_uri=env_str("CSP_REPORT_URI"),
)
if env_bool("CSP_REPORT_ONLY"):
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _csp
    CONTENT_SECURITY_POLICY = None
else:
    CONTENT_SECURITY_POLICY = _csp
# Browser features that no page of the site uses, denied to it and to anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "hid",
        "idle-detection",
        "interest-cohort",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
    )
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# Action and investment (progress/): the currency that converted totals of money are given in,
# through the exchange rates editors keep.
PROGRESS_REFERENCE_CURRENCY = env_str("PROGRESS_REFERENCE_CURRENCY", "USD")

# Terraso, the initiative's landscape platform (network/terraso_import.py): a landscape's page in
# its app (TERRASO_APP_URL/landscapes/<slug>) is imported from its export at
# TERRASO_API_URL/landscapes/<slug>/json.
TERRASO_APP_URL = env_str("TERRASO_APP_URL", "https://app.terraso.org")
TERRASO_API_URL = env_str("TERRASO_API_URL", "https://api.terraso.org")
# Addresses that editors give the server to fetch (website/fetch.py) must be public ones, so
# that nobody reaches the services of the server's own network through it. A development
# machine may fetch from itself.
FETCH_ALLOW_PRIVATE_ADDRESSES = env_bool("FETCH_ALLOW_PRIVATE_ADDRESSES")
