"""The objects the matrix acts on, with three site languages (en, es, vi)."""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation

from home.models import ContentPage, SafetySettings, SupportLine
from home.translation_access import group_names
from home.translation_tools import translate
from partners.models import EventPage, PartnerPage
from resources.models import ResourcePage, ResourceVersion

from ..three_languages import three_languages  # noqa: F401 (a fixture)
from .table import GROUPS


def translation_of(instance, code):
    return Translation.objects.get(
        source__object_id=instance.translation_key, target_locale__language_code=code
    )


@pytest.fixture
def world(three_languages, django_user_model):  # noqa: F811
    admin = django_user_model.objects.create_superuser("matrix-admin", "", "pw")
    ryse = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    dpn = PartnerPage.objects.get(slug="dignity-and-power-now", locale__language_code="en")
    event = EventPage.objects.child_of(ryse).live().first()
    older = event.save_revision(user=admin)
    in_review = event.copy(
        update_attrs={"slug": "matrix-in-review", "title": "In review"}, keep_live=False
    )
    in_review.get_workflow().start(in_review, admin)
    line_en = SupportLine.objects.filter(locale__language_code="en", live=True).first()
    line_vi = translate(line_en, "vi", {line_en.name: "Đường dây"}, allow_missing=True)
    translate(ryse, "vi", {}, allow_missing=True, publish=False)
    spanish = Locale.objects.get(language_code="es")
    vietnamese = Locale.objects.get(language_code="vi")
    # An English page with no translation yet, for starting one.
    untranslated = ContentPage(title="Matrix FAQ", slug="matrix-faq", summary="Q&A", body=[])
    Page.objects.get(depth=2, locale__language_code="en").add_child(instance=untranslated)
    untranslated.save_revision().publish()
    version = ResourceVersion.objects.filter(locale__language_code="en").first()
    return SimpleNamespace(
        admin=admin,
        ryse=ryse,
        dpn=dpn,
        event=event,
        older_revision=older,
        in_review=in_review,
        line_en=line_en,
        line_es=line_en.get_translation(spanish),
        line_vi=line_vi,
        line_es_translation=translation_of(line_en, "es"),
        line_vi_translation=translation_of(line_en, "vi"),
        ryse_es=ryse.get_translation(spanish),
        ryse_vi=ryse.get_translation(vietnamese),
        untranslated=untranslated,
        ryse_es_translation=translation_of(ryse, "es"),
        ryse_vi_translation=translation_of(ryse, "vi"),
        tool=ResourcePage.objects.filter(locale__language_code="en").live().first(),
        library_document=version.pdf,
        logo=ryse.logo,
        safety=SafetySettings.for_site(Site.objects.get(is_default_site=True)),
    )


def group_of(column):
    """The group a column's user is in; language groups by code, as sync_locales names them."""
    if column.startswith(("tr_", "rev_")):
        kind, code = column.split("_")
        return group_names(code)[0 if kind == "tr" else 1]
    return GROUPS[column][0]


@pytest.fixture
def user_in(django_user_model):
    def make(column):
        if column == "admin":
            return django_user_model.objects.create_superuser("matrix-root", "", "pw")
        user = django_user_model.objects.create_user(f"matrix-{column}", password="pw")
        if group_of(column):
            user.groups.add(Group.objects.get(name=group_of(column)))
        return user

    return make
