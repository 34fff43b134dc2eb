"""Renderers: session state in, documents out. Pure: no files, no clock, no terminal."""
