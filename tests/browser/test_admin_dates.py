"""In a real browser, the date and time pickers keep what staff type."""

from zoneinfo import ZoneInfo

from partners.models import EventPage, PartnerPage
from tests.browser.admin_users import make_user, sign_in


def open_new_event_form(page, live_site):
    ryse = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    sign_in(page, live_site, make_user("ryse-dates", "RYSE Center editors"))
    page.goto(f"{live_site.url}/admin/pages/add/partners/eventpage/{ryse.pk}/")
    page.fill("#id_title", "Evening circle")
    page.fill("#id_summary", "A circle for fathers, after work.")
    page.fill("#id_how_to_register", "Call us and we will send you the details.")


def type_into(page, selector, text):
    page.click(selector)
    page.fill(selector, "")
    page.keyboard.type(text)
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")


def save_draft(page):
    # Partner editors' main button is "Submit for review"; saving a draft is in its menu.
    with page.expect_navigation():
        page.locator("footer button.action-save").dispatch_event("click")


def test_an_unreadable_typed_date_is_refused_with_a_message(page, live_site):
    open_new_event_form(page, live_site)
    type_into(page, "#id_start_date", "14/01/2027")
    assert page.input_value("#id_start_date") == "14/01/2027"  # not today's date
    save_draft(page)
    assert page.get_by_text("Enter a valid date.").first.is_visible()
    assert page.input_value("#id_start_date") == "14/01/2027"
    assert not EventPage.objects.filter(title="Evening circle").exists()


def test_6_30_pm_is_stored_as_18_30_in_the_events_zone(page, live_site):
    open_new_event_form(page, live_site)
    type_into(page, "#id_start_date", "01/14/2027")
    type_into(page, "#id_start_time", "6:30 PM")
    type_into(page, "#id_end_time", "8:00 PM")
    assert page.input_value("#id_start_time") == "6:30 PM"
    save_draft(page)
    event = EventPage.objects.get(title="Evening circle")
    start = event.starts_at.astimezone(ZoneInfo(event.time_zone))
    assert (start.year, start.month, start.day, start.hour, start.minute) == (2027, 1, 14, 18, 30)
    assert page.input_value("#id_start_time") == "06:30 PM"


def test_venue_and_address_are_hidden_for_an_online_only_event(page, live_site):
    open_new_event_form(page, live_site)
    assert page.locator("#id_venue_name").is_visible()
    page.select_option("#id_event_format", "online")
    assert not page.locator("#id_venue_name").is_visible()
    assert not page.locator("#id_address").is_visible()
    page.select_option("#id_event_format", "both")
    assert page.locator("#id_venue_name").is_visible()
