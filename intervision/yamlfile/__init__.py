"""Strict YAML for files people edit by hand, read into any pydantic root model with file:line:col.

``strict`` parses (no aliases, duplicate keys or YAML 1.1 surprises), ``reader`` turns a file into a
model or a list of ``Problem``s, ``problems`` puts every validation error at its line and column.
"""
