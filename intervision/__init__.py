"""intervision: run a guided peer-consultation session from the terminal."""

__version__ = "0.1.0"
