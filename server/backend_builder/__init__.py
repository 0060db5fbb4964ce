"""backend-builder: FastAPI + SQLModel backend slices from feature specs."""

__version__ = "0.1.0"
