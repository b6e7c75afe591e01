"""A publisher registers a passkey in a real browser (Chromium's virtual authenticator, over
the DevTools protocol) from the two-step set-up page, then signs in with it."""

from tests.browser.admin_users import make_user, sign_in


def add_virtual_authenticator(page):
    devtools = page.context.new_cdp_session(page)
    devtools.send("WebAuthn.enable")
    added = devtools.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    return devtools, added["authenticatorId"]


def passkeys_in(devtools, authenticator):
    return devtools.send("WebAuthn.getCredentials", {"authenticatorId": authenticator})[
        "credentials"
    ]


def test_a_moderator_registers_a_passkey_then_signs_in_with_it(page, live_site, settings):
    settings.REQUIRE_TWO_FACTOR_FOR_PUBLISHERS = True
    settings.OTP_WEBAUTHN_RP_ID = "localhost"
    settings.OTP_WEBAUTHN_ALLOWED_ORIGINS = [live_site.url]
    assert live_site.url.startswith("http://localhost:")
    devtools, authenticator = add_virtual_authenticator(page)
    user = make_user("passkey-moderator", "Network moderators")

    sign_in(page, live_site, user)
    assert "/admin/two-step/" in page.url
    with page.expect_navigation():
        page.get_by_role("button", name="Register a passkey").click()
    assert "/admin/two-step/backup-codes/" in page.url
    assert len(passkeys_in(devtools, authenticator)) == 1

    page.context.clear_cookies()
    sign_in(page, live_site, user)
    assert "/admin/two-step/verify/" in page.url
    with page.expect_navigation():
        page.get_by_role("button", name="Use your passkey").click()
    assert page.url == f"{live_site.url}/admin/"
    assert page.get_by_role("heading", level=1).count() >= 1
    assert page.console_errors == []
