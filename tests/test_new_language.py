"""Adding a language is a settings change plus `manage.py sync_locales`."""

import pytest
from django.conf.locale import LANG_INFO
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import GroupPagePermission, Locale, Page

from network_site.languages import native_name

from .test_settings import run_manage

pytestmark = pytest.mark.django_db
WITH_VIETNAMESE = [("en", "English"), ("es", "Español"), ("vi", "Tiếng Việt")]
WITH_HMONG = [("en", "English"), ("es", "Español"), ("hmn", "Hmoob")]


@override_settings(LANGUAGES=WITH_VIETNAMESE, WAGTAIL_CONTENT_LANGUAGES=WITH_VIETNAMESE)
def test_vietnamese_gets_a_locale_a_draft_home_and_groups(client, home_page):
    call_command("sync_locales", verbosity=0)
    locale = Locale.objects.get(language_code="vi")
    home_vi = home_page.get_translation(locale)
    assert not home_vi.live  # a draft to translate, not English published under /vi/
    translators = Group.objects.get(name=f"Translators ({native_name('vi')})")
    assert GroupPagePermission.objects.filter(group=translators, page=home_vi).exists()
    assert not GroupPagePermission.objects.filter(group=translators, page=home_page).exists()
    response = client.get("/vi/")
    assert response.status_code == 200
    # Until the Vietnamese home is published, visitors get the English page, marked English.
    assert '<html lang="en"' in response.content.decode()
    home_vi.save_revision().publish()
    assert '<html lang="vi"' in client.get("/vi/").content.decode()
    html = client.get("/").content.decode()
    assert 'hreflang="vi"' in html and f">{native_name('vi')}<" in html


@override_settings(LANGUAGES=WITH_HMONG, WAGTAIL_CONTENT_LANGUAGES=WITH_HMONG)
def test_a_language_django_does_not_know_can_be_added(home_page):
    assert native_name("hmn") == "Hmoob"
    call_command("sync_locales", verbosity=0)
    assert Page.objects.filter(
        locale__language_code="hmn", translation_key=home_page.translation_key
    ).exists()
    assert Group.objects.filter(name="Translation reviewers (Hmoob)").exists()


def test_site_languages_come_from_the_environment_with_native_names():
    script = "from django.conf import settings; print(dict(settings.LANGUAGES))"
    result = run_manage("shell", "-c", script, env_overrides={"SITE_LANGUAGES": "en,es,vi,hmn"})
    assert result.returncode == 0, result.stderr
    vietnamese = LANG_INFO["vi"]["name_local"]
    assert f"'vi': '{vietnamese}'" in result.stdout and "'hmn': 'Hmoob'" in result.stdout


@pytest.mark.parametrize("value", ["en,es,xx", "es,vi"])
def test_an_unknown_or_incomplete_language_list_stops_start_up_clearly(value):
    result = run_manage("check", env_overrides={"SITE_LANGUAGES": value})
    assert result.returncode != 0
    assert "SITE_LANGUAGES" in result.stderr
