/// A service's `networkConfiguration.awsvpcConfiguration`: kept and echoed as given. The simulation
/// gives awsvpc tasks their ENIs and addresses itself, so the subnets and security groups place nothing.
public struct AwsVpcConfiguration: Hashable, Sendable, Codable {
    public var subnets: [String]
    public var securityGroups: [String]
    public var assignPublicIp: Bool

    public init(subnets: [String], securityGroups: [String] = [], assignPublicIp: Bool = false) {
        self.subnets = subnets
        self.securityGroups = securityGroups
        self.assignPublicIp = assignPublicIp
    }
}
