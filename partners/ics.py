"""iCalendar (RFC 5545) for one event, a partner's events, or all events."""

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

UID_DOMAIN = "healingtogether.network"


def build_calendar(events, request, name):
    calendar = Calendar()
    calendar.add("prodid", "-//Healing Together Network//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for page in events:
        event = Event()
        # Stable across edits and languages: one event, one UID.
        event.add("uid", f"{page.translation_key}@{UID_DOMAIN}")
        event.add("dtstamp", page.last_published_at or timezone.now())
        if page.all_day:
            event.add("dtstart", page.local_start().date())
            event.add("dtend", page.local_end().date())
        else:
            event.add("dtstart", page.local_start())
            event.add("dtend", page.local_end())
        event.add("summary", page.title)
        event.add("description", page.summary)
        location = ", ".join(part for part in (page.venue_name, page.address) if part)
        if location:
            event.add("location", location.replace("\n", ", "))
        url = page.get_url(request)
        if url:
            event.add("url", request.build_absolute_uri(url))
        event.add("status", "CANCELLED" if page.status == "cancelled" else "CONFIRMED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def calendar_response(events, request, name, filename):
    body = build_calendar(events, request, name).to_ical()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Content-Language"] = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    return response
