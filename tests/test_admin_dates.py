"""Dates and times in the admin are read in the staff member's own format, or refused."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from partners.models import EventPage, PartnerPage
from tests.test_partners_editors import event_form

pytestmark = pytest.mark.django_db


def editor(client, django_user_model, language):
    user = django_user_model.objects.create_user(f"ryse-{language}", password="pw")
    user.groups.add(Group.objects.get(name="RYSE Center editors"))
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
        preferred_language=language
    )
    client.force_login(user)
    return client


def add_event(client, **typed):
    ryse = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    data = event_form("Evening circle", "evening-circle", "action-draft")
    data.update(typed)
    return client.post(f"/admin/pages/add/partners/eventpage/{ryse.pk}/", data)


def test_us_staff_type_a_12_hour_evening_time_and_it_stays_evening(client, django_user_model):
    client = editor(client, django_user_model, "en")
    add_event(client, start_date="01/14/2027", start_time="6:30 PM", end_time="8:00 pm")
    event = EventPage.objects.get(slug="evening-circle")
    assert event.start_date == datetime.date(2027, 1, 14)
    assert event.start_time == datetime.time(18, 30)
    assert event.end_time == datetime.time(20, 0)
    start = event.starts_at.astimezone(ZoneInfo("America/Los_Angeles"))
    assert (start.hour, start.minute) == (18, 30)
    html = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert 'value="06:30 PM"' in html and 'value="01/14/2027"' in html


@pytest.mark.parametrize("typed", ["14/01/2027", "next tuesday", "2027-13-01"])
def test_an_unreadable_date_is_refused_with_a_message_and_kept(client, django_user_model, typed):
    client = editor(client, django_user_model, "en")
    response = add_event(client, start_date=typed)
    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="evening-circle").exists()
    html = response.content.decode()
    assert "Enter a valid date." in html
    assert f'value="{typed}"' in html


def test_spanish_staff_use_day_first_dates_and_the_24_hour_clock(client, django_user_model):
    client = editor(client, django_user_model, "es")
    response = add_event(client, start_date="14/01/2027", start_time="18:30", end_time="25:00")
    assert "Introduzca una hora válida." in response.content.decode()
    add_event(client, start_date="14/01/2027", start_time="18:30", end_time="20:00")
    event = EventPage.objects.get(slug="evening-circle")
    assert (event.start_date, event.start_time) == (
        datetime.date(2027, 1, 14),
        datetime.time(18, 30),
    )
    html = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert 'value="18:30"' in html and 'value="14/01/2027"' in html
