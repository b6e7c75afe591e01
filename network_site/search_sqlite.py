"""Ranked search on SQLite that stays fast when thousands of pages match.

Wagtail's SQLite backend scores every hit with a correlated subquery that runs the
full-text match again per row: about two seconds for 3,000 hits, well over ten for
20,000 (docs/benchmarks-large.md). Here FTS5 ranks in one statement over the same
index Wagtail maintains, titles weighted three times body text, keeping the best
RANKED_LIMIT hits. PostgreSQL keeps Wagtail's own backend.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Page, PageViewRestriction
from wagtail.search.models import IndexEntry

RANKED_LIMIT = 1000
# Columns of Wagtail's FTS5 table, in order: autocomplete, body, title.
COLUMN_WEIGHTS = "0.0, 1.0, 3.0"


def match_expression(words):
    """All words, in the title or body. Words are already letters only; quote them anyway."""
    quoted = " AND ".join('"{}"'.format(word.replace('"', '""')) for word in words)
    return "{title body} : (" + quoted + ")"


def ranked_ids(model, locale, query):
    words = query.split()
    if not words:
        return []
    models = [m for m in apps.get_models() if issubclass(m, model)]
    type_ids = [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]
    entries = IndexEntry._meta.db_table
    pages = Page._meta.db_table
    placeholders = ", ".join(["%s"] * len(type_ids))
    sql = f"""
        SELECT p.id FROM {entries}_fts f
        JOIN {entries} e ON f.rowid = e.id
        JOIN {pages} p ON p.id = CAST(e.object_id AS INTEGER)
        WHERE {entries}_fts MATCH %s AND e.content_type_id IN ({placeholders})
          AND p.live AND p.locale_id = %s
        ORDER BY bm25({entries}_fts, {COLUMN_WEIGHTS}), p.id
        LIMIT %s
    """  # noqa: S608 (table names come from the models; values are parameters)
    with connection.cursor() as cursor:
        cursor.execute(sql, [match_expression(words), *type_ids, locale.pk, RANKED_LIMIT])
        ids = [row[0] for row in cursor.fetchall()]
    if ids and PageViewRestriction.objects.exists():
        public = set(Page.objects.filter(pk__in=ids).public().values_list("pk", flat=True))
        ids = [pk for pk in ids if pk in public]
    return ids


class RankedPages:
    """A sliceable, countable sequence of pages in rank order, for Django's Paginator."""

    def __init__(self, model, ids):
        self.model, self.ids = model, ids

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        ids = self.ids[index]
        # Specific pages, one query per page type present.
        found = self.model.objects.filter(pk__in=ids).specific().in_bulk()
        return [found[pk] for pk in ids if pk in found]
