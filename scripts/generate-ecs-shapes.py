#!/usr/bin/env python3
"""Writes Sources/ECSAPI/Shapes/ECSShapes.swift: Codable Swift types for the ECS operations ecstop
speaks, read from the ECS model that ships inside botocore, so member names and types are the API's own.

    python3 scripts/generate-ecs-shapes.py [--output PATH]
"""
import argparse
import gzip
import json
import os
import re
import textwrap
import sys

import botocore

OPERATIONS = [
    "ListClusters", "DescribeClusters", "ListServices", "DescribeServices", "ListTasks", "DescribeTasks",
    "ListContainerInstances", "DescribeContainerInstances", "UpdateService", "StopTask",
    "UpdateContainerInstancesState", "RunTask", "CreateService", "RegisterTaskDefinition",
    "DescribeTaskDefinition",
]

MODEL = os.path.join("data", "ecs", "2014-11-13", "service-2.json.gz")
PRIMITIVES = {
    "string": "String", "integer": "Int", "long": "Int64", "boolean": "Bool", "double": "Double",
    "float": "Float", "timestamp": "Date", "blob": "Data",
}
# Words Swift does not take as a bare identifier in a declaration.
KEYWORDS = {
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
    "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
    "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
    "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
    "while", "Any", "as", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "await",
}


def escaped(name):
    return f"`{name}`" if name in KEYWORDS else name


def case_name(value):
    """`MANAGED_INSTANCES` → `managedInstances`, `json-file` → `jsonFile`, `X86_64` → `x86_64`."""
    pieces = [piece for piece in re.split(r"[^A-Za-z0-9]+", value) if piece]
    name = ""
    for index, piece in enumerate(pieces):
        word = piece.lower() if index == 0 or piece.isupper() or piece.islower() else piece
        if index == 0:
            name = word
        elif name[-1].isdigit() and word[0].isdigit():
            name += "_" + word
        else:
            name += word[0].upper() + word[1:]
    if not name or name[0].isdigit():
        name = "_" + name
    return escaped(name)


def reachable(model):
    shapes = model["shapes"]
    seen = set()

    def walk(name):
        if name in seen:
            return
        seen.add(name)
        shape = shapes[name]
        for member in shape.get("members", {}).values():
            walk(member["shape"])
        for key in ("member", "key", "value"):
            if key in shape:
                walk(shape[key]["shape"])

    for operation in OPERATIONS:
        for direction in ("input", "output"):
            if direction in model["operations"][operation]:
                walk(model["operations"][operation][direction]["shape"])
    return seen


def swift_type(shapes, name):
    shape = shapes[name]
    kind = shape["type"]
    if kind == "list":
        return f"[{swift_type(shapes, shape['member']['shape'])}]"
    if kind == "map":
        return f"[{swift_type(shapes, shape['key']['shape'])}: {swift_type(shapes, shape['value']['shape'])}]"
    if kind == "structure":
        return "ShapeDocument" if shape.get("document") else name
    if kind == "string" and "enum" in shape:
        return name
    return PRIMITIVES[kind]


def structure(shapes, name):
    members = shapes[name]["members"]
    required = set(shapes[name].get("required", []))
    lines = [f"    public struct {name}: Codable, Hashable, Sendable {{"]
    for member, spec in members.items():
        note = "  // required" if member in required else ""
        lines.append(f"        public var {escaped(member)}: {swift_type(shapes, spec['shape'])}?{note}")
    if members:
        lines.append("")
        parameters = ",\n".join(
            f"            {escaped(member)}: {swift_type(shapes, spec['shape'])}? = nil" for member, spec in members.items()
        )
        lines.append(f"        public init(\n{parameters}\n        ) {{")
        for member in members:
            lines.append(f"            self.{member} = {escaped(member)}")
        lines.append("        }")
    else:
        lines.append("        public init() {}")
    lines.append("    }")
    return lines


def enumeration(name, values):
    cases = []
    taken = {"unknown"}
    for value in values:
        case = case_name(value)
        while case.strip("`") in taken:
            case = case.strip("`") + "_"
        taken.add(case.strip("`"))
        cases.append((case, value))
    lines = [f"    public enum {name}: ECSShapeEnum {{"]
    lines += [f"        case {case}" for case, _ in cases]
    lines.append("        /// A value this model did not list: kept, so newer endpoints still decode.")
    lines.append("        case unknown(String)")
    lines.append("")
    lines.append("        public init(rawValue: String) {")
    lines.append("            switch rawValue {")
    lines += [f"            case {json.dumps(value)}: self = .{case}" for case, value in cases]
    lines.append("            default: self = .unknown(rawValue)")
    lines.append("            }")
    lines.append("        }")
    lines.append("")
    lines.append("        public var rawValue: String {")
    lines.append("            switch self {")
    lines += [f"            case .{case}: {json.dumps(value)}" for case, value in cases]
    lines.append("            case .unknown(let value): value")
    lines.append("            }")
    lines.append("        }")
    lines.append("    }")
    return lines


def generate():
    with gzip.open(os.path.join(os.path.dirname(botocore.__file__), MODEL)) as file:
        model = json.load(file)
    shapes = model["shapes"]
    out = [
        "// GENERATED by scripts/generate-ecs-shapes.py from botocore's ecs/2014-11-13/service-2.json.gz",
        f"// (botocore {botocore.__version__}). Do not edit: change the script and run",
        "// `python3 scripts/generate-ecs-shapes.py`.",
        "//",
    ] + [
        "// " + line
        for line in textwrap.wrap(
            "The input and output shapes of " + ", ".join(OPERATIONS) + ", and every shape they reference.", 106
        )
    ] + [
        "// Every member is optional, as the JSON on the wire may leave any out; `// required` marks what the",
        "// model requires. Timestamps are epoch seconds: code them with `ECSJSONCoding`.",
        "",
        "import Foundation",
        "",
        "public enum ECSShapes {}",
    ]
    for name in sorted(reachable(model)):
        shape = shapes[name]
        if shape["type"] == "structure" and not shape.get("document"):
            body = structure(shapes, name)
        elif shape["type"] == "string" and "enum" in shape:
            body = enumeration(name, shape["enum"])
        else:
            continue
        out += ["", "extension ECSShapes {"] + body + ["}"]
    return "\n".join(out) + "\n"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=os.path.join(root, "Sources", "ECSAPI", "Shapes", "ECSShapes.swift"))
    arguments = parser.parse_args()
    with open(arguments.output, "w", encoding="utf-8") as file:
        file.write(generate())


if __name__ == "__main__":
    sys.exit(main())
