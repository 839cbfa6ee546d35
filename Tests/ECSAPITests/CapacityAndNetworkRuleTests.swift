@testable import ECSAPI
import ECSModel
import Testing

/// Capacity provider strategies (the model's CapacityProviderStrategyItem rules, the cluster's default
/// for RunTask) and awsvpc network configuration, as CreateService, RunTask and CreateCluster check them.
@Suite
struct CapacityAndNetworkRuleTests {
    let fixture = RouterFixture()
    static let network = #""networkConfiguration":{"awsvpcConfiguration":{"subnets":["subnet-1"]}}"#
    static let notAssociated = "The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again."

    private func message(_ operation: String, _ body: String) throws -> String? {
        guard case .string(let text)? = try fixture.call(operation, body).json["message"] else { return nil }
        return text
    }

    @Test func runTaskUsesTheClustersDefaultStrategy() throws {
        let created = try fixture.call("CreateCluster", """
            {"clusterName":"lab","capacityProviders":["FARGATE","FARGATE_SPOT"],
             "defaultCapacityProviderStrategy":[{"capacityProvider":"FARGATE_SPOT","weight":1}]}
            """)
        #expect(created.status == 200, "\(created.json)")
        let (status, json) = try fixture.call("RunTask", #"{"cluster":"lab","taskDefinition":"frontend","count":2,\#(Self.network)}"#)
        #expect(status == 200, "\(json)")
        #expect(fixture.count(json["tasks"]) == 2)
        #expect(json["tasks"]?[0]?["launchType"] == .string("FARGATE"))
        #expect(json["tasks"]?[1]?["capacityProviderName"] == .string("FARGATE_SPOT"))
    }

    @Test func strategiesMayNameOnlyProvidersAssociatedWithTheCluster() throws {
        // prod has prod-cp only: FARGATE needs associating (a FARGATE launch type does not).
        let service = #"{"cluster":"prod","serviceName":"edge","taskDefinition":"frontend","desiredCount":1,\#(Self.network),"capacityProviderStrategy":[{"capacityProvider":"FARGATE","weight":1}]}"#
        #expect(try message("CreateService", service) == Self.notAssociated)
        #expect(fixture.controlPlane.snapshot().cluster(named: "prod")!.service(named: "edge") == nil)
        let fargate = #"{"cluster":"prod","serviceName":"edge","taskDefinition":"frontend","desiredCount":1,\#(Self.network),"launchType":"FARGATE"}"#
        #expect(try fixture.errorType("CreateService", fargate) == nil)
        let unknown = #"{"cluster":"staging","taskDefinition":"web:7","capacityProviderStrategy":[{"capacityProvider":"nope","weight":1}]}"#
        #expect(try message("RunTask", unknown) == Self.notAssociated)
        let run = #"{"cluster":"prod","taskDefinition":"frontend",\#(Self.network),"capacityProviderStrategy":[{"capacityProvider":"FARGATE_SPOT","weight":1}]}"#
        #expect(try message("RunTask", run) == Self.notAssociated)
    }

    @Test func strategyItemsFollowTheModelsRules() throws {
        let cases: [(String, String)] = [
            (#"[{"capacityProvider":"FARGATE"}]"#, "At least one capacity provider in a capacity provider strategy must have a weight greater than zero."),
            (#"[{"capacityProvider":"FARGATE","weight":1,"base":1},{"capacityProvider":"FARGATE_SPOT","weight":1,"base":2}]"#,
             "Only one capacity provider in a capacity provider strategy can have a base defined."),
            (#"[{"capacityProvider":"FARGATE","weight":1},{"capacityProvider":"FARGATE","weight":2}]"#,
             "The capacity provider strategy cannot contain the capacity provider FARGATE more than once."),
            (#"[{"capacityProvider":"FARGATE","weight":1001}]"#, "The weight of capacity provider FARGATE must be between 0 and 1000."),
            (#"[{"capacityProvider":"FARGATE","weight":1,"base":100001}]"#, "The base of capacity provider FARGATE must be between 0 and 100000."),
        ]
        for (strategy, expected) in cases {
            let body = #"{"clusterName":"lab","capacityProviders":["FARGATE","FARGATE_SPOT"],"defaultCapacityProviderStrategy":\#(strategy)}"#
            #expect(try message("CreateCluster", body) == expected)
            let run = #"{"cluster":"prod","taskDefinition":"frontend",\#(Self.network),"capacityProviderStrategy":\#(strategy)}"#
            #expect(try message("RunTask", run) == expected)
        }
        #expect(fixture.controlPlane.snapshot().cluster(named: "lab") == nil)
    }

    @Test func awsvpcDefinitionsNeedANetworkConfigurationAndOthersRefuseOne() throws {
        let missing = "Network Configuration must be provided when networkMode 'awsvpc' is specified."
        let invalid = "Network Configuration is not valid for the given networkMode of this task definition."
        #expect(try message("RunTask", #"{"cluster":"prod","taskDefinition":"frontend","launchType":"FARGATE"}"#) == missing)
        #expect(try message("CreateService",
            #"{"cluster":"prod","serviceName":"edge","taskDefinition":"frontend","desiredCount":1,"launchType":"FARGATE"}"#) == missing)
        let frontend = fixture.controlPlane.snapshot().taskDefinitions.values.first { $0.family == "frontend" }!
        #expect(try message("RunTask", #"{"cluster":"prod","taskDefinition":"\#(frontend.arn)","launchType":"FARGATE"}"#) == missing)
        #expect(try message("RunTask", #"{"cluster":"staging","taskDefinition":"web:7",\#(Self.network)}"#) == invalid)
        #expect(try message("CreateService",
            #"{"cluster":"staging","serviceName":"web2","taskDefinition":"web","desiredCount":1,\#(Self.network)}"#) == invalid)
        #expect(fixture.controlPlane.snapshot().cluster(named: "staging")!.service(named: "web2") == nil)
        #expect(try fixture.errorType("RunTask", #"{"cluster":"staging","taskDefinition":"web:7"}"#) == nil)
    }
}
