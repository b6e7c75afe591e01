"""Uploads, protected documents, the librarians' rights and the library's query budgets."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.models import Locale

from home.translation_tools import translate
from resources.demo_files import docx_bytes, pdf_bytes
from resources.models import ResourcePage, ResourceVersion

pytestmark = pytest.mark.django_db
GUIDE = "/resources/facilitators-guide-mens-circles/"


def upload(client, name, data):
    return client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "collection": 1,
            "file": SimpleUploadedFile(name, data),
            "tags": "",
        },
    )


def test_real_pdf_and_docx_upload(admin_client_logged_in):
    before = get_document_model().objects.count()
    assert upload(admin_client_logged_in, "ok.pdf", pdf_bytes("T", "n", ["p"])).status_code == 302
    assert upload(admin_client_logged_in, "ok.docx", docx_bytes("T", "n", ["p"])).status_code == 302
    assert get_document_model().objects.count() == before + 2


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("fake.pdf", b"MZ\x90\x00 this is a program", "This is not a PDF or Word (DOCX) file"),
        ("fake.docx", b"PK\x03\x04 not really a zip", "This is not a PDF or Word (DOCX) file"),
        ("renamed.docx", b"%PDF-1.4 tiny", "ends in .docx but it is a pdf file"),
    ],
)
def test_files_that_are_not_what_they_claim_are_refused(
    admin_client_logged_in, name, data, message
):
    before = get_document_model().objects.count()
    response = upload(admin_client_logged_in, name, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert get_document_model().objects.count() == before


@override_settings(RESOURCE_UPLOAD_MAX_BYTES=1000)
def test_oversized_files_are_refused(admin_client_logged_in):
    before = get_document_model().objects.count()
    response = upload(admin_client_logged_in, "big.pdf", b"%PDF-1.4\n" + b"0" * 5000)
    assert response.status_code == 200
    assert "the limit is 1000" in response.content.decode()
    assert get_document_model().objects.count() == before


def test_a_document_a_version_uses_cannot_be_deleted(admin_client_logged_in):
    version = (
        ResourceVersion.objects.filter(locale__language_code="en").select_related("pdf").first()
    )
    response = admin_client_logged_in.post(
        f"/admin/documents/delete/{version.pdf_id}/", follow=True
    )
    assert response.status_code == 200
    assert "cannot be deleted" in response.content.decode()
    assert f"v{version.label}" in response.content.decode()
    assert get_document_model().objects.filter(pk=version.pdf_id).exists()


def test_partner_editors_cannot_change_the_library(client, django_user_model):
    user = django_user_model.objects.create_user("ryse", password="pw")
    user.groups.add(Group.objects.get(name="RYSE Center editors"))
    client.force_login(user)
    tool = ResourcePage.objects.get(
        slug="facilitators-guide-mens-circles", locale__language_code="en"
    )
    assert client.get(f"/admin/pages/{tool.pk}/edit/").status_code in (302, 403)
    librarian = django_user_model.objects.create_user("lib", password="pw")
    librarian.groups.add(Group.objects.get(name="Resource librarians"))
    client.force_login(librarian)
    assert client.get(f"/admin/pages/{tool.pk}/edit/").status_code == 200
    assert client.get("/admin/reports/downloads/").status_code == 200


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_tool_page_queries_do_not_grow_with_versions(client):
    tool = ResourcePage.objects.get(slug="program-evaluation-tool", locale__language_code="en")
    url = tool.url
    few = count_queries(client, url)
    document = ResourceVersion.objects.filter(page=tool).first().pdf
    for n in range(19):
        tool.versions.add(
            ResourceVersion(
                label=f"1.{n + 1}", release_date="2025-02-01", pdf=document, locale=tool.locale
            )
        )
    tool.save_revision().publish()
    assert count_queries(client, url) == few
    assert count_queries(client, "/resources/") == count_queries(client, "/resources/")


EXTRA = [
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("vi", "Tiếng Việt"),
    ("zh-hant", "繁體中文"),
]


@override_settings(LANGUAGES=EXTRA, WAGTAIL_CONTENT_LANGUAGES=EXTRA)
def test_tool_page_queries_do_not_grow_with_languages(client):
    tool = ResourcePage.objects.get(slug="program-evaluation-tool", locale__language_code="en")
    few = count_queries(client, tool.url)
    library_few = count_queries(client, "/resources/")
    for code in ("fr", "vi", "zh-hant"):
        Locale.objects.get_or_create(language_code=code)
        translate(tool, code, {}, allow_missing=True)
    assert count_queries(client, tool.url) == few
    assert count_queries(client, "/resources/") == library_few


def test_two_versions_cannot_share_a_label(admin_client_logged_in):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    tool = ResourcePage.objects.get(slug="community-conversation-guide", locale__language_code="en")
    version = tool.versions.first()
    row = {
        "label": "1.0",
        "release_date": "2025-01-01",
        "status": "released",
        "changes": "",
        "pdf": version.pdf_id,
        "docx": "",
        "questionnaire": streamfield([]),
    }
    data = nested_form_data(
        {
            "title": tool.title,
            "slug": tool.slug,
            "kind": tool.kind,
            "audience": tool.audience,
            "summary": tool.summary,
            "description": rich_text(tool.description),
            "versions": inline_formset([{"id": version.pk, **row}, row]),
            "contributors": inline_formset([]),
            "reading_version": [],
            "comments": inline_formset([]),
        }
    )
    data["reading_version-count"] = "0"
    data["action-publish"] = "1"
    response = admin_client_logged_in.post(f"/admin/pages/{tool.pk}/edit/", data)
    assert response.status_code == 200
    assert "already called “1.0”" in response.content.decode()
    assert tool.versions.count() == 1
