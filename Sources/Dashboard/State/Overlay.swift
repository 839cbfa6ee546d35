/// What sits on top of the panes and takes the keys while it is open.
public enum Overlay: Hashable, Sendable {
    case help(offset: Int)
    /// A dangerous action waiting for `y`.
    case confirmation(Confirmation)
    /// A one-line question, such as a new desired count.
    case prompt(Prompt)
    /// The `:` command line with what has been typed so far.
    case commandLine(String)
}

public struct Confirmation: Hashable, Sendable {
    public var question: String
    public var commands: [ControlPlaneCommand]
    public var doneMessage: String
}

public struct Prompt: Hashable, Sendable {
    public var question: String
    public var text: String
    public var purpose: Purpose

    public enum Purpose: Hashable, Sendable {
        case desiredCount(cluster: String, service: String)
    }
}
