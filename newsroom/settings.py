"""Settings for Warta Pemasyarakatan, read from the environment.

Every value has a default that is safe for a first run on one machine. With DEBUG off
(production) a missing SECRET_KEY or ALLOWED_HOSTS stops start-up instead of inventing a value.
The variables are listed in README.md.
"""

from email.utils import getaddresses
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

from newsroom.audit_config import AUDITED_MODELS
from newsroom.csp_policy import ADMIN_RELAXED, API_DOCS_RELAXED, public_site_policy
from newsroom.directorate import directorate_contacts
from newsroom.editor_config import ARTICLE_EDITOR
from newsroom.error_reporting import init_error_reporting
from newsroom.logging_config import logging_config
from newsroom.login_config import login_settings
from newsroom.object_storage import media_settings
from newsroom.photo_config import photo_limits
from newsroom.tasks_config import mail_retry, tasks_config

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# A local .env file is optional; real environment variables win over it.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)


def _required_in_production(name, dev_default):
    """Return the variable, or a development default when DEBUG is on; never invent one in production."""
    value = env.str(name, default="")
    if value:
        return value
    if DEBUG:
        return dev_default
    raise ImproperlyConfigured(
        f"Set the {name} environment variable: it is required when DEBUG is off "
        f"(production). For local development set DEBUG=true instead."
    )


SECRET_KEY = _required_in_production(
    "SECRET_KEY", "django-insecure-development-only-key-never-use-in-production"
)
ALLOWED_HOSTS = [
    h.strip()
    for h in _required_in_production("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
    if h.strip()
]
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

SITE_NAME = "Warta Pemasyarakatan"
# The directorate's contacts and accounts in the footer of every page (DIRECTORATE_* to change).
DIRECTORATE = directorate_contacts(env)
# The absolute address of the public site, used where no request is at hand (feeds in email,
# signed preview links, the sitemap of imports).
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "newsroom.library_apps.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "newsroom.library_apps.AxesConfig",
    # The second factor of staff logins: authenticator apps (TOTP) and recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # The audit trail: who changed which account, scope, unit, region or award edition.
    "newsroom.library_apps.AuditlogConfig",
    "csp",
    "newsroom.library_apps.TaggitConfig",
    "ckeditor",
    "ckeditor_uploader",
    "reversion",
    "reversion_compare",
    # Listed so that its API docs page is served from our static files, not a CDN.
    "ninja",
    # The request id of every log line and error report (X-Request-ID).
    "django_guid",
    "django_tasks",  # the task queue in the database: mail off the request path
    "newsroom.library_apps.TasksDatabaseConfig",
    "upt",
    "newsroom",
    "awards",
    "newsroom.outbox",
]
if DEBUG:
    # Demo content for development (`manage.py seed_demo`); never installed in production.
    INSTALLED_APPS.append("demo")

