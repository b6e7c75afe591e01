"""The test suite: SQLite by default, PostgreSQL when DATABASE_URL is set."""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR, passkey_party

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105  (not a secret: tests only)
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / f"test-media-{os.getpid()}"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Passkeys need a secure origin, and http://localhost counts as one (the test client's
# "testserver" does not): tests/soft_authenticator.py answers for this origin.
OTP_WEBAUTHN_RP_ID, OTP_WEBAUTHN_ALLOWED_ORIGINS = passkey_party("http://localhost")

# Serve static files straight from their sources; no collectstatic needed here.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Tests search far faster than a person; the rate-limit test sets its own limit.
SEARCH_RATE_LIMIT_PER_MINUTE = 100000

# The page cache is off unless a test turns it on; without Redis it lives in memory here,
# unless PAGE_CACHE_DIR is set (a server a test starts shares it with the test's publisher).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
if not os.environ.get("REDIS_URL") and not os.environ.get("PAGE_CACHE_DIR"):
    CACHES["pages"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}  # noqa: F405
    CACHES["fragments"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}  # noqa: F405
