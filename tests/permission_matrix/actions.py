"""One driver per row of the table: a real admin request, then whether it really took effect
(or, for what the admin finishes at the commit, a function that says so afterwards)."""

import polib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, TaskState
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
)

from home.models import SafetySettings, SupportLine
from partners.models import EventPage

from ..test_partners_editors import event_form

ACTIONS = {}
FORM = "application/x-www-form-urlencoded"
DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


def action(label):
    def register(driver):
        ACTIONS[label] = driver
        return driver

    return register


def fresh(instance):
    return type(instance).objects.filter(pk=instance.pk).first()


def event_post(client, w, page, title, button=""):
    return client.post(f"/admin/pages/{page.pk}/edit/", event_form(title, page.slug, button))


def latest_title(page):
    return fresh(page).get_latest_revision().content["title"]


@action("add an event under RYSE Center")
def add_event(client, w):
    client.post(
        f"/admin/pages/add/partners/eventpage/{w.ryse.pk}/", event_form("New", "matrix-new", "")
    )
    return EventPage.objects.filter(slug="matrix-new").exists()


@action("edit RYSE Center's event (save a draft)")
def edit_event(client, w):
    event_post(client, w, w.event, "Edited")
    return latest_title(w.event) == "Edited"


@action("publish RYSE Center's event")
def publish_event(client, w):
    event_post(client, w, w.event, "Published", "action-publish")
    return fresh(w.event).title == "Published" and fresh(w.event).live


@action("unpublish RYSE Center's event")
def unpublish_event(client, w):
    client.post(f"/admin/pages/{w.event.pk}/unpublish/")
    return not fresh(w.event).live


@action("revert RYSE Center's event to an older revision")
def revert_event(client, w):
    url = f"/admin/pages/{w.event.pk}/revisions/{w.older_revision.pk}/revert/"
    if client.get(url).status_code != 200:
        return False
    client.post(f"/admin/pages/{w.event.pk}/edit/", event_form("Reverted", w.event.slug, ""))
    return latest_title(w.event) == "Reverted"


@action("delete RYSE Center's event")
def delete_event(client, w):
    client.post(f"/admin/pages/{w.event.pk}/delete/")
    return fresh(w.event) is None


@action("move RYSE Center's event to another partner")
def move_event(client, w):
    # A slug free under the other partner, or the move stops there for everyone.
    Page.objects.filter(pk=w.event.pk).update(slug="matrix-moved")
    client.post(f"/admin/pages/{w.event.pk}/move/{w.dpn.pk}/confirm/")
    return fresh(w.event).get_parent().pk == w.dpn.pk


@action("copy RYSE Center's event")
def copy_event(client, w):
    client.post(
        f"/admin/pages/{w.event.pk}/copy/",
        {"new_title": "Copied", "new_slug": "matrix-copy", "new_parent_page": w.ryse.pk},
    )
    return Page.objects.filter(slug="matrix-copy").exists()


@action("bulk-unpublish RYSE Center's event")
def bulk_unpublish_event(client, w):
    client.post(f"/admin/bulk/wagtailcore/page/unpublish/?id={w.event.pk}")
    return not fresh(w.event).live


@action("bulk-delete RYSE Center's event")
def bulk_delete_event(client, w):
    client.post(f"/admin/bulk/wagtailcore/page/delete/?id={w.event.pk}")
    return fresh(w.event) is None


def review_action(client, w, name):
    task_state = w.in_review.current_workflow_state.current_task_state
    client.post(
        f"/admin/pages/workflow/action/{w.in_review.pk}/{name}/{task_state.pk}/", {"comment": ""}
    )
    return TaskState.objects.get(pk=task_state.pk).status


@action("approve RYSE Center's event in review")
def approve(client, w):
    return review_action(client, w, "approve") == "approved"


@action("reject RYSE Center's event in review")
def reject(client, w):
    return review_action(client, w, "reject") == "rejected"


