"""Who may do what in the admin: the expected result of every action for every group.

✓: the action takes effect. ·: it is refused and nothing changes (a library document
a version uses cannot be deleted by anyone: replace it in the version first). Each row names a
driver in `actions/` (one file per area; the real admin request, then a check of what really changed).
To add a case: add a row here and its driver in that area's file; `python -m
tests.permission_matrix.make_doc` rewrites docs/permissions.md from this table.
"""

# Column key: (group, who that is, for people reading docs/permissions.md).
GROUPS = {
    "ryse": ("RYSE Center editors", "a partner's editors (here RYSE Center)"),
    "dpn": ("Dignity & Power Now editors", "another partner's editors"),
    "mod": ("Network moderators", "network moderators"),
    "lib": ("Resource librarians", "resource librarians"),
    "tr_es": ("Translators (Español)", "Spanish translators"),
    "rev_es": ("Translation reviewers (Español)", "Spanish translation reviewers"),
    "tr_vi": ("Translators (Tiếng Việt)", "Vietnamese translators"),
    "rev_vi": ("Translation reviewers (Tiếng Việt)", "Vietnamese translation reviewers"),
    "none": (None, "signed in, in no group"),
    # Administrators may do everything possible: this column shows each driver can succeed.
    "admin": (None, "an administrator (superuser)"),
}

MATRIX = """
| action                                           | ryse | dpn | mod | lib | tr_es | rev_es | tr_vi | rev_vi | none | admin |
| ------------------------------------------------ | ---- | --- | --- | --- | ----- | ------ | ----- | ------ | ---- | ----- |
| add an event under RYSE Center                   | ✓    | ·   | ✓   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| edit RYSE Center's event (save a draft)          | ✓    | ·   | ✓   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| publish RYSE Center's event                      | ·    | ·   | ✓   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| unpublish RYSE Center's event                    | ·    | ·   | ✓   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| revert RYSE Center's event to an older revision  | ✓    | ·   | ✓   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| delete RYSE Center's event                       | ·    | ·   | ✓   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| move RYSE Center's event to another partner      | ·    | ·   | ✓   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| copy RYSE Center's event                         | ✓    | ·   | ✓   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| bulk-unpublish RYSE Center's event               | ·    | ·   | ✓   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| bulk-delete RYSE Center's event                  | ·    | ·   | ✓   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| approve RYSE Center's event in review            | ·    | ·   | ✓   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| reject RYSE Center's event in review             | ·    | ·   | ✓   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| cancel a review an admin asked for (RYSE event) | ·    | ·   | ✓   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| unpublish a library tool                         | ·    | ·   | ·   | ✓   | ·     | ·      | ·     | ·      | ·    | ✓     |
| publish RYSE Center's Spanish page               | ·    | ·   | ·   | ·   | ·     | ✓      | ·     | ·      | ·    | ✓     |
| add a support line                               | ·    | ·   | ·   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| edit the English support line                    | ·    | ·   | ·   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| publish the Spanish support line                 | ·    | ·   | ·   | ·   | ·     | ✓      | ·     | ·      | ·    | ✓     |
| unpublish the English support line               | ·    | ·   | ·   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| unpublish the Vietnamese support line            | ·    | ·   | ·   | ·   | ·     | ·      | ·     | ✓      | ·    | ✓     |
| delete the Spanish support line                  | ·    | ·   | ·   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| edit the safety settings                         | ·    | ·   | ·   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| edit RYSE Center's logo (image)                  | ✓    | ·   | ✓   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| delete RYSE Center's logo (image)                | ✓    | ·   | ✓   | ·   | ·     | ·      | ·     | ·      | ·    | ✓     |
| edit a library document                          | ·    | ·   | ✓   | ✓   | ·     | ·      | ·     | ·      | ·    | ✓     |
| delete a library document                        | ·    | ·   | ·   | ·   | ·     | ·      | ·     | ·      | ·    | ·     |
| translate a string of the Spanish support line   | ·    | ·   | ·   | ·   | ✓     | ✓      | ·     | ·      | ·    | ✓     |
| translate a string of the Vietnamese support line| ·    | ·   | ·   | ·   | ·     | ·      | ✓     | ✓      | ·    | ✓     |
| override the Vietnamese line's phone number      | ·    | ·   | ·   | ·   | ·     | ·      | ✓     | ✓      | ·    | ✓     |
| upload a PO file for the Vietnamese line         | ·    | ·   | ·   | ·   | ·     | ·      | ✓     | ✓      | ·    | ✓     |
| machine-translate the Vietnamese line            | ·    | ·   | ·   | ·   | ·     | ·      | ✓     | ✓      | ·    | ✓     |
| stop translating the Vietnamese line             | ·    | ·   | ·   | ·   | ·     | ·      | ✓     | ✓      | ·    | ✓     |
| translate a string of RYSE Center's Spanish page | ·    | ·   | ·   | ·   | ✓     | ✓      | ·     | ·      | ·    | ✓     |
| translate a string of RYSE Center's Vietnamese page | · | ·   | ·   | ·   | ·     | ·      | ✓     | ✓      | ·    | ✓     |
| convert RYSE Center's Spanish page to an alias   | ·    | ·   | ·   | ·   | ·     | ✓      | ·     | ·      | ·    | ✓     |
| start a translation of an English page into Spanish | · | ·   | ·   | ·   | ·     | ✓      | ·     | ·      | ·    | ✓     |
| start a translation of an English page into Vietnamese | · | · | ·  | ·   | ·     | ·      | ·     | ✓      | ·    | ✓     |
| sync RYSE Center's Spanish page with the English | ·    | ·   | ·   | ·   | ·     | ✓      | ·     | ·      | ·    | ✓     |
| sync RYSE Center's Vietnamese page with the English | · | ·   | ·   | ·   | ·     | ·      | ·     | ✓      | ·    | ✓     |
| mark RYSE Center's Spanish page ready for review | ·    | ·   | ·   | ·   | ✓     | ✓      | ·     | ·      | ·    | ✓     |
| mark RYSE Center's Vietnamese page ready for review | · | ·   | ·   | ·   | ·     | ·      | ✓     | ✓      | ·    | ✓     |
"""
ALLOWED, REFUSED = "✓", "·"


def rows():
    """[(action, {column: True if allowed})] in the table's order."""
    lines = [line.strip() for line in MATRIX.strip().splitlines()]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    columns = header[1:]
    assert columns == list(GROUPS), "the table's columns must be the groups, in order"
    result = []
    for line in lines[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        marks = cells[1:]
        assert set(marks) <= {ALLOWED, REFUSED} and len(marks) == len(columns), line
        result.append((cells[0], {c: m == ALLOWED for c, m in zip(columns, marks, strict=True)}))
    return result
