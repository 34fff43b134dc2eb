"""The protocol cache is checked when read: a damaged or edited entry is dropped and the file read again."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from intervision.protocol.cache import ProtocolCache, cache_path
from intervision.protocol.library import bundled_dir, resolve


def incident() -> Path:
    return bundled_dir() / "en" / "incidentmethode.yaml"


def cached_entry() -> tuple[str, dict[str, Any]]:
    """Load the incident method once so that it is cached; the raw entry as stored."""
    resolve("incidentmethode", "en", None).load()
    entries = json.loads(cache_path().read_text(encoding="utf-8"))
    key = str(incident().resolve())
    return key, entries


def store(entries: dict[str, Any]) -> None:
    cache_path().write_text(json.dumps(entries), encoding="utf-8")


def test_a_cached_protocol_is_the_validated_one() -> None:
    first = resolve("incidentmethode", "en", None).load()
    hit = ProtocolCache().get(incident())
    assert hit is not None
    assert hit["protocol"] == first.model_dump(mode="json", exclude_none=True)
    assert resolve("incidentmethode", "en", None).load() == first


def edit_speakers(entry: dict[str, Any]) -> None:
    data = json.loads(entry["data"])
    data["per_case"][0]["speakers"] = "everybody"
    entry["data"] = json.dumps(data)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(edit_speakers, id="speakers-edited"),
        pytest.param(lambda e: e.update(minutes="90"), id="minutes-text"),
        pytest.param(lambda e: e.update(minutes=12.5), id="minutes-changed"),
        pytest.param(lambda e: e.update(data=["not", "text"]), id="data-not-text"),
        pytest.param(lambda e: e.update(data="{broken"), id="data-not-json"),
        pytest.param(lambda e: e.pop("digest"), id="no-digest"),
        pytest.param(lambda e: e.clear(), id="empty-entry"),
    ],
)
def test_a_damaged_or_edited_entry_is_dropped_and_the_file_read_again(damage: Any) -> None:
    key, entries = cached_entry()
    damage(entries[key])
    store(entries)
    cache = ProtocolCache()
    assert cache.get(incident()) is None
    assert key not in cache.entries
    protocol = resolve("incidentmethode", "en", None).load()  # validated again, no traceback
    assert protocol.per_case[0].speakers.value != "everybody"
    assert ProtocolCache().get(incident()) is not None  # and cached again, whole


@pytest.mark.parametrize("text", ["[1, 2]", "{not json", '{"x": 1}', ""])
def test_a_broken_cache_file_is_read_as_empty(text: str) -> None:
    cached_entry()
    cache_path().write_text(text, encoding="utf-8")
    assert ProtocolCache().get(incident()) is None
    assert resolve("incidentmethode", "en", None).load().id == "incidentmethode"


def test_an_entry_this_version_cannot_build_on_is_read_again() -> None:
    """Even an entry whose hash fits (rewritten on purpose) cannot crash the tool."""
    from intervision.protocol import cache as module

    key, entries = cached_entry()
    entry = entries[key]
    data = json.loads(entry["data"])
    data["per_case"][0]["speakers"] = "everybody"
    entry["data"] = json.dumps(data)
    entry["digest"] = module._digest(entry["stamp"], entry["minutes"], entry["data"])
    store(entries)
    protocol = resolve("incidentmethode", "en", None).load()
    assert protocol.per_case[0].speakers.value != "everybody"


def test_a_cache_file_others_could_write_is_not_read() -> None:
    cached_entry()
    assert ProtocolCache().entries != {}
    os.chmod(cache_path(), 0o666)
    assert ProtocolCache().entries == {}
