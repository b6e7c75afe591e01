"""Ranked search on SQLite that stays fast when thousands of pages match.

Wagtail's SQLite backend scores every hit with a correlated subquery that runs the
full-text match again per row: about two seconds for 3,000 hits, well over ten for
20,000 (docs/benchmarks-large.md). Here FTS5 ranks in one statement over the same
index Wagtail maintains, titles weighted three times body text, keeping the best
RANKED_LIMIT hits. When the words are in most of the index, scoring every hit would
take most of the time for little (such words weigh almost nothing in bm25): title
matches come first, then the rest. PostgreSQL keeps Wagtail's own backend.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Page, PageViewRestriction
from wagtail.search.models import IndexEntry

RANKED_LIMIT = 1000
FTS_TABLE = f"{IndexEntry._meta.db_table}_fts"
# Columns of Wagtail's FTS5 table, in order: autocomplete, body, title.
COLUMN_WEIGHTS = "0.0, 1.0, 3.0"


def match_expression(words, columns="title body"):
    """All words, in the given columns. Words are already letters only; quote them anyway."""
    quoted = " AND ".join('"{}"'.format(word.replace('"', '""')) for word in words)
    return "{" + columns + "} : (" + quoted + ")"


def ranked_hits(model, locale, query):
    words = query.split()
    if not words:
        return []
    models = [m for m in apps.get_models() if issubclass(m, model)]
    type_ids = [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]
    match = match_expression(words)
    if is_in_most_entries(match):
        # Words in most pages carry almost no weight in bm25, so scoring every hit (most of
        # the index) would cost the most and say the least. Titles that have the words
        # still come first; the rest follow in index order. One statement, as below.
        title_match = match_expression(words, "title")
        first = hits_sql(type_ids, "f.rowid", tier=0)
        then = hits_sql(type_ids, "f.rowid", tier=1)
        # Each side in a SELECT of its own, so each keeps its own ORDER BY and LIMIT.
        sql = (
            f"SELECT id, type FROM (SELECT * FROM ({first}) UNION ALL SELECT * FROM ({then})) "  # noqa: S608
            "ORDER BY tier, position"
        )
        params = [title_match, *type_ids, locale.pk, RANKED_LIMIT]
        params += [match, *type_ids, locale.pk, RANKED_LIMIT]
    else:
        sql = hits_sql(type_ids, f"bm25({FTS_TABLE}, {COLUMN_WEIGHTS}), p.id")
        params = [match, *type_ids, locale.pk, RANKED_LIMIT]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        # (page id, its specific type), best first, each page once.
        hits = list(dict.fromkeys((row[0], row[1]) for row in cursor.fetchall()))[:RANKED_LIMIT]
    return hits


def index_size():
    return IndexEntry.objects.count()


def is_in_most_entries(match):
    entries = index_size()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [match])  # noqa: S608
        return cursor.fetchone()[0] * 2 > entries


def hits_sql(type_ids, order_by, tier=0):
    """Live pages of these types in one locale whose index entry matches, the first
    RANKED_LIMIT in this order, leaving out private sections (a page under a restricted
    page's path). Parameters: match, type ids, locale id, limit."""
    entries = IndexEntry._meta.db_table
    pages = Page._meta.db_table
    restrictions = PageViewRestriction._meta.db_table
    placeholders = ", ".join(["%s"] * len(type_ids))
    return f"""
        SELECT p.id AS id, e.content_type_id AS type, {int(tier)} AS tier, f.rowid AS position
        FROM {FTS_TABLE} f
        JOIN {entries} e ON f.rowid = e.id
        JOIN {pages} p ON p.id = CAST(e.object_id AS INTEGER)
        WHERE {FTS_TABLE} MATCH %s AND e.content_type_id IN ({placeholders})
          AND p.live AND p.locale_id = %s
          AND NOT EXISTS (
            SELECT 1 FROM {restrictions} r JOIN {pages} rp ON rp.id = r.page_id
            WHERE substr(p.path, 1, length(rp.path)) = rp.path
          )
        ORDER BY {order_by}
        LIMIT %s
    """  # noqa: S608 (table names come from the models; values are parameters)


class RankedPages:
    """A sliceable, countable sequence of pages in rank order, for Django's Paginator."""

    def __init__(self, model, hits):
        self.model, self.hits = model, hits

    def __len__(self):
        return len(self.hits)

    def __getitem__(self, index):
        hits = self.hits[index]
        # One query per page type, none for the base rows: the index entry names each
        # page's specific type. Results show titles and summaries, not page bodies.
        found, by_type = {}, {}
        for pk, type_id in hits:
            by_type.setdefault(type_id, []).append(pk)
        for type_id, ids in by_type.items():
            model = ContentType.objects.get_for_id(type_id).model_class()
            if model is None:
                continue
            found.update(model.objects.filter(pk__in=ids).defer_streamfields().in_bulk())
        return [found[pk] for pk, _type in hits if pk in found]
