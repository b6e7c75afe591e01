"""`make bench`: the production set-up on loopback, measured by page kind, against bakerydemo.

Builds a throw-away copy of the demo site (BENCH_DB=sqlite, the default, or postgresql:
the database BENCH_POSTGRES_URL names is emptied and rebuilt, with Redis at
BENCH_REDIS_URL as production has it), serves it with gunicorn (two sync workers,
production settings) on 127.0.0.1 and measures, each the median of BENCH_ROUNDS rounds:

- cold: one request right after every cache was purged (p50 of single requests);
- uncached and warm: req/s under `wrk -t2 -c16` with the page cache off, fragments off
  and on (network_site/fragments.py);
- cached: req/s with the page cache on, and the static file's rate;
- under publishing: the home page under load while a support line is published every
  5 s (errors, p99) against the same load without publishing.

BENCH_COMPARE_URL (e.g. http://127.0.0.1:8200) is wagtail/bakerydemo served the same way
on the same database kind, measured in the same run (cold and req/s). Results go to
docs/benchmarks/<db>.json; docs/benchmarks.md is written from the files there. Search
runs with its rate limit lifted. `--large` measures `generate_large_network` instead.
"""

import os
import statistics
import sys
import tempfile
import threading
import time

from network_site import bench_load, bench_report, bench_site

# (kind, name, path): kinds are compared with bakerydemo's pages of the same kind.
OURS = [
    ("home", "home", "/"),
    ("listing", "partner directory", "/partners/"),
    ("listing", "event index", "/events/"),
    ("listing", "resource library", "/resources/"),
    ("detail", "a partner", "/partners/ryse-center/"),
    ("detail", "an event", "/partners/ryse-center/mens-circle/"),
    ("detail", "a video", "/partners/ryse-center/video/"),
    ("detail", "a tool", "/resources/facilitators-guide-mens-circles/"),
    ("search", "search", "/search/?q=circle"),
    ("feed", "calendar feed", "/events/feed.ics"),
    ("static", "static file", "/static/css/site.css"),
]
BAKERYDEMO = [
    ("home", "home", "/"),
    ("listing", "blog index", "/blog/"),
    ("listing", "bread index", "/breads/"),
    ("detail", "a bread", "/breads/anpan/"),
    ("detail", "a blog post", "/blog/bread-circuses/"),
    ("detail", "a location", "/locations/reykjavik/"),
    ("search", "search", "/search/?q=bread"),
    ("static", "static file", "/static/css/main.css"),
]
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
COLD_SAMPLES = int(os.environ.get("BENCH_COLD_SAMPLES", "7"))
PUBLISH_SECONDS = 30
PUBLISH_EVERY = 5


def cold_ms(base, path, purge=None):
    """p50 of single requests, each the first after every cache was emptied."""
    samples = []
    for _ in range(COLD_SAMPLES):
        if purge:
            purge("purge")
        elapsed, status = bench_load.one_request_ms(base, path)
        assert status == 200, (base, path, status)
        samples.append(elapsed)
    return statistics.median(samples)


def settle(base):
    """Wait out the requests wrk left queued, so that a single request is timed alone."""
    time.sleep(2)
    bench_load.one_request_ms(base, "/")


def warmed_rate(base, path):
    for _ in range(10):  # both workers, their fragments and the page cache
        bench_load.one_request_ms(base, path)
    return bench_load.rate(base, path, SECONDS)


