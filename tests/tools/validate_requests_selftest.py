#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The request-schema check must be able to fail: run validate_requests.py on bodies the console once
sent (tests/data/requests/invalid-bodies.jsonl) and require a failure naming each offending field,
and no failure for the valid body or the rejected (400) one.

usage: validate_requests_selftest.py OPENAPI_JSON
"""
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
fixture = os.path.join(here, "..", "data", "requests", "invalid-bodies.jsonl")
run = subprocess.run([sys.executable, os.path.join(here, "validate_requests.py"), fixture, sys.argv[1]],
                     capture_output=True, text=True)
out = run.stdout
failures = [l for l in out.splitlines() if l.startswith("FAIL ")]
expected = [
    ("PUT /api/0/organizations/acme-corp/detectors/720304/", "field name:"),
    ("PUT /api/0/organizations/acme-corp/detectors/720304/", "field type:"),
    ("PUT /api/0/organizations/acme-corp/workflows/610002/", "field name:"),
    ("POST /api/0/organizations/acme-corp/alert-rules/", "field resolveThreshold:"),
    ("PUT /api/0/organizations/acme-corp/detectors/720304/", "field workflowIds.0:"),
]
problems = []
if run.returncode != 1:
    problems.append("exit code %d, expected 1" % run.returncode)
for where, what in expected:
    if not any(where in f and what in f for f in failures):
        problems.append("no failure for %s %s" % (where, what))
if len(failures) != len(expected):
    problems.append("%d failures, expected %d" % (len(failures), len(expected)))
if problems:
    print(out)
    print("\n".join(problems))
    sys.exit(1)
print("ok: %d invalid bodies reported" % len(failures))
