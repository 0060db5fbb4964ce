"""Syntax-tree edits of user files."""
