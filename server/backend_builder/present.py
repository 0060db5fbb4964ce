"""The brief text both faces show: what changed and what to do next, never whole files."""

from __future__ import annotations

from pydantic import BaseModel


def brief(result: BaseModel) -> str:
    """The short summary an agent reads: what changed and what to do next, never whole files."""
    data = result.model_dump()
    lines = [data.get("summary", "")]
    files = data.get("files", [])
    shown = files if len(files) <= 8 else [f for f in files if f["status"] not in ("created", "identical")]
    for f in shown:
        lines.append(f"  {f['status']:<9} {f['path']}" + (f"  ({f['reason']})" if f.get("reason") else ""))
    if len(shown) < len(files):
        rest = len(files) - len(shown)
        lines.append(f"  {'and ' if shown else ''}{rest} files created or identical, listed in the structured result")
    for finding in data.get("findings", []):
        lines.append(f"  {finding['file']}:{finding['line']} [{finding['check']}] {finding['message']} Fix: {finding['fix']}")
    for failure in data.get("failures", []):
        lines.append(f"  FAILED {failure['test']}: {failure['message'].splitlines()[0][:200] if failure['message'] else ''}")
    for item in data.get("operations", []):
        lines.append(f"  op: {item}")
    for item in data.get("blocking", []):
        lines.append(f"  decide: {item}")
    for step in data.get("next_steps", []):
        lines.append(f"Next: {step}" if not step.startswith("Next") else step)
    return "\n".join(line for line in lines if line)
