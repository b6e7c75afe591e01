"""Download counts as a read-only report with CSV and Excel export: nobody can change a count."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from resources.models import DownloadCount


class DownloadCountFilterSet(WagtailFilterSet):
    day = django_filters.DateFromToRangeFilter(label=_("Day"), widget=DateRangePickerWidget)

    class Meta:
        model = DownloadCount
        fields = ["language", "file_format", "day"]


class DownloadCountReportView(ReportView):
    model = DownloadCount
    permission_required = "view"
    page_title = _("Downloads")
    header_icon = "download"
    index_url_name = "download_counts"
    index_results_url_name = "download_counts_results"
    filterset_class = DownloadCountFilterSet
    columns = [
        Column("resource", label=_("Resource")),
        Column("version_label", label=_("Version")),
        Column("language", label=_("Language")),
        Column("file_format", label=_("Format")),
        Column("day", label=_("Day")),
        Column("count", label=_("Downloads")),
    ]
    list_export = ["resource.title", "version_label", "language", "file_format", "day", "count"]
    export_headings = {
        "resource.title": _("Resource"),
        "version_label": _("Version"),
        "language": _("Language"),
        "file_format": _("Format"),
        "day": _("Day"),
        "count": _("Downloads"),
    }

    def get_filename(self):
        return f"downloads-{timezone.localdate().isoformat()}"

    def get_queryset(self):
        return DownloadCount.objects.select_related("resource").order_by(
            "-day", "resource__title", "version_label", "language", "file_format"
        )
