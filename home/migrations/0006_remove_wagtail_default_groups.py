"""Least privilege: Wagtail's default "Editors" and "Moderators" groups (rights on the whole
tree, and wagtail-localize's submit_translation) and its "Moderators approval" workflow on the
root are removed. The site's own groups (partners, moderators, librarians, translators) give
each person only their part."""

from django.db import migrations

DEFAULT_GROUPS = ["Editors", "Moderators"]
DEFAULT_WORKFLOW = "Moderators approval"


def remove_defaults(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    Task = apps.get_model("wagtailcore", "Task")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    for workflow in Workflow.objects.filter(name=DEFAULT_WORKFLOW):
        WorkflowPage.objects.filter(workflow=workflow).delete()
        WorkflowContentType.objects.filter(workflow=workflow).delete()
        task_ids = list(workflow.workflow_tasks.values_list("task_id", flat=True))
        if WorkflowState.objects.filter(workflow=workflow).exists():
            # Its history stays readable; it applies to nothing and cannot be chosen.
            Workflow.objects.filter(pk=workflow.pk).update(active=False)
        else:
            workflow.delete()
        for task in Task.objects.filter(pk__in=task_ids, name=DEFAULT_WORKFLOW):
            if TaskState.objects.filter(task=task).exists():
                Task.objects.filter(pk=task.pk).update(active=False)
            else:
                task.delete()
    Group.objects.filter(name__in=DEFAULT_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_supportline_drafts"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(remove_defaults, migrations.RunPython.noop)]
