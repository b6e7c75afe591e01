"""Passkeys (django-otp-webauthn) as the second step: registered from the two-step set-up
page, used at the next sign-in, and counted as a device by SecondFactorRequiredMiddleware."""

import json

import pytest
from django_otp_webauthn.models import WebAuthnCredential

from tests.soft_authenticator import SoftAuthenticator
from tests.test_two_factor import (
    SETUP,
    VERIFY,
    admin_urls,
    person,
    required,
    set_up_app,
    sign_in_with_password,
)

pytestmark = pytest.mark.django_db

PASSKEYS = "/admin/two-step/passkeys/"
REGISTER_BEGIN = PASSKEYS + "registration/begin/"
REGISTER_COMPLETE = PASSKEYS + "registration/complete/"
SIGN_IN_BEGIN = PASSKEYS + "authentication/begin/"
SIGN_IN_COMPLETE = PASSKEYS + "authentication/complete/"


def post_json(client, url, data=None):
    return client.post(url, json.dumps(data or {}), content_type="application/json")


def register_passkey(client):
    authenticator = SoftAuthenticator()
    options = post_json(client, REGISTER_BEGIN)
    assert options.status_code == 200, options.content
    answer = post_json(client, REGISTER_COMPLETE, authenticator.register(options.json()))
    assert answer.status_code == 200, answer.content
    return authenticator


def sign_in_with_passkey(client, authenticator, next_url="/admin/"):
    options = post_json(client, SIGN_IN_BEGIN)
    assert options.status_code == 200, options.content
    return post_json(
        client, f"{SIGN_IN_COMPLETE}?next={next_url}", authenticator.sign_in(options.json())
    )


@required
def test_the_set_up_page_offers_a_passkey_with_the_librarys_script_and_no_inline_code(
    django_user_model,
):
    person(django_user_model, "reviewer-key", group="Translation reviewers (Español)")
    page = sign_in_with_password("reviewer-key").get(SETUP)
    html = page.content.decode()
    assert page.status_code == 200
    assert 'id="passkey-registration-available-template"' in html
    assert "django_otp_webauthn/otp_webauthn_register.js" in html
    assert "js/admin-passkey.js" in html
    config = html.split('id="otp_webauthn_config" type="application/json">')[1].split("<")[0]
    assert json.loads(config)["beginRegistrationUrl"] == REGISTER_BEGIN


@required
def test_a_publisher_registers_a_passkey_and_signs_in_with_it_alone(django_user_model):
    user = person(django_user_model, "moderator-key", group="Network moderators")
    client = sign_in_with_password("moderator-key")
    authenticator = register_passkey(client)
    credential = WebAuthnCredential.objects.get(user=user)
    assert credential.confirmed
    # Registering it counts as this session's second step: the admin opens.
    assert client.get("/admin/").status_code == 200

    later = sign_in_with_password("moderator-key")
    for url in admin_urls():
        response = later.get(url)
        assert response.status_code == 302 and response["Location"].startswith(VERIFY), url
    verify_page = later.get(VERIFY + "?next=/admin/pages/").content.decode()
    assert 'id="passkey-verification-available-template"' in verify_page
    answer = sign_in_with_passkey(later, authenticator, next_url="/admin/pages/")
    assert answer.status_code == 200, answer.content
    assert answer.json()["redirect_url"] == "/admin/pages/"
    for url in admin_urls():
        response = later.get(url)
        assert not response.get("Location", "").startswith((VERIFY, SETUP)), url
    assert later.get("/admin/").status_code == 200


@required
def test_a_password_only_publisher_gets_no_further_than_set_up(django_user_model):
    person(django_user_model, "librarian-key", group="Resource librarians")
    client = sign_in_with_password("librarian-key")
    assert client.get("/admin/")["Location"].startswith(SETUP)
    # The passkey sign-in has nothing to check against: no device, no way through.
    options = post_json(client, SIGN_IN_BEGIN)
    assert options.status_code == 200 and options.json()["allowCredentials"] == []
    assert (
        post_json(client, SIGN_IN_COMPLETE, SoftAuthenticator().sign_in(options.json())).status_code
        >= 400
    )
    assert client.get("/admin/")["Location"].startswith(SETUP)


def test_anonymous_visitors_reach_no_passkey_endpoint(client):
    for url in (REGISTER_BEGIN, REGISTER_COMPLETE, SIGN_IN_BEGIN, SIGN_IN_COMPLETE):
        response = post_json(client, url)
        assert response.status_code in (302, 401, 403), url
        assert "challenge" not in response.content.decode(), url
    assert "otp_webauthn_register_state" not in client.session


def test_a_signed_in_user_without_admin_access_reaches_no_passkey_endpoint(django_user_model):
    person(django_user_model, "no-admin")
    client = sign_in_with_password("no-admin")
    for url in (REGISTER_BEGIN, SIGN_IN_BEGIN):
        response = post_json(client, url)
        assert response.status_code in (302, 403), url
        assert "challenge" not in response.content.decode(), url


@required
def test_nobody_adds_a_passkey_to_skip_the_code_they_already_have(django_user_model):
    user = person(django_user_model, "app-user", group="Network moderators")
    set_up_app(sign_in_with_password("app-user"), user)
    client = sign_in_with_password("app-user")
    refused = post_json(client, REGISTER_BEGIN)
    assert refused.status_code == 403
    assert not WebAuthnCredential.objects.filter(user=user).exists()
    assert client.get("/admin/")["Location"].startswith(VERIFY)


@required
def test_someone_elses_passkey_does_not_open_my_account(django_user_model):
    person(django_user_model, "owner", group="Network moderators")
    owner_key = register_passkey(sign_in_with_password("owner"))
    person(django_user_model, "thief", group="Network moderators")
    thief = sign_in_with_password("thief")
    register_passkey(thief)
    thief = sign_in_with_password("thief")
    answer = sign_in_with_passkey(thief, owner_key)
    assert answer.status_code >= 400
    assert thief.get("/admin/")["Location"].startswith(VERIFY)
