"""Reports -> Workflow tasks, with the partner each task's page belongs to.

Wagtail's report view is subclassed (one more column, the partners found in one query
for the whole page of results) and the Reports menu's "Workflow tasks" leads to it.
"""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.views.reports.workflows import WorkflowTasksView

from partners.moderation import partners_by_page


class WorkflowTasksByPartnerView(WorkflowTasksView):
    results_template_name = "partners/admin/workflow_tasks_results.html"
    index_url_name = "partner_workflow_tasks"
    index_results_url_name = "partner_workflow_tasks_results"

    def decorate_paginated_queryset(self, object_list):
        tasks = super().decorate_paginated_queryset(object_list)
        partners = partners_by_page(task.workflow_state.content_object for task in tasks)
        for task in tasks:
            task.partner = partners.get(task.workflow_state.content_object.pk)
        return tasks


def report_urls():
    return [
        path(
            "reports/workflow-tasks-by-partner/",
            WorkflowTasksByPartnerView.as_view(),
            name="partner_workflow_tasks",
        ),
        path(
            "reports/workflow-tasks-by-partner/results/",
            WorkflowTasksByPartnerView.as_view(results_only=True),
            name="partner_workflow_tasks_results",
        ),
    ]


def lead_to_the_report_by_partner(request, menu_items):
    for item in menu_items:
        if item.url == reverse("wagtailadmin_reports:workflow_tasks"):
            item.url = reverse("partner_workflow_tasks")


def register():
    hooks.register("register_admin_urls", report_urls)
    hooks.register("construct_reports_menu", lead_to_the_report_by_partner)
