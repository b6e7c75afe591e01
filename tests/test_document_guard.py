"""Wagtail's own /documents/<id>/<name> serves a tool version's file only once the version is
released and its date has come; until then only people with admin rights on it may open it."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from resources.demo_files import pdf_bytes
from resources.models import ResourcePage, ResourceVersion
from resources.permissions import LIBRARIANS, library_collection

pytestmark = pytest.mark.django_db


def guide():
    return ResourcePage.objects.get(
        slug="facilitators-guide-mens-circles", locale__language_code="en"
    )


def library_document(name):
    # The name a librarian would give it, as the demo's files have: <tool>-v<label>-<lang>.pdf
    document = get_document_model()(title=name, collection=library_collection())
    data = pdf_bytes(name, "Sample edition", ["Not out yet."])
    document.file.save(f"{name}.pdf", ContentFile(data), save=False)
    document.save()
    return document


def publish_version(label, status="released", days_from_today=0):
    page = guide()
    document = library_document(f"{page.slug}-v{label}-en")
    page.versions.add(
        ResourceVersion(
            page=page,
            label=label,
            release_date=timezone.localdate() + datetime.timedelta(days=days_from_today),
            status=status,
            pdf=document,
            locale=page.locale,
        )
    )
    page.save_revision().publish()
    return document


def user_in(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username, password="a long pass phrase 1")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def status_for(client, document, user=None):
    client.logout()
    if user is not None:
        client.force_login(user)
    response = client.get(document.url)
    if response.streaming:
        b"".join(response.streaming_content)  # read to the end, which closes the file
    return response.status_code


def test_a_draft_versions_file_is_hidden_from_visitors_and_other_editors(client, django_user_model):
    document = publish_version("9.0-draft", status="draft")
    partner_editor = user_in(django_user_model, "RYSE Center editors", "ryse-guard")
    librarian = user_in(django_user_model, LIBRARIANS, "librarian-guard")
    response = client.get(document.url)
    assert response.status_code == 404
    # The same page as for a document that does not exist: nothing says this one does.
    missing = client.get(document.url.replace(f"/{document.pk}/", "/987654/"))
    assert response.content.replace(b"/%d/" % document.pk, b"/987654/") == missing.content
    assert status_for(client, document, partner_editor) == 404
    assert status_for(client, document, librarian) == 200


def test_a_released_version_dated_next_month_is_hidden_until_its_day(client):
    document = publish_version("9.1", days_from_today=30)
    assert status_for(client, document) == 404


def test_a_version_released_today_is_served(client):
    document = publish_version("9.2", days_from_today=0)
    assert status_for(client, document) == 200


def test_a_file_uploaded_for_a_version_not_yet_published_is_hidden(client, django_user_model):
    # Uploaded to the library and attached in a draft of the tool: no published version has it.
    page = guide()
    document = library_document(f"{page.slug}-v9.3-en")
    page.versions.add(
        ResourceVersion(
            page=page,
            label="9.3",
            release_date=timezone.localdate(),
            pdf=document,
            locale=page.locale,
        )
    )
    page.save_revision()
    assert status_for(client, document) == 404
    superuser = django_user_model.objects.create_superuser("root-guard", "", "a long pass phrase 2")
    assert status_for(client, document, superuser) == 200


def test_the_demo_tools_current_files_are_still_served(client):
    version = guide().current_version()
    assert status_for(client, version.pdf) == 200
