"""The edit view's preview panel shows the page being edited, for every page type and role.

The panel is an iframe on /admin/pages/<id>/edit/preview/; a preview sent with the
public pages' `frame-ancestors 'none'` leaves it blank in a real browser.
"""

import pytest
from django.contrib.auth.models import Group

from home.models import ContentPage, HomePage
from partners.models import EventIndexPage, EventPage, PartnerIndexPage, PartnerPage, VideoPage
from resources.models import ResourceIndexPage, ResourcePage
from tests.browser.admin_users import make_user, sign_in

RYSE_EDITORS = "RYSE Center editors"
# Who edits each page type day to day: partner staff, the moderator, the librarian.
PAGE_TYPES = [
    (HomePage, None),
    (ContentPage, None),
    (PartnerIndexPage, "Network moderators"),
    (PartnerPage, RYSE_EDITORS),
    (PartnerPage, "Network moderators"),
    (EventIndexPage, "Network moderators"),
    (EventPage, RYSE_EDITORS),
    (EventPage, "Network moderators"),
    (VideoPage, RYSE_EDITORS),
    (ResourceIndexPage, "Resource librarians"),
    (ResourcePage, "Resource librarians"),
]


def page_to_edit(model, group_name):
    pages = model.objects.filter(locale__language_code="en").order_by("path")
    if group_name == RYSE_EDITORS:
        ryse = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
        pages = pages.filter(path__startswith=ryse.path)
    return pages.first()


def open_preview_panel(page, live_site, edited):
    page.goto(f"{live_site.url}/admin/pages/{edited.pk}/edit/")
    page.click('[data-side-panel-toggle="preview"]')
    return page.frame_locator("#w-preview-iframe")


def test_the_preview_panel_shows_every_page_type(browser, live_site):
    # One test for all (the demo site is rebuilt for each browser test).
    users = {}
    for model, group_name in PAGE_TYPES:
        if group_name not in users:
            if group_name and not Group.objects.filter(name=group_name).exists():
                pytest.fail(f"The demo has no group {group_name!r}")
            name = f"preview-{len(users)}"
            users[group_name] = make_user(name, group_name) if group_name else None
            if group_name is None:
                users[None] = make_user(name, superuser=True)
        context = browser.new_context(locale="en-US")
        page = context.new_page()
        errors = []
        page.on("console", lambda msg, errors=errors: errors.append(msg.text))
        edited = page_to_edit(model, group_name)
        sign_in(page, live_site, users[group_name])
        frame = open_preview_panel(page, live_site, edited)
        heading = frame.locator("h1").first
        heading.wait_for(timeout=15000)  # visible inside the panel, not merely in the markup
        assert heading.inner_text().strip(), (model, group_name)
        # The page itself, not the browser's "refused to connect" page.
        assert any("/edit/preview/" in f.url for f in page.frames), (model, group_name)
        assert [text for text in errors if "frame-ancestors" in text] == []
        context.close()
