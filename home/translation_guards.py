"""Closes a gap in wagtail-localize's permissions for translators.

Its "Convert to alias page" action needs only edit rights, yet it replaces a
translation with the source page's content and keeps it live: English text would go
live under /es/ without a reviewer. Only someone who may publish the page may do it.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.auth import require_admin_access
from wagtail.models import Page
from wagtail_localize.views.convert import convert_to_alias


@require_admin_access
def convert_to_alias_if_reviewer(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        messages.error(
            request,
            _(
                "Only a translation reviewer can turn a translation back into a copy of "
                "the original, because that publishes the original's text in this language."
            ),
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.id]))
    return convert_to_alias(request, page_id)
