"""The moderator's queue names each item's partner, and approving says what happened.

Wagtail's "Awaiting your review" panel shows a page's title only; a moderator
reviewing for twelve partners needs to know whose page it is. The panel is replaced
(construct_homepage_panels) by one that finds every item's partner in one query.
Wagtail's workflow action view says nothing after approving from the dashboard;
ConfirmedWorkflowActionView (in a page viewset for every page type) and the
after_edit_page hook say "'<title>' is approved and published" or similar.
"""

from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.utils import get_latest_str
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, WorkflowState

from partners.models import PartnerPage


def partners_by_page(pages):
    """{page pk: its PartnerPage ancestor (or itself)}, in one query for any number."""
    pages = [page for page in pages if isinstance(page, Page)]
    steps = Page.steplen
    prefixes = {
        page.path[:end] for page in pages for end in range(steps, len(page.path) + 1, steps)
    }
    if not prefixes:
        return {}
    partners = {
        p.path: p for p in PartnerPage.objects.filter(path__in=prefixes).only("title", "path")
    }
    found = {}
    for page in pages:
        for end in range(steps, len(page.path) + 1, steps):
            if page.path[:end] in partners:
                found[page.pk] = partners[page.path[:end]]
    return found


class ModerationQueuePanel(WorkflowObjectsToModeratePanel):
    template_name = "partners/admin/awaiting_review.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        partners = partners_by_page(state["obj"] for state in context["states"])
        for state in context["states"]:
            state["partner"] = partners.get(state["obj"].pk)
        return context


def name_the_partners_in_the_queue(request, panels):
    for index, panel in enumerate(panels):
        if type(panel) is WorkflowObjectsToModeratePanel:
            panels[index] = ModerationQueuePanel()


def outcome_message(page, action_name):
    """What the moderator's action did, in words naming the page (and its partner)."""
    page = Page.objects.get(pk=page.pk)
    partner = partners_by_page([page]).get(page.pk)
    title = get_latest_str(page)
    named = f"'{title}' ({partner.title})" if partner and partner.pk != page.pk else f"'{title}'"
    state = page.workflow_states.order_by("-created_at").first()
    if action_name == "reject":
        return _("%(page)s goes back to its editors with your request for changes.") % {
            "page": named
        }
    if state and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return _("%(page)s is approved; it now waits for “%(task)s”.") % {
            "page": named,
            "task": state.current_task_state.task.name,
        }
    if page.live and not page.has_unpublished_changes:
        return _("%(page)s is approved and published.") % {"page": named}
    return _("%(page)s is approved.") % {"page": named}


class ConfirmedWorkflowActionView(WorkflowActionView):
    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        self.task_state.refresh_from_db()
        if self.task_state.status != self.task_state.STATUS_IN_PROGRESS:  # it was done
            messages.success(request, outcome_message(self.object, self.action_name))
        return response


class ConfirmingPageViewSet(PageViewSet):
    """Wagtail's page views, with the confirming workflow action (pages' own mechanism
    for swapping one page view)."""

    workflow_action_view_class = ConfirmedWorkflowActionView


def confirm_a_workflow_action_from_the_editor(request, page):
    action_name = request.POST.get("workflow-action-name")
    if "action-workflow-action" in request.POST and action_name in ("approve", "reject"):
        messages.success(request, outcome_message(page, action_name))


def register():
    hooks.register("construct_homepage_panels", name_the_partners_in_the_queue)
    hooks.register("after_edit_page", confirm_a_workflow_action_from_the_editor)
    # After Wagtail's own base page viewset (order 0), so this one is used for Page.
    hooks.register("register_admin_viewset", lambda: ConfirmingPageViewSet(), order=1)
