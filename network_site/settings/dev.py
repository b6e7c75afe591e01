"""Local development: the embedded SQLite default, debug on."""

import os

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
# Not a secret: only ever used on a developer's own machine. Production refuses it.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Serve static files straight from their sources; no collectstatic needed here.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
