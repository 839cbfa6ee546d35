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
        // ListServices alone pages by 10 unless told otherwise.
        return try page(services.map(\.arn), key: "serviceArns", input, defaultSize: 10)
    }

    func describeServices(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let names = try batch("services", limit: 10, input)
        let snapshot = controlPlane.snapshot()
        let cluster = try cluster(input, in: snapshot)
        let includesTags = try Self.includesTags(input)
        var services: [JSONValue] = []
        var failures: [JSONValue] = []
        for name in names {
            if let local = self.names.localID(name, .service, cluster: cluster.id), let service = cluster.service(named: local) {
                let representation = service.service.apiRepresentation
                services.append(includesTags ? Self.tagging(representation, arn: service.service.arn, in: snapshot) : representation)
            } else {
                let arn = name.hasPrefix("arn:") ? name : self.names.serviceARN(cluster: cluster.id, service: name)
                failures.append(Self.missing(arn))
            }
        }
        return .object([.init("services", .array(services)), .init("failures", .array(failures))])
    }

    func updateService(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let clusterName = try cluster(input, in: controlPlane.snapshot()).id
        let service = try serviceName(input, cluster: clusterName)
        // The simulator changes counts, definitions and deployment settings of a running service, not
        // where or behind what its tasks run: refused rather than ignored.
        for key in ["placementStrategy", "placementConstraints", "capacityProviderStrategy", "loadBalancers",
                    "networkConfiguration", "serviceRegistries"] where input.members[key] != nil {
            throw .client("ecstop serve cannot change \(key) with UpdateService; create a new service instead.")
        }
        let update = ServiceUpdate(
            cluster: clusterName, service: service, desiredCount: try input.integer("desiredCount"),
            taskDefinition: try input.string("taskDefinition"),
            forceNewDeployment: try input.bool("forceNewDeployment") ?? false,
            deploymentConfiguration: try input.structure("deploymentConfiguration").map(deploymentConfiguration),
            healthCheckGracePeriodSeconds: try input.integer("healthCheckGracePeriodSeconds"),
            propagateTags: try input.enumeration("propagateTags", PropagateTags.self),
            enableECSManagedTags: try input.bool("enableECSManagedTags"),
            enableExecuteCommand: try input.bool("enableExecuteCommand"))
        let after = try execute(.updateService(update))
        return try serviceResponse(after, cluster: clusterName, service: service)
    }

    func createService(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let clusterName = try cluster(input, in: controlPlane.snapshot()).id
        let serviceName = try input.requiredString("serviceName")
        if input.members["serviceRegistries"].map({ $0 != .array([]) }) ?? false {
            throw .client("ecstop serve has no Cloud Map: serviceRegistries cannot be given in CreateService.")
        }
        if let controller = try input.structure("deploymentController")?.string("type"), controller != "ECS" {
            throw .client("ecstop simulates ECS's rolling deployments only, not the \(controller) deployment controller.")
        }
        let taskDefinition = try input.requiredString("taskDefinition")
        let launchType = try input.enumeration("launchType", LaunchType.self)
        let network = try input.networkConfiguration(
            networkMode: self.taskDefinition(taskDefinition, in: controlPlane.snapshot())?.networkMode, launchType: launchType)
        var creation = ServiceCreation(
            cluster: clusterName, serviceName: serviceName, taskDefinition: taskDefinition,
            desiredCount: try input.integer("desiredCount") ?? 0,
            launchType: launchType,
            capacityProviderStrategy: try input.capacityProviderStrategy(),
            schedulingStrategy: try input.enumeration("schedulingStrategy", SchedulingStrategy.self) ?? .replica,
            deploymentConfiguration: try input.structure("deploymentConfiguration").map(deploymentConfiguration)
                ?? DeploymentConfiguration(),
            loadBalancers: try input.loadBalancers(),
            healthCheckGracePeriodSeconds: try input.integer("healthCheckGracePeriodSeconds") ?? 0,
            placementStrategy: try input.placementStrategies(), placementConstraints: try input.placementConstraints(),
            propagateTags: try input.enumeration("propagateTags", PropagateTags.self) ?? .none,
            enableECSManagedTags: try input.bool("enableECSManagedTags") ?? false,
            enableExecuteCommand: try input.bool("enableExecuteCommand") ?? false,
            // Given to the simulator, not tagged afterwards: the first tasks launch with the service.
            tags: try Self.tags(input) ?? [])
        creation.networkConfiguration = network
        let after = try execute(.createService(creation))
        return try serviceResponse(after, cluster: clusterName, service: serviceName, withTags: !creation.tags.isEmpty)
    }

    /// The local name of the `service` member (a name or ARN); a service ARN naming nothing here is not found.
    private func serviceName(_ input: RequestInput, cluster: String) throws(ECSError) -> String {
        guard let name = names.localID(try input.requiredString("service"), .service, cluster: cluster) else {
            throw .serviceNotFound()
        }
        return name
    }

    /// `withTags`: the service's tags too, as CreateService echoes the tags it was given.
    private func serviceResponse(
        _ snapshot: ControlPlaneSnapshot, cluster: String, service: String, withTags: Bool = false
    ) throws(ECSError) -> JSONValue {
        guard let found = snapshot.cluster(named: cluster)?.service(named: service) else { throw .serviceNotFound() }
        let representation = found.service.apiRepresentation
        return .object([
            .init("service", withTags ? Self.tagging(representation, arn: found.service.arn, in: snapshot) : representation),
        ])
    }

    private func deploymentConfiguration(_ input: RequestInput) throws(ECSError) -> DeploymentConfiguration {
        let defaults = DeploymentConfiguration()
        // CloudWatch alarms do not exist in the simulation: a deployment watching them is refused.
        if try input.structure("alarms")?.bool("enable") == true {
            throw .client("ecstop serve has no CloudWatch alarms: deploymentConfiguration.alarms cannot be enabled.")
        }
        let breaker = try input.structure("deploymentCircuitBreaker").map {
            (breaker: RequestInput) throws(ECSError) -> DeploymentCircuitBreaker in
            guard let enable = try breaker.bool("enable") else { throw RequestInput.missing("deploymentCircuitBreaker.enable") }
            guard let rollback = try breaker.bool("rollback") else { throw RequestInput.missing("deploymentCircuitBreaker.rollback") }
            return DeploymentCircuitBreaker(enable: enable, rollback: rollback)
        }
        return DeploymentConfiguration(
            minimumHealthyPercent: try input.integer("minimumHealthyPercent") ?? defaults.minimumHealthyPercent,
            maximumPercent: try input.integer("maximumPercent") ?? defaults.maximumPercent,
            deploymentCircuitBreaker: breaker ?? defaults.deploymentCircuitBreaker)
    }

    /// The service as it is once deleted: DRAINING while its tasks stop, INACTIVE when it had none.
    func deleteService(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let clusterName = try cluster(input, in: controlPlane.snapshot()).id
        let service = try serviceName(input, cluster: clusterName)
        let after = try execute(.deleteService(cluster: clusterName, service: service, force: try input.bool("force") ?? false))
        return try serviceResponse(after, cluster: clusterName, service: service)
    }
}
