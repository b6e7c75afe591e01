"""Partner editors work only on their own partner, and nothing goes live without a moderator."""

import datetime

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from partners.models import EventPage, PartnerPage

pytestmark = pytest.mark.django_db


def partner(slug):
    return PartnerPage.objects.get(slug=slug, locale__language_code="en")


@pytest.fixture
def ryse_editor(client, django_user_model):
    user = django_user_model.objects.create_user("ryse-editor", password="pw")
    user.groups.add(Group.objects.get(name="RYSE Center editors"))
    client.force_login(user)
    return client


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moderator", password="pw")
    user.groups.add(Group.objects.get(name="Network moderators"))
    return user


def event_form(title, slug, action):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "A circle for fathers.",
            "start_date": (datetime.date.today() + datetime.timedelta(days=30)).isoformat(),
            "start_time": "18:00",
            "end_date": "",
            "end_time": "20:00",
            "time_zone": "America/Los_Angeles",
            "status": "scheduled",
            "event_format": "in_person",
            "venue_name": "RYSE",
            "address": "",
            "registration_url": "",
            "how_to_register": "Call us.",
            "cost": "Free",
            "accessibility": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    data[action] = "1"
    return data


def test_editor_cannot_edit_another_partner(ryse_editor):
    other = partner("dignity-and-power-now")
    title_before = other.title
    response = ryse_editor.get(f"/admin/pages/{other.pk}/edit/")
    assert response.status_code in (302, 403)
    response = ryse_editor.post(f"/admin/pages/{other.pk}/edit/", {"title": "Hacked"})
    assert response.status_code in (302, 403)
    other.refresh_from_db()
    assert other.title == title_before


def test_editor_cannot_add_or_publish_under_another_partner(ryse_editor):
    other = partner("faith-in-the-valley")
    before = Page.objects.count()
    url = f"/admin/pages/add/partners/eventpage/{other.pk}/"
    assert ryse_editor.get(url).status_code in (302, 403)
    response = ryse_editor.post(url, event_form("Intrusion", "intrusion", "action-publish"))
    assert response.status_code in (302, 403)
    assert Page.objects.count() == before
    event = EventPage.objects.child_of(other).first()
    assert ryse_editor.post(f"/admin/pages/{event.pk}/unpublish/").status_code in (302, 403)
    event.refresh_from_db()
    assert event.live


def test_editor_submits_event_and_it_goes_live_only_after_approval(ryse_editor, moderator, client):
    ryse = partner("ryse-center")
    url = f"/admin/pages/add/partners/eventpage/{ryse.pk}/"
    assert ryse_editor.get(url).status_code == 200
    # Publishing directly is not theirs to do: the page is saved as a draft only.
    ryse_editor.post(url, event_form("Fathers circle", "fathers-circle", "action-publish"))
    event = EventPage.objects.get(slug="fathers-circle")
    assert not event.live
    response = ryse_editor.post(
        f"/admin/pages/{event.pk}/edit/",
        event_form("Fathers circle", "fathers-circle", "action-submit"),
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert not event.live
    ryse_editor.logout()
    assert client.get("/partners/ryse-center/fathers-circle/").status_code == 404
    state = event.current_workflow_state
    assert state is not None and state.status == "in_progress"

    client.force_login(moderator)
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{event.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code in (200, 302)
    event.refresh_from_db()
    assert event.live
    client.logout()
    assert client.get("/partners/ryse-center/fathers-circle/").status_code == 200
