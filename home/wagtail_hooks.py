from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import SupportLine


class SupportLineViewSet(SnippetViewSet):
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


@hooks.register("register_admin_urls")
def translation_status_urls():
    from django.urls import path

    from home.translation_report import translation_status

    return [path("reports/translation-status/", translation_status, name="translation_status")]


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    return MenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="globe", order=50
    )


@hooks.register("construct_wagtail_userbar")
def use_our_content_checker(request, items, page=None):
    from wagtail.admin.userbar import ContentCheckerItem

    from home.content_checks import NetworkContentChecker

    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, NetworkContentChecker):
            items[index] = NetworkContentChecker()


@hooks.register("before_edit_snippet")
def keep_translators_to_their_language(request, instance):
    """Page permissions follow the language tree; snippets need this check instead."""
    from django.core.exceptions import PermissionDenied

    from home.translation_access import languages_of

    user = request.user
    if user.is_superuser or not hasattr(instance, "locale_id"):
        return None
    if user.groups.filter(name="Network moderators").exists():
        return None
    languages = languages_of(user)
    if languages and instance.locale.language_code not in languages:
        raise PermissionDenied
    return None
