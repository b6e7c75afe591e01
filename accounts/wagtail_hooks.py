from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from accounts import lockouts, views


@hooks.register("register_admin_urls")
def account_urls():
    return [
        path("two-step/", views.setup, name="accounts_two_factor_setup"),
        path("two-step/verify/", views.verify, name="accounts_two_factor_verify"),
        # django-otp-webauthn's JSON endpoints, behind the admin's own sign-in check.
        path("two-step/passkeys/", include("django_otp_webauthn.urls")),
        path("two-step/backup-codes/", views.backup_codes, name="accounts_two_factor_backup_codes"),
        path(
            "two-step/reset/<int:user_id>/", views.reset_devices, name="accounts_two_factor_reset"
        ),
        path("sign-in-lockouts/", lockouts.lockout_list, name="accounts_lockouts"),
        path(
            "sign-in-lockouts/<int:attempt_id>/unlock/",
            lockouts.unlock,
            name="accounts_lockouts_unlock",
        ),
    ]


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return lockouts.can_unlock(request.user)


@hooks.register("register_settings_menu_item")
def lockouts_menu_item():
    return LockoutsMenuItem(
        _("Sign-in lock-outs"), reverse("accounts_lockouts"), icon_name="lock", order=650
    )


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("accounts_two_factor_setup"),
        "label": _("Two-step verification"),
        "help_text": _(
            "Sign in with a passkey or a code from an app on your phone as well as your password."
        ),
    }


@hooks.register("register_user_listing_buttons")
def reset_two_factor_button(user, request_user):
    if request_user.is_superuser:
        yield Button(
            _("Reset two-step verification"),
            reverse("accounts_two_factor_reset", args=[user.pk]),
            icon_name="key",
            priority=60,
        )


@hooks.register("register_permissions")
def unlock_permission():
    # Shown in the group editor, so administrators can let other groups unlock too.
    return Permission.objects.filter(
        content_type__app_label="axes", codename="delete_accessattempt"
    )
