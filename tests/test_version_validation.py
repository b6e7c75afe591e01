"""A released version needs a label that can be part of an address, and its PDF."""

import datetime

import pytest
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from resources.models import ResourcePage

pytestmark = pytest.mark.django_db
TOMORROW = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()


@pytest.fixture
def librarian(client, django_user_model):
    user = django_user_model.objects.create_user("librarian", password="pw")
    user.groups.add(Group.objects.get(name="Resource librarians"))
    client.force_login(user)
    return client


def save_with_new_version(client, **new_version):
    tool = ResourcePage.objects.get(slug="community-conversation-guide", locale__language_code="en")
    old = tool.versions.first()
    existing = {
        "id": old.pk,
        "label": old.label,
        "release_date": old.release_date.isoformat(),
        "status": old.status,
        "changes": old.changes,
        "pdf": old.pdf_id,
        "docx": old.docx_id or "",
        "questionnaire": streamfield([]),
    }
    added = {"label": "2.2", "release_date": TOMORROW, "status": "released", "changes": ""}
    added.update({"pdf": "", "docx": "", "questionnaire": streamfield([]), **new_version})
    data = nested_form_data(
        {
            "title": tool.title,
            "slug": tool.slug,
            "kind": tool.kind,
            "audience": tool.audience,
            "summary": tool.summary,
            "description": rich_text(tool.description),
            "versions": inline_formset([existing, added]),
            "contributors": inline_formset([]),
            "reading_version": [],
            "comments": inline_formset([]),
        }
    )
    data["reading_version-count"] = "0"
    data["action-publish"] = "1"
    response = client.post(f"/admin/pages/{tool.pk}/edit/", data)
    return response, tool


def test_a_released_version_with_a_bad_label_and_no_pdf_is_refused(librarian):
    response, tool = save_with_new_version(librarian, label="v2.2 final!")
    assert response.status_code == 200
    html = response.content.decode()
    assert "cannot be a version label: use only letters, digits, dots and dashes" in html
    assert "A released version needs its PDF" in html
    assert tool.versions.count() == 1


def test_a_released_version_without_a_pdf_is_refused(librarian):
    response, tool = save_with_new_version(librarian, label="2.2")
    assert "A released version needs its PDF" in response.content.decode()
    assert tool.versions.count() == 1


def test_a_draft_version_may_wait_for_its_pdf_and_a_good_label_is_kept(librarian):
    response, tool = save_with_new_version(librarian, label="2.2-beta", status="draft")
    assert response.status_code == 302
    assert "2.2-beta" in tool.versions.values_list("label", flat=True)
