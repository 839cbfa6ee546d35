#!/usr/bin/env python3
"""Checks scenario files against ecstop-scenario.schema.json: `check.py FILE...` prints `ok FILE` or
`invalid FILE: reason` a line and exits 1 when any is invalid. A task definition file (JSON with a
`family`) is checked against the schema's task definition. Needs jsonschema and pyyaml."""
import json
import os
import re
import sys

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    """YAML 1.2's booleans, as ecstop reads them: only true and false (YAML 1.1 also took off, yes, no)."""


Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "ecstop-scenario.schema.json")) as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
scenario = jsonschema.Draft202012Validator(schema)
task_definition = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/taskDefinitionBody"})

failed = False
for path in sys.argv[1:]:
    try:
        with open(path) as f:
            document = yaml.load(f, Loader=Loader)
    except Exception as error:
        print(f"invalid {path}: not YAML ({type(error).__name__})")
        failed = True
        continue
    validator = task_definition if isinstance(document, dict) and "family" in document else scenario
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        failed = True
        first = errors[0]
        print(f"invalid {path}: {'.'.join(map(str, first.absolute_path))}: {first.message}")
    else:
        print(f"ok {path}")
sys.exit(1 if failed else 0)
