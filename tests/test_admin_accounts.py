"""Admin accounts are hard to take over: throttled sign-in, strong passwords, short sessions."""

import datetime
import io
import logging
import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
LOGIN = "/admin/login/"


def editor(django_user_model, username="lock-editor", language=""):
    user = django_user_model.objects.create_user(username, password=PASSWORD)
    user.groups.add(Group.objects.get(name="RYSE Center editors"))
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user


def sign_in(client, username, password, **headers):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, **headers
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def test_the_right_password_after_many_wrong_ones_is_refused_with_a_clear_message(
    client, django_user_model, caplog
):
    editor(django_user_model)
    caplog.set_level(logging.INFO)
    for attempt in range(25):
        response = sign_in(client, "lock-editor", f"guess number {attempt}")
        assert not signed_in(client)
    response = sign_in(client, "lock-editor", PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)
    text = response.content.decode()
    assert "Too many wrong passwords" in text
    assert "network moderator or an administrator" in text
    # Logged, and nowhere with a password.
    attempt = AccessAttempt.objects.get(username="lock-editor")
    assert attempt.failures_since_start >= 5
    stored = " ".join(str(value) for value in vars(attempt).values())
    assert "guess number" not in stored and PASSWORD not in stored
    assert "lock-editor" in caplog.text and "after repeated login failures" in caplog.text
    assert "guess number" not in caplog.text and PASSWORD not in caplog.text


def locked_out_page(username, address, language):
    client = Client(HTTP_ACCEPT_LANGUAGE=language, REMOTE_ADDR=address)
    for attempt in range(5):
        sign_in(client, username, f"intento {attempt}")
    response = sign_in(client, username, PASSWORD)
    assert response.status_code == 429
    return response


def without_csrf_token(response):
    """The page's text, less its CSRF token (new random characters on every response)."""
    return re.sub(r'"CSRF_TOKEN": "[^"]+"', "", response.content.decode())


def html_lang(response):
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def test_the_lock_out_page_says_nothing_of_whether_the_username_exists(django_user_model):
    # The real account chose Spanish for its admin. The page speaks the sign-in page's own
    # language (the site takes it from the address, not the browser), never the account's,
    # so it reads the same for a made-up name.
    editor(django_user_model, "editora", language="es")
    sign_in_page = Client(HTTP_ACCEPT_LANGUAGE="es").get(LOGIN)
    real = locked_out_page("editora", "198.51.100.1", "es")
    made_up = locked_out_page("nadie-con-este-nombre", "198.51.100.2", "es")
    assert html_lang(real) == html_lang(sign_in_page) == "en"
    assert "Too many wrong passwords" in real.content.decode()
    assert without_csrf_token(real) == without_csrf_token(made_up)
    assert real.headers.get("Content-Language") == made_up.headers.get("Content-Language")


def test_wrong_passwords_for_many_usernames_from_one_address_lock_that_address(
    client, django_user_model
):
    editor(django_user_model)
    for number in range(5):
        sign_in(client, f"someone-{number}", "wrong", REMOTE_ADDR="203.0.113.9")
    assert sign_in(client, "lock-editor", PASSWORD, REMOTE_ADDR="203.0.113.9").status_code == 429
    elsewhere = Client()
    assert (
        sign_in(elsewhere, "lock-editor", PASSWORD, REMOTE_ADDR="198.51.100.4").status_code == 302
    )
    assert signed_in(elsewhere)


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_the_proxy_an_invented_forwarded_address_does_not_escape_the_lock(client):
    for number in range(5):
        sign_in(
            client,
            f"someone-{number}",
            "wrong",
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{number}, 203.0.113.9",
        )
    locked = sign_in(
        client, "x", "y", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.77, 203.0.113.9"
    )
    assert locked.status_code == 429


def test_a_network_moderator_sees_and_lifts_a_lock_out(client, django_user_model):
    editor(django_user_model)
    for attempt in range(5):
        sign_in(client, "lock-editor", f"guess {attempt}")
    moderator = django_user_model.objects.create_user("lock-moderator", password=PASSWORD)
    moderator.groups.add(Group.objects.get(name="Network moderators"))
    other_editor = editor(django_user_model, "other-editor")
    staff = Client()
    staff.force_login(other_editor)
    assert staff.get("/admin/sign-in-lockouts/").status_code in (302, 403)
    attempt = AccessAttempt.objects.get(username="lock-editor")
    assert staff.post(f"/admin/sign-in-lockouts/{attempt.pk}/unlock/").status_code in (302, 403)
    assert AccessAttempt.objects.filter(username="lock-editor").exists()
    staff.force_login(moderator)
    listing = staff.get("/admin/sign-in-lockouts/")
    assert listing.status_code == 200
    assert "lock-editor" in listing.content.decode()
    staff.post(f"/admin/sign-in-lockouts/{attempt.pk}/unlock/")
    assert sign_in(client, "lock-editor", PASSWORD).status_code == 302
    assert signed_in(client)


def test_weak_passwords_are_refused(admin_client_logged_in):
    for weak in ("Tr0ub4dor&3", "password1234", "849302718465"):
        with pytest.raises(Exception, match="password"):
            validate_password(weak)
    response = admin_client_logged_in.post(
        "/admin/users/new/",
        {
            "username": "weak-user",
            "email": "weak@example.org",
            "first_name": "Weak",
            "last_name": "User",
            "password1": "Tr0ub4dor&3",
            "password2": "Tr0ub4dor&3",
        },
    )
    assert response.status_code == 200
    assert "at least 12 characters" in response.content.decode()
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(username="weak-user").exists()


def test_ensure_admin_prints_a_password_every_validator_accepts(django_user_model, monkeypatch):
    django_user_model.objects.filter(is_superuser=True).delete()
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    password = out.getvalue().split("password:")[1].strip()
    admin = django_user_model.objects.get(username="admin")
    validate_password(password, admin)
    assert admin.check_password(password)
    admin.delete()
    monkeypatch.setenv("ADMIN_PASSWORD", "admin12345")
    with pytest.raises(CommandError, match="too weak"):
        call_command("ensure_admin", stdout=io.StringIO())


def test_an_admin_session_ends_at_browser_close_and_after_eight_idle_hours(
    client, django_user_model
):
    editor(django_user_model)
    response = sign_in(client, "lock-editor", PASSWORD)
    cookie = response.cookies["sessionid"]
    assert not cookie["max-age"] and not cookie["expires"]
    assert client.session.get_expiry_age() == 8 * 60 * 60
    # Each request renews the 8 hours: an editor at work is not signed out mid-afternoon.
    session = Session.objects.get(session_key=cookie.value)
    session.expire_date = timezone.now() + datetime.timedelta(minutes=5)
    session.save()
    assert client.get("/admin/").status_code == 200
    renewed = Session.objects.get(session_key=cookie.value).expire_date
    assert renewed > timezone.now() + datetime.timedelta(hours=7, minutes=59)
    # Idle past it, the session is gone.
    Session.objects.filter(session_key=cookie.value).update(
        expire_date=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert client.get("/admin/").status_code == 302
