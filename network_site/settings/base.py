"""Settings shared by every environment. Nothing secret lives here: see dev/production."""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def passkey_party(base_url):
    """WebAuthn's relying party for the admin: its host name, and the one origin it answers on.

    Browsers refuse an IP address as a relying party, so 127.0.0.1 becomes localhost: in
    development a passkey works at http://localhost:8000/admin/.
    """
    parts = urlsplit(base_url)
    host = "localhost" if parts.hostname in ("127.0.0.1", "::1") else parts.hostname
    port = f":{parts.port}" if parts.port else ""
    return host, [f"{parts.scheme}://{host}{port}"]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


INSTALLED_APPS = [
    "accounts",
    "home",
    "network_site",
    "partners",
    "resources",
    "evaluations",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    # Wagtail's frontend cache without its page handlers: pages are purged by reference.
    "network_site.frontend_cache.FrontendCacheConfig",
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
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
]

MIDDLEWARE = [
    # The request's scope for "Redis failed during this request" (network_site/redis_once.py).
    "network_site.redis_once.RedisScopeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "network_site.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Whole pages for anonymous visitors, before sessions are touched (network_site/page_cache.py).
    "network_site.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Language comes from the URL only (/es/...): no cookie, no Accept-Language guess.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): signed in with a second factor (django-otp).
    "django_otp.middleware.OTPMiddleware",
    # The admin, for anyone who must or chose to use a second factor, only once they have.
    "accounts.two_factor.SecondFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into our lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "network_site.urls"
WSGI_APPLICATION = "network_site.wsgi.application"

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
        },
    },
]

# Embedded default: SQLite next to the code. DATABASE_URL selects PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Admin accounts (accounts/). Sign-in throttling by django-axes: after LOGIN_FAILURE_LIMIT
# wrong passwords for one username, or from one address (network_site/client_address.py),
# sign-in is refused for LOGIN_LOCKOUT_MINUTES or until a moderator or administrator
# unlocks it (Settings -> Sign-in lock-outs). Passwords are never stored: axes masks the
# password field, and we keep no log of successful sign-ins.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "60")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "network_site.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.locked_out_response"
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False  # Django's admin is not served; the Wagtail admin lists lock-outs
# The password is always masked by axes; addresses are kept out of the log lines too.
AXES_SENSITIVE_PARAMETERS = ["ip_address"]

# Two-step verification (django-otp: an authenticator app, with backup codes to recover).
# Everyone may turn it on; with REQUIRE_TWO_FACTOR_FOR_PUBLISHERS (production's default)
# everyone who can publish must, before reaching anything else in the admin.
REQUIRE_TWO_FACTOR_FOR_PUBLISHERS = env_bool("REQUIRE_TWO_FACTOR_FOR_PUBLISHERS", False)
OTP_TOTP_ISSUER = "Healing Together Network"
# Passkeys (django-otp-webauthn) are a second step after the password, never instead of
# it: the password is what django-axes throttles. Relying party: WAGTAILADMIN_BASE_URL.
OTP_WEBAUTHN_RP_NAME = "Healing Together Network"
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False

# Admin sessions end after 8 idle hours (each request renews them) and when the browser
# closes. Visitors never get a session, so this never writes a cookie for them.
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Internationalisation. English and Spanish; adding a language is SITE_LANGUAGES
# (e.g. "en,es,vi") and then `manage.py sync_locales` (see README, "Adding a language").
LANGUAGE_CODE = "en"
# Languages Django does not know yet, with their native names (read at start-up by
# network_site.apps). Hmong is spoken in Fresno.
EXTRA_LANG_INFO = {
    "hmn": {"bidi": False, "code": "hmn", "name": "Hmong", "name_local": "Hmoob"},
}


def native_language_name(code):
    info = {**LANG_INFO, **EXTRA_LANG_INFO}.get(code)
    if info is None:
        raise ImproperlyConfigured(f"SITE_LANGUAGES: unknown language code {code!r}")
    name = info["name_local"]
    return name[:1].upper() + name[1:]


