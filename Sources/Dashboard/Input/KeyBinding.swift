/// One row of the keymap: keys, what they do, and how the help and footer describe them.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var action: Action
    /// Shown in the help overlay.
    public var label: String
    /// Short form for the footer, with the key text to show; nil keeps it out of the footer.
    public var footer: (keys: String, label: String)?

    /// What pressing it does beyond the screen, as its action declares: the gate and the help read these.
    public var traits: Action.Traits { action.traits }

    public init(_ keys: [Key], _ action: Action, _ label: String, footer: (String, String)? = nil) {
        self.keys = keys
        self.action = action
        self.label = label
        self.footer = footer
    }

    public static func == (lhs: KeyBinding, rhs: KeyBinding) -> Bool {
        lhs.keys == rhs.keys && lhs.action == rhs.action && lhs.label == rhs.label
            && lhs.footer?.keys == rhs.footer?.keys && lhs.footer?.label == rhs.footer?.label
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(keys)
        hasher.combine(action)
        hasher.combine(label)
    }
}

extension Key {
    /// How the help overlay writes the key.
    public var displayName: String {
        switch self {
        case .character(" "): "space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-\(c.uppercased())"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .function(let n): "F\(n)"
        case .resize: "resize"
        case .mouse(let event):
            switch event.kind {
            case .click: "click"
            case .wheelUp: "wheel up"
            case .wheelDown: "wheel down"
            }
        }
    }
}
