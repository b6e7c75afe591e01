"""Drivers for snippets and settings: support lines in three languages, safety settings."""

from home.models import SafetySettings, SupportLine

from .registry import action, fresh

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
