from django import template
from django.conf import settings

from network_site.languages import in_visitor_language
from network_site.pages import section_under
from partners.listings import attach_partners, in_default_language

register = template.Library()


@register.inclusion_tag("partners/includes/home_sections.html", takes_context=True)
def partners_on_home(context, partner_count=4, event_count=3):
    from partners.models import EventIndexPage, EventPage, PartnerIndexPage, PartnerPage

    english = {"locale__language_code": settings.LANGUAGE_CODE}
    partners = (
        PartnerPage.objects.live()
        .public()
        .filter(**english)
        .select_related("locale", "logo")
        .order_by("title")[:partner_count]
    )
    events = in_default_language(EventPage.objects.upcoming().public(), context["request"])
    home = context.get("page")
    directory = events_index = None
    if home is not None:
        directory = section_under(home, PartnerIndexPage)
        events_index = section_under(home, EventIndexPage)
    return {
        "partners": in_visitor_language(partners, select_related=("logo",)),
        "events": attach_partners(in_visitor_language(events[:event_count])),
        "directory": directory,
        "events_index": events_index,
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
        "request": context.get("request"),
    }
