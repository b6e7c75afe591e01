"""How `make bench` loads a server: wrk for rates, single requests for the cold figure.

wrk is the load generator the issue measured with (`wrk -t2 -c16`); where it is not
installed a bounded Python client with 16 keep-alive connections stands in. Loopback
only; every loop is bounded in count and time.
"""

import http.client
import re
import shutil
import statistics
import subprocess
import threading
import time
from urllib.parse import urlsplit

CONCURRENCY = 16
WRK = shutil.which("wrk")
TIME_LIMIT = 60  # seconds per measurement at most (the Python client)


def split(url):
    parts = urlsplit(url)
    return parts.hostname, parts.port or 80


def wrk(base, path, seconds):
    """wrk's own numbers: requests per second, latency p50/p99 (ms), failed responses."""
    out = subprocess.run(
        [WRK, "-t2", f"-c{CONCURRENCY}", f"-d{seconds}s", "--latency", base + path],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 30,
    ).stdout

    def ms(label):
        value, unit = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": ms("50%"),
        "p99": ms("99%"),
        "errors": (int(non_2xx.group(1)) if non_2xx else 0)
        + (sum(int(n) for n in sockets.groups()) if sockets else 0),
    }


def python_load(base, path, seconds):
    """The same figures from 16 keep-alive connections for `seconds` (wrk missing)."""
    host, port = split(base)
    latencies, errors, lock = [], [0], threading.Lock()
    deadline = time.monotonic() + min(seconds, TIME_LIMIT)

    def client():
        connection = http.client.HTTPConnection(host, port, timeout=10)
        while time.monotonic() < deadline:
            started = time.perf_counter()
            connection.request("GET", path, headers={"Host": host})
            response = connection.getresponse()
            response.read()
            with lock:
                latencies.append(time.perf_counter() - started)
                errors[0] += response.status >= 400

    threads = [threading.Thread(target=client) for _ in range(CONCURRENCY)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    total = time.perf_counter() - started
    latencies.sort()
    return {
        "rps": len(latencies) / total,
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[max(0, int(len(latencies) * 0.99) - 1)] * 1000,
        "errors": errors[0],
    }


def rate(base, path, seconds):
    return wrk(base, path, seconds) if WRK else python_load(base, path, seconds)


def one_request_ms(base, path):
    """One request on a new connection, as a visitor's first page view; its status too."""
    host, port = split(base)
    connection = http.client.HTTPConnection(host, port, timeout=30)
    started = time.perf_counter()
    connection.request("GET", path, headers={"Host": host})
    response = connection.getresponse()
    response.read()
    elapsed = (time.perf_counter() - started) * 1000
    connection.close()
    return elapsed, response.status


def wait_until_up(base, path="/", tries=150):
    for _ in range(tries):
        try:
            one_request_ms(base, path)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{base} did not answer")
