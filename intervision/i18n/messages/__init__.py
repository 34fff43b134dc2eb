"""The catalog, one module per area so that areas can grow without colliding."""

from __future__ import annotations

from intervision.i18n.messages import cli, minutes, plan, protocol, session, ui

MODULES = (cli, protocol, plan, session, ui, minutes)


def _merge() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for module in MODULES:
        for key, entry in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"message key {key!r} is defined twice")
            merged[key] = entry
    return merged


MESSAGES = _merge()
