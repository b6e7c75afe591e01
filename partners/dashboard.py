"""The "Your organisation" panel on a partner editor's dashboard.

Their profile, upcoming events and videos with the buttons they need, what is waiting
for a moderator, and the moderator's comments when changes were requested (Wagtail
keeps those under the status panel's "View details"). Only the partners whose pages
the editor's groups may change, found through Wagtail's page permission policy.
"""

from django.template.loader import render_to_string
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from partners.models import EventPage, PartnerPage, VideoPage


def partners_of(user):
    """English partner pages the user edits through a partner editors' group (not as a
    moderator or administrator, who see the whole network elsewhere)."""
    if user.is_superuser:
        return []
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    partners = PartnerPage.objects.filter(pk__in=editable.values("pk")).order_by("title")
    section_wide = editable.filter(depth__lt=4).exists()
    return [] if section_wide else list(partners)


def organisation(partner):
    under = Page.objects.descendant_of(partner)
    events = (
        EventPage.objects.descendant_of(partner)
        .filter(ends_at__gte=timezone.now())
        .order_by("starts_at")[:10]
    )
    videos = VideoPage.objects.descendant_of(partner).order_by("-latest_revision_created_at")[:10]
    ids = [str(pk) for pk in under.values_list("pk", flat=True)] + [str(partner.pk)]
    states = WorkflowState.objects.filter(
        base_content_type__app_label="wagtailcore",
        base_content_type__model="page",
        object_id__in=ids,
    )
    waiting = list(
        states.filter(status=WorkflowState.STATUS_IN_PROGRESS).order_by("-created_at")[:10]
    )
    changes_requested = list(
        TaskState.objects.filter(
            workflow_state__in=states.filter(status=WorkflowState.STATUS_NEEDS_CHANGES),
            status=TaskState.STATUS_REJECTED,
        )
        .select_related("finished_by", "workflow_state")
        .order_by("-finished_at")[:10]
    )
    wanted = [s.object_id for s in waiting] + [
        t.workflow_state.object_id for t in changes_requested
    ]
    pages = {str(p.pk): p for p in Page.objects.filter(pk__in=[int(pk) for pk in wanted])}
    for state in waiting:
        state.page = pages.get(state.object_id)
    for task in changes_requested:
        task.page = pages.get(task.workflow_state.object_id)
    return {
        "partner": partner,
        "events": list(events),
        "videos": list(videos),
        "waiting": waiting,
        "changes_requested": changes_requested,
    }


class YourOrganisationPanel(Component):
    name = "your_organisation"
    order = 10  # first: it is what a partner editor comes for

    def __init__(self, partners):
        self.partners = partners

    def render_html(self, parent_context=None):
        return render_to_string(
            "partners/admin/your_organisation.html",
            {"organisations": [organisation(partner) for partner in self.partners]},
        )


def add_your_organisation_panel(request, panels):
    partners = partners_of(request.user)
    if partners:
        panels.insert(0, YourOrganisationPanel(partners))


def register():
    hooks.register("construct_homepage_panels", add_your_organisation_panel)
