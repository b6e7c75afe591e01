from django import template
from django.conf import settings

from network_site.languages import in_visitor_language, section_under_home
from partners.listings import attach_partners, in_default_language
from partners.models import EventIndexPage, EventPage, PartnerIndexPage, PartnerPage
from partners.models.partner import partner_cards

register = template.Library()


@register.inclusion_tag("partners/includes/home_sections.html", takes_context=True)
def partners_on_home(context, partner_count=4, event_count=3):
    request = context["request"]
    partners = (
        PartnerPage.objects.live()
        .public()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .defer_streamfields()
        .select_related("logo")
        .order_by("title")[:partner_count]
    )
    events = in_default_language(
        EventPage.objects.upcoming().public().defer_streamfields(), request
    )
    return {
        "partners": partner_cards(partners),
        "events": attach_partners(in_visitor_language(events[:event_count])),
        "directory": section_under_home(request, PartnerIndexPage),
        "events_index": section_under_home(request, EventIndexPage),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
        "request": request,
    }
