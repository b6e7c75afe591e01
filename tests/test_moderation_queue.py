"""The moderator's queue names each item's partner; approving or asking for changes
says what happened to which page."""

from html import unescape

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel

from partners.models import EventPage, PartnerPage
from partners.moderation import ModerationQueuePanel, partners_by_page
from tests.test_partners_editors import event_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(client, django_user_model):
    user = django_user_model.objects.create_user("queue-moderator", password="pw")
    user.groups.add(Group.objects.get(name="Network moderators"))
    client.force_login(user)
    return user


def submit(event, user):
    event.save_revision(user=user)
    return event.get_workflow().start(event, user)


def submitted_events(count, django_user_model):
    """`count` events submitted for review, spread over the demo partners."""
    editor = django_user_model.objects.create_superuser("queue-editor", "", "pw")
    events = list(EventPage.objects.filter(locale__language_code="en").order_by("pk")[:count])
    assert len(events) == count
    for event in events:
        submit(event, editor)
    return events


def queue_rows(html):
    start = html.index("data-moderation-queue")
    return html[start : html.index("</table>", start)].split("<tr>")[2:]


def test_each_item_awaiting_review_names_its_partner(client, moderator, django_user_model):
    events = submitted_events(3, django_user_model)
    html = client.get("/admin/").content.decode()
    rows = queue_rows(html)
    assert len(rows) == 3
    for event in events:
        partner = event.get_parent().specific
        assert isinstance(partner, PartnerPage)
        row = next(r for r in rows if event.title in r)
        assert f"<td data-partner>{escape(partner.title)}</td>" in row


def panel_queries(panel, user):
    request = RequestFactory().get("/admin/")
    request.user = user
    with CaptureQueriesContext(connection) as queries:
        panel.render_html({"request": request, "csrf_token": "x"})
    return len(queries)


def test_naming_partners_costs_no_query_per_item(moderator, django_user_model):
    events = submitted_events(10, django_user_model)
    ours, stock, lookup = {}, {}, {}
    panel_queries(ModerationQueuePanel(), moderator)  # caches (content types) warm
    for count in (10, 3):
        for event in events[count:]:
            event.current_workflow_state.cancel(user=moderator)
        ours[count] = panel_queries(ModerationQueuePanel(), moderator)
        stock[count] = panel_queries(WorkflowObjectsToModeratePanel(), moderator)
        pages = list(EventPage.objects.filter(pk__in=[e.pk for e in events[:count]]))
        with CaptureQueriesContext(connection) as queries:
            assert len(partners_by_page(pages)) == count
        lookup[count] = len(queries)
    assert lookup[3] == lookup[10] == 1
    # Wagtail's own rows cost queries each; the partner column adds none per row.
    assert ours[10] - ours[3] <= stock[10] - stock[3]


def messages_after(response):
    return [unescape(str(m)).strip() for m in get_messages(response.wsgi_request)]


def test_approving_from_the_dashboard_says_the_page_is_approved_and_published(
    client, moderator, django_user_model
):
    (event,) = submitted_events(1, django_user_model)
    task_state = event.current_workflow_state.current_task_state
    partner = event.get_parent().specific
    response = client.post(
        f"/admin/pages/workflow/action/{event.pk}/approve/{task_state.pk}/?next=/admin/",
        {"comment": ""},
    )
    assert response.status_code == 302
    assert f"'{event.title}' ({partner.title}) is approved and published." in messages_after(
        response
    )


def test_asking_for_changes_says_the_page_goes_back_to_its_editors(
    client, moderator, django_user_model
):
    (event,) = submitted_events(1, django_user_model)
    task_state = event.current_workflow_state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{event.pk}/reject/{task_state.pk}/?next=/admin/",
        {"comment": "Please add the address."},
    )
    assert response.status_code == 302
    said = " ".join(messages_after(response))
    assert f"'{event.title}'" in said and "request for changes" in said


def test_approving_in_the_page_editor_says_the_page_is_approved_and_published(
    client, moderator, django_user_model
):
    (event,) = submitted_events(1, django_user_model)
    data = event_form(event.title, event.slug, "action-workflow-action")
    data["workflow-action-name"] = "approve"
    data["workflow-action-extra-data"] = '{"comment": ""}'
    response = client.post(f"/admin/pages/{event.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    said = messages_after(response)
    assert any(f"'{event.title}'" in m and "is approved and published" in m for m in said)


def report_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/reports/workflow-tasks-by-partner/")
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_workflow_tasks_report_names_each_partner_at_a_flat_cost(
    client, moderator, django_user_model
):
    menu = client.get("/admin/").content.decode()
    assert "/admin/reports/workflow-tasks-by-partner/" in menu
    editor = django_user_model.objects.create_superuser("report-editor", "", "pw")
    events = list(EventPage.objects.filter(locale__language_code="en").order_by("pk")[:10])
    for event in events[:3]:
        submit(event, editor)
    report_queries(client)  # caches warm
    three, html = report_queries(client)
    assert html.count("<td data-partner>") == 3
    for event in events[:3]:
        partner = event.get_parent().specific
        row = next(r for r in html.split("<tr>") if f"/admin/pages/{event.pk}/edit/" in r)
        assert f"<td data-partner>{escape(partner.title)}</td>" in row
    for event in events[3:]:
        submit(event, editor)
    ten, html = report_queries(client)
    assert html.count("<td data-partner>") == 10
    assert ten == three
