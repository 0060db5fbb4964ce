"""Root confinement, plans, atomic apply, the manifest of what was generated, and diffs."""

from backend_builder.workspace.plan import FileChange, FileResult, Plan
from backend_builder.workspace.workspace import Workspace

__all__ = ["FileChange", "FileResult", "Plan", "Workspace"]
