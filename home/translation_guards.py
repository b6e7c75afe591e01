"""Closes gaps in wagtail-localize's permissions for translators.

Its translation endpoints (strings, overrides, PO files, machine translation, stop,
preview) check the *model's* rights for snippets: a Spanish translator could rewrite
the Vietnamese support line. Each is answered here first (registered before
wagtail-localize's own URLs, by app order) and asks the object's own rights: page
permissions for pages (they follow the language tree) and the snippet's permission
policy for snippets (home/language_permissions.py). Its snippet API and report are
for people with translation rights only.

Its "Convert to alias page" action needs only edit rights, yet it replaces a
translation with the source page's content and keeps it live: English text would go
live under /es/ without a reviewer. Only someone who may publish the page may do it.
"""

import tempfile
from functools import wraps

import polib
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation, report, snippets_api
from wagtail_localize.views.convert import convert_to_alias

from home.translation_access import languages_of


def has_translation_rights(user):
    """Who may see translation reports and wagtail-localize's admin APIs."""
    return (
        user.is_superuser
        or user.has_perm("wagtail_localize.submit_translation")
        or bool(languages_of(user))
    )


def may_edit_target(user, translation):
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist:
        raise Http404 from None
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    policy = policy_registry.get_by_type(type(instance))
    return policy.user_has_permission_for_instance(user, "change", instance)


def for_the_target_language(view):
    @wraps(view)
    def guarded(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(Translation, pk=translation_id)
        if not may_edit_target(request.user, translation):
            raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    return guarded


def for_translators(view):
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not has_translation_rights(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


def for_translators_with_model_rights(view):
    @wraps(view)
    def guarded(request, app_label, model_name, *args, **kwargs):
        model = get_snippet_model_from_url_params(app_label, model_name)
        policy = policy_registry.get_by_type(model)
        if not (
            has_translation_rights(request.user)
            and policy.user_has_any_permission(request.user, ["add", "change", "delete", "view"])
        ):
            raise PermissionDenied
        return view(request, *args, app_label=app_label, model_name=model_name, **kwargs)

    return guarded


def po_file_problem(upload, translation):
    """What is wrong with an uploaded PO file for this translation, or None."""
    if upload is None:
        return _("Choose a PO file to upload.")
    # Read from a file, as wagtail-localize does: polib would read a path given as contents.
    with tempfile.NamedTemporaryFile(suffix=".po") as copy:
        copy.write(upload.read())
        copy.flush()
        upload.seek(0)
        try:
            po = polib.pofile(copy.name)
        except (OSError, UnicodeDecodeError):
            return _("This is not a PO file. Upload a PO file exported from this translation.")
    if po.metadata.get("X-WagtailLocalize-TranslationID") != str(translation.uuid):
        return _(
            "This PO file was not exported from this translation (another page, snippet "
            "or language). Upload the file you downloaded from this translation."
        )
    return None


@require_POST
def upload_pofile_checked(request, translation_id):
    """wagtail-localize answers a missing file, or a PO file without its translation's id,
    with a server error or a redirect; this says what is wrong (a 400) and imports nothing."""
    translation = get_object_or_404(Translation, pk=translation_id)
    problem = po_file_problem(request.FILES.get("file"), translation)
    if problem:
        back = get_valid_next_url_from_request(request) or (
            translation.get_target_instance_edit_url()
        )
        context = {"problem": problem, "back": back}
        return TemplateResponse(request, "home/admin/po_upload_refused.html", context, status=400)
    return edit_translation.upload_pofile(request, translation_id)


def convert_to_alias_if_reviewer(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        messages.error(
            request,
            _(
                "Only a translation reviewer can turn a translation back into a copy of "
                "the original, because that publishes the original's text in this language."
            ),
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.id]))
    return convert_to_alias(request, page_id)


class OrderedTranslationsReport(report.TranslationsReportView):
    """wagtail-localize's report pages an unordered queryset (Django warns); newest first."""

    def get_queryset(self):
        return super().get_queryset().order_by("-created_at", "-pk")


def guarded_localize_urls():
    """The same addresses as wagtail-localize's, answered first (see the module's note)."""
    translate = "localize/translate/<int:translation_id>/"
    target = for_the_target_language
    snippet_api = "localize/api/snippets/<slug:app_label>/<slug:model_name>/"
    return [
        path(
            translate + "strings/<int:string_segment_id>/edit/",
            target(edit_translation.edit_string_translation),
        ),
        path(
            translate + "overrides/<int:overridable_segment_id>/edit/",
            target(edit_translation.edit_override),
        ),
        path(translate + "pofile/download/", target(edit_translation.download_pofile)),
        path(translate + "pofile/upload/", target(upload_pofile_checked)),
        path(translate + "machine_translate/", target(edit_translation.machine_translate)),
        path(translate + "preview/", target(edit_translation.preview_translation)),
        path(translate + "preview/<str:mode>/", target(edit_translation.preview_translation)),
        path(translate + "disable/", target(edit_translation.stop_translation)),
        # Translators must not publish by converting.
        path("localize/page/<int:page_id>/convert_to_alias/", convert_to_alias_if_reviewer),
        path(
            "localize/reports/translations/",
            for_translators(OrderedTranslationsReport.as_view()),
        ),
        path(
            "localize/reports/translations/results/",
            for_translators(OrderedTranslationsReport.as_view(results_only=True)),
        ),
        path(
            snippet_api,
            for_translators_with_model_rights(snippets_api.SnippetViewSet.as_view({"get": "list"})),
        ),
        path(
            snippet_api + "<str:pk>/",
            for_translators_with_model_rights(
                snippets_api.SnippetViewSet.as_view({"get": "retrieve"})
            ),
        ),
    ]
