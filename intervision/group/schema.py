"""The JSON Schema of the group file, generated from the same model the reader validates with."""

from __future__ import annotations

import json
from typing import Any

from intervision.group.groupfile import GROUP_SCHEMA_FILE, GroupFile

SCHEMA_FILE = GROUP_SCHEMA_FILE


def schema() -> dict[str, Any]:
    data = GroupFile.model_json_schema(mode="validation")
    data["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    member = {"$ref": "#/$defs/Member"}
    name = data["$defs"]["Member"]["properties"]["name"]
    # A member may be written as a bare name; the model's before-validator says so, the schema here.
    data["properties"]["members"]["items"] = {"anyOf": [name, member]}
    data["not"] = {"required": ["facilitator", "facilitator_rota"]}
    return data


def schema_text() -> str:
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"
