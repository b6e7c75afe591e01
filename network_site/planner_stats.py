"""Table statistics for SQLite's query planner.

PostgreSQL gathers its own (autovacuum). SQLite has none until ANALYZE runs, and without
them it can drive a listing from the wrong table: every page in a language, instead of
the thousand partners. Refreshed after migrations and after bulk content commands; it
takes a fraction of a second even on the large generated network.
"""

from django.db import DEFAULT_DB_ALIAS, connections


def refresh(using=DEFAULT_DB_ALIAS, **kwargs):
    connection = connections[using]
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def connect():
    from django.apps import apps
    from django.db.models.signals import post_migrate

    # Sent once per app with models; the home app's is enough.
    post_migrate.connect(refresh, sender=apps.get_app_config("home"), dispatch_uid="planner_stats")
