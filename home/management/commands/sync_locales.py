"""After adding a language to settings.LANGUAGES: its Locale, a draft home page, its groups."""

from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.models import Locale, Site
from wagtail_localize.models import TranslationSource

from home.translation_access import ensure_translation_groups


class Command(BaseCommand):
    help = "Create the Locale, a draft home page to translate, and translator groups for each language."

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        for code, name in settings.LANGUAGES:
            locale, created = Locale.objects.get_or_create(language_code=code)
            if created:
                self.stdout.write(self.style.SUCCESS(f"Added locale {code} ({name})"))
            if site is None or code == settings.LANGUAGE_CODE:
                continue
            home = site.root_page.specific
            if home.get_translation_or_none(locale) is None:
                # A draft copy in English for translators to translate; nothing goes live.
                source, _created = TranslationSource.get_or_create_from_instance(home)
                source.create_or_update_translation(locale, publish=False, fallback=True)
                self.stdout.write(f"Created a draft {name} home page to translate")
        for group in ensure_translation_groups():
            self.stdout.write(f"Group ready: {group.name}")
