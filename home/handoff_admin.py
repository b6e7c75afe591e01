"""Where the translation hand-off shows in the admin: its URLs, the reviewers' "ready to
publish" list on the dashboard. Registered from HomeConfig.ready()."""

from django.template.loader import render_to_string
from django.urls import include, path
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.signals import page_published

from home import translation_handoff


class ReadyToPublishPanel(Component):
    name = "translations_ready_to_publish"
    order = 40

    def __init__(self, marks):
        self.marks = marks

    def render_html(self, parent_context=None):
        return render_to_string(
            "home/admin/ready_to_publish.html", {"marks": self.marks}, request=None
        )


def add_ready_to_publish_panel(request, panels):
    marks = list(translation_handoff.ready_to_publish(request.user))
    if marks:
        panels.append(ReadyToPublishPanel(marks))


def translation_handoff_urls():
    return [path("", include(translation_handoff.urlpatterns))]


def register():
    hooks.register("construct_homepage_panels", add_ready_to_publish_panel)
    hooks.register("register_admin_urls", translation_handoff_urls)
    page_published.connect(translation_handoff.clear_mark_on_publish)
