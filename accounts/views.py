"""Setting up and using a second factor in the admin: django-otp's TOTP and static devices,
and passkeys (django-otp-webauthn, whose own views and script do the WebAuthn ceremonies)."""

from base64 import b32encode

import segno
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_otp import devices_for_user, user_has_device, verify_token
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from accounts.forms import CodeForm, SetupCodeForm
from accounts.two_factor import must_set_up

BACKUP_CODES = 10


def next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure()):
        return url
    return reverse("wagtailadmin_home")


def step_url(view_name, request):
    return reverse(view_name) + "?" + urlencode({"next": next_url(request)})


def has_passkey(user):
    return WebAuthnCredential.objects.filter(user=user, confirmed=True).exists()


def new_backup_codes(user):
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name="Backup codes", defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


@require_http_methods(["GET", "POST"])
def setup(request):
    user = request.user
    if user_has_device(user):
        if not user.is_verified():
            return redirect("accounts_two_factor_verify")
        context = {
            "next": next_url(request),
            "passkey_done_url": step_url("accounts_two_factor_setup", request),
            "has_passkey": has_passkey(user),
        }
        return TemplateResponse(request, "accounts/two_factor_on.html", context)
    # One authenticator app being set up at a time; its key stays until it is confirmed.
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)
    form = SetupCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if verify_token(user, device.persistent_id, form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            context = {"codes": new_backup_codes(user), "next": next_url(request), "first": True}
            return TemplateResponse(request, "accounts/backup_codes.html", context)
        form.add_error(
            "code",
            _("That code is not right. Check the app shows this site, and try the newest code."),
        )
    key = b32encode(device.bin_key).decode()
    context = {
        "form": form,
        "required": must_set_up(user),
        "qr_code": segno.make(device.config_url, error="m").svg_data_uri(scale=5),
        "key": " ".join(key[i : i + 4] for i in range(0, len(key), 4)),
        "next": next_url(request),
        # A first device, passkey or app, is followed by backup codes to recover with.
        "passkey_done_url": step_url("accounts_two_factor_backup_codes", request),
    }
    return TemplateResponse(request, "accounts/two_factor_setup.html", context)


@require_http_methods(["GET", "POST"])
def verify(request):
    user = request.user
    if user.is_verified() or not user_has_device(user):
        return redirect(next_url(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        # An app's code is 6 digits; anything else can only be a backup code.
        kind = TOTPDevice if code.isdigit() and len(code) == 6 else StaticDevice
        for device in devices_for_user(user):
            if isinstance(device, kind) and verify_token(user, device.persistent_id, code):
                otp_login(request, device)
                if kind is StaticDevice:
                    left = device.token_set.count()
                    messages.warning(
                        request,
                        _(
                            "You used a backup code; %(left)s left. Make new ones under Account → Two-step verification."
                        )
                        % {"left": left},
                    )
                return redirect(next_url(request))
        form.add_error("code", _("That code is not right. Try the newest code, or a backup code."))
    context = {"form": form, "next": next_url(request), "has_passkey": has_passkey(user)}
    return TemplateResponse(request, "accounts/two_factor_verify.html", context)


@require_http_methods(["GET", "POST"])
def backup_codes(request):
    if not user_has_device(request.user):
        return redirect("accounts_two_factor_setup")
    context = {"next": next_url(request)}
    if request.method == "POST":
        context["codes"] = new_backup_codes(request.user)
    return TemplateResponse(request, "accounts/backup_codes.html", context)


@require_http_methods(["GET", "POST"])
def reset_devices(request, user_id):
    """An administrator's way back in for someone who lost their phone and their codes."""
    if not request.user.is_superuser:
        raise PermissionDenied
    person = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        for device in devices_for_user(person, confirmed=None):
            device.delete()
        messages.success(
            request,
            _(
                "Two-step verification reset for %(name)s: they set it up again at their next sign-in."
            )
            % {"name": person.get_username()},
        )
        return redirect("wagtailusers_users:edit", person.pk)
    return TemplateResponse(request, "accounts/reset_devices.html", {"person": person})
