"""The tools' files in the translation status report: has each language its own file?"""

from django.conf import settings

from home.translation_report import FILES
from resources.listing import tool_context
from resources.models import ResourcePage


def file_rows(languages):
    """Each current English file: has each language its own file yet?"""
    rows = []
    for tool in ResourcePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE):
        by_code = {row["code"]: row for row in tool_context(tool, None)["file_rows"]}
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
