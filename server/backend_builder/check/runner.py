"""Run the backend's own pytest and answer briefly: counts and the first failures."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from pydantic import Field

from backend_builder.results import Result

MAX_FAILURES = 5
MAX_DETAIL = 1200


class Failure(Result):
    test: str
    message: str


class TestRun(Result):
    passed: int
    failed: int
    errors: int
    skipped: int
    exit_code: int
    duration_seconds: float
    failures: list[Failure] = Field(description=f"the first {MAX_FAILURES} failures, trimmed")
    command: str
    summary: str
    output_tail: str = Field(default="", description="the end of pytest's output when it could not run tests")


def python_for(backend: Path) -> str:
    """The backend's own virtualenv if it has one, else this interpreter."""
    for candidate in (backend / ".venv" / "bin" / "python", backend / ".venv" / "Scripts" / "python.exe"):
        if candidate.is_file():
            return str(candidate)
    return sys.executable


def run_pytest(backend: Path, *, select: str | None = None, test_database_url: str | None = None,
               timeout: int = 600) -> TestRun:
    python = python_for(backend)
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.xml"
        command = [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={report}"]
        if select:
            command += ["-k", select]
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        if test_database_url:
            env["TEST_DATABASE_URL"] = test_database_url
        try:
            proc = subprocess.run(command, cwd=backend, env=env, capture_output=True, text=True,
                                  timeout=timeout, stdin=subprocess.DEVNULL, check=False)
        except subprocess.TimeoutExpired:
            return TestRun(passed=0, failed=0, errors=1, skipped=0, exit_code=-1,
                           duration_seconds=float(timeout), failures=[], command=" ".join(command),
                           summary=f"run_tests: pytest did not finish within {timeout} s.")
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0, "time": 0.0}
        failures: list[Failure] = []
        if report.is_file():
            root = ET.parse(report).getroot()
            suites = [root] if root.tag == "testsuite" else list(root)
            for suite in suites:
                for key in ("tests", "failures", "errors", "skipped"):
                    counts[key] += int(suite.get(key, 0))
                counts["time"] += float(suite.get("time", 0))
                for case in suite.iter("testcase"):
                    for bad in [*case.findall("failure"), *case.findall("error")]:
                        if len(failures) < MAX_FAILURES:
                            detail = (bad.get("message") or "") + "\n" + (bad.text or "")
                            failures.append(Failure(
                                test=f"{case.get('classname')}::{case.get('name')}",
                                message=detail.strip()[-MAX_DETAIL:],
                            ))
    failed, errors, skipped = counts["failures"], counts["errors"], counts["skipped"]
    passed = counts["tests"] - failed - errors - skipped
    tail = "" if report_ok(proc.returncode) else "\n".join(proc.stdout.splitlines()[-30:] + proc.stderr.splitlines()[-10:])
    summary = f"run_tests: {passed} passed, {failed} failed, {errors} errors, {skipped} skipped in {counts['time']:.1f} s."
    if proc.returncode not in (0, 1):
        summary += " pytest could not run the tests; see output_tail."
    elif failures:
        summary += f" First failure: {failures[0].test}."
    return TestRun(passed=passed, failed=failed, errors=errors, skipped=skipped, exit_code=proc.returncode,
                   duration_seconds=round(counts["time"], 2), failures=failures, command=" ".join(command),
                   summary=summary, output_tail=_redact(tail))


def report_ok(code: int) -> bool:
    return code in (0, 1)


def _redact(text: str) -> str:
    """Keep database passwords out of answers."""
    return re.sub(r"(://[^:/\s]+:)[^@\s]+@", r"\1***@", text)
