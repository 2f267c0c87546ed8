"""Klardesk settings: every knob comes from the environment (django-environ).

Nothing set: SQLite file, in-memory channel layer, eager Celery, offline answerer (the embedded default).
DATABASE_URL / REDIS_URL set: PostgreSQL, channels-redis, Celery on the Redis broker with beat.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import environ
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config.envfile import ensure_local_env

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env()

PRODUCTION = env.bool("KLARDESK_PRODUCTION", default=False)
if not PRODUCTION:
    ensure_local_env(BASE_DIR / ".env")
    environ.Env.read_env(BASE_DIR / ".env")


def _required_secret(name):
    value = env(name, default="")
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in the environment (KLARDESK_PRODUCTION=1 generates none).")
    return value


SECRET_KEY = _required_secret("SECRET_KEY")
# Comma-separated Fernet keys; the first encrypts, all decrypt (rotation: prepend a new key, run rotate_keys).
FIELD_ENCRYPTION_KEYS = env.list("FIELD_ENCRYPTION_KEYS", default=[]) or _required_secret("FIELD_ENCRYPTION_KEYS")
IDENTIFIER_HASH_KEY = _required_secret("IDENTIFIER_HASH_KEY")

DEBUG = env.bool("DEBUG", default=False)
PUBLIC_BASE_URL = env("PUBLIC_BASE_URL", default="http://127.0.0.1:8000").rstrip("/")
# The public URL is trusted by default: behind a TLS-terminating proxy the browser's Origin is https://<host>, which
# Django's CSRF check would otherwise refuse on every console form.
_public = urlsplit(PUBLIC_BASE_URL)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver", _public.hostname])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[f"{_public.scheme}://{_public.netloc}"])

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "channels",
    "tenants",
    "inquiries",
    "compliance",
    "dsar",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "tenants.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "tenants.middleware.TenantMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
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
                "tenants.context_processors.current_membership",
            ],
        },
    },
]
ASGI_APPLICATION = "config.asgi.application"
WSGI_APPLICATION = None

# Database: SQLite file by default, PostgreSQL via DATABASE_URL.
(BASE_DIR / "var").mkdir(exist_ok=True)
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'klardesk.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update({"timeout": 20, "transaction_mode": "IMMEDIATE"})
    # A file (not memory) so that a live Daphne test server shares it; one per process so parallel runs don't clash.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / f"test-{os.getpid()}.sqlite3")}
else:
    DATABASES["default"]["TEST"] = {"NAME": f"test_{DATABASES['default']['NAME']}"}
    # Keep connections: opening one costs more than a whole chat turn's queries.
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="")

if REDIS_URL:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels_redis.core.RedisChannelLayer", "CONFIG": {"hosts": [REDIS_URL]}}}
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_BROKER_CONNECTION_TIMEOUT = 3
CELERY_BEAT_SCHEDULE = {
    "hand-off-unanswered": {"task": "inquiries.hand_off_unanswered", "schedule": 60.0},
    "retention-sweep": {"task": "compliance.retention_sweep", "schedule": crontab(hour=3, minute=15)},
    "dsar-daily": {"task": "dsar.tasks.dsar_daily_task", "schedule": crontab(hour=6, minute=0)},
    "dsar-exports-stalled": {"task": "dsar.tasks.exports_stalled_task", "schedule": 300.0},
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "console:login"
LOGIN_REDIRECT_URL = "console:home"

LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "var" / "staticfiles"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = True
# Uploaded legal documents and DSAR exports: outside the web root, served only through permission-checked views.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "var" / "private")))

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "tenants.drf.exception_handler",
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 50,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Klardesk API",
    "VERSION": "1.0.0",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

CHAT_MAX_MESSAGE_CHARS = 4000
# Finished data-subject requests are purged after this many days, keeping hashed identifiers and the audit trail.
DSAR_RETENTION_DAYS = env.int("DSAR_RETENTION_DAYS", default=3 * 365)
# An export package queued or building without progress for this long has lost its worker: it is marked failed
# (by the beat job, or when a member starts it again) and can be started again.
DSAR_EXPORT_STALL_MINUTES = env.int("DSAR_EXPORT_STALL_MINUTES", default=15)

# E-mail: printed to the console by default; EMAIL_URL=smtp+tls://user:pass@host:587 in production.
globals().update(env.email("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Klardesk <no-reply@klardesk.localhost>")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = PRODUCTION
CSRF_COOKIE_SECURE = PRODUCTION

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # The SDKs log request options (customer text) at DEBUG: never let them, whatever LOG_LEVEL says.
    "loggers": {
        name: {"level": "WARNING"}
        for name in ("daphne", "httpx2", "httpcore2", "anthropic", "openai", "google_genai", "httpx", "httpcore")
    },
}
