from django.contrib import messages
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from resources.document_guard import hide_unreleased_version_files
from resources.models import DownloadCount, ResourceVersion


class DownloadCountViewSet(SnippetViewSet):
    """Aggregate download counts: per file per day, nothing about people."""

    model = DownloadCount
    icon = "download"
    menu_label = gettext_lazy("Downloads")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["resource", "version_label", "language", "file_format", "day", "count"]
    list_filter = ["language", "file_format", "day"]
    ordering = ["-day", "resource"]
    inspect_view_enabled = True


register_snippet(DownloadCountViewSet)

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
    say instead which versions use it, and change nothing."""
    from wagtail.documents import get_document_model
    from wagtail.documents.views.documents import DeleteView

    document = get_object_or_404(get_document_model(), pk=document_id)
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
    return [path("documents/delete/<int:document_id>/", delete_document_unless_used)]
