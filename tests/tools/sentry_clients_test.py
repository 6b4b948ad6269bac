#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Proves Sentry's own clients work against `sentry-console fake-server`: installs the official
sentry-cli (npm @sentry/cli) and the new `sentry` CLI (npm sentry) into CACHE_DIR, points them at the
fake server with SENTRY_URL / SENTRY_AUTH_TOKEN and checks the demo org's names in their output.

usage: sentry_clients_test.py SENTRY_CONSOLE_BINARY CACHE_DIR
Exit 77 (ctest SKIP_RETURN_CODE) only when the npm packages cannot be installed.
"""
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request

SKIP = 77
TOKEN = "sntryu_" + "c0ffee" * 10 + "0123"


def install(cache):
    bins = [os.path.join(cache, "node_modules", ".bin", b) for b in ("sentry-cli", "sentry")]
    if all(os.path.exists(b) for b in bins):
        return bins
    os.makedirs(cache, exist_ok=True)
    try:
        result = subprocess.run(["npm", "install", "--prefix", cache, "--no-audit", "--no-fund", "--loglevel=error",
                                 "@sentry/cli", "sentry"], capture_output=True, text=True, timeout=240)
    except (OSError, subprocess.TimeoutExpired) as e:
        print("SKIP: npm install failed: %s" % e)
        sys.exit(SKIP)
    if result.returncode != 0 or not all(os.path.exists(b) for b in bins):
        print("SKIP: could not install @sentry/cli and sentry from npm:\n%s" % result.stderr[-2000:])
        sys.exit(SKIP)
    return bins


def main():
    binary, cache = sys.argv[1], sys.argv[2]
    sentry_cli, sentry = install(cache)
    proc = subprocess.Popen([binary, "fake-server", "--token", TOKEN], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline().strip()
    if not line.startswith("listening on "):
        proc.kill()
        print("fake-server did not start: %r" % line)
        return 1
    base = line[len("listening on "):]
    home = tempfile.mkdtemp(prefix="sc-clients-")
    env = dict(os.environ, SENTRY_URL=base, SENTRY_AUTH_TOKEN=TOKEN, HOME=home,
               SENTRY_CONFIG_DIR=os.path.join(home, ".sentry"), SENTRY_CLI_NO_TELEMETRY="1",
               SENTRY_FORCE_ENV_TOKEN="1", SENTRY_DISABLE_TIPS="1", SENTRY_PLAIN_OUTPUT="1", NO_COLOR="1",
               CI="1", DO_NOT_TRACK="1", SENTRY_LOG_LEVEL="warn")
    env.pop("SENTRY_ORG", None)
    env.pop("SENTRY_PROJECT", None)

    cases = [
        ([sentry_cli, "organizations", "list"], ["acme-corp", "Acme Corp"]),
        ([sentry_cli, "projects", "list", "-o", "acme-corp"], ["payment-api", "billing-worker", "mobile-app"]),
        ([sentry, "org", "list"], ["acme-corp"]),
        ([sentry, "team", "list", "acme-corp"], ["platform-eng", "payments", "frontend"]),
        ([sentry, "project", "list", "acme-corp/"], ["payment-api", "web-app"]),
        # JSON: the tables wrap long names across lines.
        ([sentry, "alert", "issues", "list", "acme-corp/", "--json"],
         ["[P1] new or regressed issue in production (#alerts-prod)", "[P3] new issue in staging (#alerts-staging)"]),
        ([sentry, "alert", "metrics", "list", "acme-corp/", "--json"],
         ["[P0] errors > 50/min (api-gateway)", "[P2] p95 > 2s (payment-api)"]),
    ]
    failures = 0

    def run(case):
        argv, expected = case
        try:
            result = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=90, stdin=subprocess.DEVNULL)
            return result.stdout + result.stderr, result.returncode
        except subprocess.TimeoutExpired as e:
            return "timed out: %s" % e, -1

    try:
        # In parallel: each node CLI takes seconds to start on a busy machine.
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(run, cases))
        for (argv, expected), (output, code) in zip(cases, results):
            name = " ".join([os.path.basename(argv[0])] + argv[1:])
            missing = [e for e in expected if e not in output]
            if code != 0 or missing:
                failures += 1
                print("FAIL %s (exit %s, missing %s)\n%s" % (name, code, missing, output[-3000:]))
            else:
                print("ok   %s" % name)
        if failures:
            req = urllib.request.Request(base + "/__fake__/requests")
            with urllib.request.urlopen(req, timeout=5) as resp:
                print("requests the fake server saw:\n  " + "\n  ".join(json.load(resp)["requests"]))
    finally:
        proc.kill()
        proc.wait()
        shutil.rmtree(home, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
