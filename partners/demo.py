"""Demo partners, their videos and events (dates relative to today, so they stay upcoming)."""

import datetime

from django.utils import timezone
from wagtail.models import Site

from home.demo.pages import child_page, ensure_translation
from home.demo.text import ES, t
from network_site.renditions import make_template_renditions
from partners import demo_text as text
from partners.demo_images import demo_image
from partners.models import EventIndexPage, EventPage, PartnerIndexPage, PartnerPage, VideoPage
from partners.permissions import ensure_partner_groups, partner_collection

CITY = {
    "dignity-and-power-now": "Los Angeles, CA",
    "faith-in-the-valley": "Fresno, CA",
    "ryse-center": "Richmond, CA",
    "anti-police-terror-project": "Oakland, CA",
}


def section(home, model, slug, spec):
    page, _created = child_page(
        home, model, slug, title=spec["title"], intro=spec["intro"], show_in_menus=True
    )
    ensure_translation(page, "es", ES)
    return page


def event_specs(slug, today):
    """Two upcoming circles per partner (one in person, one online) and a past gathering."""
    city = CITY[slug]
    address = t(
        f"100 Example Street, {city} (sample address)",
        f"100 Example Street, {city} (dirección de ejemplo)",
    )
    specs = [
        dict(
            kind="circle_in_person",
            slug="mens-circle",
            days=7,
            start=(18, 0),
            end=(20, 0),
            zone="America/Los_Angeles",
            event_format="in_person",
            languages="|en|es|",
            address=address,
        ),
        dict(
            kind="circle_online",
            slug="online-mens-circle",
            days=10,
            start=(19, 0),
            end=(20, 30),
            event_format="online",
            languages="|en|",
            # A national co-facilitator hosts from New York: shown in that zone.
            zone="America/New_York" if slug == "ryse-center" else "America/Los_Angeles",
            registration_url="https://example.org/register/healing-circle",
            address="",
        ),
        dict(
            kind="gathering",
            slug="community-gathering",
            days=-21,
            start=(17, 0),
            end=(19, 0),
            zone="America/Los_Angeles",
            event_format="in_person",
            languages="|en|es|",
            address=address,
        ),
    ]
    if slug == "anti-police-terror-project":
        specs.append(
            dict(
                kind="gathering",
                slug="community-gathering-sacramento",
                days=14,
                start=(17, 0),
                end=(19, 0),
                zone="America/Los_Angeles",
                event_format="both",
                languages="|en|es|",
                address=address,
                status="cancelled",
            )
        )
    for spec in specs:
        spec["date"] = today + datetime.timedelta(days=spec["days"])
    return specs


def add_event(partner, spec):
    words = text.EVENT_TEXT[spec["kind"]]
    page, _created = child_page(
        partner,
        EventPage,
        spec["slug"],
        title=words["title"],
        summary=words["summary"],
        start_date=spec["date"],
        start_time=datetime.time(*spec["start"]),
        end_time=datetime.time(*spec["end"]),
        time_zone=spec["zone"],
        event_format=spec["event_format"],
        languages=spec["languages"],
        venue_name=words["venue"] if spec["address"] else "",
        address=spec["address"],
        how_to_register=words["how"],
        registration_url=spec.get("registration_url", ""),
        cost=text.FREE,
        accessibility=words["access"],
        status=spec.get("status", "scheduled"),
    )
    ensure_translation(page, "es", ES)


def add_video(partner, spec, collection, colours):
    poster = demo_image(
        f"{partner.title} video poster",
        collection,
        (960, 540),
        colours,
        "horizon",
        f"A still from {partner.title}’s video: a landscape at dusk",
    )
    make_template_renditions(poster)
    words = text.VIDEO_TEXT
    page, _created = child_page(
        partner,
        VideoPage,
        "video",
        title=spec["title"],
        video_url=spec["url"],
        poster=poster,
        poster_alt=t(
            f"A still from {partner.title}’s video: a landscape at dusk",
            f"Imagen del video de {partner.title}: un paisaje al atardecer",
        ),
        description=words["description"],
        content_note=words["content_note"],
        running_time=datetime.timedelta(minutes=4, seconds=30),
        caption_languages="|en|es|",
        transcript=words["transcript"],
    )
    ensure_translation(page, "es", ES)


def load(log):
    home = Site.objects.get(is_default_site=True).root_page.specific
    directory = section(home, PartnerIndexPage, "partners", text.DIRECTORY)
    section(home, EventIndexPage, "events", text.EVENTS)
    today = timezone.localdate()
    for spec in text.PARTNERS:
        ES[spec["title"]] = spec["title"]  # organisations keep their names
        partner = directory.get_children().filter(slug=spec["slug"]).first()
        if partner is None:
            partner, _created = child_page(
                directory,
                PartnerPage,
                spec["slug"],
                title=spec["title"],
                summary=spec["summary"],
                about=spec["about"],
                where_we_work=spec["where"],
                regions=spec["regions"],
                focus_areas=spec["focus"],
                coalitions=spec["coalitions"],
                programs=spec["programs"],
                logo_alt=t(f"{spec['title']} logo", f"Logotipo de {spec['title']}"),
                website=f"https://example.org/{spec['slug']}/",
            )
            log(f"partner {spec['slug']} created")
        partner = partner.specific
        collection = partner_collection(partner)
        if partner.logo_id is None:
            partner.logo = demo_image(
                f"{partner.title} logo",
                collection,
                (320, 320),
                spec["colours"],
                "rings",
                f"{partner.title} logo",
            )
            partner.save_revision().publish()
        make_template_renditions(partner.logo)
        ensure_translation(partner, "es", ES)
        for event in event_specs(spec["slug"], today):
            add_event(partner, event)
        add_video(partner, spec["video"], collection, spec["colours"])
    ensure_partner_groups()
