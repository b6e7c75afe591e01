"""Wagtail's own /documents/<id>/<name> must not hand out a tool's file before its version is
out: the names are predictable (<tool>-v<label>-<lang>.pdf) and the ids count up.

A file used by a version is public once one version using it is released, dated today or
earlier, on a live public tool page. A file in the library's collection that no published
version uses yet (attached in a draft of the tool) is not public either. Until then only
people with admin rights on it (they can edit the tool page, or change the document) may
open it, to review it; everyone else gets the site's plain 404, which names nothing.
"""

from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from wagtail.permissions import policy_registry

from resources.models import ResourcePage, ResourceVersion
from resources.permissions import LIBRARY_COLLECTION


def hide_unreleased_version_files(document, request):
    versions = list(
        ResourceVersion.objects.filter(Q(pdf=document) | Q(docx=document)).select_related("page")
    )
    if not versions and not is_library_file(document):
        return None  # a partner's flyer, a policy paper linked from a page: not ours to hide
    today = timezone.localdate()
    released = {v.page_id for v in versions if v.status == "released" and v.release_date <= today}
    if released and ResourcePage.objects.filter(pk__in=released).live().public().exists():
        return None
    if may_review(request.user, document, versions):
        return None
    raise Http404


def is_library_file(document):
    collection = document.collection
    return collection.name == LIBRARY_COLLECTION and collection.depth == 2


def may_review(user, document, versions):
    if not user.is_authenticated:
        return False
    document_permissions = policy_registry.get_by_type(type(document))
    if document_permissions.user_has_permission_for_instance(user, "change", document):
        return True
    return any(v.page.permissions_for_user(user).can_edit() for v in versions)
