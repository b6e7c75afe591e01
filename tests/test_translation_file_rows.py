"""The translation report's file rows cost the same queries for 3 tools as for 10."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.models import ResourceIndexPage, ResourcePage, ResourceVersion
from resources.translation_rows import file_rows

pytestmark = pytest.mark.django_db


def add_tools(count, start):
    library = ResourceIndexPage.objects.get(locale__language_code="en")
    guide = ResourcePage.objects.filter(locale__language_code="en").first()
    document = guide.versions.first().pdf
    for n in range(start, start + count):
        tool = ResourcePage(
            title=f"Row tool {n}",
            slug=f"row-tool-{n}",
            kind="facilitator-guide",
            audience="facilitators",
            summary="A tool.",
            description="<p>A tool.</p>",
        )
        library.add_child(instance=tool)
        tool.versions.add(
            ResourceVersion(
                label="1.0",
                release_date=datetime.date.today() - datetime.timedelta(days=10),
                status="released",
                pdf=document,
                locale=tool.locale,
            )
        )
        tool.save_revision().publish()


def queries_for_rows():
    with CaptureQueriesContext(connection) as queries:
        rows = file_rows(["es"])
    return len(queries), rows


def test_file_rows_cost_a_fixed_number_of_queries_whatever_the_number_of_tools():
    for tool in ResourcePage.objects.live().filter(locale__language_code="en"):
        tool.unpublish()
    add_tools(3, 0)
    three, rows = queries_for_rows()
    assert len({row["item"].pk for row in rows}) == 3
    add_tools(7, 3)
    ten, rows = queries_for_rows()
    assert len({row["item"].pk for row in rows}) == 10
    assert {row["state"] for row in rows} == {"missing"}  # no Spanish file yet
    assert ten == three
