"""Two-step verification: required for everyone who can publish (production), offered to
everyone, optional in development; backup codes and an administrator's reset to recover."""

import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client, override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
SETUP = "/admin/two-step/"
VERIFY = "/admin/two-step/verify/"
required = override_settings(REQUIRE_TWO_FACTOR_FOR_PUBLISHERS=True)


def person(django_user_model, username, group=None, superuser=False):
    make = (
        django_user_model.objects.create_superuser
        if superuser
        else django_user_model.objects.create_user
    )
    user = make(username, password=PASSWORD) if not superuser else make(username, "", PASSWORD)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def sign_in_with_password(username):
    client = Client()
    response = client.post(
        "/admin/login/", {"username": username, "password": PASSWORD, "next": "/admin/"}
    )
    assert response.status_code == 302, response.content
    return client


def set_up_app(client, user):
    """What a person does with their phone: scan the key, type the code. Returns the codes."""
    assert client.get(SETUP).status_code == 200
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(SETUP, {"code": f"{totp(device.bin_key):06d}", "next": "/admin/"})
    assert response.status_code == 200
    return re.findall(r"<li><code>([a-z0-9]+)</code></li>", response.content.decode())


def admin_urls():
    home = Page.objects.get(depth=2, locale__language_code="en")
    return [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{home.pk}/",
        f"/admin/pages/{home.pk}/edit/",
        "/admin/documents/",
        "/admin/images/",
        "/admin/snippets/",
        "/admin/users/",
        "/admin/reports/site-history/",
        "/admin/account/",
        "/admin/two-step/backup-codes/",
        "/admin/sign-in-lockouts/",
    ]


@required
@pytest.mark.parametrize(
    "group", ["Network moderators", "Resource librarians", "Translation reviewers (Español)", None]
)
def test_a_publisher_with_only_a_password_reaches_nothing_but_set_up(django_user_model, group):
    user = person(django_user_model, "publisher", group=group, superuser=group is None)
    client = sign_in_with_password("publisher")
    for url in admin_urls():
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(SETUP + "?next="), url
    home = Page.objects.get(depth=2, locale__language_code="en")
    # The set-up page's own icons load; they say nothing about the site.
    assert client.get("/admin/sprite/").status_code == 200
    publish = client.post(f"/admin/pages/{home.pk}/unpublish/")
    assert publish.status_code == 302 and publish["Location"].startswith(SETUP)
    codes = set_up_app(client, user)
    assert len(codes) == 10
    assert client.get("/admin/").status_code == 200


@required
def test_next_sign_in_asks_for_the_code_and_a_backup_code_works_once(django_user_model):
    user = person(django_user_model, "moderator-2fa", group="Network moderators")
    codes = set_up_app(sign_in_with_password("moderator-2fa"), user)
    client = sign_in_with_password("moderator-2fa")
    for url in admin_urls():
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(VERIFY), url
    wrong = client.post(VERIFY, {"code": "000000"})
    assert wrong.status_code == 200 and "not right" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302
    # Lost phone: a backup code lets them in, once.
    assert client.post(VERIFY, {"code": codes[0], "next": "/admin/"}).status_code == 302
    assert client.get("/admin/").status_code == 200
    again = sign_in_with_password("moderator-2fa")
    assert again.post(VERIFY, {"code": codes[0]}).status_code == 200
    assert again.get("/admin/").status_code == 302


@required
def test_an_administrator_resets_someone_elses_devices(django_user_model):
    moderator = person(django_user_model, "lost-phone", group="Network moderators")
    set_up_app(sign_in_with_password("lost-phone"), moderator)
    admin = person(django_user_model, "root-2fa", superuser=True)
    admin_client = sign_in_with_password("root-2fa")
    set_up_app(admin_client, admin)
    # A moderator cannot reset anyone's; an administrator can.
    other = person(django_user_model, "other-moderator", group="Network moderators")
    other_client = sign_in_with_password("other-moderator")
    set_up_app(other_client, other)
    assert other_client.post(f"/admin/two-step/reset/{moderator.pk}/").status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=moderator).exists()
    response = admin_client.post(f"/admin/two-step/reset/{moderator.pk}/")
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=moderator).exists()
    client = sign_in_with_password("lost-phone")
    assert client.get("/admin/")["Location"].startswith(SETUP)


@required
def test_someone_who_cannot_publish_is_offered_it_not_made_to(django_user_model):
    user = person(django_user_model, "partner-2fa", group="RYSE Center editors")
    client = sign_in_with_password("partner-2fa")
    assert client.get("/admin/").status_code == 200
    assert SETUP in client.get("/admin/account/").content.decode()
    # Once they turn it on, it is asked for at every sign-in.
    set_up_app(client, user)
    later = sign_in_with_password("partner-2fa")
    assert later.get("/admin/")["Location"].startswith(VERIFY)


def test_development_settings_keep_it_optional_so_the_printed_login_works(django_user_model):
    person(django_user_model, "demo-admin", superuser=True)
    client = sign_in_with_password("demo-admin")
    assert client.get("/admin/").status_code == 200


@required
def test_public_pages_set_no_cookie_and_need_no_second_factor(client):
    response = client.get("/")
    assert response.status_code == 200
    assert not response.cookies
