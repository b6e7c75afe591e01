"""Writes docs/permissions.md from the table: `python -m tests.permission_matrix.make_doc`."""

from pathlib import Path

from .table import ALLOWED, GROUPS, rows

DOC = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"
INTRO = """# Who may do what in the admin

Generated from `tests/permission_matrix/table.py` by `python -m
tests.permission_matrix.make_doc`; `tests/permission_matrix/test_matrix.py` drives each
action through the real admin for each group and checks what really changed, with
three site languages (English, Spanish, Vietnamese). Edit the table, not this file.

✓ the action takes effect; · it is refused and nothing changes. Administrators
(superusers) may do everything. Translators and reviewers work only in their own
language, on pages and support lines alike; a partner's editors only on their own
partner's pages and collection, and their changes go live when a moderator approves.
"""


def render():
    columns = list(GROUPS)
    lines = [INTRO, "| column | group | who |", "| --- | --- | --- |"]
    for column, (group, who) in GROUPS.items():
        lines.append(f"| {column} | {group or '(none)'} | {who} |")
    lines += ["", "| action | " + " | ".join(columns) + " |"]
    lines.append("| --- |" + " :-: |" * len(columns))
    for label, expected in rows():
        marks = [ALLOWED if expected[column] else "·" for column in columns]
        lines.append(f"| {label} | " + " | ".join(marks) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    print(f"Wrote {DOC}")
