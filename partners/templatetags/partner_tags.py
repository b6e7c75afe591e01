from django import template
from django.conf import settings
from django.utils.translation import get_language

from network_site.languages import in_visitor_language
from network_site.pages import section_under
from network_site.site_memo import memoised
from partners.listings import attach_partners, in_default_language

register = template.Library()


@register.inclusion_tag("partners/includes/home_sections.html", takes_context=True)
def partners_on_home(context, partner_count=4, event_count=3):
    from partners.models import EventIndexPage, EventPage, PartnerIndexPage, PartnerPage

    english = {"locale__language_code": settings.LANGUAGE_CODE}
    request, home, language = context["request"], context.get("page"), get_language()

    def partners():
        rows = (
            PartnerPage.objects.live()
            .public()
            .filter(**english)
            .select_related("locale", "logo")
            .order_by("title")[:partner_count]
        )
        return in_visitor_language(rows, select_related=("logo",))

    def events():
        rows = in_default_language(EventPage.objects.upcoming().public(), request)
        return attach_partners(in_visitor_language(rows[:event_count]))

    # Kept until content changes or an event starts or ends (the memo's clock).
    key = (getattr(home, "pk", None), language, partner_count, event_count)
    directory = events_index = None
    if home is not None:
        directory = section_under(home, PartnerIndexPage)
        events_index = section_under(home, EventIndexPage)
    return {
        "partners": memoised(("home-partners", *key), partners),
        "events": memoised(("home-events", *key), events),
        "directory": directory,
        "events_index": events_index,
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
        "request": context.get("request"),
    }
