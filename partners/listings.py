"""The network-wide event listings: filters from the query string, fixed query count."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from network_site.languages import in_visitor_language, site_home
from network_site.pagination import paginate
from partners.choices import EVENT_FORMATS, LANGUAGES_SPOKEN
from partners.fields import contains_code
from partners.models.events import EventPage
from partners.models.partner import PartnerPage

EVENTS_PER_PAGE = 20


def in_default_language(events, request):
    """Events of the site's default language: those under its home page. The same set
    as filtering on their locale, but it lets SQLite walk the start-date index instead of
    sorting every page in the language (3 ms instead of 6-9 ms with 20,000 events)."""
    home = site_home(request, settings.LANGUAGE_CODE)
    if home is None or home.locale.language_code != settings.LANGUAGE_CODE:
        return events.filter(locale__language_code=settings.LANGUAGE_CODE)
    return events.filter(path__startswith=home.path)


def attach_partners(events):
    """Set `event.partner` for each event with one query (the partner is the parent page)."""
    parent_paths = {event.path[: -event.steplen] for event in events}
    partners = {
        p.path: p
        for p in PartnerPage.objects.filter(path__in=parent_paths).only(
            "id", "title", "path", "url_path", "locale_id"
        )
    }
    for event in events:
        event.partner = partners.get(event.path[: -event.steplen])
    return events


def event_listing_context(request, past):
    # Plain rows, not pages: a large network has a thousand partners.
    partner_paths = partner_filter_paths()
    partner = request.GET.get("partner", "")
    event_format = request.GET.get("format", "")
    language = request.GET.get("language", "")
    # Unknown values are ignored: a stale shared link still shows events.
    partner = partner if partner in partner_paths else ""
    event_format = event_format if event_format in dict(EVENT_FORMATS) else ""
    language = language if language in dict(LANGUAGES_SPOKEN) else ""

    events = EventPage.objects.past() if past else EventPage.objects.upcoming()
    events = in_default_language(events.public().defer_streamfields(), request)
    if partner:
        # A range on the indexed path (treebeard's), not a prefix match SQLite cannot index.
        interval = PartnerPage._get_children_path_interval(partner_paths[partner][1])
        events = events.filter(path__range=interval)
    if event_format == "in_person":
        events = events.filter(event_format__in=["in_person", "both"])
    elif event_format == "online":
        events = events.filter(event_format__in=["online", "both"])
    if language:
        events = events.filter(**contains_code("languages", language))
    # No join to the locale table: it would make SQLite sort every upcoming event.
    page = paginate(request, events, EVENTS_PER_PAGE)
    return {
        "events": attach_partners(in_visitor_language(page.object_list)),
        "page_obj": page,
        "is_past": past,
        "partner_options": [(slug, title) for slug, (title, _path) in partner_paths.items()],
        "format_options": EVENT_FORMATS,
        "language_options": LANGUAGES_SPOKEN,
        "selected": {"partner": partner, "format": event_format, "language": language},
        "listing_title": _("Past events") if past else _("Upcoming events"),
    }


def partner_filter_paths():
    """slug: (title, path) of every public partner, by title; titles are names, the same
    in every language."""
    rows = (
        PartnerPage.objects.live()
        .public()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("title")
        .values_list("slug", "title", "path")
    )
    return {slug: (title, path) for slug, title, path in rows}


def next_event_boundary():
    """When an event next starts or ends: listings, feeds and the home page change then.
    Two index lookups; an aggregate over both columns read every event (10 ms with 20,000)."""
    now = timezone.now()
    live = EventPage.objects.live()
    moments = [
        live.filter(**{f"{field}__gt": now}).order_by(field).values_list(field, flat=True).first()
        for field in ("starts_at", "ends_at")
    ]
    return min([m for m in moments if m is not None], default=None)
