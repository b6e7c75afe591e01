"""Small real PDF and DOCX files for the demo library, made here (nothing downloaded)."""

import io

from django.core.files.base import ContentFile
from docx import Document as WordDocument
from fpdf import FPDF
from wagtail.documents import get_document_model

from resources.permissions import library_collection

# fpdf2's built-in fonts are Latin-1: keep the text within it.
LATIN1 = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2014": "-",
        "\u2013": "-",
        "\u2026": "...",
        "\u00a0": " ",
    }
)


def pdf_bytes(title, edition_note, paragraphs):
    pdf = FPDF()
    pdf.set_creator("Healing Together Network")
    pdf.set_title(title.translate(LATIN1))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 10, title.translate(LATIN1), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 11)
    pdf.multi_cell(0, 7, edition_note.translate(LATIN1), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 12)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 7, paragraph.translate(LATIN1), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


def docx_bytes(title, edition_note, paragraphs):
    document = WordDocument()
    document.core_properties.title = title
    document.add_heading(title, level=1)
    document.add_paragraph(edition_note).italic = True
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def demo_document(title, filename, data):
    """The document with this title, created once with these bytes."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    document = Document(title=title, collection=library_collection())
    document.file.save(filename, ContentFile(data), save=False)
    document.file_size = len(data)
    document.save()
    return document
