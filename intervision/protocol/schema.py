"""The JSON Schema of the protocol format, generated from the same model the validator uses."""

from __future__ import annotations

import json
from typing import Any

from intervision.protocol.model import Protocol

SCHEMA_FILE = "protocol.schema.json"


def schema() -> dict[str, Any]:
    data = Protocol.model_json_schema(mode="validation")
    data["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    phase = data["$defs"]["Phase"]
    # Exactly one way of giving the time; pydantic's after-validator cannot say this in the schema.
    phase["oneOf"] = [
        {"required": [key], "properties": {key: {"type": "number"}}}
        for key in ("minutes", "minutes_per_member")
    ]
    return data


def schema_text() -> str:
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"
