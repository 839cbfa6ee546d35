#!/usr/bin/env python3
"""Writes Sources/AWSWire/Shapes/*Shapes.swift: Codable Swift types for every operation of ECS and of the
AWS services around it (Application Auto Scaling, CloudWatch, CloudWatch Logs, Elastic Load Balancing v2),
read from the models that ship inside botocore, so member names and types are the API's own.

    python3 scripts/generate-aws-shapes.py [--output-directory DIR]
"""
import argparse
import gzip
import json
import os
import re
import textwrap
import sys

import botocore

# botocore's folder name, its API version, the Swift namespace its shapes go in, and whether its shapes
# get direct JSON writers (`ShapeJSONWritable`): only what the server answers with, as each writer adds
# to every build's compile time. Each service is its own namespace because shape names repeat across
# services (Tag, ResourceNotFoundException, …).
WRITERS = True
SERVICES = [
    ("ecs", "2014-11-13", "ECSShapes", WRITERS),
    ("application-autoscaling", "2016-02-06", "ApplicationAutoScalingShapes", False),
    ("cloudwatch", "2010-08-01", "CloudWatchShapes", False),
    ("logs", "2014-03-28", "CloudWatchLogsShapes", False),
    ("elbv2", "2015-12-01", "ElasticLoadBalancingV2Shapes", False),
]

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
    "Type", "Protocol",
}
# Shape names that would shadow a Swift name inside the namespace (`X.Type` is a metatype).
TYPE_NAMES = {"Type": "TypeValue"}


def type_name(name):
    return TYPE_NAMES.get(name, name)


def escaped(name):
    return f"`{name}`" if name in KEYWORDS else name


def case_name(value):
    """`MANAGED_INSTANCES` → `managedInstances`, `json-file` → `jsonFile`, `X86_64` → `x86_64`,
    `GreaterThanThreshold` → `greaterThanThreshold`."""
    pieces = [piece for piece in re.split(r"[^A-Za-z0-9]+", value) if piece]
    name = ""
    for index, piece in enumerate(pieces):
        if piece.isupper() or piece.islower():
            word = piece.lower()
        elif index == 0:
            word = piece[0].lower() + piece[1:]  # `InvalidTypeValue` → `invalidTypeValue`
        else:
            word = piece
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
    """Every shape an operation's input, output or errors reach: with all operations, the whole API."""
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

    for operation in model["operations"].values():
        for direction in ("input", "output"):
            if direction in operation:
                walk(operation[direction]["shape"])
        for error in operation.get("errors", []):
            walk(error["shape"])
    return seen


def swift_type(shapes, name):
    shape = shapes[name]
    kind = shape["type"]
    if kind == "list":
        return f"[{swift_type(shapes, shape['member']['shape'])}]"
    if kind == "map":
        return f"[{swift_type(shapes, shape['key']['shape'])}: {swift_type(shapes, shape['value']['shape'])}]"
    if kind == "structure":
        return "ShapeDocument" if shape.get("document") else type_name(name)
    if kind == "string" and "enum" in shape:
        return type_name(name)
    return PRIMITIVES[kind]


def contains_itself(shapes, name, member_shape):
    """Whether a structure member reaches its own structure through structure members alone: a Swift
    struct cannot hold itself, so such a member is kept in a `ShapeBox` (arrays and maps already box)."""
    seen = set()

    def walk(current):
        if current == name:
            return True
        shape = shapes[current]
        if shape["type"] != "structure" or shape.get("document") or current in seen:
            return False
        seen.add(current)
        return any(walk(member["shape"]) for member in shape.get("members", {}).values())

    return walk(member_shape)


def structure(shapes, name, writers):
    members = shapes[name]["members"]
    required = set(shapes[name].get("required", []))

    def member_type(spec):
        swift = swift_type(shapes, spec["shape"])
        return f"ShapeBox<{swift}>" if contains_itself(shapes, name, spec["shape"]) else swift

    conformances = "Codable, Equatable, Sendable" + (", ShapeJSONWritable" if writers else "")
    lines = [f"    public struct {type_name(name)}: {conformances} {{"]
    for member, spec in members.items():
        note = "  // required" if member in required else ""
        lines.append(f"        public var {escaped(member)}: {member_type(spec)}?{note}")
    if members:
        lines.append("")
        parameters = ",\n".join(
            f"            {escaped(member)}: {member_type(spec)}? = nil" for member, spec in members.items()
        )
        lines.append(f"        public init(\n{parameters}\n        ) {{")
        for member in members:
            lines.append(f"            self.{member} = {escaped(member)}")
        lines.append("        }")
    else:
        lines.append("        public init() {}")
    if writers:
        # The bytes `ShapeJSONEncoder` writes through `Encodable`, members in the same (the model's) order.
        lines.append("")
        lines.append("        func writeJSON(to writer: ShapeJSONWriter) {")
        lines.append("            writer.beginObject()")
        lines += [f"            writer.member({json.dumps(member)}, {escaped(member)})" for member in members]
        lines.append("            writer.endObject()")
        lines.append("        }")
    lines.append("    }")
    return lines


