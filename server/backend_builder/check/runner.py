"""Run the backend's own pytest and answer briefly: counts and the first failures."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from pydantic import Field

from backend_builder import hints
from backend_builder.errors import BuilderError
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
    output_tail: str = Field(default="", description="the end of pytest's output when tests errored without details")


def python_for(backend: Path) -> str:
    """The backend's own virtualenv if it has one, else this interpreter."""
    for candidate in (backend / ".venv" / "bin" / "python", backend / ".venv" / "Scripts" / "python.exe"):
        if candidate.is_file():
            return str(candidate)
    return sys.executable


# pytest's exit codes that mean it ran the tests it found (all passed, or some failed).
RAN_TESTS = (0, 1)
NO_TESTS_COLLECTED = 5


def _could_not_run(why: str, output: str, *, shown: str, python: str) -> BuilderError:
    tail = _redact("\n".join(output.strip().splitlines()[-15:]))
    missing = re.search(r"No module named '?([\w.]+)'?", output)
    if missing and missing.group(1).split(".")[0] == "pytest":
        fix = (f"install the backend's test dependencies into the Python that runs it ({python}): "
               f"cd {shlex.quote(shown)} && python -m venv .venv && .venv/bin/pip install -e '.[dev]' "
               "(a .venv in the backend folder is used automatically).")
    elif missing:
        fix = (f"module {missing.group(1)!r} is missing from {python}: install the backend's dependencies, "
               f"cd {shlex.quote(shown)} && .venv/bin/pip install -e '.[dev]'.")
    else:
        fix = "fix the error shown above, then run the tests again."
    return BuilderError(f"{why}\n{tail}" if tail else why, fix=fix)


def run_pytest(backend: Path, *, select: str | None = None, test_database_url: str | None = None,
               timeout: int = 600, shown: str = "backend") -> TestRun:
    """The backend's pytest as counts and first failures; raises when no test ran, and says why."""
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
        except subprocess.TimeoutExpired as exc:
            output = (exc.stdout or b"").decode(errors="replace") if isinstance(exc.stdout, bytes) else (exc.stdout or "")
            raise _could_not_run(f"pytest did not finish within {timeout} s and was stopped.", output,
                                 shown=shown, python=python) from None
        except OSError as exc:
            raise BuilderError(f"Could not start {python}: {exc.strerror}.",
                               fix="recreate the backend's .venv, or remove it to use this Python.") from None
        output = proc.stdout + "\n" + proc.stderr
        if proc.returncode == NO_TESTS_COLLECTED:
            raise _could_not_run("pytest collected no tests" + (f" matching -k {select!r}" if select else "") + ".",
                                 output, shown=shown, python=python)
        if proc.returncode not in RAN_TESTS or not report.is_file():
            raise _could_not_run(f"pytest could not run the tests (exit code {proc.returncode}).", output,
                                 shown=shown, python=python)
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
    if counts["tests"] == 0:
        raise _could_not_run("pytest ran no tests.", output, shown=shown, python=python)
    tail = "" if not (failed or errors) or failures else "\n".join(output.splitlines()[-30:])
    summary = (f"{hints.name('run_tests')}: {passed} passed, {failed} failed, {errors} errors, {skipped} skipped "
               f"in {counts['time']:.1f} s.")
    if failures:
        summary += f" First failure: {failures[0].test}."
    return TestRun(passed=passed, failed=failed, errors=errors, skipped=skipped, exit_code=proc.returncode,
                   duration_seconds=round(counts["time"], 2), failures=failures, command=" ".join(command),
                   summary=summary, output_tail=_redact(tail))


def _redact(text: str) -> str:
    """Keep database passwords out of answers."""
    return re.sub(r"(://[^:/\s]+:)[^@\s]+@", r"\1***@", text)
