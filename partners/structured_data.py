"""schema.org Event data for search engines, serialised by Django's json_script."""

STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "postponed": "https://schema.org/EventPostponed",
    "cancelled": "https://schema.org/EventCancelled",
}
MODE = {
    "in_person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "both": "https://schema.org/MixedEventAttendanceMode",
}


def event_json_ld(event, request):
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "startDate": event.local_start().isoformat(),
        "endDate": event.local_end().isoformat(),
        "eventStatus": STATUS.get(event.status),
        "eventAttendanceMode": MODE.get(event.event_format),
        "inLanguage": event.language_codes(),
        "url": request.build_absolute_uri(event.get_url(request) or ""),
    }
    if event.event_format in ("in_person", "both") and (event.venue_name or event.address):
        data["location"] = {
            "@type": "Place",
            "name": event.venue_name,
            "address": event.address,
        }
    elif event.registration_url:
        data["location"] = {"@type": "VirtualLocation", "url": event.registration_url}
    return data
