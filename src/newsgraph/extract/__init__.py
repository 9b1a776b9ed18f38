"""Extraction: pure functions from an analysed spaCy ``Doc`` to records.

The stages (see ``pipeline.extract_document``): clean -> analyse -> mentions -> times ->
statements -> events -> per-document actors and places. Cross-document resolution is in
``newsgraph.resolve``.
"""
