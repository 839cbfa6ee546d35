#!/usr/bin/env python3
"""Random ECS API requests built from botocore's model, for ecstop's router fuzz test.

Prints a JSON list of [operation, body-text] pairs. Half the bodies take the operation's input members
with values of the right shape or deliberately not (edge integers, hostile strings, wrong types, names
of the default scenario's resources), nested structures one or two levels deep. The other half start
from a valid request (TEMPLATES) and change one or two members, so that a value reaches the simulation
behind the checks it passes (a huge but well-formed memory, say). Seeded, so the same arguments give
the same requests.

    python3 scripts/fuzz-ecs-requests.py --seed 1 --count 2000 OPERATION...
"""
import argparse, gzip, json, os, random

import botocore

MODEL = os.path.join(os.path.dirname(botocore.__file__), "data", "ecs", "2014-11-13", "service-2.json.gz")

INTEGERS = [-(2**63), -(2**31), -1, 0, 1, 2, 3, 10, 11, 100, 101, 255, 256, 5000, 5001, 65535, 2**31 - 1, 2**31, 2**62]
STRINGS = [
    "", "prod", "web", "api", "worker", "frontend", "default", "web:7", "api:13", "ghost", "FARGATE", "FARGATE_SPOT",
    "ACTIVE", "DRAINING", "INACTIVE", "RUNNING", "STOPPED", "EC2", "REPLICA", "DAEMON", "TAGS", "spread", "binpack",
    "random", "memberOf", "distinctInstance", "instanceId", "memory", "cpu", "attribute:ecs.availability-zone",
    "attribute:ecs.instance-type == m5.large", "attribute:x ==", "(((", "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
    "arn:aws:ecs:us-east-1:123456789012:service/prod/web", "arn:aws:ecs:eu-west-1:999999999999:cluster/prod",
    "arn:aws:ecs:us-east-1:123456789012:task-definition/web:7", "arn:", "arn:aws:ecs:::::", "1 vCPU", "2 GB", "-1 vCPU",
    "256", "512", "99999999999", "1e400", "aws:reserved", "x" * 300, "ünïcødé ✓ 漢字", "\u0000", '{"instanceId":"i-0f","instanceType":"m5.large"}',
    '{"instanceType":"z9.huge"}', "not json", "subnet-1", "ENABLED", "nginx:1.27",
]


def value(model, shape_name, rng, depth):
    shape = model["shapes"][shape_name]
    kind = shape["type"]
    roll = rng.random()
    if roll < 0.07:  # the wrong type on purpose
        return rng.choice([None, True, 3.5, "text", [], {}, [1, "a"], {"x": {"y": [None]}}])
    if kind == "string":
        if "enum" in shape and rng.random() < 0.7:
            return rng.choice(shape["enum"])
        return rng.choice(STRINGS)
    if kind in ("integer", "long"):
        return rng.choice(INTEGERS)
    if kind == "boolean":
        return rng.random() < 0.5
    if kind in ("double", "float"):
        return rng.choice([0.0, -1.5, 1e308, 0.5])
    if kind == "timestamp":
        return rng.choice([0, 1767225600, -1, 2**40])
    if kind == "list":
        if depth > 2:
            return []
        count = rng.choice([0, 1, 1, 2, 3, 11, 101])
        return [value(model, shape["member"]["shape"], rng, depth + 1) for _ in range(count)]
    if kind == "map":
        return {rng.choice(STRINGS): value(model, shape["value"]["shape"], rng, depth + 1) for _ in range(rng.choice([0, 1, 2]))}
    if kind == "structure":
        if depth > 2:
            return {}
        return structure(model, shape_name, rng, depth + 1)
    return None


