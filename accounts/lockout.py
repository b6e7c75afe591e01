"""What someone sees when django-axes refuses a sign-in: a plain page in the admin's language."""

from axes.helpers import get_client_username
from django.conf import settings
from django.contrib.auth import get_user_model
from django.shortcuts import render
from django.utils import translation


def admin_language(username):
    """The account's own admin language when it has chosen one, else the request's."""
    user = get_user_model().objects.filter(username=username).select_related("wagtail_userprofile")
    user = user.first() if username else None
    profile = getattr(user, "wagtail_userprofile", None) if user else None
    return (profile.get_preferred_language() if profile else None) or translation.get_language()


def locked_out_response(request, original_response=None, credentials=None):
    username = get_client_username(request, credentials) or ""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    with translation.override(admin_language(username)):
        response = render(
            request,
            "accounts/locked_out.html",
            {"minutes": minutes},
            status=settings.AXES_HTTP_RESPONSE_CODE,
        )
    return response
