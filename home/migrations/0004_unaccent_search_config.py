"""PostgreSQL: a text search configuration that ignores accents ("educacion" finds "educación").

SQLite's FTS5 tokenizer already removes diacritics; nothing to do there.
"""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'healing_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION healing_unaccent (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION healing_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
END $$;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS healing_unaccent")


class Migration(migrations.Migration):
    dependencies = [("home", "0003_safetysettings_supportline")]
    operations = [migrations.RunPython(create, drop)]