def median_result(results):
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def measure(env, compare, helper):
    """{site: {page name: figures}} for ours and, if given, bakerydemo."""
    ours = {name: {"kind": kind, "path": path} for kind, name, path in OURS}
    theirs = {name: {"kind": kind, "path": path} for kind, name, path in BAKERYDEMO}
    publishing = None
    for mode, overrides in bench_site.MODES.items():
        port = bench_site.free_port()
        server = bench_site.serve({**env, **overrides}, port)
        base = f"http://127.0.0.1:{port}"
        try:
            rounds = {name: [] for name in ours}
            their_rounds = {name: [] for name in theirs}
            for round_number in range(ROUNDS):
                if mode == "cached":  # production's set-up: the first request after a purge
                    settle(base)
                    for _kind, name, path in OURS:
                        ours[name].setdefault("cold", []).append(cold_ms(base, path, helper))
                for _kind, name, path in OURS:
                    rounds[name].append(warmed_rate(base, path))
                    print(f"{mode:8} round {round_number + 1} ours {name:18} {rounds[name][-1]}")
                if compare and mode == "warm":  # bakerydemo has one mode: it renders each page
                    settle(compare)
                    for _kind, name, path in BAKERYDEMO:
                        theirs[name].setdefault("cold", []).append(cold_ms(compare, path))
                    for _kind, name, path in BAKERYDEMO:
                        their_rounds[name].append(warmed_rate(compare, path))
                        print(
                            f"{mode:8} round {round_number + 1} bakerydemo {name:14} "
                            f"{their_rounds[name][-1]}"
                        )
            for name, results in rounds.items():  # each round kept, for per-round ratios
                ours[name][mode] = median_result(results)
                ours[name][f"{mode}_rounds"] = results
            for name, results in their_rounds.items():
                if results:
                    theirs[name]["warm"] = median_result(results)
                    theirs[name]["warm_rounds"] = results
            if mode == "cached":
                publishing = under_publishing(base, helper)
        finally:
            server.terminate()
            server.wait(timeout=10)
    for site in (ours, theirs):
        for figures in site.values():
            if "cold" in figures:  # the median of the rounds' medians
                figures["cold"] = statistics.median(figures["cold"])
    return ours, (theirs if compare else None), publishing


def under_publishing(base, helper):
    """The home page under load, steady and while a support line is published every 5 s."""
    steady = bench_load.rate(base, "/", PUBLISH_SECONDS)
    stop = threading.Event()

    def publisher():
        while not stop.wait(PUBLISH_EVERY):
            helper("publish")

    thread = threading.Thread(target=publisher)
    thread.start()
    try:
        busy = bench_load.rate(base, "/", PUBLISH_SECONDS)
    finally:
        stop.set()
        thread.join()
    return {"steady": steady, "publishing": busy, "every_seconds": PUBLISH_EVERY}


def load_average():
    return os.getloadavg()


def main():
    large = "--large" in sys.argv
    database = os.environ.get("BENCH_DB", "sqlite")
    compare = os.environ.get("BENCH_COMPARE_URL", "").rstrip("/") or None
    with tempfile.TemporaryDirectory() as workdir:
        if database == "postgresql":
            database_url = os.environ.get(
                "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/bench_ours"
            )
            redis_url = os.environ.get("BENCH_REDIS_URL", "")
        else:
            database_url, redis_url = f"sqlite:///{workdir}/bench.sqlite3", ""
        env = bench_site.environment(workdir, database_url, redis_url, large)
        bench_site.prepare(env, database, large)
        if compare:
            bench_load.wait_until_up(compare)
        queries = bench_site.query_counts(
            {**env, **bench_site.MODES["warm"]}, [p for _k, _n, p in OURS]
        )
        before = load_average()
        helper = bench_site.Helper({**env, **bench_site.MODES["cached"]})
        try:
            ours, theirs, publishing = measure(env, compare, helper)
        finally:
            helper.close()
    for figures in ours.values():
        figures["queries_cold"], figures["queries_warm"] = queries[figures["path"]]
    results = {
        "database": database,
        "redis": bool(redis_url),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "load_average": [before, load_average()],
        "rounds": ROUNDS,
        "seconds": SECONDS,
        "cold_samples": COLD_SAMPLES,
        "wrk": bool(bench_load.WRK),
        "ours": ours,
        "bakerydemo": theirs,
        "publishing": publishing,
    }
    bench_report.save(results, large)


if __name__ == "__main__":
    main()
