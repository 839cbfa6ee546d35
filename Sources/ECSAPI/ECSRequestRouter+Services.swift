import AWSWire
import ECSModel

// ListServices, DescribeServices, UpdateService, CreateService, DeleteService. ListServices lists ACTIVE
// services only; DescribeServices also finds deleted (DRAINING, INACTIVE) ones.
extension ECSRequestRouter {
    func listServices(_ request: ECSShapes.ListServicesRequest) throws(ECSError) -> ECSShapes.ListServicesResponse {
        try RequestMember.refuseUnmodelled(
            request, keeping: ["cluster", "nextToken", "maxResults", "launchType", "schedulingStrategy"], in: "ListServices")
        let cluster = try cluster(request.cluster, in: controlPlane.snapshot())
        let launchType = try RequestMember.value(request.launchType, "launchType", as: LaunchType.self)
        let scheduling = try RequestMember.value(request.schedulingStrategy, "schedulingStrategy", as: SchedulingStrategy.self)
        let services = cluster.services.map(\.service).filter { service in
            service.status == "ACTIVE" && (launchType.map { $0 == service.launchType } ?? true)
                && (scheduling.map { $0 == service.schedulingStrategy } ?? true)
        }
        // ListServices alone pages by 10 unless told otherwise.
        let (selected, next) = try page(
            services.map(\.arn), maxResults: request.maxResults, nextToken: request.nextToken, defaultSize: 10)
        return ECSShapes.ListServicesResponse(serviceArns: selected, nextToken: next)
    }

    func describeServices(_ request: ECSShapes.DescribeServicesRequest) throws(ECSError) -> ECSShapes.DescribeServicesResponse {
        let requested = try batch(request.services, "services", limit: 10)
        let snapshot = controlPlane.snapshot()
        let cluster = try cluster(request.cluster, in: snapshot)
        let includesTags = try asksForTags(request.include)
        var services: [ECSShapes.Service] = []
        var failures: [ECSShapes.Failure] = []
        for name in requested {
            if let local = names.localID(name, .service, cluster: cluster.id), let found = cluster.service(named: local) {
                services.append(ECSShapes.Service(found.service, tags: includesTags ? currentTags(of: found.service.arn, in: snapshot) : nil))
            } else {
                failures.append(.missing(name.hasPrefix("arn:") ? name : names.serviceARN(cluster: cluster.id, service: name)))
            }
        }
        return ECSShapes.DescribeServicesResponse(services: services, failures: failures)
    }

    func updateService(_ request: ECSShapes.UpdateServiceRequest) throws(ECSError) -> ECSShapes.UpdateServiceResponse {
        let clusterName = try cluster(request.cluster, in: controlPlane.snapshot()).id
        let service = try serviceName(request.service, cluster: clusterName)
        let after = try execute(.updateService(try ServiceUpdate(request, cluster: clusterName, service: service)))
        return ECSShapes.UpdateServiceResponse(service: try serviceShape(service, cluster: clusterName, in: after))
    }

    func createService(_ request: ECSShapes.CreateServiceRequest) throws(ECSError) -> ECSShapes.CreateServiceResponse {
        let snapshot = controlPlane.snapshot()
        let clusterName = try cluster(request.cluster, in: snapshot).id
        let networkMode = request.taskDefinition.flatMap { taskDefinition($0, in: snapshot)?.networkMode }
        let creation = try ServiceCreation(request, cluster: clusterName, networkMode: networkMode)
        let after = try execute(.createService(creation))
        // CreateService echoes the tags it was given.
        return ECSShapes.CreateServiceResponse(
            service: try serviceShape(creation.serviceName, cluster: clusterName, in: after, withTags: !creation.tags.isEmpty))
    }

    /// The service as it is once deleted: DRAINING while its tasks stop, INACTIVE when it had none.
    func deleteService(_ request: ECSShapes.DeleteServiceRequest) throws(ECSError) -> ECSShapes.DeleteServiceResponse {
        let clusterName = try cluster(request.cluster, in: controlPlane.snapshot()).id
        let service = try serviceName(request.service, cluster: clusterName)
        let after = try execute(.deleteService(cluster: clusterName, service: service, force: request.force ?? false))
        return ECSShapes.DeleteServiceResponse(service: try serviceShape(service, cluster: clusterName, in: after))
    }

    /// The local name of a `service` member (a name or ARN); a service ARN naming nothing here is not found.
    private func serviceName(_ reference: String?, cluster: String) throws(ECSError) -> String {
        guard let name = names.localID(try RequestMember.required(reference, "service"), .service, cluster: cluster) else {
            throw .serviceNotFound()
        }
        return name
    }

    private func serviceShape(
        _ name: String, cluster: String, in snapshot: ControlPlaneSnapshot, withTags: Bool = false
    ) throws(ECSError) -> ECSShapes.Service {
        guard let found = snapshot.cluster(named: cluster)?.service(named: name) else { throw .serviceNotFound() }
        return ECSShapes.Service(found.service, tags: withTags ? currentTags(of: found.service.arn, in: snapshot) : nil)
    }
}
