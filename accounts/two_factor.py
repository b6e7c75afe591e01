"""Who must sign in with a second factor, and the admin's door for those who have not yet.

Anyone with a confirmed device (an authenticator app, a passkey, backup codes) must use it. With
REQUIRE_TWO_FACTOR_FOR_PUBLISHERS, everyone who can publish (administrators, network
moderators, resource librarians, translation reviewers: anyone granted a publish
permission) must set one up first. Until then every admin URL leads to set-up or to
verification; signing out stays open. Public pages are never touched.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_otp import user_has_device
from wagtail.models import GroupPagePermission

ADMIN_PREFIX = "/admin/"
PASSKEY_VIEWS = (
    "credential-registration-begin",
    "credential-registration-complete",
    "credential-authentication-begin",
    "credential-authentication-complete",
    "js-i18n-catalog",
)


def can_publish(user):
    if user.is_superuser:
        return True
    pages = GroupPagePermission.objects.filter(
        group__user=user, permission__codename="publish_page"
    )
    if pages.exists():
        return True
    return any(perm.split(".", 1)[1].startswith("publish_") for perm in user.get_all_permissions())


def must_set_up(user):
    return settings.REQUIRE_TWO_FACTOR_FOR_PUBLISHERS and can_publish(user)


def open_paths():
    """Admin URLs that need no second factor: the way to one, the way out, and the icons and
    script translations those pages load (they reveal nothing). django-otp-webauthn's own
    views refuse to register a passkey for someone who has a device but has not used it."""
    return {
        reverse("wagtailadmin_login"),
        reverse("wagtailadmin_logout"),
        reverse("wagtailadmin_sprite"),
        reverse("wagtailadmin_javascript_catalog"),
        reverse("accounts_two_factor_verify"),
        reverse("accounts_two_factor_setup"),
        *(reverse(f"otp_webauthn:{name}") for name in PASSKEY_VIEWS),
    }


class SecondFactorRequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            request.path.startswith(ADMIN_PREFIX)
            and user is not None
            and user.is_authenticated
            and not user.is_verified()
            and request.path not in open_paths()
        ):
            if user_has_device(user):
                return self.send_to("accounts_two_factor_verify", request)
            if must_set_up(user):
                return self.send_to("accounts_two_factor_setup", request)
        return self.get_response(request)

    def send_to(self, view_name, request):
        url = reverse(view_name)
        if request.method == "GET":
            url += "?" + urlencode({"next": request.get_full_path()})
        return redirect(url)
