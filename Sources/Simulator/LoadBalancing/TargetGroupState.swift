/// One target group's counters, parallel to its `targets`.
struct TargetGroupState {
    var records: [TargetRecord] = []
    /// Index into `records` and `targets` by task id (a task is registered at most once per group).
    var indexByTask: [String: Int] = [:]
}
