"""English, Spanish and Vietnamese, as `SITE_LANGUAGES=en,es,vi` and `manage.py sync_locales` make them."""

import pytest
from django.core.management import call_command
from django.test import override_settings

LANGUAGES = [("en", "English"), ("es", "Español"), ("vi", "Tiếng Việt")]


@pytest.fixture
def three_languages(db):
    with override_settings(LANGUAGES=LANGUAGES, WAGTAIL_CONTENT_LANGUAGES=LANGUAGES):
        call_command("sync_locales", verbosity=0)
        yield
