/// `Service.status` as ECS spells it: ACTIVE, DRAINING while a deleted service's tasks stop, then INACTIVE.
enum ServiceStatus {
    static let active = "ACTIVE"
    static let draining = "DRAINING"
    static let inactive = "INACTIVE"
}
