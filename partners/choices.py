"""Fixed vocabularies: stored as codes (synchronised across languages), shown translated."""

from django.utils.translation import gettext_lazy as _

REGIONS = [
    ("los-angeles", _("Los Angeles County")),
    ("fresno", _("Fresno")),
    ("contra-costa", _("Contra Costa County")),
    ("oakland", _("Oakland")),
    ("sacramento", _("Sacramento")),
]

FOCUS_AREAS = [
    ("mens-circles", _("Men’s healing circles")),
    ("survivor-support", _("Support for survivors")),
    ("youth", _("Youth leadership")),
    ("restorative-justice", _("Restorative justice")),
    ("crisis-response", _("Non-police crisis response")),
    ("storytelling", _("Documentaries and storytelling")),
    ("policy", _("Policy change")),
]

LANGUAGES_SPOKEN = [
    ("en", "English"),
    ("es", "Español"),
]

EVENT_FORMATS = [
    ("in_person", _("In person")),
    ("online", _("Online")),
    ("both", _("In person and online")),
]

EVENT_STATUSES = [
    ("scheduled", _("Scheduled")),
    ("postponed", _("Postponed")),
    ("cancelled", _("Cancelled")),
]

TIME_ZONES = [
    ("America/Los_Angeles", _("Pacific time (California)")),
    ("America/Denver", _("Mountain time")),
    ("America/Chicago", _("Central time")),
    ("America/New_York", _("Eastern time")),
    ("Pacific/Honolulu", _("Hawaii time")),
    ("UTC", "UTC"),
]


def label(choices, code):
    return dict(choices).get(code, code)
