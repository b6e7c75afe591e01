"""docs/benchmarks*.md from a `make bench` run, with the issue's bakerydemo comparison."""

import os
import platform
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTES = "## Reading these numbers"
# wagtail/bakerydemo as the issue measured it (req/s, uncached), the faster figure of
# each kind; and the static file it served through whitenoise on that machine.
BAKERYDEMO = {
    "home": ("home", 54),
    "partner directory": ("listing", 84),
    "event index": ("listing", 84),
    "resource library": ("listing", 84),
    "a partner": ("detail", 146),
    "an event": ("detail", 146),
    "a tool": ("detail", 146),
    "search": ("search", 55),
}
BAKERYDEMO_STATIC = 4650  # the middle of its 4,500-4,800


def comparison(off):
    """Each page's uncached rate against three times bakerydemo's, as measured and scaled
    by this run's static-file rate (machines of this kind differ by 2x from day to day)."""
    static = next(result["rps"] for name, _path, result, _q in off if name == "static file")
    scale = static / BAKERYDEMO_STATIC
    lines = [
        "Uncached, against bakerydemo (the faster figure the issue gives for each kind of",
        "page); scaled: as if bakerydemo ran on this run's machine, whose static file rate",
        f"was {static:.0f} req/s against its {BAKERYDEMO_STATIC:,}. Target: 3x.",
        "",
        "| page | req/s | bakerydemo | x bakerydemo | x bakerydemo, scaled |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, _path, result, _q in off:
        if name in BAKERYDEMO:
            kind, reference = BAKERYDEMO[name]
            lines.append(
                f"| {name} | {result['rps']:.0f} | {reference} ({kind}) "
                f"| {result['rps'] / reference:.1f} | {result['rps'] / (reference * scale):.1f} |"
            )
    return lines


def write_report(off, on, large, wrk_connections, wrk_seconds, requests_per_page):
    target = ROOT / "docs" / ("benchmarks-large.md" if large else "benchmarks.md")
    notes = ""
    if target.exists() and NOTES in target.read_text():
        notes = NOTES + target.read_text().split(NOTES, 1)[1]
    tool = (
        f"`wrk -t2 -c{wrk_connections} -d{wrk_seconds}s`"
        if wrk_connections
        else f"a Python client (16 keep-alive connections, {requests_per_page} requests)"
    )
    content = (
        "the large generated network in five languages (`manage.py generate_large_network`)"
        if large
        else ("demo content")
    )
    lines = [
        "# Benchmarks" + (": a large network" if large else ""),
        "",
        f"Measured by `make bench{'-large' if large else ''}` on {time.strftime('%Y-%m-%d')}: "
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"gunicorn with 2 sync workers, production settings, SQLite, {content}; {tool} on "
        "loopback after a warm-up. Queries are per request; a cached page costs none.",
        "",
        "| page | URL | cache off req/s | p50 ms | p99 ms | queries "
        "| cache on req/s | p50 ms | p99 ms | queries |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for (name, path, cold, cold_q), (_n, _p, warm, warm_q) in zip(off, on, strict=True):
        lines.append(
            f"| {name} | `{path}` | {cold['rps']:.0f} | {cold['p50']:.1f} | {cold['p99']:.1f} "
            f"| {cold_q} | {warm['rps']:.0f} | {warm['p50']:.1f} | {warm['p99']:.1f} | {warm_q} |"
        )
    if not large:
        lines += ["", *comparison(off)]
    target.write_text("\n".join(lines) + "\n" + ("\n" + notes if notes else ""))
