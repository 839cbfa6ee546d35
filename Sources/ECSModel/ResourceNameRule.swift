/// ECS's rule for the names of clusters, services, task definition families and containers (and
/// RunTask's startedBy): letters, digits, hyphens and underscores, up to a length.
public enum ResourceNameRule {
    public static func isValid(_ name: String, maximumLength: Int = 255) -> Bool {
        (1...maximumLength).contains(name.utf8.count) && name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
        }
    }
}
