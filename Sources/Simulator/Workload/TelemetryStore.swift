/// Every service's `ServiceTelemetry`, by service key; how they are laid out (by cluster, then service)
/// stays inside. A service created after the start gets its telemetry on first use.
struct TelemetryStore {
    private var byCluster: [[ServiceTelemetry]] = []

    /// A cluster's services' telemetry in service order; a cluster created later starts with none.
    mutating func addCluster(_ services: [ServiceTelemetry] = []) {
        byCluster.append(services)
    }

    /// Service `key`'s telemetry; `make` creates it, given the service index, for each service created
    /// after the start up to `key`'s.
    mutating func telemetry(of key: ServiceKey, make: (Int) -> ServiceTelemetry) -> ServiceTelemetry {
        while byCluster.count <= key.cluster { byCluster.append([]) }
        while byCluster[key.cluster].count <= key.service {
            byCluster[key.cluster].append(make(byCluster[key.cluster].count))
        }
        return byCluster[key.cluster][key.service]
    }
}
