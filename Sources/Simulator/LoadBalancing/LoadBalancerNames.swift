/// ELB's ARNs and DNS names. The id part is derived from the name alone (FNV-1a), so a scenario's load
/// balancers keep their ARNs whatever the seed, and building them draws nothing from the simulation's
/// generator.
enum LoadBalancerNames {
    static let prefix = "arn:aws:elasticloadbalancing:us-east-1:123456789012:"

    static func targetGroupARN(_ name: String) -> String { prefix + "targetgroup/\(name)/\(hexID(name, salt: 1))" }

    static func loadBalancerARN(_ name: String) -> String { prefix + "loadbalancer/app/\(name)/\(hexID(name, salt: 2))" }

    static func dnsName(_ name: String) -> String {
        "\(name)-\(hash(name, salt: 3) % 9_000_000_000 + 1_000_000_000).us-east-1.elb.amazonaws.com"
    }

    /// 16 lowercase hex digits, as ELB ids have.
    private static func hexID(_ name: String, salt: UInt64) -> String {
        let hex = String(hash(name, salt: salt), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private static func hash(_ name: String, salt: UInt64) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ salt
        for byte in name.utf8 {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01b3
        }
        return h
    }
}
