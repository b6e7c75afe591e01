from django.contrib import messages
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.documents import get_document_model
from wagtail.documents.views.documents import DeleteView
from wagtail.permissions import policy_registry

from resources.document_guard import hide_unreleased_version_files
from resources.download_report import DownloadCountReportView
from resources.models import ResourceVersion


class DownloadsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("resources.view_downloadcount")


@hooks.register("register_reports_menu_item")
def downloads_menu_item():
    """Aggregate download counts: per file per day, nothing about people."""
    return DownloadsMenuItem(
        gettext_lazy("Downloads"), reverse("download_counts"), icon_name="download", order=60
    )


# Wagtail's /documents/<id>/<name>: no file of a version that is not out yet.
hooks.register("before_serve_document", hide_unreleased_version_files)


def versions_using(document):
    return list(
        ResourceVersion.objects.filter(Q(pdf=document) | Q(docx=document)).select_related(
            "page", "locale"
        )
    )


def delete_document_unless_used(request, document_id):
    """Wagtail refuses to delete a protected document with a bare "permission denied";
    say instead which versions use it, and change nothing. Someone who may not delete
    the document learns nothing about it, not even that it exists."""
    document = get_object_or_404(get_document_model(), pk=document_id)
    policy = policy_registry.get_by_type(type(document))
    if not policy.user_has_permission_for_instance(request.user, "delete", document):
        raise Http404
    used_by = versions_using(document)
    if used_by:
        names = ", ".join(f"{v.page.title} v{v.label} ({v.locale.language_code})" for v in used_by)
        messages.error(
            request,
            _(
                "“%(title)s” cannot be deleted: it is a file of %(versions)s. Replace it there first."
            )
            % {"title": document.title, "versions": names},
        )
        return redirect("wagtaildocs:edit", document.pk)
    return DeleteView.as_view()(request, document_id=document_id)


@hooks.register("register_admin_urls")
def protect_used_documents():
    # Registered before wagtail.documents' own URLs (app order), so this view answers first.
    return [
        path("documents/delete/<int:document_id>/", delete_document_unless_used),
        path("reports/downloads/", DownloadCountReportView.as_view(), name="download_counts"),
        path(
            "reports/downloads/results/",
            DownloadCountReportView.as_view(results_only=True),
            name="download_counts_results",
        ),
    ]
