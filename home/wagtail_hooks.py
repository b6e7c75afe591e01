from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet

from home.language_permissions import LanguageSnippetViewSet
from home.models import SupportLine
from home.translation_guards import guarded_localize_urls, has_translation_rights
from home.translation_report import translation_status


class SupportLineViewSet(LanguageSnippetViewSet):
    model = SupportLine
    icon = "help"
    menu_label = _("Support lines")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "how_to_reach", "last_verified", "needs_verification", "active"]
    list_filter = ["active", "police_involvement", "locale"]


register_snippet(SupportLineViewSet)


class StaleSupportLinesPanel(Component):
    """On the admin dashboard: lines nobody has checked for 180 days."""

    name = "stale_support_lines"
    order = 50

    def render_html(self, parent_context=None):
        stale = list(SupportLine.objects.needing_verification().select_related("locale"))
        if not stale:
            return ""
        return render_to_string("home/admin/stale_support_lines.html", {"lines": stale})


@hooks.register("construct_homepage_panels")
def add_stale_support_lines_panel(request, panels):
    if request.user.has_perm("home.change_supportline"):
        panels.append(StaleSupportLinesPanel())


class TranslatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return has_translation_rights(request.user)


@hooks.register("register_admin_urls")
def translation_urls():
    return guarded_localize_urls() + [
        path("reports/translation-status/", translation_status, name="translation_status"),
    ]


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return TranslatorsMenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="globe", order=50
    )


@hooks.register("construct_reports_menu")
def translation_reports_for_translators_only(request, menu_items):
    """wagtail-localize shows its "Translations" report to every admin user."""
    if not has_translation_rights(request.user):
        report_url = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != report_url]


@hooks.register("construct_wagtail_userbar")
def use_our_content_checker(request, items, page=None):
    from wagtail.admin.userbar import ContentCheckerItem

    from home.content_checks import NetworkContentChecker

    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, NetworkContentChecker):
            items[index] = NetworkContentChecker()
