"""Plain words for review actions in the page editor, and "Submit for review" in front.

Wagtail says "Submit to Partner review", "Cancel workflow", "Restart workflow" and
"Resubmit to Moderator approval", and puts submitting under the save button's arrow.
Partner staff without training need: submit, withdraw, resubmit, with submitting as
the main button when they cannot publish. Registered from HomeConfig.ready().
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import (
    CancelWorkflowMenuItem,
    PublishMenuItem,
    RestartWorkflowMenuItem,
    SubmitForModerationMenuItem,
)


class SubmitForReviewMenuItem(SubmitForModerationMenuItem):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        state = page.current_workflow_state if page else None
        needs_changes = state and state.status == state.STATUS_NEEDS_CHANGES
        context["label"] = _("Resubmit for review") if needs_changes else _("Submit for review")
        return context


PLAIN_LABELS = {
    CancelWorkflowMenuItem: _("Withdraw from review"),
    RestartWorkflowMenuItem: _("Submit again, from the first review step"),
}


def use_plain_review_actions(menu_items, request, context):
    for index, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem:
            menu_items[index] = SubmitForReviewMenuItem(order=item.order)
        elif type(item) in PLAIN_LABELS:
            item.label = PLAIN_LABELS[type(item)]
    can_publish = any(isinstance(item, PublishMenuItem) for item in menu_items)
    submit = next((i for i in menu_items if isinstance(i, SubmitForReviewMenuItem)), None)
    if submit is not None and not can_publish:
        # The first item becomes the main button; saving a draft stays one click away.
        menu_items.remove(submit)
        menu_items.insert(0, submit)


def register():
    hooks.register("construct_page_action_menu", use_plain_review_actions)
