"""Safety and privacy pages, and sample support lines (every number marked as a sample)."""

import datetime

from django.utils import timezone
from wagtail.models import Locale, Site

from home.models import ContentPage, SafetySettings, SupportLine
from home.translation_tools import translate

from .pages import child_page, ensure_translation
from .safety_text import ES, PAGES, SUPPORT_LINES


def support_lines():
    english = Locale.objects.get(language_code="en")
    spanish = Locale.objects.get(language_code="es")
    for order, spec in enumerate(SUPPORT_LINES):
        line = SupportLine.objects.filter(locale=english, name=spec["name"]).first()
        if line is None:
            line = SupportLine.objects.create(
                locale=english,
                sort_order=order,
                last_verified=timezone.localdate()
                - datetime.timedelta(days=spec["verified_days_ago"]),
                **{k: v for k, v in spec.items() if k != "verified_days_ago"},
            )
        if line.get_translation_or_none(spanish) is None:
            translate(line, "es", ES)


def load(log):
    support_lines()
    site = Site.objects.get(is_default_site=True)
    SafetySettings.for_site(site)  # created now, so reading a page never writes
    home = site.root_page.specific
    for spec in PAGES:
        page, created = child_page(
            home,
            ContentPage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            body=spec["body"],
            show_in_menus=False,
        )
        log(f"content page {spec['slug']} {'created' if created else 'kept'}")
        ensure_translation(page, "es", ES)