MIDDLEWARE = [
    # The request id first, so that every later log line and error report carries it; then the
    # request's log line; then /healthz and /readyz, answered before host checks and redirects.
    "django_guid.middleware.guid_middleware",
    "newsroom.observability.RequestLogMiddleware",
    "newsroom.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The API's edge (CORS, per-address rate limit, JSON errors), before the page cache so
    # that stored answers count towards the limit too; see newsroom/api/edge.py.
    "newsroom.api.edge.ApiEdgeMiddleware",
    # 304 for a reader whose copy is current (ETag, Last-Modified), stored pages included.
    "django.middleware.http.ConditionalGetMiddleware",
    # What browsers and proxies may keep (newsroom/http_caching.py), stored pages included.
    "newsroom.http_caching.CacheControlMiddleware",
    # Counts readers' article views, those the page cache serves too; see newsroom/pageviews.py.
    "newsroom.pageviews.PageViewMiddleware",
    # Serves stored public pages before the rest runs; see newsroom/cache.py.
    "newsroom.cache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "newsroom.staff_sessions.RenewSessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "newsroom.redirects.LegacyRedirectMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Sends a session that passed the password but not the code to enrol or verify.
    "newsroom.twofactor.middleware.SecondFactorMiddleware",
    # Ties audit-trail rows to the signed-in person (newsroom/audit.py).
    "newsroom.audit.NewsroomAuditlogMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "newsroom.csp.NewsroomCSPMiddleware",
    # Last, as django-axes requires: it turns lockouts into a response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsroom.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # Page queries are short; PostgreSQL's JIT compiles for hundreds of milliseconds when the
    # planner's cost estimate for a search over a million rows crosses its threshold.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if env.str("REDIS_URL", default=""):
    CACHES = {
        "default": {
            # Django's RedisCache, but an unreachable Redis reads as a miss: pages render fresh
            # and saves succeed (newsroom/cache_backend.py).
            "BACKEND": "newsroom.cache_backend.FailSoftRedisCache",
            "LOCATION": env.str("REDIS_URL"),
            "KEY_PREFIX": "warta",
            "OPTIONS": {
                # A Redis that hangs costs a page this long, once per RETRY_SECONDS per process.
                "socket_connect_timeout": env.float("REDIS_TIMEOUT", default=0.25),
                "socket_timeout": env.float("REDIS_TIMEOUT", default=0.25),
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Page views (newsroom/pageviews.py): on unless PAGEVIEWS=false; gathered in each process and
# written every PAGEVIEWS_FLUSH_SECONDS.
PAGEVIEWS_ENABLED = env.bool("PAGEVIEWS", default=True)
PAGEVIEWS_FLUSH_SECONDS = env.int("PAGEVIEWS_FLUSH_SECONDS", default=30)

# How long a shared cache in front (nginx, a CDN) may keep a public page, and serve it that
# much longer while it fetches a fresh one: a publish reaches readers behind it within
# PROXY_CACHE_SECONDS. Browsers always ask again (ETag, Last-Modified). See newsroom/http_caching.py.
PROXY_CACHE_SECONDS = env.int("PROXY_CACHE_SECONDS", default=60)
PROXY_STALE_SECONDS = env.int("PROXY_STALE_SECONDS", default=30)

AUTHENTICATION_BACKENDS = [
    "newsroom.login_throttle.AddressThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Lockouts, the throttle per address and password reset: newsroom/login_config.py.
globals().update(login_settings(env))
AXES_IPWARE_PROXY_COUNT = env.int("AXES_PROXY_COUNT", default=0)

LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia")]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env.str("MEDIA_URL", default="/media/")
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))
# The server folder under which WordPress upload folders are placed for the admin import page
# (the command takes any --uploads path). Unset: the admin page imports without photos.
WORDPRESS_UPLOADS_ROOT = env.str("WORDPRESS_UPLOADS_ROOT", default="") or None
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=DEBUG)
STORAGES = {
    # Any Django storage backend (an S3-compatible one, say) replaces the disk by configuration.
    "default": {
        "BACKEND": env.str("MEDIA_STORAGE", default="django.core.files.storage.FileSystemStorage")
    },
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Photos in S3-compatible object storage (MinIO, a cloud bucket) when MEDIA_BUCKET is set:
# originals and sized copies go to the bucket, pages link them at MEDIA_PUBLIC_URL (the bucket's
# address or a CDN in front of it), which also becomes MEDIA_URL for the sanitiser and the CSP.
# Keys unset: boto3's own (AWS_ACCESS_KEY_ID, an instance role). See newsroom/object_storage.py.
MEDIA_BUCKET = env.str("MEDIA_BUCKET", default="")
if MEDIA_BUCKET:
    STORAGES["default"], MEDIA_URL = media_settings(
        bucket=MEDIA_BUCKET,
        endpoint_url=env.str("MEDIA_S3_ENDPOINT_URL", default=""),
        region=env.str("MEDIA_S3_REGION", default=""),
        access_key=env.str("MEDIA_S3_ACCESS_KEY_ID", default=""),
        secret_key=env.str("MEDIA_S3_SECRET_ACCESS_KEY", default=""),
        public_url=env.str("MEDIA_PUBLIC_URL", default=""),
        location=env.str("MEDIA_S3_PREFIX", default=""),
        addressing_style=env.str("MEDIA_S3_ADDRESSING_STYLE", default=""),
    )
# Files up to this size stay in memory while uploading; larger ones go to a temporary file.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Warta Pemasyarakatan <redaksi@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# A mail server that accepts the connection and never answers holds a send this long at most.
EMAIL_TIMEOUT = env.float("EMAIL_TIMEOUT", default=10.0)
TASKS = tasks_config(env, debug=DEBUG)  # mail waits for a worker: newsroom/tasks_config.py
MAIL_RETRY = mail_retry(env)
# Who gets a mail for every server error: "Nama <alamat@contoh.go.id>, lain@contoh.go.id".
ADMINS = [
    (name, address)
    for name, address in getaddresses([env.str("ADMINS", default="")])
    if address
]

# Topics are separated by commas only, and shown back without quotes (newsroom/tagging.py).
TAGGIT_TAGS_FROM_STRING = "newsroom.tagging.comma_separated"
TAGGIT_STRING_FROM_TAGS = "newsroom.tagging.joined_with_commas"

# Rich text: django-ckeditor. CKEditor 4.22.1 is bundled and no longer supported upstream;
# README.md ("Keamanan") lists the mitigations that make that acceptable here.
CKEDITOR_UPLOAD_PATH = "unggahan/"
CKEDITOR_IMAGE_BACKEND = "pillow"
# Each account browses only its own uploads; folders carry the account id, not the username,
# so that public image addresses do not reveal login names.
CKEDITOR_RESTRICT_BY_USER = "pk"
CKEDITOR_BROWSE_SHOW_DIRS = False
CKEDITOR_ALLOW_NONIMAGE_FILES = False
CKEDITOR_FILENAME_GENERATOR = "newsroom.images.random_filename"
# The editor's toolbar, plugins and paste rules (newsroom/editor_config.py).
CKEDITOR_CONFIGS = {"default": ARTICLE_EDITOR}
# The ckeditor.W001 warning (CKEditor 4 is unsupported) is acknowledged in README.md, "Keamanan".
SILENCED_SYSTEM_CHECKS = ["ckeditor.W001"]

# Video embeds kept in article bodies, and the only frames the public site's CSP admits.
VIDEO_EMBED_HOSTS = env.list(
    "VIDEO_EMBED_HOSTS",
    default=["www.youtube.com", "www.youtube-nocookie.com", "player.vimeo.com"],
)

# Photos (newsroom/images.py): limits in bytes and pixels, checked before decoding, and the
# largest original kept; why each is what it is in newsroom/photo_config.py.
PHOTO_MAX_UPLOAD_BYTES, PHOTO_MAX_PIXELS, PHOTO_MAX_PIXELS_UNREDUCED, PHOTO_MAX_STORED_EDGE = (
    photo_limits(env)
)
PHOTO_RENDITION_WIDTHS = [320, 640, 1024, 1600]

# Content-Security-Policy (django-csp): the directives and their relaxations in
# newsroom/csp_policy.py, applied per path by newsroom/csp.py.
CONTENT_SECURITY_POLICY = {"DIRECTIVES": public_site_policy(MEDIA_URL, VIDEO_EMBED_HOSTS)}
CSP_ADMIN_PATH_PREFIXES = ["/admin/", "/ckeditor/"]
CSP_ADMIN_RELAXED = ADMIN_RELAXED
CSP_API_DOCS_PATH = "/api/v1/docs"
CSP_API_DOCS_RELAXED = API_DOCS_RELAXED

LOGIN_URL = "admin:login"

# Second factor (newsroom/twofactor): always required for staff, whatever DEBUG says. These
# paths answer only a session that has passed it; elsewhere an unverified session is anonymous.
SECOND_FACTOR_PATH_PREFIXES = ["/admin/", "/ckeditor/"]
OTP_TOTP_ISSUER = SITE_NAME
# Growing wait after each wrong code, per device: 1 s, 2 s, 4 s ... (django-otp).
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1

# Audit trail (django-auditlog): every change to the models in newsroom/audit_config.py, with
# who, when, from where, and each field's old and new value; read in the admin by the Admin
# group only, never editable.
AUDITLOG_INCLUDE_TRACKING_MODELS = AUDITED_MODELS
AUDITLOG_DISABLE_ON_RAW_SAVE = True
# A changed unit or region reads by its name, and still does after it is deleted.
AUDITLOG_USE_FK_STRING_REPRESENTATION = True

# The content API (newsroom/api): page sizes, and requests per address per window. The limit
# is counted in API_RATE_CACHE (a cache alias); when that cache is down the API answers unlimited.
API_PAGE_SIZE = env.int("API_PAGE_SIZE", default=20)
API_MAX_PAGE_SIZE = env.int("API_MAX_PAGE_SIZE", default=100)
API_RATE_LIMIT = env.int("API_RATE_LIMIT", default=120)
API_RATE_WINDOW_SECONDS = env.int("API_RATE_WINDOW_SECONDS", default=60)
API_RATE_CACHE = env.str("API_RATE_CACHE", default="default")
# Proxies in front of the app whose X-Forwarded-For entries are trusted (as for django-axes).
API_PROXY_COUNT = AXES_IPWARE_PROXY_COUNT

# How long a signed preview link of an unpublished article works without an account.
PREVIEW_LINK_MAX_AGE_DAYS = env.int("PREVIEW_LINK_DAYS", default=7)

# Production hardening; every one can be turned off by variable for a local load test behind
# no TLS (see bench/README.md).
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
# Only staff sign in. A session ends after this long without a request; signed-in requests
# renew it, at most once a minute (newsroom/staff_sessions.py).
SESSION_COOKIE_AGE = int(env.float("STAFF_IDLE_HOURS", default=8) * 3600)
X_FRAME_OPTIONS = "DENY"
if env.bool("BEHIND_TLS_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Request ids (django-guid): a proxy's X-Request-ID is kept when it is a UUID (nginx's
# $request_id is), else a new one is made; the response carries it back. The API sets its own
# Access-Control-Expose-Headers, which django-guid would overwrite.
DJANGO_GUID = {"GUID_HEADER_NAME": "X-Request-ID", "VALIDATE_GUID": True, "EXPOSE_HEADER": False}

# /readyz parts reported but not failing readiness, e.g. "cache" when one Redis serves every
# machine and pages render without it (newsroom/health.py).
READYZ_OPTIONAL = env.list("READYZ_OPTIONAL", default=[])

# One JSON object per line on standard error (LOG_FORMAT=text for people at a terminal), each
# with the request id; newsroom/observability.py writes one line per request.
LOG_FORMAT = env.str("LOG_FORMAT", default="json")
if LOG_FORMAT not in ("json", "text"):
    raise ImproperlyConfigured("LOG_FORMAT must be json or text.")
LOG_LEVEL = env.str("LOG_LEVEL", default="WARNING")
LOGGING = logging_config(
    log_format=LOG_FORMAT,
    level=LOG_LEVEL,
    request_level=env.str("REQUEST_LOG_LEVEL", default="INFO"),
)

# Unhandled errors go to a Sentry-compatible server (Sentry, GlitchTip) when SENTRY_DSN is set.
SENTRY_DSN = env.str("SENTRY_DSN", default="")
init_error_reporting(
    SENTRY_DSN,
    environment=env.str("SENTRY_ENVIRONMENT", default="development" if DEBUG else "production"),
    release=env.str("SENTRY_RELEASE", default="") or None,
    traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0),
)
