#!/usr/bin/env python3
"""Reliability checks of `cpt-explain serve`, one per row of the 2026-11-29 reliability review.

    python3 scripts/reliability.py [--binary PATH] [--only 1,3,...]

Each check starts its own server on 127.0.0.1 (a free port), drives it, and prints what it measured beside
its bound. The last line is `N passed, M failed`; the exit status is 1 when any check failed. Standard
library only. Every loop is bounded in count and in time, traffic goes to 127.0.0.1 only, and the only
processes stopped are the servers this script started. It takes about three minutes on two cores.

 1. RSS growth after 2,000 distinct personal PDF handouts (POST, 4 clients) <= 64 MiB over the RSS after
    warm-up (the review: +574 MB, never freed).
 2. RSS growth after 20,000 requests with distinct 15 KB Accept-Language headers <= 64 MiB (the review:
    +259 MB).
 3. A half-sent request head (silent, and trickled) is closed within --header-timeout + 1 s (the review:
    held forever).
 4. SIGTERM with a half-sent POST body, a half-sent head and a client that does not read a large
    response: exit 0 within --grace + 1 s (the review: not until the clients left).
 5. --max-connections 50 and 80 idle or slow connections: the 30 over the cap and a fresh request get a
    clean 503 with Retry-After, requests on held connections are served, and a fresh request is served
    once the held connections close (the review: full outage once fds ran out).
 6. 200 concurrent personal PDFs: only 200s and 503s, every 503 with Retry-After (the review: 505 threads).
 7. `q=NaN` in Accept-Language, Accept-Encoding, `lang` and Infobutton's language: status < 500 on every
    route (the review: a panic and an empty reply).
 8. Personal handouts carry no ETag and are `private, no-store`; POST works (the review: an ETag that gave
    the patient's name away).
 9. stderr to a pipe nobody reads: 3,000 requests all answered, and SIGTERM exits 0 promptly (the review:
    the server stopped after about 950 requests).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import socket
import string
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024
LOCALES = ["en", "es", "zh-Hans", "ru", "ar", "vi", "fr", "de", "ko", "tl"]
CODE = "62324"
INFOBUTTON = "/infobutton?mainSearchCriteria.v.c=62324&mainSearchCriteria.v.cs=2.16.840.1.113883.6.12"

# --------------------------------------------------------------------------------------------------
# A minimal HTTP/1.1 client on raw sockets: keep-alive, pipelining-free, bounded by socket timeouts.


class Response:
    def __init__(self, status: int, headers: list[tuple[str, str]], body: bytes):
        self.status = status
        self.headers = headers
        self.body = body

    def header(self, name: str) -> str | None:
        name = name.lower()
        found = [v for k, v in self.headers if k == name]
        return found[-1] if found else None


class Closed(Exception):
    """The server closed the connection before a whole response."""


class Conn:
    def __init__(self, port: int, timeout: float = 10.0, rcvbuf: int | None = None):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if rcvbuf:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        self.sock.settimeout(timeout)
        self.sock.connect((HOST, port))
        self.buf = b""

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def _fill(self) -> None:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise Closed()
        self.buf += chunk

    def _line(self) -> bytes:
        while b"\r\n" not in self.buf:
            self._fill()
        line, _, self.buf = self.buf.partition(b"\r\n")
        return line

    def _exactly(self, n: int) -> bytes:
        while len(self.buf) < n:
            self._fill()
        data, self.buf = self.buf[:n], self.buf[n:]
        return data

    def read_response(self, head: bool = False) -> Response:
        while b"\r\n\r\n" not in self.buf:
            self._fill()
        raw_head, _, self.buf = self.buf.partition(b"\r\n\r\n")
        lines = raw_head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = []
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers.append((name.strip().lower(), value.strip()))
        r = Response(status, headers, b"")
        if head or status in (204, 304) or 100 <= status < 200:
            return r
        if (r.header("transfer-encoding") or "").lower() == "chunked":
            body = b""
            while True:
                size = int(self._line().split(b";")[0], 16)
                if size == 0:
                    while self._line():
                        pass
                    break
                body += self._exactly(size)
                self._exactly(2)
            r.body = body
        elif r.header("content-length") is not None:
            r.body = self._exactly(int(r.header("content-length")))
        else:
            while True:
                try:
                    self._fill()
                except Closed:
                    break
            r.body, self.buf = self.buf, b""
        return r

    def request(self, method: str, target: str, headers: dict | None = None, body: bytes = b"") -> Response:
        self.send(build(method, target, headers, body))
        return self.read_response(head=method == "HEAD")


def build(method: str, target: str, headers: dict | None = None, body: bytes = b"") -> bytes:
    lines = [f"{method} {target} HTTP/1.1", f"Host: {HOST}"]
    for name, value in (headers or {}).items():
        lines.append(f"{name}: {value}")
    if body or method == "POST":
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + body


def once(port: int, method: str, target: str, headers: dict | None = None, body: bytes = b"", timeout: float = 10.0) -> Response:
    c = Conn(port, timeout)
    try:
        return c.request(method, target, headers, body)
    finally:
        c.close()


def post_json(conn: Conn, target: str, payload: dict, headers: dict | None = None) -> Response:
    h = {"Content-Type": "application/json"}
    h.update(headers or {})
    return conn.request("POST", target, h, json.dumps(payload).encode("utf-8"))


def post_once(port: int, target: str, payload: dict, headers: dict | None = None) -> Response:
    c = Conn(port, 30)
    try:
        return post_json(c, target, payload, headers)
    finally:
        c.close()


# --------------------------------------------------------------------------------------------------
# Servers this script starts, and only those.

SERVERS: list["Server"] = []


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, binary: str, *args: str, stderr_pipe: bool = False):
        env = {k: v for k, v in os.environ.items() if k not in ("RUST_BACKTRACE", "RUST_LOG")}
        self.log_path = None
        if stderr_pipe:
            # stderr is a pipe this script never reads: the server must not wait for it. The port is
            # chosen here, since the "listening on" line cannot be read back.
            self.port = free_port()
            self.proc = subprocess.Popen(
                [binary, "serve", "--addr", f"{HOST}:{self.port}", *args],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
            )
            SERVERS.append(self)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                try:
                    socket.create_connection((HOST, self.port), timeout=1).close()
                    return
                except OSError:
                    if self.proc.poll() is not None:
                        break
                    time.sleep(0.05)
            raise RuntimeError("the server did not start listening")
        fd, self.log_path = tempfile.mkstemp(prefix="cpt-explain-reliability-", suffix=".log")
        os.close(fd)
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                [binary, "serve", "--addr", f"{HOST}:0", *args],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log, env=env,
            )
        SERVERS.append(self)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", Path(self.log_path).read_text("utf-8", "replace"))
            if m:
                self.port = int(m.group(1))
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise RuntimeError("the server did not start: " + Path(self.log_path).read_text("utf-8", "replace")[-2000:])

    @property
    def pid(self) -> int:
        return self.proc.pid

    def rss_mib(self) -> float:
        return proc_status(self.pid, "VmRSS") / 1024

    def threads(self) -> int:
        return proc_status(self.pid, "Threads")

    def terminate(self, wait: float) -> tuple[float | None, int | None]:
        """SIGTERM; seconds until the process exited and its status, or (None, None) after `wait` s."""
        t0 = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=wait)
            return time.monotonic() - t0, code
        except subprocess.TimeoutExpired:
            return None, None

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        if self.proc.stderr:
            self.proc.stderr.close()
        if self.log_path:
            try:
                os.unlink(self.log_path)
            except OSError:
                pass
        if self in SERVERS:
            SERVERS.remove(self)

    def log_tail(self, n: int = 5) -> str:
        if not self.log_path:
            return ""
        return "\n".join(Path(self.log_path).read_text("utf-8", "replace").splitlines()[-n:])


def proc_status(pid: int, field: str) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise KeyError(field)


# --------------------------------------------------------------------------------------------------
# Results.

RESULTS: list[tuple[str, bool, str]] = []


def report(name: str, ok: bool, measured: str, bound: str, detail: str = "") -> None:
    RESULTS.append((name, ok, measured))
    line = f"[{'PASS' if ok else 'FAIL'}] {name}: {measured} (bound: {bound})"
    if detail:
        line += f"\n       {detail}"
    print(line, flush=True)


def run_threads(n: int, target, *args) -> list:
    """Runs target(i, *args) in n threads; returns their results (an exception counts as a result)."""
    results: list = [None] * n

    def work(i: int) -> None:
        try:
            results[i] = target(i, *args)
        except Exception as e:  # noqa: BLE001 - reported by the caller
            results[i] = e

    threads = [threading.Thread(target=work, args=(i,), daemon=True) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


# --------------------------------------------------------------------------------------------------
# The checks.


def check_personal_pdf_rss(binary: str) -> None:
    """1. RSS growth after 2,000 distinct personal PDFs <= 64 MiB over the RSS after warm-up."""
    name = "1 RSS after 2,000 distinct personal PDFs"
    total, warm, clients, limit_s = 2000, 100, 4, 180.0
    server = Server(binary)
    try:
        target = f"/v1/explanations/{CODE}/handout.pdf"
        counter = iter(range(10**9))
        lock = threading.Lock()
        statuses: dict = {}

        def client(worker: int, count: int, prefix: str, deadline: float) -> int:
            conn = Conn(server.port, timeout=30)
            done = 0
            try:
                while done < count and time.monotonic() < deadline:
                    with lock:
                        i = next(counter)
                    payload = {
                        "lang": LOCALES[i % len(LOCALES)],
                        "patient_name": f"{prefix} Patient {i} {random.randrange(10**9)}",
                        "date": f"2026-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                        "clinic": f"Clinic {i % 97}",
                        "phone": f"555-{i % 10000:04d}",
                        "paper": "a4" if i % 3 == 0 else "letter",
                        "large_print": i % 2 == 0,
                    }
                    r = post_json(conn, target, payload)
                    with lock:
                        statuses[r.status] = statuses.get(r.status, 0) + 1
                    if r.status == 200 and not r.body.startswith(b"%PDF"):
                        statuses["not a PDF"] = statuses.get("not a PDF", 0) + 1
                    done += 1
            finally:
                conn.close()
            return done

        fresh = server.rss_mib()
        deadline = time.monotonic() + limit_s
        run_threads(clients, client, warm // clients, "Warm", deadline)
        time.sleep(0.5)
        warm_rss = server.rss_mib()
        statuses.clear()
        peak = [warm_rss]
        stop = threading.Event()

        def sample() -> None:
            while not stop.wait(0.25):
                peak[0] = max(peak[0], server.rss_mib())

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        t0 = time.monotonic()
        done = run_threads(clients, client, total // clients, "Load", deadline)
        elapsed = time.monotonic() - t0
        stop.set()
        sampler.join()
        time.sleep(1.0)
        final = server.rss_mib()
        sent = sum(d for d in done if isinstance(d, int))
        errors = [d for d in done if isinstance(d, Exception)]
        growth = final - warm_rss
        ok = sent == total and statuses.get(200, 0) == total and not errors and growth <= 64
        report(
            name,
            ok,
            f"{growth:+.1f} MiB (fresh {fresh:.1f} MiB, after warm-up {warm_rss:.1f} MiB, after the run {final:.1f} MiB, peak {peak[0]:.1f} MiB)",
            "<= +64 MiB, every PDF 200",
            f"{sent}/{total} PDFs in {elapsed:.1f} s ({sent / max(elapsed, 1e-9):.0f}/s), statuses {statuses}"
            + (f", client errors {errors[:2]}" if errors else ""),
        )
    finally:
        server.stop()


def check_accept_language_rss(binary: str) -> None:
    """2. RSS growth after 20,000 distinct 15 KB Accept-Language headers <= 64 MiB."""
    name = "2 RSS after 20,000 distinct 15 KB Accept-Language headers"
    total, warm, clients, limit_s, size = 20000, 1000, 4, 120.0, 15000
    server = Server(binary)
    try:
        rng = random.Random(20261129)
        # Distinct, mostly unmatched entries; the same size every time, under the 16 KiB header limit.
        filler = ",".join(
            f"{''.join(rng.choice(string.ascii_lowercase) for _ in range(2))}-{rng.randrange(100, 999)};q=0.{rng.randrange(1, 9)}"
            for _ in range(size // 11)
        )
        codings = ["gzip", "br", "identity", "gzip, br"]
        counter = iter(range(10**9))
        lock = threading.Lock()
        statuses: dict = {}

        def client(worker: int, count: int, deadline: float) -> int:
            conn = Conn(server.port, timeout=30)
            done = 0
            try:
                while done < count and time.monotonic() < deadline:
                    with lock:
                        i = next(counter)
                    value = (f"x{i}-{rng.randrange(10**9)}," + filler)[:size]
                    r = conn.request(
                        "GET",
                        f"/v1/explanations/{CODE}",
                        {"Accept-Language": value, "Accept-Encoding": codings[i % len(codings)]},
                    )
                    with lock:
                        statuses[r.status] = statuses.get(r.status, 0) + 1
                    done += 1
            finally:
                conn.close()
            return done

        fresh = server.rss_mib()
        deadline = time.monotonic() + limit_s
        run_threads(clients, client, warm // clients, deadline)
        time.sleep(0.5)
        warm_rss = server.rss_mib()
        statuses.clear()
        t0 = time.monotonic()
        done = run_threads(clients, client, total // clients, deadline)
        elapsed = time.monotonic() - t0
        time.sleep(1.0)
        final = server.rss_mib()
        sent = sum(d for d in done if isinstance(d, int))
        errors = [d for d in done if isinstance(d, Exception)]
        growth = final - warm_rss
        ok = sent == total and statuses.get(200, 0) == total and not errors and growth <= 64
        report(
            name,
            ok,
            f"{growth:+.1f} MiB (fresh {fresh:.1f} MiB, after warm-up {warm_rss:.1f} MiB, after the run {final:.1f} MiB)",
            "<= +64 MiB, every request 200",
            f"{sent}/{total} requests of {size} B headers in {elapsed:.1f} s ({sent / max(elapsed, 1e-9):.0f}/s), statuses {statuses}"
            + (f", client errors {errors[:2]}" if errors else ""),
        )
    finally:
        server.stop()


def wait_closed(conn: Conn, limit: float, trickle: float | None = None) -> float | None:
    """Seconds until the server closes `conn` (EOF or reset), or None after `limit` s. With `trickle`,
    one more header byte is sent every `trickle` s meanwhile."""
    t0 = time.monotonic()
    conn.sock.settimeout(0.05)
    next_byte = t0 + (trickle or 0)
    while time.monotonic() - t0 < limit:
        try:
            data = conn.sock.recv(65536)
            if not data:
                return time.monotonic() - t0
            conn.buf += data
        except socket.timeout:
            pass
        except OSError:
            return time.monotonic() - t0
        if trickle and time.monotonic() >= next_byte:
            try:
                conn.send(b"a")
            except OSError:
                return time.monotonic() - t0
            next_byte += trickle
    return None


def check_header_timeout(binary: str) -> None:
    """3. A half-sent request head is closed within --header-timeout + 1 s."""
    name = "3 half-sent request head, --header-timeout 2"
    timeout, bound = 2, 3.0
    server = Server(binary, "--header-timeout", str(timeout))
    try:
        silent = Conn(server.port)
        silent.send(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        silent_s = wait_closed(silent, 10)
        trickled = Conn(server.port)
        trickled.send(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        trickled_s = wait_closed(trickled, 10, trickle=0.25)
        # Still serving afterwards.
        after = once(server.port, "GET", "/healthz").status
        for c in (silent, trickled):
            c.close()
        fmt = lambda s: "still open after 10 s" if s is None else f"{s:.2f} s"
        ok = silent_s is not None and silent_s <= bound and trickled_s is not None and trickled_s <= bound and after == 200
        reply = silent.buf[:40].decode("latin-1").split("\r\n")[0] or "nothing"
        report(
            name,
            ok,
            f"closed after {fmt(silent_s)} (silent), {fmt(trickled_s)} (a byte every 0.25 s)",
            f"<= {bound:.0f} s",
            f"the silent client was sent {reply!r} before the close; /healthz afterwards: {after}",
        )
    finally:
        server.stop()


def check_sigterm_stuck_clients(binary: str) -> None:
    """4. SIGTERM with stuck clients: exit 0 within --grace + 1 s."""
    name = "4 SIGTERM with stuck clients, --grace 2"
    grace, bound = 2, 3.0
    server = Server(binary, "--grace", str(grace))
    conns: list[Conn] = []
    try:
        # A POST whose body never finishes.
        body = Conn(server.port)
        body.send(
            b"POST /v1/explanations/62324/handout.pdf HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"patient_name\": \"Ana"
        )
        conns.append(body)
        # A head that never finishes.
        head = Conn(server.port)
        head.send(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        conns.append(head)
        # A client that asks for 12 MB of PDFs and reads none of it (a small receive buffer).
        pdf = "/v1/explanations/62324/handout.pdf?lang=zh-Hans&large_print=true"
        size = len(once(server.port, "GET", pdf, timeout=30).body)
        nonreader = Conn(server.port, rcvbuf=4096)
        nonreader.send(build("GET", pdf) * max(1, 12 * MIB // max(size, 1)))
        conns.append(nonreader)
        time.sleep(1.0)
        alive_before = server.proc.poll() is None
        elapsed, code = server.terminate(wait=15)
        if elapsed is None:
            for c in conns:
                c.close()
            late, code = server.terminate(wait=10)
            measured = "still running 15 s after SIGTERM" + (
                f"; exited {code} {late:.2f} s after the clients closed" if late is not None else ""
            )
            ok = False
        else:
            measured = f"exited {code} {elapsed:.2f} s after SIGTERM"
            ok = alive_before and code == 0 and elapsed <= bound
        report(
            name,
            ok,
            measured,
            f"exit 0 within {bound:.0f} s",
            f"clients: a POST body 20 of 1000 bytes, a half-sent head, one not reading {12 * MIB // max(size, 1)} pipelined {size // 1024} KiB PDFs",
        )
    finally:
        for c in conns:
            c.close()
        server.stop()


def probe(port: int, target: str = "/healthz", wait: float = 0.3) -> tuple[str, Response | None]:
    """A fresh connection: ('503', r) when the server refuses it at once, else the answer to a request."""
    c = Conn(port, timeout=5)
    try:
        c.sock.settimeout(wait)
        try:
            c._fill()
        except socket.timeout:
            c.sock.settimeout(5)
            r = c.request("GET", target)
            return str(r.status), r
        except (Closed, OSError):
            return "closed with nothing", None
        c.sock.settimeout(5)
        r = c.read_response()
        return str(r.status), r
    except (Closed, OSError) as e:
        return f"error {type(e).__name__}", None
    finally:
        c.close()


def check_connection_cap(binary: str) -> None:
    """5. Availability with 80 idle or slow connections against --max-connections 50."""
    name = "5 80 idle/slow connections, --max-connections 50"
    cap = 50
    server = Server(binary, "--max-connections", str(cap), "--header-timeout", "60", "--idle-timeout", "60")
    idle: list[Conn] = []
    slow: list[Conn] = []
    over: list[Conn] = []
    stop = threading.Event()
    try:
        # 25 idle keep-alive connections, each served once, then silent.
        for _ in range(25):
            c = Conn(server.port)
            r = c.request("GET", "/healthz")
            if r.status != 200:
                raise RuntimeError(f"a held connection got {r.status}")
            idle.append(c)
        # 25 slowloris connections: a head trickled a byte at a time.
        for _ in range(25):
            c = Conn(server.port)
            c.send(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            slow.append(c)

        def trickle() -> None:
            while not stop.wait(0.5):
                for c in slow:
                    try:
                        c.send(b"a")
                    except OSError:
                        pass

        trickler = threading.Thread(target=trickle, daemon=True)
        trickler.start()
        time.sleep(0.3)
        refused_held = 0
        for c in slow:
            c.sock.settimeout(0.01)
            try:
                if c.sock.recv(1, socket.MSG_PEEK):
                    refused_held += 1
            except socket.timeout:
                pass
            except OSError:
                refused_held += 1
        # 30 more: over the cap, each should be told 503 with Retry-After and closed.
        over_results: dict = {}
        over_retry = 0
        over_times = []
        for _ in range(30):
            t0 = time.monotonic()
            c = Conn(server.port, timeout=3)
            over.append(c)
            try:
                r = c.read_response()
                key = str(r.status)
                over_retry += r.status == 503 and r.header("retry-after") is not None
            except (Closed, OSError) as e:
                key = f"error {type(e).__name__}"
            over_times.append(time.monotonic() - t0)
            over_results[key] = over_results.get(key, 0) + 1
        # A fresh request while the 50 are held: a clean 503 too.
        fresh_held, fresh_r = probe(server.port)
        fresh_clean = fresh_held == "503" and fresh_r is not None and fresh_r.header("retry-after") is not None
        # Requests on held connections are served.
        held_ok, held_times = 0, []
        for c in idle:
            t0 = time.monotonic()
            try:
                r = c.request("GET", f"/v1/explanations/{CODE}?lang=es")
                held_ok += r.status == 200
            except (Closed, OSError):
                pass
            held_times.append(time.monotonic() - t0)
        # Release them: a fresh request is served soon after.
        stop.set()
        trickler.join()
        for c in idle + slow + over:
            c.close()
        t0 = time.monotonic()
        after, after_s = None, None
        while time.monotonic() - t0 < 5:
            try:
                after = str(once(server.port, "GET", "/healthz", timeout=2).status)
            except (Closed, OSError) as e:
                after = f"error {type(e).__name__}"
            if after == "200":
                after_s = time.monotonic() - t0
                break
            time.sleep(0.02)
        ok = (
            refused_held == 0
            and over_results == {"503": 30}
            and over_retry == 30
            and fresh_clean
            and held_ok == len(idle)
            and after_s is not None
            and after_s <= 2.0
        )
        report(
            name,
            ok,
            f"over the cap: {over_results} ({over_retry} with Retry-After, slowest {max(over_times) * 1000:.0f} ms); "
            f"fresh request while held: {fresh_held}{' with Retry-After' if fresh_clean else ''}; "
            f"on held connections: {held_ok}/{len(idle)} served (slowest {max(held_times) * 1000:.1f} ms); "
            + (f"fresh request served {after_s:.2f} s after release" if after_s is not None else f"no fresh request served within 5 s of release (last: {after})"),
            "30/30 and the fresh one a clean 503 with Retry-After, every held request 200, served again <= 2 s after release",
            f"RSS {server.rss_mib():.1f} MiB; held connections refused: {refused_held}",
        )
    finally:
        stop.set()
        for c in idle + slow + over:
            c.close()
        server.stop()


def check_pdf_burst(binary: str) -> None:
    """6. 200 concurrent personal PDFs: only 200 and 503 (with Retry-After)."""
    name = "6 burst of 200 concurrent personal PDFs"
    n = 200
    server = Server(binary)
    try:
        threads_before = server.threads()
        barrier = threading.Barrier(n, timeout=30)
        peak = [threads_before, server.rss_mib()]
        stop = threading.Event()

        def sample() -> None:
            while not stop.wait(0.05):
                try:
                    peak[0] = max(peak[0], server.threads())
                    peak[1] = max(peak[1], server.rss_mib())
                except (OSError, KeyError):
                    pass

        def one(i: int):
            c = Conn(server.port, timeout=60)
            try:
                barrier.wait()
                t0 = time.monotonic()
                r = post_json(
                    c,
                    f"/v1/explanations/{CODE}/handout.pdf",
                    {"lang": LOCALES[i % len(LOCALES)], "patient_name": f"Burst Patient {i}", "large_print": True},
                )
                return r.status, r.header("retry-after"), time.monotonic() - t0, r.body[:4]
            finally:
                c.close()

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        t0 = time.monotonic()
        results = run_threads(n, one)
        elapsed = time.monotonic() - t0
        stop.set()
        sampler.join()
        counts: dict = {}
        bad = []
        for r in results:
            if isinstance(r, Exception):
                key = f"error {type(r).__name__}"
            else:
                key = str(r[0])
                if r[0] == 503 and not r[1]:
                    bad.append("503 without Retry-After")
                if r[0] == 200 and r[3] != b"%PDF":
                    bad.append("200 that is not a PDF")
            counts[key] = counts.get(key, 0) + 1
        ok = set(counts) <= {"200", "503"} and not bad and counts.get("200", 0) > 0
        slowest = max((r[2] for r in results if not isinstance(r, Exception)), default=0)
        report(
            name,
            ok,
            f"{counts.get('200', 0)} x 200, {counts.get('503', 0)} x 503, other {sum(v for k, v in counts.items() if k not in ('200', '503'))}",
            "only 200 and 503, every 503 with Retry-After",
            f"all answered in {elapsed:.1f} s (slowest {slowest:.2f} s); threads {threads_before} -> peak {peak[0]}; peak RSS {peak[1]:.1f} MiB"
            + (f"; problems: {sorted(set(bad))}" if bad else "")
            + (f"; statuses {counts}" if not ok else ""),
        )
    finally:
        server.stop()


def nan_list(item: str, n: int = 60) -> str:
    weights = ["NaN", "nan", "inf", "-inf", "1e309", "-1", "0.5.5", "", "0x1", "1e-400"]
    return ",".join(
        f"{item};q={weights[i % len(weights)]}" if i % 3 == 0 else f"fr;q=0.{i % 9 + 1}" if item != "gzip" else f"br;q=0.{i % 9 + 1}"
        for i in range(n)
    )


def check_nan_weights(binary: str) -> None:
    """7. q=NaN (and other odd weights) in every weighted list: status < 500 on every route."""
    name = "7 q=NaN in Accept-Language, Accept-Encoding, lang and Infobutton language"
    server = Server(binary)
    try:
        al = nan_list("en")
        ae = nan_list("gzip")
        lang = urllib.parse.quote(nan_list("es", 22), safe="")
        routes = [
            "/healthz",
            "/openapi.json",
            "/v1/codes",
            "/v1/locales",
            f"/v1/explanations/{CODE}",
            f"/v1/explanations/{CODE}/handout.html",
            f"/v1/explanations/{CODE}/handout.pdf",
            f"/explain/{CODE}",
            INFOBUTTON,
        ]
        outcomes: dict = {}
        failures = []
        total = 0

        def record(label: str, f) -> None:
            nonlocal total
            total += 1
            try:
                r = f()
                key = str(r.status)
                if r.status >= 500:
                    failures.append(f"{label}: {r.status}")
            except (Closed, OSError) as e:
                key = "no response"
                failures.append(f"{label}: {type(e).__name__}")
            outcomes[key] = outcomes.get(key, 0) + 1

        for route in routes:
            for hname, value in (("Accept-Language", al), ("Accept-Encoding", ae)):
                for method in ("GET", "HEAD"):
                    record(f"{method} {route} {hname}", lambda: once(server.port, method, route, {hname: value}, timeout=30))
            sep = "&" if "?" in route else "?"
            if route.startswith(("/v1/codes", "/v1/explanations", "/explain")):
                record(f"GET {route}?lang=", lambda: once(server.port, "GET", f"{route}{sep}lang={lang}", timeout=30))
        record("infobutton languageCode.c", lambda: once(server.port, "GET", f"{INFOBUTTON}&informationRecipient.languageCode.c={lang}"))
        form = (INFOBUTTON.split("?", 1)[1] + f"&informationRecipient.languageCode.c={lang}").encode()
        record(
            "POST infobutton languageCode.c",
            lambda: once(
                server.port,
                "POST",
                "/infobutton",
                {"Content-Type": "application/x-www-form-urlencoded", "Accept-Encoding": ae},
                form,
            ),
        )
        for kind in ("html", "pdf"):
            target = f"/v1/explanations/{CODE}/handout.{kind}"
            record(
                f"POST {target} lang",
                lambda: post_once(server.port, target, {"lang": nan_list("es", 22), "patient_name": "Ana"}, {"Accept-Encoding": ae}),
            )
        alive = server.proc.poll() is None and once(server.port, "GET", "/healthz").status == 200
        panics = Path(server.log_path).read_text("utf-8", "replace").count("panicked")
        ok = not failures and alive and panics == 0
        report(
            name,
            ok,
            f"{total} requests: {outcomes}; panics logged: {panics}",
            "every status < 500, no panic",
            "; ".join(failures[:5]),
        )
    finally:
        server.stop()


def check_personal_etag(binary: str) -> None:
    """8. No ETag on personal handouts; POST works."""
    name = "8 personal handouts: no ETag, private, POST works"
    server = Server(binary)
    try:
        problems = []
        facts = []
        person = {"patient_name": "Maria García", "date": "2026-03-14", "clinic": "Spine Clinic", "phone": "555-0100"}
        for kind in ("html", "pdf"):
            target = f"/v1/explanations/{CODE}/handout.{kind}"
            c = Conn(server.port, 30)
            try:
                posted = post_json(c, target, {"lang": "es", **person}, {"If-None-Match": "*"})
                plain = post_json(c, target, {"lang": "es"})
                query = urllib.parse.urlencode(person, quote_via=urllib.parse.quote)
                got = c.request("GET", f"{target}?lang=es&{query}", {"If-None-Match": "*"})
            finally:
                c.close()
            for label, r in ((f"POST {kind}", posted), (f"GET {kind} with personal fields", got)):
                if r.status != 200:
                    problems.append(f"{label}: {r.status}")
                    continue
                if r.header("etag") is not None:
                    problems.append(f"{label}: ETag {r.header('etag')}")
                if r.header("cache-control") != "private, no-store":
                    problems.append(f"{label}: Cache-Control {r.header('cache-control')!r}")
            if posted.status == 200:
                if kind == "pdf":
                    if not posted.body.startswith(b"%PDF"):
                        problems.append("POST pdf: not a PDF")
                elif "Maria García" not in posted.body.decode("utf-8", "replace"):
                    problems.append("POST html: the name is not in the handout")
            if plain.status != 200 or plain.header("etag") is None:
                problems.append(f"POST {kind} without personal fields: {plain.status}, ETag {plain.header('etag')}")
            facts.append(f"{kind}: POST {posted.status} ({len(posted.body)} B), GET {got.status}, without personal fields ETag {plain.header('etag')}")
        report(
            name,
            not problems,
            "no ETag and private, no-store on every personal handout; POST 200" if not problems else "; ".join(problems),
            "no ETag, private, no-store, 200",
            "; ".join(facts),
        )
    finally:
        server.stop()


def check_stalled_stderr(binary: str) -> None:
    """9. stderr to a pipe nobody reads: 3,000 requests answered; SIGTERM exits 0 promptly."""
    name = "9 stderr to a pipe nobody reads"
    total, grace, bound, limit_s = 3000, 2, 3.0, 60.0
    server = Server(binary, "--grace", str(grace), stderr_pipe=True)
    try:
        answered, statuses, error = 0, {}, None
        conns = [Conn(server.port, timeout=5) for _ in range(2)]
        t0 = time.monotonic()
        try:
            while answered < total and time.monotonic() - t0 < limit_s:
                r = conns[answered % 2].request("GET", f"/v1/explanations/{CODE}?lang={LOCALES[answered % len(LOCALES)]}")
                statuses[r.status] = statuses.get(r.status, 0) + 1
                answered += 1
        except (Closed, OSError) as e:
            error = f"{type(e).__name__} after {answered} requests"
        elapsed = time.monotonic() - t0
        for c in conns:
            c.close()
        try:
            t1 = time.monotonic()
            health = once(server.port, "GET", "/healthz", timeout=5).status
            health_ms = (time.monotonic() - t1) * 1000
        except (Closed, OSError) as e:
            health, health_ms = type(e).__name__, 5000
        exit_s, code = server.terminate(wait=15)
        ok = answered == total and statuses.get(200, 0) == total and health == 200 and exit_s is not None and exit_s <= bound and code == 0
        report(
            name,
            ok,
            f"{statuses.get(200, 0)}/{total} answered in {elapsed:.1f} s; /healthz {health} in {health_ms:.1f} ms; "
            + (f"SIGTERM: exited {code} in {exit_s:.2f} s" if exit_s is not None else "SIGTERM: still running 15 s later"),
            f"all {total} answered, exit 0 within {bound:.0f} s",
            (error or "") + (f"; statuses {statuses}" if set(statuses) != {200} else ""),
        )
    finally:
        server.stop()


CHECKS = [
    check_personal_pdf_rss,
    check_accept_language_rss,
    check_header_timeout,
    check_sigterm_stuck_clients,
    check_connection_cap,
    check_pdf_burst,
    check_nan_weights,
    check_personal_etag,
    check_stalled_stderr,
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    if not target.is_absolute():
        target = ROOT / target
    parser.add_argument("--binary", default=os.environ.get("CPT_EXPLAIN", str(target / "release" / "cpt-explain")))
    parser.add_argument("--only", help="comma-separated check numbers, e.g. 1,4")
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        print(f"reliability.py: no binary at {args.binary}: run 'cargo build --release' or pass --binary", file=sys.stderr)
        return 2
    chosen = {int(n) for n in args.only.split(",")} if args.only else set(range(1, len(CHECKS) + 1))
    print(f"reliability.py: {args.binary}", flush=True)
    started = time.monotonic()
    try:
        for number, check in enumerate(CHECKS, 1):
            if number not in chosen:
                continue
            try:
                check(args.binary)
            except Exception as e:  # noqa: BLE001 - a check that could not run is a failed check
                report(f"{number} {check.__doc__.split('.', 1)[1].strip()[:60]}", False, f"could not run: {type(e).__name__}: {e}", "runs")
    finally:
        for server in list(SERVERS):
            server.stop()
    passed = sum(1 for _, ok, _ in RESULTS if ok)
    failed = len(RESULTS) - passed
    print(f"total time {time.monotonic() - started:.0f} s", flush=True)
    print(f"{passed} passed, {failed} failed", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
