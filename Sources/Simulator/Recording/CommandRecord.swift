import AWSWire
import Foundation

/// A command in a recording: one key, the command's name, holding its values. A command of ECS's API
/// is the ECS request that expresses it, under the operation's name (`UpdateService` as
/// `updateService`), written and read through the same mappings as the API itself:
/// `{"updateService":{"cluster":"prod","desiredCount":5,"service":"web"}}`. The simulation's own
/// commands have no request and a small form of their own: `{"setPaused":true}`, `{"stepToNextEvent":{}}`,
/// `{"injectFault":{"crashTask":{…}}}`.
struct CommandRecord: Codable {
    var command: ControlPlaneCommand

    init(_ command: ControlPlaneCommand) { self.command = command }

    /// The recording format's version the line comes from, in the decoder's user info; absent: the current.
    static let versionKey = CodingUserInfoKey(rawValue: "recordingVersion")!

    /// The key of an ECS operation's command.
    static func name(of operation: String) -> String {
        operation.prefix(1).lowercased() + operation.dropFirst()
    }

    private static let operationsByName = Dictionary(
        uniqueKeysWithValues: ECSRequest.operations.map { (name(of: $0), $0) })

    private enum SimulationName: String, CodingKey {
        case injectFault, setPaused, setSpeed, stepToNextEvent
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private struct Nothing: Codable {}

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        let keys = container.allKeys
        guard keys.count == 1, let key = keys.first else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "expected exactly one command name, found \(keys.count)"))
        }
        if let operation = Self.operationsByName[key.stringValue] {
            let version = decoder.userInfo[Self.versionKey] as? Int ?? RunRecording.version
            let nested = try container.superDecoder(forKey: key)
            let request = try version < 2
                ? LegacyCommandRecord.request(operation, from: nested)
                : ECSRequest(operation: operation, from: nested)
            guard let request else { throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "unknown command '\(key.stringValue)'") }
            do {
                command = try ControlPlaneCommand(request)
            } catch {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: error.description)
            }
            return
        }
        guard let name = SimulationName(stringValue: key.stringValue) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "unknown command '\(key.stringValue)'"))
        }
        let simulation = try decoder.container(keyedBy: SimulationName.self)
        switch name {
        case .injectFault:
            let faultNames = try simulation.nestedContainer(keyedBy: AnyKey.self, forKey: name).allKeys.map(\.stringValue)
            if faultNames.count == 1, let unknown = faultNames.first, !Fault.Record.names.contains(unknown) {
                throw DecodingError.dataCorruptedError(forKey: name, in: simulation, debugDescription: "unknown fault '\(unknown)'")
            }
            guard let fault = try simulation.decode(Fault.Record.self, forKey: name).value else {
                throw DecodingError.dataCorruptedError(
                    forKey: name, in: simulation, debugDescription: "duration must be a number of seconds, not negative")
            }
            command = .injectFault(fault)
        case .setPaused:
            command = .setPaused(try simulation.decode(Bool.self, forKey: name))
        case .setSpeed:
            command = .setSpeed(try simulation.decode(Double.self, forKey: name))
        case .stepToNextEvent:
            _ = try simulation.decode(Nothing.self, forKey: name)
            command = .stepToNextEvent
        }
    }

    func encode(to encoder: any Encoder) throws {
        if let request = command.ecsRequest {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode(request, forKey: AnyKey(stringValue: Self.name(of: request.operation)))
            return
        }
        var container = encoder.container(keyedBy: SimulationName.self)
        switch command {
        case .injectFault(let fault):
            try container.encode(Fault.Record(fault), forKey: .injectFault)
        case .setPaused(let paused):
            try container.encode(paused, forKey: .setPaused)
        case .setSpeed(let speed):
            try container.encode(speed, forKey: .setSpeed)
        case .stepToNextEvent:
            try container.encode(Nothing(), forKey: .stepToNextEvent)
        default:
            // Every other command has its ECS request, written above.
            throw EncodingError.invalidValue(command, .init(codingPath: encoder.codingPath, debugDescription: "no request"))
        }
    }
}
