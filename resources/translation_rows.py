"""The tools' files in the translation status report: has each language its own file?"""

from django.conf import settings

from home.translation_report import FILES
from resources.listing import tool_context
from resources.models import ResourcePage, translations_with_files_of


def file_rows(languages):
    """Each current English file: has each language its own file yet? A fixed number of
    queries however many tools there are."""
    rows = []
    tools = list(
        ResourcePage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("locale")
    )
    translations = translations_with_files_of([tool.translation_key for tool in tools])
    for tool in tools:
        by_language = translations.get(tool.translation_key, {})
        context = tool_context(tool, None, by_language=by_language)
        by_code = {row["code"]: row for row in context["file_rows"]}
        english = by_code.get(settings.LANGUAGE_CODE)
        for code in languages:
            own = by_code.get(code)
            for cell in english["cells"] if english else []:
                theirs = next(
                    (c for c in (own or {}).get("cells", []) if c["format"] == cell["format"]),
                    None,
                )
                done = theirs is not None and not theirs["still_english"]
                done = done and not own["other_version"]
                rows.append(
                    {"kind": "file", "item": tool, "code": code, "section": FILES}
                    | {"format": cell["format"], "version": english["version"]}
                    | {"state": "up_to_date" if done else "missing", "target": own}
                )
    return rows
