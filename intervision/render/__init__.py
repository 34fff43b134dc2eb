"""Renderers: session state in, documents out (Markdown minutes). Pure: no files, no clock, no terminal."""
