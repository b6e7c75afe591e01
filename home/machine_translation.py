"""Optional machine translation through a LibreTranslate server on the deployment's own network.

Off unless LIBRETRANSLATE_URL is set: no text leaves the machine otherwise.
Translators still review every string before a reviewer publishes.
"""

import json
import urllib.request

from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue


def language(locale):
    return locale.language_code.split("-")[0]


class LibreTranslator(BaseMachineTranslator):
    display_name = _("LibreTranslate")

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        payload = {
            "q": [string.data for string in strings],
            "source": language(source_locale),
            "target": language(target_locale),
            "format": "html",
        }
        if self.options.get("API_KEY"):
            payload["api_key"] = self.options["API_KEY"]
        request = urllib.request.Request(  # noqa: S310 (the URL is the operator's own setting)
            self.options["URL"].rstrip("/") + "/translate",
            data=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=self.options.get("TIMEOUT", 20)) as reply:  # noqa: S310
            translated = json.load(reply)["translatedText"]
        return {string: StringValue(text) for string, text in zip(strings, translated, strict=True)}

    def can_translate(self, source_locale, target_locale):
        return language(source_locale) != language(target_locale)
