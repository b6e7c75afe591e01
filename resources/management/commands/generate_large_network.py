"""Grow the demo site into a large network, to measure listings and search at scale.

Run after load_demo_content on a throw-away database (`make bench-large` does both).
Pages are created live in one transaction without revisions, which is what makes
tens of thousands of pages take minutes rather than hours; they are ordinary pages
otherwise (search-indexed, public, editable). Files are the demo's own documents,
reused, since their bytes do not matter here. Each tool is also made in every other
site language (SITE_LANGUAGES), with its versions: a language without a library yet
gets one, published with its home page, copied from English.
"""

import datetime
import itertools

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from network_site import page_store, planner_stats
from partners.choices import EVENT_FORMATS, FOCUS_AREAS, REGIONS
from partners.models import EventPage, PartnerIndexPage, PartnerPage
from resources.models import AUDIENCES, KINDS, ResourceIndexPage, ResourcePage, ResourceVersion

REGION_CODES = [code for code, _label in REGIONS]
FOCUS_CODES = [code for code, _label in FOCUS_AREAS]
FORMAT_CODES = [code for code, _label in EVENT_FORMATS]
KIND_CODES = [code for code, _label in KINDS]
AUDIENCE_CODES = [code for code, _label in AUDIENCES]
WORDS = [
    "healing",
    "circle",
    "community",
    "safety",
    "accountability",
    "repair",
    "family",
    "youth",
    "care",
]


class Command(BaseCommand):
    help = "Add many partners, events and resources (default: the issue's large network)."

    def add_arguments(self, parser):
        parser.add_argument("--partners", type=int, default=1000)
        parser.add_argument("--events", type=int, default=20000)
        parser.add_argument("--resources", type=int, default=500)
        parser.add_argument("--versions", type=int, default=5)

    @transaction.atomic
    def handle(self, *args, partners, events, resources, versions, **options):
        directory = PartnerIndexPage.objects.get(locale__language_code="en")
        # Numbered on from earlier runs, so running it again adds rather than collides.
        first = PartnerPage.objects.filter(slug__startswith="generated-partner-").count()
        created = [self.partner(directory, n) for n in range(first, first + partners)]
        per_partner = itertools.cycle(created)
        for n in range(events):
            self.event(next(per_partner), n)
        library = ResourceIndexPage.objects.get(locale__language_code="en")
        documents = list(
            ResourceVersion.objects.filter(locale=library.locale).exclude(pdf=None)[:4]
        )
        libraries = [self.library_in(library, code) for code, _name in settings.LANGUAGES]
        generated = ResourcePage.objects.filter(slug__startswith="generated-tool-")
        first = generated.filter(locale=library.locale).count()
        for n in range(first, first + resources):
            source = documents[n % len(documents)]
            english = self.resource(library, n, versions, source)
            for translated_library in libraries[1:]:
                self.resource(translated_library, n, versions, source, english)
        planner_stats.refresh()
        page_store.purge_everything()  # running servers drop what they kept of the old site
        self.stdout.write(
            f"Added {partners} partners, {events} events and {resources} resources "
            f"with {versions} versions each, in {len(libraries)} languages."
        )

    def library_in(self, library, code):
        """The library in this language, made (and published with its home) if missing."""
        if code == library.locale.language_code:
            return library
        locale, _created = Locale.objects.get_or_create(language_code=code)
        translated = library.get_translation_or_none(locale)
        if translated is None:
            translated = library.copy_for_translation(locale, copy_parents=True)
        for page in [translated.get_parent().specific, translated]:
            if not page.live:
                page.save_revision().publish()
        return translated.specific

    def text(self, n, length=12):
        return " ".join(WORDS[(n * 7 + i) % len(WORDS)] for i in range(length))

    def live(self, parent, page):
        now = timezone.now()
        page.live, page.first_published_at, page.last_published_at = True, now, now
        parent.add_child(instance=page)
        return page

    def partner(self, directory, n):
        return self.live(
            directory,
            PartnerPage(
                title=f"Generated partner {n:04d}",
                slug=f"generated-partner-{n:04d}",
                summary=self.text(n),
                about=f"<p>{self.text(n, 60)}</p>",
                where_we_work=str(REGIONS[n % len(REGIONS)][1]),
                regions=f"|{REGION_CODES[n % len(REGION_CODES)]}|",
                focus_areas=f"|{FOCUS_CODES[n % len(FOCUS_CODES)]}|",
            ),
        )

    def event(self, partner, n):
        # Spread over a year either side of today, so both listings are large.
        day = timezone.localdate() + datetime.timedelta(days=(n % 730) - 365)
        return self.live(
            partner,
            EventPage(
                title=f"Generated {self.text(n, 3)} {n:05d}",
                slug=f"event-{n:05d}",
                summary=self.text(n),
                start_date=day,
                start_time=datetime.time(18),
                end_time=datetime.time(20),
                languages="|en|es|" if n % 2 else "|en|",
                event_format=FORMAT_CODES[n % len(FORMAT_CODES)],
            ),
        )

    def resource(self, library, n, versions, source, english=None):
        """A tool with its versions; with `english`, its translation into the library's
        language (same translation keys, so the site links them)."""
        page = ResourcePage(
            title=f"Generated tool {n:03d}: {self.text(n, 3)}",
            slug=f"generated-tool-{n:03d}",
            kind=KIND_CODES[n % len(KIND_CODES)],
            audience=AUDIENCE_CODES[n % len(AUDIENCE_CODES)],
            summary=self.text(n),
            description=f"<p>{self.text(n, 40)}</p>",
            locale=library.locale,
        )
        if english is not None:
            page.translation_key = english.translation_key
            page.title = f"{page.title} ({library.locale.language_code})"
        keys = [v.translation_key for v in english.versions.all()] if english else []
        for v in range(versions):
            version = ResourceVersion(
                label=f"{v + 1}.0",
                release_date=timezone.localdate() - datetime.timedelta(days=30 * (versions - v)),
                changes=self.text(n + v),
                sort_order=v,
                locale=library.locale,
                # The demo's files and their checksums: nothing to read again per version.
                pdf=source.pdf,
                docx=source.docx,
                pdf_sha256=source.pdf_sha256,
                docx_sha256=source.docx_sha256,
            )
            if keys:
                version.translation_key = keys[v]
            page.versions.add(version)
        return self.live(library, page)