LANGUAGES = [(code, native_language_name(code)) for code in env_list("SITE_LANGUAGES", "en,es")]
if LANGUAGE_CODE not in dict(LANGUAGES):
    raise ImproperlyConfigured(f"SITE_LANGUAGES must include {LANGUAGE_CODE!r}")
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "America/Los_Angeles"
LOCALE_PATHS = [BASE_DIR / "locale"]

# Machine translation is off unless a LibreTranslate server on our own network is set.
if os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "home.machine_translation.LibreTranslator",
        "OPTIONS": {
            "URL": os.environ["LIBRETRANSLATE_URL"],
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    }

# Translators work on drafts: a translation only goes live when a reviewer publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static_src"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

# Beyond one machine, each off by default (README, "Running on more than one machine").


def media_storage(environ):
    """Media and documents on S3-compatible storage when a bucket is named: private, and
    served through the site (network_site/media.py), never linked to the bucket."""
    if not environ.get("AWS_STORAGE_BUCKET_NAME"):
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    return {
        "BACKEND": "network_site.media.SiteServedS3Storage",
        "OPTIONS": {
            "bucket_name": environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": environ.get("AWS_S3_REGION_NAME") or None,
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }


MEDIA_STORAGE = media_storage(os.environ)
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    # Downloads stream through Wagtail's view (its checks, our headers), not a redirect.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# A shared cache (rate limits, Wagtail's caches) on Redis. Redis down is not an outage:
# every call gives up within a quarter second (a host that does not answer, a server that
# hangs) and is ignored with a logged warning; pages are then served uncached.
REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_FAIL_FAST_OPTIONS = {
    "SOCKET_CONNECT_TIMEOUT": 0.1,
    "SOCKET_TIMEOUT": 0.25,
    # After one failure, the rest of that request leaves Redis alone (a page makes a dozen calls).
    "CONNECTION_FACTORY": "network_site.redis_once.RequestScopedConnectionFactory",
}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "healing",
            "OPTIONS": {**REDIS_FAIL_FAST_OPTIONS, "IGNORE_EXCEPTIONS": True},
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Caching is HTTP first (README, "Caching"). The origin page cache is shared by every
# worker: Redis when set, else files on this machine (one machine only).
# PAGE_CACHE_SECONDS=0 turns it off; production turns it on.
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
if REDIS_URL:
    # Its failures are logged by network_site/page_cache.py.
    CACHES[PAGE_CACHE_ALIAS] = {
        **CACHES["default"],
        "KEY_PREFIX": "healing-pages",
        "OPTIONS": REDIS_FAIL_FAST_OPTIONS,
    }
else:
    CACHES[PAGE_CACHE_ALIAS] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("PAGE_CACHE_DIR", str(BASE_DIR / "var" / "page-cache")),
        "OPTIONS": {"MAX_ENTRIES": 10000},
    }

# Rendered fragments ({% wagtailcache %}, network_site/fragments.py) beside the pages:
# keyed by the page cache's tokens, so its purges retire them. FRAGMENT_CACHE=off renders
# every fragment (the "fragments-off" alias keeps nothing).
FRAGMENT_CACHE_SECONDS = 3600
if REDIS_URL:  # failures ignored and logged, as the default cache's
    CACHES["fragments"] = {**CACHES["default"], "KEY_PREFIX": "healing-fragments"}
else:
    CACHES["fragments"] = {
        **CACHES[PAGE_CACHE_ALIAS],
        "LOCATION": CACHES[PAGE_CACHE_ALIAS]["LOCATION"] + "-fragments",
    }
CACHES["fragments-off"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
FRAGMENT_CACHE_ALIAS = "fragments-off" if os.environ.get("FRAGMENT_CACHE") == "off" else "fragments"

# A CDN or caching proxy in front, purged by reference (network_site/cache_purge.py).
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_URL"],
        }
    }
