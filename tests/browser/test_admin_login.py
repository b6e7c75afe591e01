"""Editors sign in through the real login form in a real browser.

Public pages send `Referrer-Policy: no-referrer`; a browser posting a form from such a
page sends `Origin: null`, which the CSRF check refuses. This keeps the admin usable.
"""


def test_an_editor_signs_in_and_reaches_the_dashboard(page, live_site, django_user_model):
    django_user_model.objects.create_superuser("browser-editor", "", "a long pass phrase")
    page.goto(f"{live_site.url}/admin/login/")
    page.fill("#id_username", "browser-editor")
    page.fill("#id_password", "a long pass phrase")
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.url == f"{live_site.url}/admin/"
    assert "Forbidden" not in page.title()
    assert page.get_by_role("heading", level=1).count() >= 1
    assert page.console_errors == []
