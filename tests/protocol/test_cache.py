"""The protocol cache is checked when read: a damaged or edited entry is dropped and the file read again."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from intervision.protocol.cache import ProtocolCache, cache_path
from intervision.protocol.library import bundled_dir, resolve


def incident() -> Path:
    return bundled_dir() / "en" / "incidentmethode.yaml"


def cached_lines() -> list[tuple[str, dict[str, Any]]]:
    """Load the incident method once so that it is cached; the stored lines as (digest, entry)."""
    resolve("incidentmethode", "en", None).load()
    out = []
    for line in cache_path().read_bytes().splitlines():
        digest, _, body = line.partition(b" ")
        out.append((digest.decode(), json.loads(body)))
    return out


def store(lines: list[tuple[str, dict[str, Any]]], *, rehash: bool = False) -> None:
    text = b""
    for digest, entry in lines:
        body = json.dumps(entry).encode()
        text += (hashlib.sha256(body).hexdigest() if rehash else digest).encode() + b" " + body
        text += b"\n"
    cache_path().write_bytes(text)


def test_a_cached_protocol_is_the_validated_one() -> None:
    first = resolve("incidentmethode", "en", None).load()
    hit = ProtocolCache().get(incident())
    assert hit is not None
    assert hit["protocol"] == first.model_dump(mode="json", exclude_none=True)
    assert resolve("incidentmethode", "en", None).load() == first


def edit_speakers(entry: dict[str, Any]) -> None:
    entry["protocol"]["per_case"][0]["speakers"] = "everybody"


DAMAGE: list[Any] = [
    pytest.param(edit_speakers, id="speakers-edited"),
    pytest.param(lambda e: e.update(minutes=12.5), id="minutes-changed"),
    pytest.param(lambda e: e["protocol"].update(title="Not what was validated"), id="title-edited"),
]


@pytest.mark.parametrize("damage", DAMAGE)
def test_an_entry_edited_by_hand_is_dropped_and_the_file_read_again(
    damage: Callable[[dict[str, Any]], None],
) -> None:
    lines = cached_lines()
    for _, entry in lines:
        damage(entry)
    store(lines)
    cache = ProtocolCache()
    assert cache.get(incident()) is None
    assert cache.entries == {}
    protocol = resolve("incidentmethode", "en", None).load()  # validated again, no traceback
    assert protocol.per_case[0].speakers.value != "everybody"
    assert protocol.title != "Not what was validated"
    assert ProtocolCache().get(incident()) is not None  # and cached again, whole


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda e: e.update(minutes="90"), id="minutes-text"),
        pytest.param(lambda e: e.update(protocol=["not", "a", "mapping"]), id="protocol-list"),
        pytest.param(lambda e: e.update(stamp="1:2:3"), id="stale-stamp"),
    ],
)
def test_an_entry_this_version_cannot_use_is_read_again_even_with_a_fitting_hash(
    damage: Callable[[dict[str, Any]], None],
) -> None:
    lines = cached_lines()
    for _, entry in lines:
        damage(entry)
    store(lines, rehash=True)
    assert ProtocolCache().get(incident()) is None
    assert resolve("incidentmethode", "en", None).load().id == "incidentmethode"


def test_a_rehashed_entry_that_cannot_be_built_falls_back_to_validation() -> None:
    lines = cached_lines()
    for _, entry in lines:
        edit_speakers(entry)
    store(lines, rehash=True)  # on purpose: the hash fits
    protocol = resolve("incidentmethode", "en", None).load()
    assert protocol.per_case[0].speakers.value != "everybody"


@pytest.mark.parametrize("text", [b"[1, 2]", b"{not json", b'{"x": 1}', b"", b"abc {}\n"])
def test_a_broken_cache_file_is_read_as_empty(text: bytes) -> None:
    cached_lines()
    cache_path().write_bytes(text)
    assert ProtocolCache().get(incident()) is None
    assert resolve("incidentmethode", "en", None).load().id == "incidentmethode"


def test_a_cache_file_others_could_write_is_not_read() -> None:
    cached_lines()
    assert ProtocolCache().entries != {}
    os.chmod(cache_path(), 0o666)
    assert ProtocolCache().entries == {}
