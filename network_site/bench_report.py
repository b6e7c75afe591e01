"""docs/benchmarks.md from `make bench` results: ours against bakerydemo, by page kind.

Each run keeps its figures in docs/benchmarks/<database>.json; the document is written
from every file there, so a SQLite run and a PostgreSQL run sit side by side. The
prose after NOTES is kept by hand.
"""

import json
import os
import platform
import statistics
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTES = "## Reading these numbers"
TARGETS = {"cold": 1.5, "warm": 3.0, "cached": 0.8, "publishing_p99": 3.0}
COMPARED_KINDS = ("home", "listing", "detail", "search")
# The issue's bakerydemo figures (req/s, one request's p50 in ms; the middle of each
# range), for a run without bakerydemo beside it: scaled by this run's static-file rate
# against the static file's 3,454 req/s in that run.
ISSUE_BAKERYDEMO = {
    "sqlite": {
        "home": (36, 46.5),
        "listing": (51.5, 33.0),
        "detail": (82, 20.0),
        "search": (37, None),
    },
    "postgresql": {
        "home": (21, 106.0),
        "listing": (24, 70.0),
        "detail": (51, 29.0),
        "search": (20, None),
    },
}
ISSUE_STATIC = 3454


def save(results, large=False):
    folder = ROOT / "docs" / "benchmarks"
    folder.mkdir(parents=True, exist_ok=True)
    name = ("large-" if large else "") + results["database"]
    (folder / f"{name}.json").write_text(json.dumps(results, indent=1) + "\n")
    write_report(large)


def bakerydemo_by_kind(results):
    """{kind: (req/s, cold ms, how it was found)} from the same run, or the issue's table."""
    theirs = results.get("bakerydemo")
    if theirs:
        kinds = {}
        for kind in COMPARED_KINDS:
            pages = [f for f in theirs.values() if f["kind"] == kind]
            if pages:
                kinds[kind] = (
                    statistics.median(f["warm"]["rps"] for f in pages),
                    statistics.median(f["cold"] for f in pages),
                    "same run",
                )
        return kinds
    scale = static_rate(results) / ISSUE_STATIC
    table = ISSUE_BAKERYDEMO.get(results["database"], ISSUE_BAKERYDEMO["sqlite"])
    return {
        kind: (rps * scale, ms / scale if ms else None, f"issue's table x {scale:.2f}")
        for kind, (rps, ms) in table.items()
    }


def static_rate(results):
    return results["ours"]["static file"]["cached"]["rps"]


def met(ratio, target):
    if ratio is None:
        return "-"
    return f"{ratio:.1f}x {'met' if ratio >= target else 'MISSED'}"


def cached_verdict(page, static):
    if page["kind"] == "search":
        return "- (never kept: no-store)"
    return met(page["cached"]["rps"] / static, TARGETS["cached"])


