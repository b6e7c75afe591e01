"""Partner staff see submit, withdraw and resubmit, with submitting as the main button."""

import pytest
from django.contrib.auth.models import Group

from partners.models import EventPage, PartnerPage

pytestmark = pytest.mark.django_db


def test_an_editor_submits_for_review_from_the_main_button_then_may_withdraw(
    client, django_user_model
):
    editor = django_user_model.objects.create_user("ryse-plain", password="pw")
    editor.groups.add(Group.objects.get(name="RYSE Center editors"))
    client.force_login(editor)
    ryse = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    event = EventPage.objects.child_of(ryse).first()
    html = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert "Submit to Partner review" not in html
    footer = html[html.index('aria-label="Actions (footer)"') :]
    submit = footer.index('name="action-submit"')
    assert "Submit for review" in footer[submit : submit + 600]
    assert submit < footer.index("action-save")  # the main button; saving a draft in its menu

    event.save_revision(user=editor)
    event.get_workflow().start(event, editor)
    html = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert "Withdraw from review" in html and "Cancel workflow" not in html


def test_choosing_what_to_add_says_existing_pages_not_pages_using(client, django_user_model):
    editor = django_user_model.objects.create_user("ryse-words", password="pw")
    editor.groups.add(Group.objects.get(name="RYSE Center editors"))
    client.force_login(editor)
    ryse = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    html = client.get(f"/admin/pages/{ryse.pk}/add_subpage/").content.decode()
    assert "Pages using" not in html
    assert "Existing pages: Event" in html
