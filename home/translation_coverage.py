"""How much of each English item is translated, per language, in a fixed number of queries.

An item counts as translated when every one of its source strings has a translation
without errors in that language (wagtail-localize keeps them per string and place),
not merely when its translation was synced or created.
"""

from django.conf import settings
from django.db.models import Count, F, Max
from wagtail_localize.models import StringSegment, TranslationSource


def sources_by_key(keys):
    """{translation_key: TranslationSource} of the English items."""
    return {
        source.object_id: source
        for source in TranslationSource.objects.filter(
            object_id__in=keys, locale__language_code=settings.LANGUAGE_CODE
        ).only("id", "object_id", "last_updated_at")
    }


def string_coverage(source_ids):
    """({source_id: strings}, {(source_id, locale_id): (translated, last translated at)})."""
    totals = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .values("source_id")
        .annotate(n=Count("id"))
        .values_list("source_id", "n")
    )
    translated = {}
    rows = (
        StringSegment.objects.filter(
            source_id__in=source_ids,
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
        )
        .values("source_id", "string__translations__locale_id")
        .annotate(n=Count("id", distinct=True), last=Max("string__translations__updated_at"))
    )
    for row in rows:
        key = (row["source_id"], row["string__translations__locale_id"])
        translated[key] = (row["n"], row["last"])
    return totals, translated


def state_of(english, target, source, totals, translated, marked):
    """One of missing, out_of_date, in_progress, ready, up_to_date, with details."""
    if target is None:
        return "missing", {}
    if source is None:
        return "in_progress", {"done": 0, "total": 0}
    published = getattr(english, "last_published_at", None)
    if published and published > source.last_updated_at:
        return "out_of_date", {}
    total = totals.get(source.pk, 0)
    done, last_translated = translated.get((source.pk, target.locale_id), (0, None))
    details = {"done": done, "total": total}
    if done < total:
        return ("ready" if marked else "in_progress"), details
    target_published = getattr(target, "last_published_at", None)
    has_drafts = getattr(target, "has_unpublished_changes", False)
    waiting = has_drafts or (
        last_translated and (target_published is None or last_translated > target_published)
    )
    if waiting or not getattr(target, "live", True):
        return ("ready" if marked else "in_progress"), {**details, "to_publish": True}
    return "up_to_date", details
