"""Read a protocol file and report *every* problem with its file, line and column."""

from __future__ import annotations

from pathlib import Path

from intervision.errors import Problem, ProtocolError
from intervision.protocol.model import Protocol
from intervision.yamlfile import reader

PROTOCOL = reader.Document(Protocol, "protocol")
MAX_BYTES = PROTOCOL.max_bytes


def load_protocol(path: Path, *, display: str | None = None) -> Protocol:
    """The protocol in ``path``, or a ``ProtocolError`` listing all its problems."""
    protocol, problems = check_file(path, display=display)
    if problems or protocol is None:
        raise ProtocolError(problems)
    return protocol


def check_file(path: Path, *, display: str | None = None) -> tuple[Protocol | None, list[Problem]]:
    return reader.check_file(path, PROTOCOL, display=display)


def check_bytes(data: bytes, name: str) -> tuple[Protocol | None, list[Problem]]:
    return reader.check_bytes(data, name, PROTOCOL)


def check_text(text: str, name: str) -> tuple[Protocol | None, list[Problem]]:
    return reader.check_text(text, name, PROTOCOL)
