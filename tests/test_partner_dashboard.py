"""A partner editor's dashboard shows their own organisation: pages, buttons, comments."""

import pytest
from django.contrib.auth.models import Group

from partners.models import EventPage, PartnerPage

pytestmark = pytest.mark.django_db


def user_in(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username, password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def ask_for_changes(event, editor, moderator, comment):
    revision = event.save_revision(user=editor)
    state = event.get_workflow().start(event, editor)
    assert revision is not None and state.current_task_state is not None
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "reject", comment=comment)


def event_of(slug):
    partner = PartnerPage.objects.get(slug=slug, locale__language_code="en")
    return EventPage.objects.child_of(partner).order_by("pk").first()


def test_the_partner_dashboard_shows_only_the_partners_own_pages_and_comments(
    client, django_user_model
):
    ryse_editor = user_in(django_user_model, "RYSE Center editors", "ryse")
    other_editor = user_in(django_user_model, "Faith in the Valley editors", "faith")
    moderator = user_in(django_user_model, "Network moderators", "mod")
    ours, theirs = event_of("ryse-center"), event_of("faith-in-the-valley")
    ask_for_changes(ours, ryse_editor, moderator, "Please add how to register.")
    ask_for_changes(theirs, other_editor, moderator, "A private note for another partner.")

    client.force_login(ryse_editor)
    html = client.get("/admin/").content.decode()
    assert "Your organisation: RYSE Center" in html
    assert "A moderator asked for changes" in html and "Please add how to register." in html
    assert "A private note for another partner." not in html
    assert f"/admin/pages/{theirs.pk}/edit/" not in html
    assert f"/admin/pages/{ours.pk}/edit/" in html
    assert "Add event" in html and "Add video" in html

    client.force_login(moderator)
    assert "Your organisation" not in client.get("/admin/").content.decode()
