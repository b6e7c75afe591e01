"""A translator or reviewer acts only on their own language's support lines, by every route."""

import polib
import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale
from wagtail.users.models import UserProfile
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


NOT_A_PO_FILE = "This is not a PO file."
FOREIGN = "was not exported from this translation"


def po_for(translation, text):
    po = polib.POFile()
    po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    segment = StringSegment.objects.filter(source=translation.source).first()
    po.append(polib.POEntry(msgid=segment.string.data, msgctxt=segment.context.path, msgstr=text))
    return str(po).encode()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (None, "Choose a PO file to upload."),
        (b"", FOREIGN),
        (b"\xff\xfe garbage", NOT_A_PO_FILE),
        (b'msgid "x"\nmsgstr "y"\n', FOREIGN),
        ("spanish", FOREIGN),
    ],
    ids=["no file", "empty", "garbage", "no translation id", "the Spanish line's file"],
)
def test_a_bad_po_file_is_a_400_that_says_why_and_changes_nothing(
    client, django_user_model, vietnamese_translation, english_line, upload, message
):
    client.force_login(member(django_user_model, group_names("vi")[0], "tr-vi-po"))
    if upload == "spanish":
        spanish = Translation.objects.get(
            source__object_id=english_line.translation_key, target_locale__language_code="es"
        )
        upload = po_for(spanish, "Del español")
    data = {"file": SimpleUploadedFile("vi.po", upload)} if upload is not None else {}
    before = list(StringTranslation.objects.order_by("pk").values_list("pk", "data"))
    response = client.post(
        f"/admin/localize/translate/{vietnamese_translation.pk}/pofile/upload/", data
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Nothing was changed" in html
    assert list(StringTranslation.objects.order_by("pk").values_list("pk", "data")) == before


def test_the_po_refusal_speaks_the_admins_language(
    client, django_user_model, vietnamese_translation
):
    user = member(django_user_model, group_names("vi")[0], "tr-vi-po-es")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "es"
    profile.save()
    client.force_login(user)
    response = client.post(f"/admin/localize/translate/{vietnamese_translation.pk}/pofile/upload/")
    assert response.status_code == 400
    assert "Elija un archivo PO para subir." in response.content.decode()


def test_the_right_po_file_still_imports(client, django_user_model, vietnamese_translation):
    client.force_login(member(django_user_model, group_names("vi")[0], "tr-vi-po-ok"))
    upload = SimpleUploadedFile("vi.po", po_for(vietnamese_translation, "Từ tệp PO"))
    response = client.post(
        f"/admin/localize/translate/{vietnamese_translation.pk}/pofile/upload/", {"file": upload}
    )
    assert response.status_code == 302
    assert StringTranslation.objects.filter(data="Từ tệp PO").exists()


def test_an_address_with_no_id_in_it_is_not_found(client, django_user_model):
    client.force_login(member(django_user_model, "Translation reviewers (Español)", "rev-404"))
    assert client.get("/admin/snippets/home/supportline/edit/not-an-id/").status_code == 404
