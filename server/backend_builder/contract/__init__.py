"""The contract a user's frontend expects from the backend, read from its code."""

from backend_builder.contract.frontend import (
    CallSite,
    FrontendCall,
    FrontendScan,
    UnresolvedCall,
    normalize_path,
    scan_frontend,
)

__all__ = ["CallSite", "FrontendCall", "FrontendScan", "UnresolvedCall", "normalize_path", "scan_frontend"]