def page_rows(results):
    kinds = bakerydemo_by_kind(results)
    static = static_rate(results)
    rows = [
        "| kind | page | cold p50 ms | bakerydemo cold ms | cold: x faster (>= 1.5) "
        "| warm req/s | bakerydemo req/s | warm: x (>= 3) | uncached req/s | cached req/s "
        "| cached: x static (>= 0.8) | queries cold / warm |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, f in results["ours"].items():
        if f["kind"] == "static":
            continue
        their_rps, their_ms, _source = kinds.get(f["kind"], (None, None, None))
        cold_ratio = their_ms / f["cold"] if their_ms else None
        warm_ratio = f["warm"]["rps"] / their_rps if their_rps else None
        rows.append(
            f"| {f['kind']} | {name} | {f['cold']:.1f} | "
            + (f"{their_ms:.1f}" if their_ms else "-")
            + f" | {met(cold_ratio, TARGETS['cold'])} | {f['warm']['rps']:.0f} | "
            + (f"{their_rps:.0f}" if their_rps else "-")
            + f" | {met(warm_ratio, TARGETS['warm'])} | {f['uncached']['rps']:.0f} "
            f"| {f['cached']['rps']:.0f} | {cached_verdict(f, static)} "
            f"| {f.get('queries_cold', '-')} / {f.get('queries_warm', '-')} |"
        )
    return rows


def bakerydemo_rows(results):
    theirs = results.get("bakerydemo")
    if not theirs:
        kinds = bakerydemo_by_kind(results)
        return [
            "No bakerydemo beside this run (BENCH_COMPARE_URL unset): its figures are the "
            f"issue's, scaled ({next(iter(kinds.values()))[2]}).",
        ]
    rows = [
        "bakerydemo in the same run, same server set-up (its own caching: none of pages):",
        "",
        "| kind | page | cold p50 ms | req/s | p99 ms |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, f in theirs.items():
        rows.append(
            f"| {f['kind']} | {name} `{f['path']}` | {f['cold']:.1f} | {f['warm']['rps']:.0f} "
            f"| {f['warm']['p99']:.1f} |"
        )
    return rows


def publishing_line(results):
    p = results.get("publishing")
    if not p:
        return []
    ratio = p["publishing"]["p99"] / p["steady"]["p99"]
    errors = p["publishing"]["errors"]
    verdict = "met" if errors == 0 and ratio <= TARGETS["publishing_p99"] else "MISSED"
    return [
        f"Under publishing (home page, page cache on, a support line published every "
        f"{p['every_seconds']} s, each purging every page): {p['publishing']['rps']:.0f} req/s, "
        f"{errors} errors, p99 {p['publishing']['p99']:.1f} ms against "
        f"{p['steady']['p99']:.1f} ms steady ({ratio:.1f}x; target: no error, <= 3x): {verdict}.",
    ]


def section(results):
    ours = results["ours"]
    load = results["load_average"]
    store = "Redis" if results.get("redis") else "files on this machine"
    return [
        f"## {'PostgreSQL' if results['database'] == 'postgresql' else 'SQLite'}",
        "",
        f"Run {results['date']}; load average (1 min) {load[0][0]:.1f} before and "
        f"{load[1][0]:.1f} after; page cache and fragments in {store}; median of "
        f"{results['rounds']} rounds, {results['seconds']} s of "
        f"{'`wrk -t2 -c16`' if results['wrk'] else 'a 16-connection Python client'} per "
        f"figure; cold = p50 of {results['cold_samples']} single requests. Static file: "
        f"{static_rate(results):.0f} req/s.",
        "",
        *page_rows(results),
        "",
        *bakerydemo_rows(results),
        "",
        *publishing_line(results),
        "",
        f"Calendar feed and static file have no bakerydemo counterpart; the static file "
        f"(`{ours['static file']['path']}`) is the cached target's yardstick.",
        "",
    ]


def write_report(large=False):
    folder = ROOT / "docs" / "benchmarks"
    prefix = "large-" if large else ""
    runs = [
        json.loads((folder / f"{prefix}{db}.json").read_text())
        for db in ("sqlite", "postgresql")
        if (folder / f"{prefix}{db}.json").exists()
    ]
    target = ROOT / "docs" / ("benchmarks-large.md" if large else "benchmarks.md")
    notes = ""
    if target.exists() and NOTES in target.read_text():
        notes = NOTES + target.read_text().split(NOTES, 1)[1]
    lines = [
        "# Benchmarks" + (": a large network" if large else ""),
        "",
        f'Written by `make bench{"-large" if large else ""}` (README, "Benchmarks"): '
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        "gunicorn with 2 sync workers, production settings, on loopback. *Cold*: the first "
        "request after every cache was purged. *Warm*: page cache off, fragment cache on. "
        "*Uncached*: both off. *Cached*: page cache on. Ratios compare figures of the same "
        "run, so the machine's load (other engineers' tests) weighs on both sides.",
        "",
    ]
    for results in runs:
        lines += section(results)
    target.write_text("\n".join(lines) + ("\n" + notes if notes else ""))
