"""What a downloadable file is: sniffed type, size, SHA-256. Never trust the file name."""

import hashlib
import io
import zipfile

FORMATS = {
    "pdf": ("PDF", "application/pdf"),
    "docx": (
        "Word (DOCX)",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
}


def sniff_format(head, fileobj=None):
    """'pdf' or 'docx' from the content itself, else None."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") and fileobj is not None:
        try:
            position = fileobj.tell()
            fileobj.seek(0)
            with zipfile.ZipFile(fileobj) as archive:
                names = set(archive.namelist())
            fileobj.seek(position)
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        if "word/document.xml" in names and "[Content_Types].xml" in names:
            return "docx"
    return None


def sha256_of(field_file):
    digest = hashlib.sha256()
    field_file.open("rb")
    try:
        for chunk in field_file.chunks():
            digest.update(chunk)
    finally:
        field_file.close()
    return digest.hexdigest()


def sniff_upload(uploaded):
    """Format of an uploaded file (Django UploadedFile), reading only what is needed."""
    uploaded.seek(0)
    head = uploaded.read(8)
    uploaded.seek(0)
    data = uploaded if hasattr(uploaded, "seek") else io.BytesIO(uploaded.read())
    result = sniff_format(head, data)
    uploaded.seek(0)
    return result
