@testable import ECSAPI
import ECSModel
import Testing

/// Requests read into the generated shapes: wrong types, values outside the model and members the
/// simulation does not model get ECS's exceptions, naming the member.
@Suite struct TypedDecodingTests {
    let fixture = RouterFixture()

    private func message(_ json: JSONValue) -> String {
        guard case .string(let text)? = json["message"] else { return "" }
        return text
    }

    @Test func aNumberForABooleanIsASerializationExceptionNamingTheMember() throws {
        let (status, json) = try fixture.call("UpdateService", #"{"cluster":"prod","service":"web","forceNewDeployment":1}"#)
        #expect(status == 400 && json["__type"] == .string("SerializationException"))
        #expect(message(json) == "Member forceNewDeployment must be a boolean.", "\(json)")
    }

    @Test func aWrongTypeDeepInsideNamesItsPath() throws {
        let (_, json) = try fixture.call("RegisterTaskDefinition", #"""
            {"family":"x","containerDefinitions":[{"name":"a","image":"b","memory":64,"portMappings":[{"containerPort":"80"}]}]}
            """#)
        #expect(json["__type"] == .string("SerializationException"))
        #expect(message(json) == "Member containerDefinitions[0].portMappings[0].containerPort must be an integer.", "\(json)")
    }

    @Test func malformedJSONSaysSo() throws {
        let (status, json) = try fixture.call("ListTasks", #"{"cluster":"#)
        #expect(status == 400 && json["__type"] == .string("SerializationException"))
        #expect(message(json).hasPrefix("The request body is not valid JSON"), "\(json)")
        #expect(message(try fixture.call("ListTasks", "[1]").json) == "The request body must be a JSON object.")
    }

    @Test(arguments: [
        ("ListTasks", #"{"cluster":"prod","desiredStatus":"SLEEPING"}"#, "SLEEPING is not a valid value for desiredStatus."),
        ("CreateService", #"{"cluster":"prod","serviceName":"s","taskDefinition":"worker","launchType":"MOON"}"#,
         "MOON is not a valid value for launchType."),
        ("RunTask", #"{"cluster":"prod","taskDefinition":"worker","placementStrategy":[{"type":"scatter"}]}"#,
         "scatter is not a valid value for placementStrategy.type."),
        ("CreateService", #"{"cluster":"prod","serviceName":"s","taskDefinition":"worker","deploymentController":{"type":"BLUE"}}"#,
         "BLUE is not a valid value for deploymentController.type."),
        // In ECS's model, not in the simulation.
        ("CreateService", #"{"cluster":"prod","serviceName":"s","taskDefinition":"worker","launchType":"MANAGED_INSTANCES"}"#,
         "MANAGED_INSTANCES is not a valid value for launchType."),
    ])
    func anEnumValueOutsideTheSimulationIsAnInvalidParameter(operation: String, body: String, expected: String) throws {
        let (status, json) = try fixture.call(operation, body)
        #expect(status == 400 && json["__type"] == .string("InvalidParameterException"), "\(json)")
        #expect(message(json) == expected)
    }

    @Test(arguments: [
        ("CreateService", #"{"cluster":"prod","serviceName":"s","taskDefinition":"worker","role":"arn:aws:iam::123456789012:role/x"}"#,
         "ecstop serve does not take role in CreateService."),
        ("RegisterTaskDefinition", #"{"family":"x","pidMode":"host","containerDefinitions":[{"name":"a","image":"b","memory":64}]}"#,
         "ecstop serve does not take pidMode in RegisterTaskDefinition."),
        ("RegisterTaskDefinition", #"{"family":"x","containerDefinitions":[{"name":"a","image":"b","memory":64,"ulimits":[{"name":"nofile","softLimit":1,"hardLimit":2}]}]}"#,
         "ecstop serve does not take ulimits in containerDefinitions."),
        ("RunTask", #"{"cluster":"prod","taskDefinition":"worker","overrides":{"cpu":"512"}}"#,
         "ecstop serve does not take overrides in RunTask."),
    ])
    func aMemberTheSimulationDoesNotModelIsRefusedByName(operation: String, body: String, expected: String) throws {
        let (status, json) = try fixture.call(operation, body)
        #expect(status == 400 && json["__type"] == .string("ClientException"), "\(json)")
        #expect(message(json) == expected)
    }

    /// Defaults clients send for what they do not use ask for nothing and are taken.
    @Test func emptyListsFalseFlagsAndEmptyStructuresAskForNothing() throws {
        let (status, json) = try fixture.call("RegisterTaskDefinition", #"""
            {"family":"quiet","containerDefinitions":[{"name":"a","image":"b","memory":64,"mountPoints":[],"volumesFrom":[],
             "privileged":false,"linuxParameters":{}}],"placementConstraints":[]}
            """#)
        #expect(status == 200, "\(json)")
    }
}
