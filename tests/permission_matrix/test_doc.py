from .make_doc import DOC, render


def test_docs_permissions_md_is_the_table():
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/permissions.md is out of date: run python -m tests.permission_matrix.make_doc"
    )
