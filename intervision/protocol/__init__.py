"""Protocols: the YAML method files, their model, loading, library lookup and planning."""
