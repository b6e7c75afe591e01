"""A translator or reviewer acts only on their own language's support lines, by every route."""

import polib
import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
)

from home.models import SupportLine
from home.translation_access import group_names
from home.translation_tools import translate

from .three_languages import three_languages  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db


def refused(response):
    """Wagtail's admin answers a refusal with a redirect to the dashboard (403 for XHR)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == "/admin/"
    )


def member(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username, password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def english_line():
    return SupportLine.objects.filter(locale__language_code="en", live=True).first()


@pytest.fixture
def vietnamese_translation(three_languages, english_line):  # noqa: F811
    translate(english_line, "vi", {english_line.name: "Đường dây hỗ trợ"}, allow_missing=True)
    return Translation.objects.get(
        source__object_id=english_line.translation_key, target_locale__language_code="vi"
    )


def test_a_spanish_reviewer_cannot_unpublish_or_revert_the_english_line(
    client, django_user_model, english_line
):
    client.force_login(member(django_user_model, "Translation reviewers (Español)", "rev-es"))
    base = "/admin/snippets/home/supportline"
    assert refused(client.post(f"{base}/unpublish/{english_line.pk}/"))
    english_line.refresh_from_db()
    assert english_line.live
    revision = english_line.save_revision()
    response = client.post(
        f"{base}/history/{english_line.pk}/revisions/{revision.pk}/revert/",
        {"name": "Reverted", "action-publish": "1"},
    )
    assert refused(response)
    english_line.refresh_from_db()
    assert english_line.latest_revision_id == revision.pk and english_line.name != "Reverted"
    assert refused(client.get(f"{base}/history/{english_line.pk}/"))
    # Their own language's line they may unpublish.
    spanish = english_line.get_translation(Locale.objects.get(language_code="es"))
    assert client.post(f"{base}/unpublish/{spanish.pk}/").status_code == 302
    spanish.refresh_from_db()
    assert not spanish.live


def test_a_spanish_translator_cannot_rewrite_the_vietnamese_line_through_wagtail_localize(
    client, django_user_model, vietnamese_translation
):
    client.force_login(member(django_user_model, "Translators (Español)", "tr-es"))
    base = f"/admin/localize/translate/{vietnamese_translation.pk}"
    phone = OverridableSegment.objects.get(
        source=vietnamese_translation.source, context__path="how_to_reach"
    )
    response = client.put(
        f"{base}/overrides/{phone.pk}/edit/",
        data="value=555-0100",
        content_type="application/x-www-form-urlencoded",
    )
    assert refused(response)
    assert not SegmentOverride.objects.filter(locale__language_code="vi").exists()
    name = StringSegment.objects.filter(source=vietnamese_translation.source).first()
    response = client.put(
        f"{base}/strings/{name.pk}/edit/",
        data="value=Sai",
        content_type="application/x-www-form-urlencoded",
    )
    assert refused(response)
    assert not StringTranslation.objects.filter(locale__language_code="vi", data="Sai").exists()
    assert refused(client.get(f"{base}/pofile/download/"))
    upload = SimpleUploadedFile("vi.po", str(polib.POFile()).encode(), "text/x-gettext")
    assert refused(client.post(f"{base}/pofile/upload/", {"file": upload}))
    assert refused(client.post(f"{base}/machine_translate/"))
    assert refused(client.post(f"{base}/disable/"))
    vietnamese_translation.refresh_from_db()
    assert vietnamese_translation.enabled


def test_the_vietnamese_translator_can_still_translate_their_line(
    client, django_user_model, vietnamese_translation
):
    client.force_login(member(django_user_model, group_names("vi")[0], "tr-vi"))
    phone = OverridableSegment.objects.get(
        source=vietnamese_translation.source, context__path="how_to_reach"
    )
    response = client.put(
        f"/admin/localize/translate/{vietnamese_translation.pk}/overrides/{phone.pk}/edit/",
        data="value=555-0199",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201)
    assert SegmentOverride.objects.filter(locale__language_code="vi").exists()


@pytest.mark.parametrize("upload", [None, b"", b'msgid "x"\nmsgstr "y"\n', b"\xff\xfe garbage"])
def test_a_missing_or_foreign_po_file_is_a_clear_message_not_an_error(
    client, django_user_model, vietnamese_translation, upload
):
    client.force_login(member(django_user_model, group_names("vi")[0], "tr-vi-po"))
    data = {"file": SimpleUploadedFile("vi.po", upload)} if upload is not None else {}
    before = StringTranslation.objects.count()
    response = client.post(
        f"/admin/localize/translate/{vietnamese_translation.pk}/pofile/upload/", data, follow=True
    )
    assert response.status_code == 200
    assert "Please upload a PO file exported from this translation." in response.content.decode()
    assert StringTranslation.objects.count() == before


def test_an_address_with_no_id_in_it_is_not_found(client, django_user_model):
    client.force_login(member(django_user_model, "Translation reviewers (Español)", "rev-404"))
    assert client.get("/admin/snippets/home/supportline/edit/not-an-id/").status_code == 404
