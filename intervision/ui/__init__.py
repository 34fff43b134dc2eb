"""Adapters between a person and the engine: the input grammar, prompts, the plain and live screens."""
