import ECSModel

/// The parts of an `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` header.
struct SigV4Authorization {
    let accessKeyID: String
    let date: String
    let region: String
    let service: String
    let terminator: String
    /// Lowercase, as the signer listed them.
    let signedHeaders: [String]
    let signature: String

    /// Nil unless the signature is 64 hex digits: then it cannot match anyway.
    var signatureBytes: [UInt8]? {
        let digits = Array(signature.utf8)
        guard digits.count == 64 else { return nil }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: 64, by: 2) {
            guard let high = Self.hexValue(digits[index]), let low = Self.hexValue(digits[index + 1]) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    init(parsing header: String) throws(ECSError) {
        let algorithm = "AWS4-HMAC-SHA256"
        let trimmed = header.drop { $0 == " " }
        guard trimmed.hasPrefix(algorithm + " ") else {
            let name = trimmed.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            throw .incompleteSignature("Unsupported AWS 'algorithm': '\(name)'. Authorization=\(header)")
        }
        var fields: [String: String] = [:]
        for pair in trimmed.dropFirst(algorithm.count + 1).split(separator: ",") {
            let text = SigV4CanonicalRequest.trimAll(String(pair))
            guard let equals = text.firstIndex(of: "=") else {
                throw .incompleteSignature(
                    "'\(text)' not a valid key=value pair (missing equal-sign) in Authorization header: '\(header)'."
                )
            }
            fields[String(text[..<equals])] = String(text[text.index(after: equals)...])
        }
        let missing = ["Credential", "Signature", "SignedHeaders"].filter { (fields[$0] ?? "").isEmpty }
        guard missing.isEmpty, let credential = fields["Credential"], let signedHeaders = fields["SignedHeaders"],
            let signature = fields["Signature"]
        else {
            throw .incompleteSignature(
                missing.map { "Authorization header requires '\($0)' parameter." }.joined(separator: " ")
                    + " Authorization=\(header)"
            )
        }
        let scope = credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard scope.count == 5 else {
            throw .incompleteSignature(
                "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, "
                    + "got '\(credential)'"
            )
        }
        accessKeyID = scope[0]
        date = scope[1]
        region = scope[2]
        service = scope[3]
        terminator = scope[4]
        self.signedHeaders = signedHeaders.split(separator: ";").map { $0.lowercased() }
        self.signature = signature
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
