"""Drivers for wagtail-localize's editor endpoints: strings, overrides, PO upload, machine
translation, stopping, converting to an alias."""

import polib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
)

from .registry import FORM, action, fresh

DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


def put_string(client, translation, value="Matrix"):
    segment = StringSegment.objects.filter(source=translation.source).first()
    client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        data=f"value={value}",
        content_type=FORM,
    )
    return StringTranslation.objects.filter(
        translation_of=segment.string, locale=translation.target_locale, data=value
    ).exists()


@action("translate a string of the Spanish support line")
def string_spanish_line(client, w):
    return put_string(client, w.line_es_translation)


@action("translate a string of the Vietnamese support line")
def string_vietnamese_line(client, w):
    return put_string(client, w.line_vi_translation)


@action("override the Vietnamese line's phone number")
def override_vietnamese_phone(client, w):
    translation = w.line_vi_translation
    phone = OverridableSegment.objects.get(source=translation.source, context__path="how_to_reach")
    client.put(
        f"/admin/localize/translate/{translation.pk}/overrides/{phone.pk}/edit/",
        data="value=555-0100",
        content_type=FORM,
    )
    return SegmentOverride.objects.filter(locale=translation.target_locale).exists()


@action("upload a PO file for the Vietnamese line")
def upload_vietnamese_po(client, w):
    translation = w.line_vi_translation
    segment = StringSegment.objects.filter(source=translation.source).first()
    po = polib.POFile()
    po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    po.append(
        polib.POEntry(msgid=segment.string.data, msgctxt=segment.context.path, msgstr="Từ PO")
    )
    upload = SimpleUploadedFile("vi.po", str(po).encode(), "text/x-gettext-translation")
    client.post(f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": upload})
    return StringTranslation.objects.filter(data="Từ PO").exists()


@action("machine-translate the Vietnamese line")
def machine_translate_vietnamese(client, w):
    translation = w.line_vi_translation
    StringTranslation.objects.filter(locale=translation.target_locale).delete()
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR):
        client.post(f"/admin/localize/translate/{translation.pk}/machine_translate/")
    return StringTranslation.objects.filter(
        locale=translation.target_locale, translation_type="machine"
    ).exists()


@action("stop translating the Vietnamese line")
def stop_vietnamese(client, w):
    translation = w.line_vi_translation
    client.post(f"/admin/localize/translate/{translation.pk}/disable/")
    return not type(translation).objects.get(pk=translation.pk).enabled


@action("translate a string of RYSE Center's Spanish page")
def string_spanish_page(client, w):
    return put_string(client, w.ryse_es_translation)


@action("translate a string of RYSE Center's Vietnamese page")
def string_vietnamese_page(client, w):
    return put_string(client, w.ryse_vi_translation)


@action("convert RYSE Center's Spanish page to an alias")
def convert_spanish_page(client, w):
    client.post(f"/admin/localize/page/{w.ryse_es.pk}/convert_to_alias/")
    return fresh(w.ryse_es).alias_of_id is not None
