/// A service's link to one target group of its cluster.
struct TargetBinding {
    var targetGroup: Int
    var targetGroupARN: String
    var containerName: String
    var containerPort: Int
}
