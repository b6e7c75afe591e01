"""Every group against every state-changing admin action, as the table says (table.py)."""

import pytest
from django.db import transaction

from .actions import ACTIONS
from .table import GROUPS, rows

pytestmark = pytest.mark.django_db


def test_every_row_of_the_table_has_a_driver():
    assert sorted(label for label, _expected in rows()) == sorted(ACTIONS)


@pytest.mark.parametrize(("label", "expected"), rows(), ids=[label for label, _e in rows()])
def test_who_may(label, expected, world, user_in, client, django_capture_on_commit_callbacks):
    outcomes = {}
    for column in GROUPS:
        # Each group starts from the same objects: its attempt is rolled back afterwards.
        # What the admin defers to the commit (publishing a translation) runs first.
        with transaction.atomic():
            client.force_login(user_in(column))
            with django_capture_on_commit_callbacks(execute=True):
                outcome = ACTIONS[label](client, world)
            outcomes[column] = outcome() if callable(outcome) else outcome
            transaction.set_rollback(True)
    wrong = {
        column: "took effect" if outcomes[column] else "was refused"
        for column in GROUPS
        if outcomes[column] != expected[column]
    }
    assert not wrong, f"{label}: {wrong}"
