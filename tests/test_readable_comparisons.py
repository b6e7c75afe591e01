"""Comparing two revisions shows choice names, in order, and no change for a reordering."""

import pytest
from django.urls import reverse

from partners.choices import FOCUS_AREAS
from partners.fields import CodeListFormField
from partners.models import PartnerPage

pytestmark = pytest.mark.django_db


def compare(client, page, first, second):
    url = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, first.pk, second.pk])
    return client.get(url).content.decode()


def test_a_comparison_names_the_focus_areas_instead_of_stored_codes(admin_client_logged_in):
    (code_a, name_a), (code_b, name_b), (code_c, name_c) = FOCUS_AREAS[:3]
    ryse = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    ryse.focus_areas = f"|{code_a}|{code_b}|"
    first = ryse.save_revision()
    ryse.focus_areas = f"|{code_a}|{code_c}|"
    second = ryse.save_revision()
    html = compare(admin_client_logged_in, ryse, first, second)
    assert str(name_b) in html and str(name_c) in html
    assert f"|{code_a}|" not in html

    ryse.focus_areas = f"|{code_c}|{code_a}|"  # the same choices, stored in another order
    third = ryse.save_revision()
    html = compare(admin_client_logged_in, ryse, second, third)
    assert "Focus areas" not in html  # only changed fields are listed


def test_choices_are_stored_in_their_own_order():
    field = CodeListFormField(choices=FOCUS_AREAS, required=False)
    codes = [code for code, _label in FOCUS_AREAS[:3]]
    assert field.clean(list(reversed(codes))) == f"|{'|'.join(codes)}|"


def test_a_rich_text_change_of_hidden_markup_only_shows_no_change(admin_client_logged_in):
    ryse = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    ryse.about = '<p data-block-key="a1">We run <a linktype="page" id="3">circles</a>.</p>'
    first = ryse.save_revision()
    # Another block key, a wrapping span, whitespace, attributes in another order.
    ryse.about = (
        '<p data-block-key="zz9"><span>We   run</span> <a id="3" linktype="page">circles</a>.\n</p>'
    )
    second = ryse.save_revision()
    assert "Who we are" not in compare(admin_client_logged_in, ryse, first, second)

    ryse.about = '<p data-block-key="zz9">We run <a linktype="page" id="4">circles</a>.</p>'
    third = ryse.save_revision()  # the same words, but the link leads elsewhere
    assert "Who we are" in compare(admin_client_logged_in, ryse, second, third)
    ryse.about = '<p data-block-key="zz9">We run <b>circles</b>.</p>'
    fourth = ryse.save_revision()
    assert "Who we are" in compare(admin_client_logged_in, ryse, third, fourth)
