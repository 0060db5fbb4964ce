"""The quality checklist and the pytest runner."""
