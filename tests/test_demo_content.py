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


def test_every_page_type_previews_in_every_mode_and_language(rf, django_user_model):
    """What the editor's preview panel shows: the page rendered by serve_preview, per mode."""
    from django.utils.html import escape

    editor = django_user_model.objects.create_superuser("preview-editor", "", "pw")
    seen_types = set()
    for page in Page.objects.filter(depth__gte=2).specific():
        request = rf.get("/admin/")
        request.user = editor
        for mode, _label in page.preview_modes:
            response = page.make_preview_request(request, mode)
            assert response.status_code == 200, (page.url_path, page.locale_id, mode)
            assert escape(page.title) in response.content.decode(), (page.url_path, mode)
        seen_types.add(type(page).__name__)
    assert {"HomePage", "ContentPage", "PartnerPage", "EventPage", "VideoPage"} <= seen_types
    assert {"PartnerIndexPage", "EventIndexPage", "ResourceIndexPage", "ResourcePage"} <= seen_types
