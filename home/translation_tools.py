"""Translate content the way a translator's work does: through wagtail-localize's own objects.

Used by the demo content and by tests. For a page or snippet, this makes (or
refreshes) its TranslationSource, stores a StringTranslation for every source
string we have a translation for, stores SegmentOverrides (for files and images
that differ per language), and saves the target with `Translation.save_target`.
"""

import html
import json

from django.db import transaction
from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue


class MissingDemoTranslation(ValueError):
    """A source string has no translation: the demo would show English under /es/."""


def source_strings(instance):
    """The English strings a translator would see for this object, in order."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    return [
        segment.string.data
        for segment in StringSegment.objects.filter(source=source)
        .select_related("string")
        .order_by("order")
    ]


def lookup(strings, segment_text):
    """The translation of a segment; plain-text segments arrive HTML-escaped ("&amp;")."""
    if segment_text in strings:
        return strings[segment_text]
    plain = html.unescape(segment_text)
    if plain in strings:
        return StringValue.from_plaintext(strings[plain]).data
    return None


@transaction.atomic
def translate(
    instance,
    language_code,
    strings,
    overrides=None,
    publish=True,
    user=None,
    allow_missing=False,
):
    """Translate `instance` into `language_code`; returns the translated object.

    strings: {English source string: translated string}.
    overrides: {segment context path (e.g. "logo"): new value (image or document id, URL)}.
    """
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )

    missing = []
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = segment.string.data
        translated = lookup(strings, text)
        if translated is None:
            missing.append(text)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": translated,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
                "has_error": False,
                "field_error": "",
            },
        )
    if missing and not allow_missing:
        raise MissingDemoTranslation(
            f"{instance!r} has no {language_code} translation for: "
            + "; ".join(repr(text[:80]) for text in missing)
        )

    for path, value in (overrides or {}).items():
        segment = (
            OverridableSegment.objects.filter(source=source, context__path=path)
            .select_related("context")
            .first()
        )
        if segment is None:
            raise ValueError(f"{instance!r} has no overridable field {path!r}")
        SegmentOverride.objects.update_or_create(
            locale=locale,
            context=segment.context,
            defaults={"data_json": json.dumps(value), "last_translated_by": user},
        )

    if isinstance(instance, DraftStateMixin):
        # Save a draft, then publish it here and now from fresh rows. (save_target
        # publishes in transaction.on_commit with the object as it was, which inside
        # an outer transaction would write back stale tree fields.)
        source.create_or_update_translation(
            locale, user=user, publish=False, fallback=True, copy_parent_pages=True
        )
        translated = type(instance).objects.get(pk=instance.get_translation(locale).pk)
        if publish:
            translated.get_latest_revision().publish(user=user)
            translated.refresh_from_db()
        return translated
    translation.save_target(user=user, publish=True)
    return instance.get_translation(locale)
