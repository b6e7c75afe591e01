"""Sign-in lock-outs, for network moderators and administrators to see and lift."""

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

UNLOCK_PERMISSION = "axes.delete_accessattempt"


def can_unlock(user):
    return user.is_superuser or user.has_perm(UNLOCK_PERMISSION)


def current_lockouts():
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return AccessAttempt.objects.filter(
        failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gte=since
    ).order_by("-attempt_time")


def lockout_list(request):
    if not can_unlock(request.user):
        raise PermissionDenied
    return TemplateResponse(
        request, "accounts/lockouts.html", {"attempts": current_lockouts()[:200]}
    )


@require_POST
def unlock(request, attempt_id):
    if not can_unlock(request.user):
        raise PermissionDenied
    attempt = get_object_or_404(AccessAttempt, pk=attempt_id)
    # Both counts that can lock: this username's, and this address's.
    reset(username=attempt.username)
    reset(ip=attempt.ip_address)
    messages.success(request, _("%(name)s can sign in again.") % {"name": attempt.username})
    return redirect("accounts_lockouts")
