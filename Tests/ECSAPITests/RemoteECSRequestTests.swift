import AWSWire
@testable import ECSAPI
import ECSModel
import Foundation
import Simulator
import Testing

/// Every command goes out as the ECS request that expresses it, with every member it carries: each row
/// sets every field of one command and names the JSON members the request must have.
@Suite struct RemoteECSRequestTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var command: ControlPlaneCommand
        var operation: String
        var members: [String: JSONMember]
        var testDescription: String { operation }
    }

    /// A JSON value as `JSONSerialization` reads it, comparable.
    enum JSONMember: Decodable, Equatable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
        ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
        case string(String), number(Int), bool(Bool), array([JSONMember]), object([String: JSONMember])

        init(stringLiteral value: String) { self = .string(value) }
        init(integerLiteral value: Int) { self = .number(value) }
        init(booleanLiteral value: Bool) { self = .bool(value) }
        init(arrayLiteral elements: JSONMember...) { self = .array(elements) }
        init(dictionaryLiteral elements: (String, JSONMember)...) {
            self = .object(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
        }

        /// JSONDecoder keeps `true` and `1` apart, which JSONSerialization's NSNumbers do not on Linux.
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                self = .bool(flag)
            } else if let number = try? container.decode(Int.self) {
                self = .number(number)
            } else if let string = try? container.decode(String.self) {
                self = .string(string)
            } else if let array = try? container.decode([JSONMember].self) {
                self = .array(array)
            } else {
                self = .object(try container.decode([String: JSONMember].self))
            }
        }
    }

    static let strategy: [PlacementStrategy] = [PlacementStrategy(type: .spread, field: "attribute:ecs.availability-zone"), PlacementStrategy(type: .random)]
    static let constraints: [PlacementConstraint] = [PlacementConstraint(type: .memberOf, expression: "attribute:ecs.instance-type =~ t3.*")]
    static let providers = [CapacityProviderStrategyItem(capacityProvider: "FARGATE_SPOT", weight: 3, base: 1)]
    static let configuration = DeploymentConfiguration(
        minimumHealthyPercent: 50, maximumPercent: 150, deploymentCircuitBreaker: DeploymentCircuitBreaker(enable: true, rollback: true))
    static let configurationJSON: JSONMember = [
        "minimumHealthyPercent": 50, "maximumPercent": 150, "deploymentCircuitBreaker": ["enable": true, "rollback": true],
    ]
    static let strategyJSON: JSONMember = [["type": "spread", "field": "attribute:ecs.availability-zone"], ["type": "random"]]
    static let constraintsJSON: JSONMember = [["type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*"]]
    static let providersJSON: JSONMember = [["capacityProvider": "FARGATE_SPOT", "weight": 3, "base": 1]]

    static let rows: [Row] = [
        Row(
            command: .updateService(ServiceUpdate(
                cluster: "prod", service: "api", desiredCount: 4, taskDefinition: "api:13", forceNewDeployment: true,
                deploymentConfiguration: configuration, healthCheckGracePeriodSeconds: 60, propagateTags: .service,
                enableECSManagedTags: false, enableExecuteCommand: true)),
            operation: "UpdateService",
            members: [
                "cluster": "prod", "service": "api", "desiredCount": 4, "taskDefinition": "api:13", "forceNewDeployment": true,
                "deploymentConfiguration": configurationJSON, "healthCheckGracePeriodSeconds": 60, "propagateTags": "SERVICE",
                "enableECSManagedTags": false, "enableExecuteCommand": true,
            ]),
        Row(
            command: .stopTask(cluster: "prod", task: "3f9a", reason: "Task stopped by user"), operation: "StopTask",
            members: ["cluster": "prod", "task": "3f9a", "reason": "Task stopped by user"]),
        Row(
            command: .updateContainerInstancesState(cluster: "prod", containerInstances: ["a", "b"], status: .draining),
            operation: "UpdateContainerInstancesState",
            members: ["cluster": "prod", "containerInstances": ["a", "b"], "status": "DRAINING"]),
        Row(
            command: .runTask(RunTaskRequest(
                cluster: "prod", taskDefinition: "batch:1", count: 3, launchType: .fargate, capacityProviderStrategy: providers,
                group: "jobs", startedBy: "cron", placementStrategy: strategy, placementConstraints: constraints,
                propagateTags: .taskDefinition, enableECSManagedTags: true, enableExecuteCommand: true)),
            operation: "RunTask",
            members: [
                "cluster": "prod", "taskDefinition": "batch:1", "count": 3, "launchType": "FARGATE",
                "capacityProviderStrategy": providersJSON, "group": "jobs", "startedBy": "cron", "placementStrategy": strategyJSON,
                "placementConstraints": constraintsJSON, "propagateTags": "TASK_DEFINITION", "enableECSManagedTags": true,
                "enableExecuteCommand": true,
            ]),
        Row(
            command: .registerTaskDefinition(TaskDefinition(
                family: "batch", revision: 0, arn: "", networkMode: .awsvpc, cpu: 512, memory: 1024,
                containerDefinitions: [
                    ContainerDefinition(
                        name: "main", image: "batch:1.2", cpu: 256, memory: 512, memoryReservation: 256,
                        portMappings: [PortMapping(containerPort: 8080, hostPort: 8080, protocol: .udp)],
                        essential: false, environment: [KeyValuePair(name: "MODE", value: "fast")],
                        command: ["run"], entryPoint: ["/bin/sh", "-c"],
                        logConfiguration: LogConfiguration(options: ["awslogs-group": "/ecs/batch"]),
                        healthCheck: ContainerHealthCheck(command: ["CMD-SHELL", "true"], interval: 10, timeout: 2, retries: 5, startPeriod: 30)),
                ],
                volumes: [Volume(name: "host", hostSourcePath: "/var/data")],
                taskRoleARN: "arn:aws:iam::123456789012:role/batch", executionRoleARN: "arn:aws:iam::123456789012:role/exec",
                requiresCompatibilities: [.ec2, .fargate])),
            operation: "RegisterTaskDefinition",
            members: [
                "family": "batch", "networkMode": "awsvpc", "cpu": "512", "memory": "1024",
                "containerDefinitions": [[
                    "name": "main", "image": "batch:1.2", "cpu": 256, "memory": 512, "memoryReservation": 256,
                    "portMappings": [["containerPort": 8080, "hostPort": 8080, "protocol": "udp"]], "essential": false,
                    "environment": [["name": "MODE", "value": "fast"]], "command": ["run"], "entryPoint": ["/bin/sh", "-c"],
                    "logConfiguration": ["logDriver": "awslogs", "options": ["awslogs-group": "/ecs/batch"]],
                    "healthCheck": ["command": ["CMD-SHELL", "true"], "interval": 10, "timeout": 2, "retries": 5, "startPeriod": 30],
                ]],
                "volumes": [["name": "host", "host": ["sourcePath": "/var/data"]]],
                "taskRoleArn": "arn:aws:iam::123456789012:role/batch", "executionRoleArn": "arn:aws:iam::123456789012:role/exec",
                "requiresCompatibilities": ["EC2", "FARGATE"],
            ]),
        Row(
            command: .createService({
                var creation = ServiceCreation(
                    cluster: "prod", serviceName: "full", taskDefinition: "batch:1", desiredCount: 3, launchType: .fargate,
                    capacityProviderStrategy: providers, schedulingStrategy: .daemon, deploymentConfiguration: configuration,
                    loadBalancers: [LoadBalancer(targetGroupARN: "arn:tg/full", containerName: "main", containerPort: 8080)],
                    healthCheckGracePeriodSeconds: 30, placementStrategy: strategy, placementConstraints: constraints,
                    propagateTags: .service, enableECSManagedTags: true, enableExecuteCommand: true,
                    tags: [ResourceTag(key: "team", value: "a")])
                creation.networkConfiguration = AwsVpcConfiguration(subnets: ["subnet-1"], securityGroups: ["sg-1"], assignPublicIp: true)
                return creation
            }()),
            operation: "CreateService",
            members: [
                "cluster": "prod", "serviceName": "full", "taskDefinition": "batch:1", "desiredCount": 3, "launchType": "FARGATE",
                "capacityProviderStrategy": providersJSON, "schedulingStrategy": "DAEMON", "deploymentConfiguration": configurationJSON,
                "loadBalancers": [["targetGroupArn": "arn:tg/full", "containerName": "main", "containerPort": 8080]],
                "healthCheckGracePeriodSeconds": 30, "placementStrategy": strategyJSON, "placementConstraints": constraintsJSON,
                "propagateTags": "SERVICE", "enableECSManagedTags": true, "enableExecuteCommand": true,
                "tags": [["key": "team", "value": "a"]],
                "networkConfiguration": ["awsvpcConfiguration": ["subnets": ["subnet-1"], "securityGroups": ["sg-1"], "assignPublicIp": "ENABLED"]],
            ]),
        Row(
            command: .deleteService(cluster: "prod", service: "web", force: true), operation: "DeleteService",
            members: ["cluster": "prod", "service": "web", "force": true]),
        Row(
            command: .deregisterTaskDefinition("batch:1"), operation: "DeregisterTaskDefinition",
            members: ["taskDefinition": "batch:1"]),
        Row(
            command: .createCluster(ClusterCreation(
                clusterName: "lab", capacityProviders: ["FARGATE", "FARGATE_SPOT"], defaultCapacityProviderStrategy: providers)),
            operation: "CreateCluster",
            members: ["clusterName": "lab", "capacityProviders": ["FARGATE", "FARGATE_SPOT"], "defaultCapacityProviderStrategy": providersJSON]),
        Row(command: .deleteCluster("lab"), operation: "DeleteCluster", members: ["cluster": "lab"]),
        Row(
            command: .registerContainerInstance(ContainerInstanceRegistration(
                cluster: "lab", ec2InstanceID: "i-0abc", instanceType: "m5.large", availabilityZone: "us-east-1b",
                totalResources: Resources(cpu: 2048, memory: 7680), attributes: ["stack": "blue", "capability.x": ""])),
            operation: "RegisterContainerInstance",
            members: [
                "cluster": "lab",
                "instanceIdentityDocument": #"{"availabilityZone":"us-east-1b","instanceId":"i-0abc","instanceType":"m5.large"}"#,
                "totalResources": [
                    ["name": "CPU", "type": "INTEGER", "integerValue": 2048], ["name": "MEMORY", "type": "INTEGER", "integerValue": 7680],
                ],
                "attributes": [["name": "capability.x"], ["name": "stack", "value": "blue"]],
            ]),
        Row(
            command: .deregisterContainerInstance(cluster: "lab", containerInstance: "9f1e", force: true),
            operation: "DeregisterContainerInstance", members: ["cluster": "lab", "containerInstance": "9f1e", "force": true]),
        Row(
            command: .tagResource(resourceARN: "arn:aws:ecs:us-east-1:123456789012:cluster/lab", tags: [
                ResourceTag(key: "team", value: "a"), ResourceTag(key: "empty"),
            ]),
            operation: "TagResource",
            members: [
                "resourceArn": "arn:aws:ecs:us-east-1:123456789012:cluster/lab",
                "tags": [["key": "team", "value": "a"], ["key": "empty", "value": ""]],
            ]),
        Row(
            command: .untagResource(resourceARN: "arn:aws:ecs:us-east-1:123456789012:cluster/lab", tagKeys: ["team", "empty"]),
            operation: "UntagResource",
            members: ["resourceArn": "arn:aws:ecs:us-east-1:123456789012:cluster/lab", "tagKeys": ["team", "empty"]]),
        Row(
            command: .putAttributes(cluster: "prod", attributes: [
                InstanceAttribute(name: "stack", value: "blue", targetID: "9f1e"),
                InstanceAttribute(name: "gpu", targetID: "arn:aws:ecs:us-east-1:123456789012:container-instance/prod/9f1e"),
            ]),
            operation: "PutAttributes",
            members: [
                "cluster": "prod",
                "attributes": [
                    ["name": "stack", "value": "blue", "targetType": "container-instance", "targetId": "9f1e"],
                    ["name": "gpu", "targetType": "container-instance", "targetId": "arn:aws:ecs:us-east-1:123456789012:container-instance/prod/9f1e"],
                ],
            ]),
        Row(
            command: .deleteAttributes(cluster: "prod", attributes: [InstanceAttribute(name: "stack", targetID: "9f1e")]),
            operation: "DeleteAttributes",
            members: ["cluster": "prod", "attributes": [["name": "stack", "targetType": "container-instance", "targetId": "9f1e"]]]),
    ]

    @Test(arguments: rows) func everyMemberOfTheCommandIsInItsRequest(_ row: Row) throws {
        let request = try #require(row.command.ecsRequest)
        #expect(request.operation == row.operation)
        let body = try AWSJSONCoding.encoder().encode(request)
        #expect(try JSONDecoder().decode(JSONMember.self, from: body) == .object(row.members), "\(String(decoding: body, as: UTF8.self))")
    }

    @Test func everyECSCommandHasARow() {
        let covered = Set(Self.rows.map(\.operation))
        #expect(covered == Set(ECSRequest.operations))
    }

    @Test func simulationCommandsHaveNoRequest() {
        for command: ControlPlaneCommand in [.injectFault(.crashTask(cluster: "prod", task: "3f9a")), .setPaused(true), .setSpeed(2), .stepToNextEvent] {
            #expect(command.ecsRequest == nil)
        }
    }

    /// UpdateService's tagging and exec flags reach a served simulation, where they used to stay behind.
    @Test func anUpdateReachesTheEndpointWhole() throws {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        let controlPlane = LockedControlPlane(SimulatedControlPlane(simulator: simulator))
        let served = try SignedServedSimulation(controlPlane, refreshInterval: .seconds(60))
        defer { served.stop() }
        let remote = served.remote
        try remote.execute(.updateService(ServiceUpdate(
            cluster: "prod", service: "worker", desiredCount: 3, propagateTags: .service, enableECSManagedTags: true,
            enableExecuteCommand: true)))
        let service = try #require(controlPlane.snapshot().cluster(named: "prod")?.service(named: "worker")?.service)
        #expect(service.desiredCount == 3)
        #expect(service.propagateTags == .service)
        #expect(service.enableECSManagedTags)
        #expect(service.enableExecuteCommand)
    }
}
