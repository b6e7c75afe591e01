"""The admin for evaluation rounds: a ModelViewSet whose permission policy limits each
partner's editors to their own rounds (others get a 404), plus results, CSV and print."""

import io

from django import forms
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from evaluations.models import EvaluationRound
from evaluations.permissions import is_moderator, partners_of
from evaluations.questions import current_evaluation_version
from evaluations.recording import open_round
from evaluations.results import aggregates, minimum, write_csv
from partners.models import PartnerPage


class RoundForm(WagtailAdminModelForm):
    class Meta:
        model = EvaluationRound
        fields = ["partner", "program", "opens_on", "closes_on"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        from django.conf import settings

        partners = PartnerPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        if for_user is not None and not is_moderator(for_user):
            partners = partners_of(for_user)
        self.fields["partner"].queryset = partners.order_by("title")
        self.fields["partner"].widget = forms.Select(choices=self.fields["partner"].choices)

    def clean(self):
        cleaned = super().clean()
        opens, closes = cleaned.get("opens_on"), cleaned.get("closes_on")
        if opens and closes and closes < opens:
            self.add_error("closes_on", _("The round must close on or after the day it opens."))
        if self.instance._state.adding and current_evaluation_version() is None:
            raise forms.ValidationError(
                _("The evaluation tool has no released version with questions yet.")
            )
        return cleaned

    def save(self, commit=True):
        round = super().save(commit=False)
        if commit and round._state.adding:
            open_round(round)
        elif commit:
            round.save()
        return round


class OwnRoundsOnly:
    """Another partner's round does not exist for this user: 404, never its data."""

    def visible_rounds(self):
        policy = self.permission_policy
        return policy.instances_user_has_permission_for(self.request.user, "change")

    def get_queryset(self):
        return self.visible_rounds()

    def get_base_object_queryset(self):
        return self.visible_rounds()


class RoundIndexView(generic.IndexView):
    def get_base_queryset(self):
        policy = self.permission_policy
        rounds = policy.instances_user_has_permission_for(self.request.user, "view")
        return rounds.select_related("partner")


class RoundEditView(OwnRoundsOnly, generic.EditView):
    pass


class RoundDeleteView(OwnRoundsOnly, generic.DeleteView):
    pass


class LinkColumn(Column):
    def get_value(self, instance):
        return format_html("<code>/evaluate/{}/</code>", instance.code)


class ResultsColumn(Column):
    def get_value(self, instance):
        url = reverse("evaluation_rounds:results", args=[instance.pk])
        return format_html('<a href="{}">{}</a> ({})', url, _("Results"), instance.responses)


class EvaluationRoundViewSet(ModelViewSet):
    model = EvaluationRound
    form_fields = ["partner", "program", "opens_on", "closes_on"]
    index_view_class = RoundIndexView
    edit_view_class = RoundEditView
    delete_view_class = RoundDeleteView
    icon = "tasks"
    menu_label = gettext_lazy("Evaluations")
    add_to_admin_menu = True
    menu_order = 270
    name = "evaluation_rounds"
    inspect_view_enabled = False
    copy_view_enabled = False
    list_display = [
        "program",
        "partner",
        "opens_on",
        "closes_on",
        LinkColumn("code", label=gettext_lazy("Participant link")),
        ResultsColumn("responses", label=gettext_lazy("Answers")),
    ]

    def get_form_class(self, for_update=False):
        return RoundForm

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("results/<int:pk>/", self.results_view, name="results"),
            path("results/<int:pk>/csv/", self.csv_view, name="results_csv"),
            path("results/<int:pk>/print/", self.print_view, name="results_print"),
        ]

    def visible_round(self, request, pk):
        rounds = self.permission_policy.instances_user_has_permission_for(request.user, "view")
        return get_object_or_404(rounds.select_related("partner"), pk=pk)

    def results_context(self, request, pk):
        round = self.visible_round(request, pk)
        context = {"round": round, "minimum": minimum(), "visible": round.results_visible()}
        if context["visible"]:
            context["data"] = aggregates(round, get_language())
        context["participant_url"] = request.build_absolute_uri(f"/evaluate/{round.code}/")
        return context

    def results_view(self, request, pk):
        context = self.results_context(request, pk)
        return TemplateResponse(request, "evaluations/admin/results.html", context)

    def print_view(self, request, pk):
        context = self.results_context(request, pk)
        return TemplateResponse(request, "evaluations/admin/print.html", context)

    def csv_view(self, request, pk):
        context = self.results_context(request, pk)
        if not context["visible"]:
            raise Http404(_("Results are not available yet."))
        out = io.StringIO()
        write_csv(out, context["round"], context["data"])
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="evaluation-{context["round"].pk}.csv"'
        )
        response["Cache-Control"] = "no-store, private"
        return response