@action("cancel a review an admin asked for (RYSE event)")
def cancel_review(client, w):
    state = w.in_review.current_workflow_state
    event_post(client, w, w.in_review, "In review", "action-cancel-workflow")
    return type(state).objects.get(pk=state.pk).status == "cancelled"


@action("unpublish a library tool")
def unpublish_tool(client, w):
    client.post(f"/admin/pages/{w.tool.pk}/unpublish/")
    return not fresh(w.tool).live


@action("publish RYSE Center's Spanish page")
def publish_spanish_page(client, w):
    before = w.ryse_es.live_revision_id
    client.post(f"/admin/pages/{w.ryse_es.pk}/edit/", {"action": "publish"})
    return lambda: fresh(w.ryse_es).live_revision_id != before  # after the commit


SNIPPETS = "/admin/snippets/home/supportline"


def line_data(line, **changes):
    fields = ["name", "how_to_reach", "hours", "languages", "area_served"]
    fields += ["police_involvement", "note", "last_verified", "sort_order"]
    data = {name: getattr(line, name) for name in fields}
    data.update(active="on", **changes)
    return data


@action("add a support line")
def add_line(client, w):
    data = line_data(w.line_en, name="Added", locale=w.line_en.locale_id)
    client.post(f"{SNIPPETS}/add/", data)
    return SupportLine.objects.filter(name="Added").exists()


@action("edit the English support line")
def edit_english_line(client, w):
    client.post(f"{SNIPPETS}/edit/{w.line_en.pk}/", line_data(w.line_en, name="Changed"))
    latest = fresh(w.line_en).get_latest_revision()
    return latest is not None and latest.content["name"] == "Changed"


@action("publish the Spanish support line")
def publish_spanish_line(client, w):
    before = w.line_es.live_revision_id
    client.post(f"{SNIPPETS}/edit/{w.line_es.pk}/", {"action": "publish"})
    return lambda: fresh(w.line_es).live_revision_id != before  # after the commit


@action("unpublish the English support line")
def unpublish_english_line(client, w):
    client.post(f"{SNIPPETS}/unpublish/{w.line_en.pk}/")
    return not fresh(w.line_en).live


@action("unpublish the Vietnamese support line")
def unpublish_vietnamese_line(client, w):
    client.post(f"{SNIPPETS}/unpublish/{w.line_vi.pk}/")
    return not fresh(w.line_vi).live


@action("delete the Spanish support line")
def delete_spanish_line(client, w):
    client.post(f"{SNIPPETS}/delete/{w.line_es.pk}/")
    return not SupportLine.objects.filter(pk=w.line_es.pk).exists()


@action("edit the safety settings")
def edit_safety(client, w):
    url = "https://example.org/matrix"
    client.post(f"/admin/settings/home/safetysettings/{w.safety.site_id}/", {"exit_url": url})
    return SafetySettings.objects.get(pk=w.safety.pk).exit_url == url


@action("edit RYSE Center's logo (image)")
def edit_logo(client, w):
    data = {"title": "Changed", "collection": w.logo.collection_id, "tags": ""}
    client.post(f"/admin/images/{w.logo.pk}/", data)
    return get_image_model().objects.get(pk=w.logo.pk).title == "Changed"


@action("delete RYSE Center's logo (image)")
def delete_logo(client, w):
    client.post(f"/admin/images/{w.logo.pk}/delete/")
    return not get_image_model().objects.filter(pk=w.logo.pk).exists()


@action("edit a library document")
def edit_document(client, w):
    document = w.library_document
    data = {"title": "Changed", "collection": document.collection_id, "tags": ""}
    client.post(f"/admin/documents/edit/{document.pk}/", data)
    return get_document_model().objects.get(pk=document.pk).title == "Changed"


@action("delete a library document")
def delete_document(client, w):
    client.post(f"/admin/documents/delete/{w.library_document.pk}/")
    return not get_document_model().objects.filter(pk=w.library_document.pk).exists()


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
