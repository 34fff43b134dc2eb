"""Language choice and the message catalog: complete, consistent, and covering every key in use."""

from __future__ import annotations

import re
import string
from collections import Counter
from pathlib import Path

import pytest

import intervision
from intervision import i18n
from intervision.i18n import normalise, plural, resolve, set_language, t
from intervision.i18n.messages import MESSAGES, MODULES
from intervision.protocol.library import Origin
from intervision.protocol.model import Basis, Capture, OwnerPosition, Pattern
from intervision.protocol.plan import Section
from intervision.yamlfile.problems import _KIND_KEYS
from intervision.yamlfile.strict import REFUSALS

PACKAGE = Path(intervision.__file__).resolve().parent
SOURCES = sorted(path for path in PACKAGE.rglob("*.py") if "messages" not in path.parts)
# A model's own checks name the messages "<prefix>.err.<type>" (yamlfile/problems.py).
CUSTOM_CHECKS = {"protocol/model.py": "protocol", "group/groupfile.py": "group"}


@pytest.mark.parametrize(
    ("flag", "environ", "expected"),
    [
        ("nl", {"INTERVISION_LANG": "en", "LANG": "en_US.UTF-8"}, "nl"),
        ("EN", {"INTERVISION_LANG": "nl"}, "en"),
        ("nl-BE", {}, "nl"),
        (None, {"INTERVISION_LANG": "nl", "LANG": "en_US.UTF-8"}, "nl"),
        (None, {"INTERVISION_LANG": "en", "LC_ALL": "nl_NL.UTF-8"}, "en"),
        (None, {"INTERVISION_LANG": "de", "LANG": "nl_NL.UTF-8"}, "nl"),
        (None, {"INTERVISION_LANG": "", "LANG": "nl_NL.UTF-8"}, "nl"),
        (None, {"LANG": "nl_NL.UTF-8"}, "nl"),
        (None, {"LANG": "nl_BE"}, "nl"),
        (None, {"LANG": "nl"}, "nl"),
        (None, {"LANG": "C"}, "en"),
        (None, {"LANG": "C.UTF-8"}, "en"),
        (None, {"LANG": "POSIX"}, "en"),
        (None, {"LANG": "de_DE.UTF-8"}, "en"),
        (None, {"LANGUAGE": "nl:en", "LANG": "en_US.UTF-8"}, "nl"),
        (None, {"LANGUAGE": "en_GB:nl", "LANG": "nl_NL.UTF-8"}, "en"),
        (None, {"LANGUAGE": "fy:nl", "LANG": "en_US.UTF-8"}, "nl"),
        (None, {"LANGUAGE": "fy_NL:nl_NL", "LANG": "C"}, "nl"),
        (None, {"LANGUAGE": "fy", "LANG": "nl_NL.UTF-8"}, "en"),
        (None, {"LANGUAGE": "", "LC_ALL": "nl_NL.UTF-8"}, "nl"),
        (None, {"LC_ALL": "C", "LANG": "nl_NL.UTF-8"}, "en"),
        (None, {"LC_MESSAGES": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"}, "nl"),
        (None, {"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8"}, "en"),
        ("de", {"LANG": "nl_NL.UTF-8"}, "nl"),
        (None, {}, "en"),
    ],
)
def test_language_resolution_order(
    flag: str | None, environ: dict[str, str], expected: str
) -> None:
    assert resolve(flag, environ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nl", "nl"),
        ("NL", "nl"),
        (" en ", "en"),
        ("nl_NL.UTF-8", "nl"),
        ("en-GB", "en"),
        ("en.UTF-8", "en"),
        ("nld", None),
        ("english", None),
        ("de", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise(text: str | None, expected: str | None) -> None:
    assert normalise(text) == expected


def test_set_language_falls_back_to_english() -> None:
    set_language("nl")
    assert i18n.language() == "nl"
    set_language("klingon")
    assert i18n.language() == "en"


def test_t_uses_the_current_language_and_fields() -> None:
    set_language("nl")
    assert t("protocol.not_found", id="x") == MESSAGES["protocol.not_found"]["nl"].format(id="x")
    set_language("en")
    assert t("validate.ok", path="a.yaml") == "a.yaml: ok"


def test_plural_picks_by_count() -> None:
    assert plural(1, "validate.ok", "protocol.path_missing", path="p") == "p: ok"
    assert plural(2, "validate.ok", "protocol.path_missing", path="p") == "p: no such file"


def fields_of(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_message_has_dutch_and_english_with_the_same_fields() -> None:
    bad = []
    for key, entry in MESSAGES.items():
        complete = set(entry) == {"nl", "en"} and all(
            entry.get(lang, "").strip() for lang in ("nl", "en")
        )
        if not complete or fields_of(entry["nl"]) != fields_of(entry["en"]):
            bad.append(key)
    assert bad == []


def test_no_key_is_defined_in_two_modules() -> None:
    counts = Counter(key for module in MODULES for key in module.MESSAGES)
    assert [key for key, n in counts.items() if n > 1] == []
    assert len(MESSAGES) == sum(counts.values())


def _literal_keys() -> dict[str, set[str]]:
    """Every string literal in the package that looks like a message key, with where it is."""
    prefixes = sorted({key.split(".")[0] for key in MESSAGES}, key=len, reverse=True)
    alternatives = "|".join(prefixes)
    literal = re.compile(rf"""(?<![\w{{])["']((?:{alternatives})\.[a-z0-9_.-]*[a-z0-9_-])["']""")
    call = re.compile(
        r"""\b(?:t|plural|UsageError|IntervisionError|_problem|_at)\(\s*(?:[^()"']*?,\s*)*["']([a-z_]+\.[a-z0-9_.-]+)["']"""
    )
    file_suffixes = (".json", ".jsonl", ".yaml", ".yml", ".md", ".py", ".txt", ".lock", ".tmp")
    found: dict[str, set[str]] = {}
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        for pattern in (literal, call):
            for match in pattern.finditer(text):
                key = match.group(1)
                if key.endswith(file_suffixes):
                    continue
                found.setdefault(key, set()).add(str(path.relative_to(PACKAGE)))
    return found


def test_the_source_scan_finds_keys() -> None:
    keys = _literal_keys()
    for expected in (
        "yaml.err.missing",
        "plan.bad_members",
        "cli.help",
        "protocol.not_found_hint",
    ):
        assert expected in keys


def test_every_key_used_in_the_source_exists() -> None:
    missing = {key: sorted(where) for key, where in _literal_keys().items() if key not in MESSAGES}
    assert missing == {}


def _dynamic_keys() -> list[str]:
    keys = [f"yaml.err.{name}" for name in _KIND_KEYS.values()]
    keys += [f"yaml.err.{name}" for name in REFUSALS]
    for module, prefix in CUSTOM_CHECKS.items():
        source = (PACKAGE / module).read_text(encoding="utf-8")
        found = re.findall(r'PydanticCustomError\(\s*"([a-z_]+)"', source)
        assert found, module
        keys += [f"{prefix}.err.{name}" for name in found]
        keys += [f"{prefix}.err.{name}" for name in ("too_large", "empty", "top_not_mapping")]
    for pattern in Pattern:
        keys += [f"pattern.{pattern.value}", f"pattern.long.{pattern.value}"]
    for position in OwnerPosition:
        keys += [f"owner.{position.value}", f"owner.long.{position.value}"]
    keys += [f"capture.{capture.value}" for capture in Capture]
    keys += [f"basis.{basis.value}" for basis in Basis]
    keys += [f"origin.{origin.value}" for origin in Origin]
    keys += [f"section.{section.value}" for section in Section]
    return keys


def test_every_key_built_from_a_value_exists() -> None:
    keys = _dynamic_keys()
    assert len(keys) > 50
    assert [key for key in keys if key not in MESSAGES] == []


@pytest.mark.parametrize("name", sorted(set(_KIND_KEYS.values())))
def test_validation_messages_need_only_what_the_loader_gives(name: str) -> None:
    for lang in ("nl", "en"):
        assert fields_of(MESSAGES[f"yaml.err.{name}"][lang]) <= {"got", "limit"}


@pytest.mark.parametrize("name", REFUSALS)
def test_yaml_messages_need_only_the_depth(name: str) -> None:
    for lang in ("nl", "en"):
        assert fields_of(MESSAGES[f"yaml.err.{name}"][lang]) <= {"depth"}


# A number field right before a plural noun reads "1 minuten"; such a number goes through count().
_NUMBER_BEFORE_PLURAL = re.compile(
    r"\{(\w+)\} (minuten|minutes|deelnemers|members|casussen|cases|cijfers|scores|times|vragen"
    r"|questions|regels|lines|protocollen|protocols|seconden|seconds|sessies|sessions|notities"
    r"|notes|afspraken|agreements|personen|persons|fasen|phases)\b"
)
# A range ("2–6 deelnemers") reads plural at any size; a key ending in .many, and group_mean (its
# one-score form is group_mean_one), are the plural forms.
_PLURAL_ALLOWED = {
    "show.group",
    "plan.group_outside",
    "minutes.time.interrupted_many",
    "minutes.group_mean",
}


def test_no_message_puts_a_bare_number_before_a_plural_noun() -> None:
    bare = [
        (key, lang, found.group(0))
        for key, entry in MESSAGES.items()
        if not key.endswith(".many") and key not in _PLURAL_ALLOWED
        for lang in ("nl", "en")
        for found in _NUMBER_BEFORE_PLURAL.finditer(entry[lang])
    ]
    assert bare == []


@pytest.mark.parametrize(
    ("lang", "n", "text", "expected"),
    [
        ("nl", 1, None, "1 minuut"),
        ("nl", 2, None, "2 minuten"),
        ("nl", 7.5, "7½", "7½ minuten"),
        ("en", 1, None, "1 minute"),
        ("en", 0, None, "0 minutes"),
    ],
)
def test_count_picks_the_word_by_the_number(
    lang: str, n: float, text: str | None, expected: str
) -> None:
    set_language(lang)
    assert i18n.count(n, "minute", text) == expected
