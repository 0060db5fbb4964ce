"""Readers of the specs people write: markdown tables, SQL DDL, Python classes, bullet lists, OpenAPI.

Each extractor turns one file into candidate entities (RawEntity) without deciding anything;
`draft.py` picks the feature's entity, merges the sources and says where it is unsure.
"""
