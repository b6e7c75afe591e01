"""Drivers for pages: a partner's event, its review, a library tool, a Spanish page."""

from wagtail.models import Page, TaskState

from partners.models import EventPage

from ...test_partners_editors import event_form
from .registry import action, fresh


def event_post(client, w, page, title, button=""):
    return client.post(f"/admin/pages/{page.pk}/edit/", event_form(title, page.slug, button))


def latest_title(page):
    return fresh(page).get_latest_revision().content["title"]


@action("add an event under RYSE Center")
def add_event(client, w):
    client.post(
        f"/admin/pages/add/partners/eventpage/{w.ryse.pk}/", event_form("New", "matrix-new", "")
    )
    return EventPage.objects.filter(slug="matrix-new").exists()


@action("edit RYSE Center's event (save a draft)")
def edit_event(client, w):
    event_post(client, w, w.event, "Edited")
    return latest_title(w.event) == "Edited"


@action("publish RYSE Center's event")
def publish_event(client, w):
    event_post(client, w, w.event, "Published", "action-publish")
    return fresh(w.event).title == "Published" and fresh(w.event).live


@action("unpublish RYSE Center's event")
def unpublish_event(client, w):
    client.post(f"/admin/pages/{w.event.pk}/unpublish/")
    return not fresh(w.event).live


@action("revert RYSE Center's event to an older revision")
def revert_event(client, w):
    url = f"/admin/pages/{w.event.pk}/revisions/{w.older_revision.pk}/revert/"
    if client.get(url).status_code != 200:
        return False
    client.post(f"/admin/pages/{w.event.pk}/edit/", event_form("Reverted", w.event.slug, ""))
    return latest_title(w.event) == "Reverted"


@action("delete RYSE Center's event")
def delete_event(client, w):
    client.post(f"/admin/pages/{w.event.pk}/delete/")
    return fresh(w.event) is None


@action("move RYSE Center's event to another partner")
def move_event(client, w):
    # A slug free under the other partner, or the move stops there for everyone.
    Page.objects.filter(pk=w.event.pk).update(slug="matrix-moved")
    client.post(f"/admin/pages/{w.event.pk}/move/{w.dpn.pk}/confirm/")
    return fresh(w.event).get_parent().pk == w.dpn.pk


@action("copy RYSE Center's event")
def copy_event(client, w):
    client.post(
        f"/admin/pages/{w.event.pk}/copy/",
        {"new_title": "Copied", "new_slug": "matrix-copy", "new_parent_page": w.ryse.pk},
    )
    return Page.objects.filter(slug="matrix-copy").exists()


@action("bulk-unpublish RYSE Center's event")
def bulk_unpublish_event(client, w):
    client.post(f"/admin/bulk/wagtailcore/page/unpublish/?id={w.event.pk}")
    return not fresh(w.event).live


@action("bulk-delete RYSE Center's event")
def bulk_delete_event(client, w):
    client.post(f"/admin/bulk/wagtailcore/page/delete/?id={w.event.pk}")
    return fresh(w.event) is None


def review_action(client, w, name):
    task_state = w.in_review.current_workflow_state.current_task_state
    client.post(
        f"/admin/pages/workflow/action/{w.in_review.pk}/{name}/{task_state.pk}/", {"comment": ""}
    )
    return TaskState.objects.get(pk=task_state.pk).status


@action("approve RYSE Center's event in review")
def approve(client, w):
    return review_action(client, w, "approve") == "approved"


@action("reject RYSE Center's event in review")
def reject(client, w):
    return review_action(client, w, "reject") == "rejected"


@action("cancel a review an admin asked for (RYSE event)")
def cancel_review(client, w):
    state = w.in_review.current_workflow_state
    event_post(client, w, w.in_review, "In review", "action-cancel-workflow")
    return type(state).objects.get(pk=state.pk).status == "cancelled"


@action("unpublish a library tool")
def unpublish_tool(client, w):
    client.post(f"/admin/pages/{w.tool.pk}/unpublish/")
    return not fresh(w.tool).live


@action("publish RYSE Center's Spanish page")
def publish_spanish_page(client, w):
    before = w.ryse_es.live_revision_id
    client.post(f"/admin/pages/{w.ryse_es.pk}/edit/", {"action": "publish"})
    return lambda: fresh(w.ryse_es).live_revision_id != before  # after the commit
