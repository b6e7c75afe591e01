"""The demo command: idempotent, and every page it makes renders publicly and in the editor."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def test_running_demo_twice_keeps_the_same_pages():
    before = Page.objects.count()
    call_command("load_demo_content", verbosity=0)
    assert Page.objects.count() == before


def test_reset_rebuilds_the_same_site(tmp_path, settings):
    before = sorted(Page.objects.values_list("url_path", flat=True))
    settings.MEDIA_ROOT = tmp_path  # the reset deletes files; keep the session's media intact
    call_command("load_demo_content", "--reset", verbosity=0)
    assert sorted(Page.objects.values_list("url_path", flat=True)) == before


def test_spanish_pages_are_wagtail_localize_translations():
    from wagtail_localize.models import Translation

    spanish = Page.objects.filter(locale__language_code="es", depth__gte=2)
    assert spanish.exists()
    for page in spanish:
        assert Translation.objects.filter(
            source__object_id=page.translation_key, target_locale__language_code="es"
        ).exists(), page.url_path


def test_every_demo_page_renders_publicly_and_in_the_editor(client, admin_client_logged_in):
    pages = Page.objects.filter(depth__gte=2).live().specific()
    assert pages.count() >= 6
    for page in pages:
        url = page.get_url()
        assert client.get(url).status_code == 200, url
        edit = admin_client_logged_in.get(f"/admin/pages/{page.pk}/edit/")
        assert edit.status_code == 200, f"admin edit of {url}"
