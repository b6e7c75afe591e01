"""`make bench` compares each page with bakerydemo, also scaled to the run's machine."""

from network_site import bench_report


def rows(**rates):
    return [
        (name.replace("_", " "), "/", {"rps": rps, "p50": 1.0, "p99": 2.0}, 0)
        for name, rps in rates.items()
    ]


def test_the_comparison_scales_bakerydemo_by_this_machines_static_file_rate():
    # This machine serves static files at half the rate bakerydemo's machine did.
    off = rows(home=162, search=110, static_file=bench_report.BAKERYDEMO_STATIC / 2)
    table = "\n".join(bench_report.comparison(off))
    assert "| home | 162 | 54 (home) | 3.0 | 6.0 |" in table
    assert "| search | 110 | 55 (search) | 2.0 | 4.0 |" in table
    assert "static file |" not in table  # no bakerydemo figure to compare it with


def test_the_report_keeps_its_notes_and_adds_the_comparison(tmp_path, monkeypatch):
    monkeypatch.setattr(bench_report, "ROOT", tmp_path)
    (tmp_path / "docs").mkdir()
    target = tmp_path / "docs" / "benchmarks.md"
    target.write_text("old table\n\n## Reading these numbers\n\nKept by hand.\n")
    off = rows(home=162, static_file=4650)
    bench_report.write_report(off, off, False, 16, 10, 400)
    text = target.read_text()
    assert "old table" not in text and "| home | `/` | 162 |" in text
    assert "| home | 162 | 54 (home) | 3.0 | 3.0 |" in text
    assert text.endswith("## Reading these numbers\n\nKept by hand.\n")
