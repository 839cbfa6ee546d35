import ECSModel

/// The errors AWS answers a badly signed request with, in its own names and words, so SDKs and the AWS
/// CLI report them as they would from AWS. All are HTTP 400 on a JSON 1.1 service like ECS.
extension ECSError {
    public static func missingAuthenticationToken() -> ECSError {
        ECSError("MissingAuthenticationTokenException", "Missing Authentication Token")
    }

    public static func incompleteSignature(_ message: String) -> ECSError {
        ECSError("IncompleteSignatureException", message)
    }

    public static func unrecognizedClient() -> ECSError {
        ECSError("UnrecognizedClientException", "The security token included in the request is invalid.")
    }

    public static func invalidSignature(_ message: String = ECSError.signatureMismatchMessage) -> ECSError {
        ECSError("InvalidSignatureException", message)
    }

    public static let signatureMismatchMessage =
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret "
        + "Access Key and signing method. Consult the service documentation for details."
}
