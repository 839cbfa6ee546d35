import ECSModel

// ListServices, DescribeServices, UpdateService, CreateService, DeleteService. ListServices lists ACTIVE
// services only; DescribeServices also finds deleted (DRAINING, INACTIVE) ones.
extension ECSRequestRouter {
    func listServices(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let cluster = try cluster(input, in: controlPlane.snapshot())
        let launchType = try input.enumeration("launchType", LaunchType.self)
        let scheduling = try input.enumeration("schedulingStrategy", SchedulingStrategy.self)
        let services = cluster.services.map(\.service).filter { service in
            service.status == "ACTIVE" && (launchType.map { $0 == service.launchType } ?? true)
                && (scheduling.map { $0 == service.schedulingStrategy } ?? true)
        }
        return try page(services.map(\.arn), key: "serviceArns", input)
    }

    func describeServices(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let names = try batch("services", limit: 10, input)
        let cluster = try cluster(input, in: controlPlane.snapshot())
        var services: [JSONValue] = []
        var failures: [JSONValue] = []
        for name in names {
            if let service = cluster.service(named: name.arnResourceID) {
                services.append(service.service.apiRepresentation)
            } else {
                let arn = name.hasPrefix("arn:") ? name : self.names.serviceARN(cluster: cluster.id, service: name)
                failures.append(Self.missing(arn))
            }
        }
        return .object([.init("services", .array(services)), .init("failures", .array(failures))])
    }

    func updateService(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let clusterName = try cluster(input, in: controlPlane.snapshot()).id
        let service = try input.requiredString("service").arnResourceID
        let update = ServiceUpdate(
            cluster: clusterName, service: service, desiredCount: try input.integer("desiredCount"),
            taskDefinition: try input.string("taskDefinition"),
            forceNewDeployment: try input.bool("forceNewDeployment") ?? false,
            deploymentConfiguration: try input.structure("deploymentConfiguration").map(deploymentConfiguration),
            healthCheckGracePeriodSeconds: try input.integer("healthCheckGracePeriodSeconds"))
        let after = try execute(.updateService(update))
        return try serviceResponse(after, cluster: clusterName, service: service)
    }

    func createService(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let clusterName = try cluster(input, in: controlPlane.snapshot()).id
        let serviceName = try input.requiredString("serviceName")
        // Members the simulator could model but this endpoint does not read yet: refused, not ignored.
        for key in ["loadBalancers", "placementStrategy", "placementConstraints", "capacityProviderStrategy",
                    "networkConfiguration", "serviceRegistries"] where input.members[key] != nil {
            if case .array(let elements) = input.members[key], elements.isEmpty { continue }
            throw .client("ecstop serve does not take \(key) in CreateService yet.")
        }
        let creation = ServiceCreation(
            cluster: clusterName, serviceName: serviceName, taskDefinition: try input.requiredString("taskDefinition"),
            desiredCount: try input.integer("desiredCount") ?? 0,
            launchType: try input.enumeration("launchType", LaunchType.self),
            schedulingStrategy: try input.enumeration("schedulingStrategy", SchedulingStrategy.self) ?? .replica,
            deploymentConfiguration: try input.structure("deploymentConfiguration").map(deploymentConfiguration)
                ?? DeploymentConfiguration(),
            healthCheckGracePeriodSeconds: try input.integer("healthCheckGracePeriodSeconds") ?? 0)
        let after = try execute(.createService(creation))
        return try serviceResponse(after, cluster: clusterName, service: serviceName)
    }

    private func serviceResponse(_ snapshot: ControlPlaneSnapshot, cluster: String, service: String) throws(ECSError) -> JSONValue {
        guard let found = snapshot.cluster(named: cluster)?.service(named: service) else { throw .serviceNotFound() }
        return .object([.init("service", found.service.apiRepresentation)])
    }

    private func deploymentConfiguration(_ input: RequestInput) throws(ECSError) -> DeploymentConfiguration {
        let defaults = DeploymentConfiguration()
        return DeploymentConfiguration(
            minimumHealthyPercent: try input.integer("minimumHealthyPercent") ?? defaults.minimumHealthyPercent,
            maximumPercent: try input.integer("maximumPercent") ?? defaults.maximumPercent)
    }

    /// The service as it is once deleted: DRAINING while its tasks stop, INACTIVE when it had none.
    func deleteService(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let clusterName = try cluster(input, in: controlPlane.snapshot()).id
        let service = try input.requiredString("service").arnResourceID
        let after = try execute(.deleteService(cluster: clusterName, service: service, force: try input.bool("force") ?? false))
        return try serviceResponse(after, cluster: clusterName, service: service)
    }
}
