"""The session core: clock, events, the fold that makes state, the engine that turns commands into events."""
