/// Semantic styles, loaded from a theme file. Widgets ask for `theme.selected`, never for a colour.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [Role: Style]

    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: Role) -> Style { styles[role] ?? Theme.default.styles[role] ?? .plain }

    /// What each style is for; the raw value is the key in a theme file.
    public enum Role: String, CaseIterable, Hashable, Sendable {
        case header, headerAccent = "header_accent", border, borderFocus = "border_focus", title
        case titleFocus = "title_focus", tableHeader = "table_header", row, selected
        case selectedUnfocused = "selected_unfocused", statusRunning = "status_running"
        case statusPending = "status_pending", statusStopped = "status_stopped"
        case statusDraining = "status_draining", unhealthy, sparkline, barLow = "bar_low", barMedium = "bar_medium"
        case barHigh = "bar_high", barEmpty = "bar_empty", event, eventTime = "event_time", eventWarning = "event_warning"
        case footer, footerKey = "footer_key", message, error, dialog, dialogBorder = "dialog_border", dim
        /// Rows marked for a bulk action; a search match in a view; the breadcrumbs over a view.
        case marked, searchMatch = "search_match", breadcrumb
        /// Describe's JSON: keys, strings, numbers, true / false / null, and the braces and commas.
        case jsonKey = "json_key", jsonString = "json_string", jsonNumber = "json_number"
        case jsonLiteral = "json_literal", jsonPunctuation = "json_punctuation"
        /// A section title in a detail view; a log line's time; a chart's line.
        case heading, logTime = "log_time", chart
        /// The pane tabs of a small terminal: the others and the one shown.
        case tab, tabActive = "tab_active"
    }

    /// The built-in default, used when no theme file is found; `themes/default.yaml` says the same.
    public static let `default` = Theme(name: "default", styles: [
        .header: Style(foreground: .white, background: .indexed(24)),
        .headerAccent: Style(foreground: .indexed(229), background: .indexed(24), attributes: .bold),
        .border: Style(foreground: .indexed(240)),
        .borderFocus: Style(foreground: .indexed(45)),
        .title: Style(foreground: .indexed(250)),
        .titleFocus: Style(foreground: .indexed(45), attributes: .bold),
        .tableHeader: Style(foreground: .indexed(244), attributes: .bold),
        .row: Style(),
        .selected: Style(foreground: .black, background: .indexed(45)),
        .selectedUnfocused: Style(background: .indexed(238)),
        .statusRunning: Style(foreground: .indexed(114)),
        .statusPending: Style(foreground: .indexed(221)),
        .statusStopped: Style(foreground: .indexed(244)),
        .statusDraining: Style(foreground: .indexed(208)),
        .unhealthy: Style(foreground: .indexed(203), attributes: .bold),
        .sparkline: Style(foreground: .indexed(117)),
        .barLow: Style(foreground: .indexed(114)),
        .barMedium: Style(foreground: .indexed(221)),
        .barHigh: Style(foreground: .indexed(203)),
        .barEmpty: Style(foreground: .indexed(238)),
        .event: Style(),
        .eventTime: Style(foreground: .indexed(244)),
        .eventWarning: Style(foreground: .indexed(221)),
        .footer: Style(foreground: .indexed(250)),
        .footerKey: Style(foreground: .indexed(45), attributes: .bold),
        .message: Style(foreground: .indexed(114), attributes: .bold),
        .error: Style(foreground: .white, background: .indexed(124), attributes: .bold),
        .dialog: Style(foreground: .white, background: .indexed(236)),
        .dialogBorder: Style(foreground: .indexed(45), background: .indexed(236)),
        .dim: Style(foreground: .indexed(244)),
        .marked: Style(foreground: .indexed(213), attributes: .bold),
        .searchMatch: Style(foreground: .black, background: .indexed(221)),
        .breadcrumb: Style(foreground: .indexed(117)),
        .jsonKey: Style(foreground: .indexed(117)),
        .jsonString: Style(foreground: .indexed(150)),
        .jsonNumber: Style(foreground: .indexed(215)),
        .jsonLiteral: Style(foreground: .indexed(176)),
        .jsonPunctuation: Style(foreground: .indexed(244)),
        .heading: Style(foreground: .indexed(45), attributes: .bold),
        .logTime: Style(foreground: .indexed(244)),
        .chart: Style(foreground: .indexed(117)),
        .tab: Style(foreground: .indexed(250), background: .indexed(236)),
        .tabActive: Style(foreground: .black, background: .indexed(45), attributes: .bold),
    ])

    /// No colours, only attributes: what `NO_COLOR` asks for. `themes/mono.yaml` says the same.
    public static let mono = Theme(name: "mono", styles: [
        .header: Style(attributes: [.reverse]),
        .headerAccent: Style(attributes: [.reverse, .bold]),
        .border: Style(attributes: [.dim]),
        .borderFocus: Style(attributes: [.bold]),
        .title: Style(attributes: []),
        .titleFocus: Style(attributes: [.bold, .underline]),
        .tableHeader: Style(attributes: [.bold]),
        .row: Style(attributes: []),
        .selected: Style(attributes: [.reverse]),
        .selectedUnfocused: Style(attributes: [.underline]),
        .statusRunning: Style(attributes: []),
        .statusPending: Style(attributes: [.bold]),
        .statusStopped: Style(attributes: [.dim]),
        .statusDraining: Style(attributes: [.bold, .underline]),
        .unhealthy: Style(attributes: [.bold, .reverse]),
        .sparkline: Style(attributes: []),
        .barLow: Style(attributes: []),
        .barMedium: Style(attributes: [.bold]),
        .barHigh: Style(attributes: [.bold, .reverse]),
        .barEmpty: Style(attributes: [.dim]),
        .event: Style(attributes: []),
        .eventTime: Style(attributes: [.dim]),
        .eventWarning: Style(attributes: [.bold]),
        .footer: Style(attributes: []),
        .footerKey: Style(attributes: [.bold]),
        .message: Style(attributes: [.bold]),
        .error: Style(attributes: [.reverse, .bold]),
        .dialog: Style(attributes: []),
        .dialogBorder: Style(attributes: [.bold]),
        .dim: Style(attributes: [.dim]),
        .marked: Style(attributes: [.bold, .underline]),
        .searchMatch: Style(attributes: [.reverse]),
        .breadcrumb: Style(attributes: [.bold]),
        .jsonKey: Style(attributes: [.bold]),
        .jsonString: Style(attributes: []),
        .jsonNumber: Style(attributes: []),
        .jsonLiteral: Style(attributes: [.italic]),
        .jsonPunctuation: Style(attributes: [.dim]),
        .heading: Style(attributes: [.bold, .underline]),
        .logTime: Style(attributes: [.dim]),
        .chart: Style(attributes: []),
        .tab: Style(attributes: []),
        .tabActive: Style(attributes: [.reverse, .bold]),
    ])
}