# Valid requests against the default scenario; the family `fuzz` and cluster `lab` are created here.
TEMPLATES = {
    "CreateCluster": {"clusterName": "lab", "capacityProviders": ["FARGATE"],
                      "defaultCapacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1, "base": 0}]},
    "RegisterTaskDefinition": {"family": "fuzz", "networkMode": "bridge",
                               "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "cpu": 128, "memory": 256,
                                                         "memoryReservation": 128, "essential": True,
                                                         "portMappings": [{"containerPort": 80, "hostPort": 0}],
                                                         "healthCheck": {"command": ["CMD", "true"], "interval": 30}}]},
    "CreateService": {"cluster": "prod", "serviceName": "fuzz", "taskDefinition": "fuzz", "desiredCount": 2,
                      "launchType": "EC2", "deploymentConfiguration": {"maximumPercent": 200, "minimumHealthyPercent": 100},
                      "placementStrategy": [{"type": "spread", "field": "instanceId"}],
                      "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.instance-type =~ m5.*"}],
                      "healthCheckGracePeriodSeconds": 10},
    "UpdateService": {"cluster": "prod", "service": "fuzz", "desiredCount": 3, "taskDefinition": "fuzz",
                      "forceNewDeployment": True, "deploymentConfiguration": {"maximumPercent": 150, "minimumHealthyPercent": 50}},
    "RunTask": {"cluster": "prod", "taskDefinition": "fuzz", "count": 2, "launchType": "EC2", "group": "fuzz",
                "startedBy": "fuzz", "placementStrategy": [{"type": "binpack", "field": "memory"}]},
    "RegisterContainerInstance": {"cluster": "prod",
                                  "instanceIdentityDocument": '{"instanceId":"i-0fuzz","instanceType":"m5.large","availabilityZone":"us-east-1a"}',
                                  "totalResources": [{"name": "CPU", "type": "INTEGER", "integerValue": 2048},
                                                     {"name": "MEMORY", "type": "INTEGER", "integerValue": 7680}],
                                  "attributes": [{"name": "stack", "value": "blue"}]},
    "UpdateContainerInstancesState": {"cluster": "prod", "containerInstances": ["i-0fuzz"], "status": "DRAINING"},
    "TagResource": {"resourceArn": "arn:aws:ecs:us-east-1:123456789012:service/prod/fuzz", "tags": [{"key": "k", "value": "v"}]},
    "ListTasks": {"cluster": "prod", "serviceName": "fuzz", "maxResults": 10},
    "DeleteService": {"cluster": "prod", "service": "fuzz", "force": True},
}


def mutate(body, rng):
    """`body` with one member somewhere inside replaced by an edge value of any type."""
    def paths(node, prefix):
        if isinstance(node, dict):
            for key, child in node.items():
                yield prefix + [key]
                yield from paths(child, prefix + [key])
        elif isinstance(node, list):
            for index, child in enumerate(node):
                yield prefix + [index]
                yield from paths(child, prefix + [index])
    candidates = list(paths(body, []))
    if not candidates:
        return body
    path = rng.choice(candidates)
    target = body
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = rng.choice(INTEGERS + STRINGS + [None, True, [], {}, -0.5, [2**62], {"a": 1}])
    return body


def structure(model, shape_name, rng, depth):
    shape = model["shapes"][shape_name]
    required = set(shape.get("required", []))
    body = {}
    for name, member in shape.get("members", {}).items():
        keep = 0.85 if name in required else 0.35
        if rng.random() < keep:
            body[name] = value(model, member["shape"], rng, depth)
    return body


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("operations", nargs="+")
    arguments = parser.parse_args()
    with gzip.open(MODEL) as model_file:
        model = json.load(model_file)
    rng = random.Random(arguments.seed)
    requests = []
    for _ in range(arguments.count):
        templated = [name for name in arguments.operations if name in TEMPLATES]
        if templated and rng.random() < 0.5:
            operation = rng.choice(templated)
            body = json.loads(json.dumps(TEMPLATES[operation]))
            for _ in range(rng.choice([0, 1, 1, 2])):
                body = mutate(body, rng)
        else:
            operation = rng.choice(arguments.operations)
            body = structure(model, model["operations"][operation]["input"]["shape"], rng, 0)
        text = json.dumps(body, ensure_ascii=rng.random() < 0.5)
        if rng.random() < 0.03:  # broken JSON now and then
            text = text[: rng.randrange(len(text) + 1)]
        requests.append([operation, text])
    json.dump(requests, fp=__import__("sys").stdout)


if __name__ == "__main__":
    main()
