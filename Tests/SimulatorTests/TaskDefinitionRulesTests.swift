import Testing
@testable import Simulator

/// RegisterTaskDefinition: every rule with ECS's exception name and message, and registration itself.
@Suite struct TaskDefinitionRulesTests {
    let simulator = Simulator(scenario: Harness.scenario(instances: 1, desired: 0), seed: 1, chaos: .off)

    private func definition(
        family: String = "svc", mode: NetworkMode = .bridge, cpu: Int? = nil, memory: Int? = nil,
        fargate: Bool = false, _ containers: [ContainerDefinition] = [ContainerDefinition(name: "app", image: "nginx", memory: 128)]
    ) -> TaskDefinition {
        TaskDefinition(
            family: family, revision: 0, arn: "", networkMode: mode, cpu: cpu, memory: memory,
            containerDefinitions: containers, requiresCompatibilities: fargate ? [.fargate] : [])
    }

    private func refusal(_ definition: TaskDefinition) -> ECSError? {
        do {
            try simulator.execute(.registerTaskDefinition(definition))
            return nil
        } catch {
            return error
        }
    }

    @Test func registersTheFamilysNextRevisionWithEveryField() throws {
        let container = ContainerDefinition(
            name: "app", image: "nginx:1.27", cpu: 128, memory: 256, memoryReservation: 128,
            portMappings: [PortMapping(containerPort: 80)], environment: [KeyValuePair(name: "MODE", value: "prod")],
            command: ["nginx", "-g", "daemon off;"], entryPoint: ["/docker-entrypoint.sh"],
            logConfiguration: LogConfiguration(options: ["awslogs-group": "/ecs/app"]),
            healthCheck: ContainerHealthCheck(command: ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]))
        var input = TaskDefinition(
            family: "app", revision: 99, arn: "ignored", containerDefinitions: [container],
            volumes: [Volume(name: "data", hostSourcePath: "/srv/data")],
            taskRoleARN: "arn:aws:iam::123456789012:role/app", executionRoleARN: "arn:aws:iam::123456789012:role/exec",
            status: "INACTIVE")
        try simulator.execute(.registerTaskDefinition(input))
        let registered = try #require(simulator.snapshot().taskDefinitions["app:2"])
        #expect(registered.arn == "arn:aws:ecs:us-east-1:123456789012:task-definition/app:2")
        #expect(registered.status == "ACTIVE")
        #expect(registered.containerDefinitions == [container])
        #expect(registered.volumes == input.volumes && registered.taskRoleARN == input.taskRoleARN)
        #expect(simulator.snapshot().taskDefinitions["app:1"]?.status == "ACTIVE", "the snapshot lists every revision")
        input.family = "brand-new"
        try simulator.execute(.registerTaskDefinition(input))
        #expect(simulator.snapshot().taskDefinitions["brand-new:1"] != nil)
    }

    @Test func familyAndContainerNames() {
        #expect(refusal(definition(family: "")) == .client("Family can not be blank."))
        #expect(refusal(definition(family: "my app")) == .client("Family contains invalid characters."))
        #expect(refusal(definition(family: String(repeating: "a", count: 256))) == .client("Family contains invalid characters."))
        #expect(refusal(definition([])) == .client("Container list cannot be empty."))
        let eleven = (0..<11).map { ContainerDefinition(name: "c\($0)", image: "busybox", memory: 16) }
        #expect(refusal(definition(eleven)) == .client("Too many containers."))
        #expect(refusal(definition(Array(eleven.prefix(10)))) == nil, "ten containers are fine")
        let twins = [ContainerDefinition(name: "app", image: "a", memory: 16), ContainerDefinition(name: "app", image: "b", memory: 16)]
        #expect(refusal(definition(family: "twins", twins)) == .client("Container names must be unique within a Task Definition."))
        #expect(refusal(definition([ContainerDefinition(name: "", image: "a", memory: 16)])) == .client("Container.name should not be null or empty."))
        #expect(refusal(definition([ContainerDefinition(name: "a b", image: "a", memory: 16)])) == .client("Container.name contains invalid characters."))
    }

    @Test func memory() {
        let bare = ContainerDefinition(name: "app", image: "nginx")
        #expect(refusal(definition([bare])) == .client(
            "Invalid setting for container 'app'. At least one of 'memory' or 'memoryReservation' must be specified."))
        #expect(refusal(definition(memory: 512, [bare])) == nil, "task-level memory is enough")
        #expect(refusal(definition([ContainerDefinition(name: "app", image: "nginx", memoryReservation: 64)])) == nil)
        let inverted = ContainerDefinition(name: "app", image: "nginx", memory: 128, memoryReservation: 256)
        #expect(refusal(definition([inverted])) == .client("Invalid 'memoryReservation' setting for container 'app'."))
        #expect(refusal(definition([ContainerDefinition(name: "app", image: "nginx", memory: 5)])) == .client(
            "Invalid 'memory' setting for container 'app'. At least 6 megabytes of memory required."))
    }

    /// Sizes no instance could hold are refused before they reach placement's 32-bit counters (a 1 TiB
    /// container used to crash the server when RunTask placed it).
    @Test func sizesBeyondAnyInstanceAndCPUBelowZero() throws {
        let huge = ContainerDefinition(name: "app", image: "nginx", memory: 1 << 40)
        #expect(refusal(definition([huge])) == .client("Invalid 'memory' setting for container 'app'."))
        #expect(refusal(definition(memory: 1 << 40)) == .client("Invalid 'memory' setting for task."))
        let negative = ContainerDefinition(name: "app", image: "nginx", cpu: -5, memory: 128)
        #expect(refusal(definition([negative])) == .client("Invalid 'cpu' setting for container 'app'."))
        let sidecar = ContainerDefinition(name: "app", image: "nginx", memory: 128, essential: false)
        #expect(refusal(definition([sidecar])) == .client("A task definition must have at least one essential container."))
        let largest = ContainerDefinition(name: "app", image: "nginx", memory: InstanceType.largestResources.memory)
        try simulator.execute(.registerTaskDefinition(definition(family: "largest", [largest])))
        try simulator.execute(.runTask(cluster: "c", taskDefinition: "largest", count: 1))
        #expect(simulator.invariantViolations() == [])
    }

    @Test func portsPerNetworkMode() {
        func ports(_ mode: NetworkMode, _ mappings: [PortMapping]) -> ECSError? {
            refusal(definition(mode: mode, [ContainerDefinition(name: "app", image: "nginx", memory: 64, portMappings: mappings)]))
        }
        #expect(ports(.host, [PortMapping(containerPort: 80, hostPort: 8080)])
            == .client("When networkMode=host, the host ports and container ports in port mappings must match."))
        #expect(ports(.host, [PortMapping(containerPort: 80, hostPort: 80)]) == nil)
        #expect(ports(.awsvpc, [PortMapping(containerPort: 80, hostPort: 81)])
            == .client("When networkMode=awsvpc, the host ports and container ports in port mappings must match."))
        #expect(ports(.awsvpc, [PortMapping(containerPort: 80)]) == nil)
        #expect(ports(.bridge, [PortMapping(containerPort: 80, hostPort: 8080)]) == nil)
        #expect(ports(.bridge, [PortMapping(containerPort: 80), PortMapping(containerPort: 80)])
            == .invalidParameter("Container port 80 is used in more than one port mapping for container app"))
        #expect(ports(.bridge, [PortMapping(containerPort: 0)]) == .client("Invalid 'containerPort' setting for container 'app'."))
        let twoContainers = [
            ContainerDefinition(name: "a", image: "x", memory: 64, portMappings: [PortMapping(containerPort: 80, hostPort: 3000)]),
            ContainerDefinition(name: "b", image: "x", memory: 64, portMappings: [PortMapping(containerPort: 81, hostPort: 3000)]),
        ]
        #expect(refusal(definition(twoContainers)) == .client("TCP host port '3000' is mapped multiple times in task."))
    }

    @Test func fargateNeedsAwsvpcAndAValidSize() {
        #expect(refusal(definition(mode: .bridge, cpu: 256, memory: 512, fargate: true))
            == .client("Fargate only supports network mode \u{2018}awsvpc\u{2019}."))
        #expect(refusal(definition(mode: .awsvpc, memory: 512, fargate: true))
            == .client("Fargate requires that 'cpu' be defined at the task level."))
        #expect(refusal(definition(mode: .awsvpc, cpu: 256, fargate: true))
            == .client("Fargate requires that 'memory' be defined at the task level."))
        #expect(refusal(definition(mode: .awsvpc, cpu: 300, memory: 512, fargate: true)) == .client("Invalid 'cpu' setting for task."))
        #expect(refusal(definition(mode: .awsvpc, cpu: 512, memory: 8192, fargate: true)) == .client(
            "No Fargate configuration exists for given values: 512 CPU, 8192 memory. See the Amazon ECS documentation for the valid values."))
        #expect(refusal(definition(mode: .awsvpc, cpu: 256, memory: 512, fargate: true)) == nil)
    }

    @Test func fargateSizesMatchTheTable() {
        #expect(FargateTaskSize.isValid(cpu: 256, memory: 2048))
        #expect(!FargateTaskSize.isValid(cpu: 256, memory: 3072))
        #expect(FargateTaskSize.isValid(cpu: 1024, memory: 8192))
        #expect(FargateTaskSize.isValid(cpu: 4096, memory: 30 * 1024))
        #expect(!FargateTaskSize.isValid(cpu: 4096, memory: 31 * 1024))
        #expect(FargateTaskSize.isValid(cpu: 8192, memory: 20 * 1024))
        #expect(!FargateTaskSize.isValid(cpu: 8192, memory: 18 * 1024), "8 vCPU goes in 4 GiB steps")
        #expect(FargateTaskSize.isValid(cpu: 16384, memory: 120 * 1024))
        #expect(!FargateTaskSize.isValid(cpu: 16384, memory: 36 * 1024), "16 vCPU goes in 8 GiB steps")
    }

    @Test func refusedDefinitionsLeaveNoTrace() {
        let before = simulator.snapshot().taskDefinitions
        _ = refusal(definition(family: "svc", [ContainerDefinition(name: "app", image: "nginx")]))
        #expect(simulator.snapshot().taskDefinitions == before)
    }

    @Test func scenarioValidationUsesTheSameRules() {
        var scenario = Harness.scenario()
        scenario.taskDefinitions.append(.init(family: "bad", containerDefinitions: [ContainerDefinition(name: "x", image: "y")]))
        #expect(scenario.validationErrors() == [
            "Task definition bad:1: Invalid setting for container 'x'. At least one of 'memory' or 'memoryReservation' must be specified."
        ])
    }
}