def enumeration(name, values, writers):
    cases = []
    taken = {"unknown"}
    for value in values:
        case = case_name(value)
        while case.strip("`") in taken:
            case = case.strip("`") + "_"
        taken.add(case.strip("`"))
        cases.append((case, value))
    conformances = "ShapeEnum" + (", ShapeJSONWritable" if writers else "")
    lines = [f"    public enum {type_name(name)}: {conformances} {{"]
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


def load(folder, version):
    path = os.path.join(os.path.dirname(botocore.__file__), "data", folder, version, "service-2.json")
    if os.path.exists(path + ".gz"):
        with gzip.open(path + ".gz") as file:
            return json.load(file)
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def operation_table(model, namespace):
    """The model's operations by name, with their input and output shape names, so a server or client
    names an operation once and finds its types and the operations it does not answer."""
    lines = [
        f"extension {namespace} {{",
        "    /// Every operation of the model: its name, and its input and output shapes (nil: none).",
        "    public static let operations: [(name: String, input: String?, output: String?)] = [",
    ]
    for name in sorted(model["operations"]):
        operation = model["operations"][name]
        input_name = json.dumps(operation["input"]["shape"]) if "input" in operation else "nil"
        output_name = json.dumps(operation["output"]["shape"]) if "output" in operation else "nil"
        lines.append(f"        ({json.dumps(name)}, {input_name}, {output_name}),")
    lines += ["    ]", "}"]
    return lines


def generate(folder, version, namespace, writers):
    model = load(folder, version)
    shapes = model["shapes"]
    metadata = model["metadata"]
    protocols = metadata.get("protocols", [metadata["protocol"]])
    out = [
        f"// GENERATED by scripts/generate-aws-shapes.py from botocore's {folder}/{version}/service-2.json",
        f"// (botocore {botocore.__version__}). Do not edit: change the script and run",
        "// `python3 scripts/generate-aws-shapes.py`.",
        "//",
        f"// {metadata['serviceFullName']}: every shape its {len(model['operations'])} operations reach. Protocols:",
        f"// {', '.join(protocols)}" + (f"; X-Amz-Target prefix {metadata['targetPrefix']}." if "targetPrefix" in metadata else "."),
        "// Every member is optional, as the wire may leave any out; `// required` marks what the model",
        "// requires. Timestamps are epoch seconds in the JSON protocols: code them with `AWSJSONCoding`.",
        "",
        "import Foundation",
        "",
        f"public enum {namespace} {{",
    ]
    if "targetPrefix" in metadata:
        out.append(f"    public static let targetPrefix = {json.dumps(metadata['targetPrefix'])}")
    out += [
        f"    public static let apiVersion = {json.dumps(metadata['apiVersion'])}",
        f"    public static let signingName = {json.dumps(metadata.get('signingName', metadata['endpointPrefix']))}",
        "}",
        "",
    ]
    out += operation_table(model, namespace)
    for name in sorted(reachable(model)):
        shape = shapes[name]
        if shape["type"] == "structure" and not shape.get("document"):
            body = structure(shapes, name, writers)
        elif shape["type"] == "string" and "enum" in shape:
            body = enumeration(name, shape["enum"], writers)
        else:
            continue
        out += ["", f"extension {namespace} {{"] + body + ["}"]
    return "\n".join(out) + "\n"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-directory", default=os.path.join(root, "Sources", "AWSWire", "Shapes"))
    arguments = parser.parse_args()
    for folder, version, namespace, writers in SERVICES:
        with open(os.path.join(arguments.output_directory, namespace + ".swift"), "w", encoding="utf-8") as file:
            file.write(generate(folder, version, namespace, writers))


if __name__ == "__main__":
    sys.exit(main())