# Purges name every language's own URL; Wagtail's rewriting of /en/ to /es/ is not wanted
# (English has no prefix here).
WAGTAILFRONTENDCACHE_LANGUAGES = []
# How long a shared cache (CDN-Cache-Control, Surrogate-Control) may keep a public page,
# at most: long when purges reach it, a minute when nothing would purge it.
CDN_CACHE_SECONDS = int(
    os.environ.get("CDN_CACHE_SECONDS", "600" if os.environ.get("FRONTEND_CACHE_URL") else "60")
)
CDN_STALE_WHILE_REVALIDATE_SECONDS = 30

WAGTAIL_SITE_NAME = "Healing Together Network"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
OTP_WEBAUTHN_RP_ID, OTP_WEBAUTHN_ALLOWED_ORIGINS = passkey_party(WAGTAILADMIN_BASE_URL)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # Accent-insensitive full-text search (created by home/migrations/0004).
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "healing_unaccent"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx"]
# Documents always go through the site's view (and its checks: resources' draft-file guard),
# even on S3, where Wagtail would otherwise redirect the browser to the bucket.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No gravatar: the admin must not call a third party either.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# The image form explains its description: the alt text pages require.
WAGTAILIMAGES_IMAGE_FORM_BASE = "network_site.image_forms.DescribedImageForm"
WAGTAILEMBEDS_FINDERS = []  # never fetch oEmbed: videos use our own block
WAGTAIL_ALLOW_UNICODE_SLUGS = False

DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Safety: never leak where a visitor came from.
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"  # the admin gets SAMEORIGIN for its previews (security.py)
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# A refused form gets our own 403 page, in the visitor's language, with quick exit.
CSRF_FAILURE_VIEW = "network_site.views.csrf_failure"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Where "Exit this page" sends a visitor if no site setting overrides it.
QUICK_EXIT_DEFAULT_URL = "https://www.google.com/search?q=weather"

# Support lines not verified for 180 days are flagged to moderators; after this
# many more days they are no longer shown to visitors.
SUPPORT_LINE_GRACE_DAYS = int(os.environ.get("SUPPORT_LINE_GRACE_DAYS", "30"))

# Search: at most this many searches a minute from one address (counted in the cache,
# keyed by a hash that expires with the minute; no address is stored).
SEARCH_RATE_LIMIT_PER_MINUTE = int(os.environ.get("SEARCH_RATE_LIMIT_PER_MINUTE", "30"))

# How many reverse proxies of ours stand in front of the site; a visitor's address (rate
# limits, login throttling) is the one the outermost of them saw (network_site/client_address.py).
# 0: no proxy, REMOTE_ADDR. Never more than there really are: the rest is the visitor's to forge.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Evaluation rounds (evaluations/): results only once closed with this many answers; data
# deleted this many days after closing (manage.py delete_expired_evaluations, daily);
# at most EVALUATION_RATE_LIMIT answers per round in each window of seconds.
EVALUATION_MIN_RESPONSES = int(os.environ.get("EVALUATION_MIN_RESPONSES", "5"))
EVALUATION_RETENTION_DAYS = int(os.environ.get("EVALUATION_RETENTION_DAYS", "365"))
EVALUATION_RATE_LIMIT = int(os.environ.get("EVALUATION_RATE_LIMIT", "60"))
EVALUATION_RATE_WINDOW_SECONDS = 300

# Library uploads: only PDF and DOCX, sniffed from their content, at most this size.
RESOURCE_UPLOAD_MAX_BYTES = int(os.environ.get("RESOURCE_UPLOAD_MAX_BYTES", str(20 * 1024 * 1024)))
WAGTAILDOCS_DOCUMENT_FORM_BASE = "resources.forms.CheckedDocumentForm"
