/// What sits on top of the panes and takes the keys while it is open.
public enum Overlay: Hashable, Sendable {
    case help(offset: Int)
    /// A dangerous action waiting for `y`.
    case confirmation(Confirmation)
    /// A one-line question, such as a new desired count.
    case prompt(Prompt)
    /// The `:` command line with what has been typed so far.
    case commandLine(String)
    /// The faults that apply to the selection, to pick one from.
    case faultMenu(FaultMenu)
    /// `/` in a pane: the filter as typed so far, applied as it is typed; Esc restores `previous`.
    case filterInput(text: String, previous: String?)
    /// `/` in a view: the search term as typed so far.
    case searchInput(String)
}

/// A list of faults for the selected task, service, instance or cluster; picking one asks to confirm.
public struct FaultMenu: Hashable, Sendable {
    public var title: String
    public var choices: [Confirmation]
    public var selected = 0

    public init(title: String, choices: [Confirmation]) {
        self.title = title
        self.choices = choices
    }
}

public struct Confirmation: Hashable, Sendable {
    public var question: String
    public var commands: [ControlPlaneCommand]
    public var doneMessage: String
    /// How a menu lists it.
    public var label: String
    /// The pane whose selected row the commands take away (a stopped task), so the cursor stays put.
    public var movesSelectionOff: Pane?
    /// The pane whose marked rows the commands act on: their marks go once confirmed.
    public var clearsMarksOf: Pane?

    public init(
        question: String, commands: [ControlPlaneCommand], doneMessage: String, label: String = "",
        movesSelectionOff: Pane? = nil, clearsMarksOf: Pane? = nil
    ) {
        self.clearsMarksOf = clearsMarksOf
        self.question = question
        self.commands = commands
        self.doneMessage = doneMessage
        self.label = label
        self.movesSelectionOff = movesSelectionOff
    }
}

public struct Prompt: Hashable, Sendable {
    public var question: String
    public var text: String
    public var purpose: Purpose

    public enum Purpose: Hashable, Sendable {
        case desiredCount(cluster: String, service: String)
    }
}
