#!/usr/bin/env python3
"""First paint of GridGuard pages in headless Chromium, through chromedriver's W3C WebDriver protocol (standard
library only). Signs in as USER, then loads each PATH RUNS times (after one warm-up) and prints the median, p90 and
max of first-contentful-paint and of the page's load event, in ms, from the browser's own Performance API.

  bench/first-paint.py http://localhost:8096 district 20 /login /cockpit?view=WALL
"""
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

base, user, runs, paths = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
profile = tempfile.mkdtemp(prefix="gridguard-paint")
driver = subprocess.Popen([shutil.which("chromedriver") or "/usr/bin/chromedriver", f"--port={port}"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)["value"]


try:
    for _ in range(100):
        try:
            call("GET", "/status")
            break
        except OSError:
            time.sleep(0.1)
    session = call("POST", "/session", {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
        "binary": os.environ.get("CHROMIUM", "/usr/bin/chromium"),
        "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1920,1080",
                 f"--user-data-dir={profile}"]}}}})["sessionId"]
    s = f"/session/{session}"

    def find(css):
        return call("POST", f"{s}/element", {"using": "css selector", "value": css})[ELEMENT]

    call("POST", f"{s}/url", {"url": base + "/login"})
    call("POST", f"{s}/element/{find('#username')}/value", {"text": user})
    call("POST", f"{s}/element/{find('#password')}/value", {"text": "gridguard"})
    call("POST", f"{s}/element/{find('#sign-in')}/click", {})
    time.sleep(1)
    for path in paths:
        paint, load = [], []
        for i in range(runs + 1):
            call("POST", f"{s}/url", {"url": base + path})
            timing = None
            for _ in range(50):
                timing = call("POST", f"{s}/execute/sync", {"script": """
                    const p = performance.getEntriesByName('first-contentful-paint')[0];
                    const n = performance.getEntriesByType('navigation')[0];
                    return p && n && n.loadEventEnd > 0 ? [p.startTime, n.loadEventEnd] : null;""", "args": []})
                if timing:
                    break
                time.sleep(0.1)
            if i > 0 and timing:
                paint.append(timing[0])
                load.append(timing[1])
        paint.sort()
        load.sort()
        p90 = lambda v: v[min(len(v) - 1, int(len(v) * 0.9))]
        print(f"{path}: first paint median {statistics.median(paint):.0f} ms, p90 {p90(paint):.0f} ms, max {paint[-1]:.0f} ms; "
              f"load median {statistics.median(load):.0f} ms, p90 {p90(load):.0f} ms ({len(paint)} loads)")
    call("DELETE", s)
finally:
    driver.terminate()
    shutil.rmtree(profile, ignore_errors=True)
