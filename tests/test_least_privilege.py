"""Nobody holds rights by default, groups follow partners by id, and no admin view tells a
user about what they cannot see; download counts are a report nobody can change."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage

from partners.models import PartnerPage
from partners.permissions import ensure_partner_editors
from resources.models import DownloadCount, ResourcePage, ResourceVersion

pytestmark = pytest.mark.django_db


def refused(response):
    return response.status_code in (403, 404) or (
        response.status_code == 302 and response.url == "/admin/"
    )


def signed_in(client, django_user_model, group_name, username="someone"):
    user = django_user_model.objects.create_user(username, password="pw")
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return user


def test_wagtails_default_groups_and_workflow_are_gone():
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    root = Page.get_first_root_node()
    assert not WorkflowPage.objects.filter(page=root).exists()
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()


def test_a_partner_renamed_to_another_partners_old_name_gets_none_of_its_rights():
    ryse = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    other = PartnerPage.objects.get(slug="faith-in-the-valley", locale__language_code="en")
    ryse_group = ensure_partner_editors(ryse)
    other_group = ensure_partner_editors(other)
    ryse.title = "RYSE Youth Center"
    ryse.save_revision().publish()
    ensure_partner_editors(ryse)
    other.title = "RYSE Center"
    other.save_revision().publish()
    assert ensure_partner_editors(other) == other_group
    assert not GroupPagePermission.objects.filter(group=ryse_group, page=other).exists()
    ryse_group.refresh_from_db()
    other_group.refresh_from_db()
    assert ryse_group.name == "RYSE Youth Center editors"
    assert GroupPagePermission.objects.filter(group=ryse_group, page=ryse).exists()
    assert ryse.access.collection != other.access.collection


@pytest.mark.parametrize(
    "url",
    [
        "/admin/reports/translation-status/",
        "/admin/localize/reports/translations/",
        "/admin/localize/reports/translations/results/",
        "/admin/localize/api/snippets/home/supportline/",
    ],
)
def test_translation_reports_and_apis_are_for_translators_only(client, django_user_model, url):
    signed_in(client, django_user_model, "RYSE Center editors")
    assert refused(client.get(url))
    signed_in(client, django_user_model, "Translators (Español)", "translator")
    assert client.get(url).status_code == 200


def test_the_document_delete_guard_names_nothing_to_someone_who_cannot_delete_it(
    client, django_user_model
):
    version = ResourceVersion.objects.filter(locale__language_code="en").first()
    signed_in(client, django_user_model, "RYSE Center editors")
    response = client.post(f"/admin/documents/delete/{version.pdf_id}/", follow=True)
    html = response.content.decode()
    assert version.page.title not in html and f"v{version.label}" not in html
    assert "cannot be deleted" not in html


@pytest.fixture
def a_count():
    tool = ResourcePage.objects.filter(locale__language_code="en").first()
    return DownloadCount.objects.create(
        resource=tool,
        version_label="1.0",
        language="es",
        file_format="pdf",
        day=datetime.date(2026, 11, 2),
        count=7,
    )


def test_download_counts_are_a_report_with_csv_nobody_can_change(
    client, django_user_model, a_count
):
    signed_in(client, django_user_model, "Resource librarians")
    response = client.get("/admin/reports/downloads/")
    assert response.status_code == 200 and a_count.resource.title in response.content.decode()
    export = client.get("/admin/reports/downloads/?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert [a_count.resource.title, "1.0", "es", "pdf", "2026-11-02", "7"] in rows
    for url in (
        f"/admin/snippets/resources/downloadcount/edit/{a_count.pk}/",
        f"/admin/snippets/resources/downloadcount/delete/{a_count.pk}/",
    ):
        client.post(url, {"count": "9999"})
    a_count.refresh_from_db()
    assert a_count.count == 7


@pytest.mark.parametrize("query", ["day_after=yesterday", "export=pdf", "language=%00", "p=x"])
def test_bad_report_input_is_a_clear_answer_not_an_error(client, django_user_model, a_count, query):
    signed_in(client, django_user_model, "Resource librarians")
    response = client.get(f"/admin/reports/downloads/?{query}")
    assert 200 <= response.status_code < 500


def test_people_without_the_right_do_not_see_download_counts(client, django_user_model):
    signed_in(client, django_user_model, "RYSE Center editors")
    assert refused(client.get("/admin/reports/downloads/"))
