"""The demo library: six tools with versions and English and Spanish files."""

import datetime

from wagtail.models import Site
from wagtail.rich_text import RichText
from wagtail_localize.models import OverridableSegment, TranslationSource

from home.demo.pages import child_page, ensure_translation
from home.demo.text import ES
from partners.models import PartnerPage
from resources import demo_text as text
from resources.demo_files import demo_document, docx_bytes, pdf_bytes
from resources.demo_questionnaires import EVALUATION, EVALUATION_OPEN_QUESTIONS, SELF_ASSESSMENT
from resources.models import ResourceContributor, ResourceIndexPage, ResourcePage, ResourceVersion
from resources.permissions import ensure_library_groups


def files_for(tool, label, language):
    title = tool["title"] if language == "en" else ES[tool["title"]]
    body = [tool["body"] if language == "en" else ES[tool["body"]]]
    note = text.SAMPLE if language == "en" else ES[text.SAMPLE]
    note = f"{note} v{label}"
    name = f"{tool['slug']}-v{label}-{language}"
    files = {
        "pdf": demo_document(
            f"{title} v{label} ({language}, PDF)", f"{name}.pdf", pdf_bytes(title, note, body)
        )
    }
    if tool["docx"]:
        files["docx"] = demo_document(
            f"{title} v{label} ({language}, DOCX)", f"{name}.docx", docx_bytes(title, note, body)
        )
    return files


def build_tool(library, tool):
    page = library.get_children().filter(slug=tool["slug"]).first()
    if page is not None:
        return page.specific
    page = ResourcePage(
        slug=tool["slug"],
        title=tool["title"],
        kind=tool["kind"],
        audience=tool["audience"],
        summary=tool["summary"],
        description=f"<p>{tool['body']}</p>",
        reading_version=text.READING_VERSION if tool["kind"] == "facilitator-guide" else [],
        locale=library.locale,
    )
    for order, (label, released, changes, _spanish) in enumerate(tool["versions"]):
        files = files_for(tool, label, "en")
        page.versions.add(
            ResourceVersion(
                label=label,
                release_date=datetime.date.fromisoformat(released),
                changes=changes,
                sort_order=order,
                locale=library.locale,
                pdf=files["pdf"],
                docx=files.get("docx"),
            )
        )
    for slug in tool["partners"]:
        partner = PartnerPage.objects.filter(slug=slug, locale=library.locale).first()
        if partner is not None:
            page.contributors.add(ResourceContributor(partner=partner))
    library.add_child(instance=page)
    page.save_revision().publish()
    return page


def spanish_file_overrides(page, tool):
    """Attach the Spanish files as a translator would: overrides of the version's files."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    overrides = {}
    by_key = {v.translation_key: v for v in page.versions.all()}
    for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
        parts = segment.context.path.split(".")
        if len(parts) != 3 or parts[0] != "versions" or parts[2] not in ("pdf", "docx"):
            continue
        version = by_key.get(__import__("uuid").UUID(parts[1]))
        spec = next(v for v in tool["versions"] if v[0] == version.label)
        if spec[3]:  # this version has a Spanish edition
            overrides[segment.context.path] = files_for(tool, version.label, "es")[parts[2]].pk
    return overrides


QUESTIONNAIRES = {
    "organisational-self-assessment": (SELF_ASSESSMENT, []),
    "program-evaluation-tool": (EVALUATION, EVALUATION_OPEN_QUESTIONS),
}


def add_questionnaire(page, tools_by_slug):
    """The current version's questionnaire, before the tool is translated; once."""
    sections, questions = QUESTIONNAIRES[page.slug]
    version = page.current_version()
    if version is None or version.questionnaire:
        return
    stream = []
    for spec in sections:
        value = dict(spec, guidance=RichText(spec["guidance"]))
        value["bands"] = [
            {**band, "tools": [tools_by_slug[slug] for slug in band["tools"]]}
            for band in spec["bands"]
        ]
        stream.append(("section", value))
    stream += [("open_question", {"question": question}) for question in questions]
    version.questionnaire = stream
    version.save()
    page.save_revision().publish()


def load(log):
    home = Site.objects.get(is_default_site=True).root_page.specific
    library, _created = child_page(
        home,
        ResourceIndexPage,
        "resources",
        title=text.LIBRARY["title"],
        intro=text.LIBRARY["intro"],
        show_in_menus=True,
    )
    ensure_translation(library, "es", ES)
    pages = {tool["slug"]: build_tool(library, tool) for tool in text.TOOLS}
    for slug in QUESTIONNAIRES:
        add_questionnaire(pages[slug], pages)
    for tool in text.TOOLS:
        page = pages[tool["slug"]]
        ensure_translation(page, "es", ES, overrides=spanish_file_overrides(page, tool))
    ensure_library_groups()
