import Foundation

// RegisterTaskDefinition's input as a recording writes it: every field the model has, under its own name.

extension TaskDefinition {
    struct Record: Codable {
        var family: String
        var revision: Int
        var arn: String
        var networkMode: RawValueCoded<NetworkMode>
        var cpu: Int?
        var memory: Int?
        var containerDefinitions: [ContainerDefinition.Record]
        var volumes: [Volume.Record]
        var taskRoleARN: String?
        var executionRoleARN: String?
        var requiresCompatibilities: [RawValueCoded<LaunchType>]
        var status: String

        init(_ definition: TaskDefinition) {
            family = definition.family
            revision = definition.revision
            arn = definition.arn
            networkMode = RawValueCoded(definition.networkMode)
            cpu = definition.cpu
            memory = definition.memory
            containerDefinitions = definition.containerDefinitions.map(ContainerDefinition.Record.init)
            volumes = definition.volumes.map(Volume.Record.init)
            taskRoleARN = definition.taskRoleARN
            executionRoleARN = definition.executionRoleARN
            requiresCompatibilities = definition.requiresCompatibilities.map(RawValueCoded.init)
            status = definition.status
        }

        var value: TaskDefinition {
            TaskDefinition(
                family: family, revision: revision, arn: arn, networkMode: networkMode.value, cpu: cpu, memory: memory,
                containerDefinitions: containerDefinitions.map(\.value), volumes: volumes.map(\.value),
                taskRoleARN: taskRoleARN, executionRoleARN: executionRoleARN,
                requiresCompatibilities: requiresCompatibilities.map(\.value), status: status)
        }
    }
}

extension ContainerDefinition {
    struct Record: Codable {
        var name: String
        var image: String
        var cpu: Int
        var memory: Int?
        var memoryReservation: Int?
        var portMappings: [PortMapping.Record]
        var essential: Bool
        var environment: [KeyValuePair.Record]
        var command: [String]
        var entryPoint: [String]
        var logConfiguration: LogConfiguration.Record?
        var healthCheck: ContainerHealthCheck.Record?

        init(_ container: ContainerDefinition) {
            name = container.name
            image = container.image
            cpu = container.cpu
            memory = container.memory
            memoryReservation = container.memoryReservation
            portMappings = container.portMappings.map(PortMapping.Record.init)
            essential = container.essential
            environment = container.environment.map(KeyValuePair.Record.init)
            command = container.command
            entryPoint = container.entryPoint
            logConfiguration = container.logConfiguration.map(LogConfiguration.Record.init)
            healthCheck = container.healthCheck.map(ContainerHealthCheck.Record.init)
        }

        var value: ContainerDefinition {
            ContainerDefinition(
                name: name, image: image, cpu: cpu, memory: memory, memoryReservation: memoryReservation,
                portMappings: portMappings.map(\.value), essential: essential, environment: environment.map(\.pair),
                command: command, entryPoint: entryPoint, logConfiguration: logConfiguration?.value,
                healthCheck: healthCheck?.value)
        }
    }
}

extension PortMapping {
    struct Record: Codable {
        var containerPort: Int
        var hostPort: Int?
        var `protocol`: RawValueCoded<TransportProtocol>

        init(_ mapping: PortMapping) {
            containerPort = mapping.containerPort
            hostPort = mapping.hostPort
            `protocol` = RawValueCoded(mapping.protocol)
        }

        var value: PortMapping { PortMapping(containerPort: containerPort, hostPort: hostPort, protocol: `protocol`.value) }
    }
}

extension KeyValuePair {
    struct Record: Codable {
        var name: String
        var value: String

        init(_ pair: KeyValuePair) {
            name = pair.name
            value = pair.value
        }

        var pair: KeyValuePair { KeyValuePair(name: name, value: value) }
    }
}

extension LogConfiguration {
    struct Record: Codable {
        var logDriver: String
        var options: [String: String]

        init(_ configuration: LogConfiguration) {
            logDriver = configuration.logDriver
            options = configuration.options
        }

        var value: LogConfiguration { LogConfiguration(logDriver: logDriver, options: options) }
    }
}

extension ContainerHealthCheck {
    struct Record: Codable {
        var command: [String]
        var interval: Int
        var timeout: Int
        var retries: Int
        var startPeriod: Int

        init(_ check: ContainerHealthCheck) {
            command = check.command
            interval = check.interval
            timeout = check.timeout
            retries = check.retries
            startPeriod = check.startPeriod
        }

        var value: ContainerHealthCheck {
            ContainerHealthCheck(command: command, interval: interval, timeout: timeout, retries: retries, startPeriod: startPeriod)
        }
    }
}

extension Volume {
    struct Record: Codable {
        var name: String
        var hostSourcePath: String?

        init(_ volume: Volume) {
            name = volume.name
            hostSourcePath = volume.hostSourcePath
        }

        var value: Volume { Volume(name: name, hostSourcePath: hostSourcePath) }
    }
}
