import Dashboard
import Foundation
import Testing

@Suite struct ThemeTests {
    let library = ThemeLibrary(folders: [themesFolder])

    @Test func shippedDefaultFileMatchesTheBuiltInDefault() throws {
        let fromFile = try library.theme(named: "default")
        for role in Theme.Role.allCases {
            #expect(fromFile[role] == Theme.default[role], "\(role.rawValue)")
        }
    }

    @Test func shippedMonoFileMatchesTheBuiltInMono() throws {
        let fromFile = try library.theme(named: "mono")
        for role in Theme.Role.allCases { #expect(fromFile[role] == Theme.mono[role], "\(role.rawValue)") }
    }

    @Test func builtInDefaultCoversEveryRole() {
        for role in Theme.Role.allCases { #expect(Theme.default.styles[role] != nil, "\(role.rawValue)") }
    }

    @Test func monoUsesNoColours() throws {
        let mono = try library.theme(named: "mono")
        for role in Theme.Role.allCases {
            #expect(mono[role].foreground == .default && mono[role].background == .default, "\(role.rawValue)")
        }
    }

    static let shippedNames = ["default", "light", "transparent", "high-contrast", "mono", "dracula", "solarized-dark"]

    @Test func everyShippedThemeParsesAndDefinesEveryRole() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: themesFolder).filter { $0.hasSuffix(".yaml") }
        #expect(Set(files.map { String($0.dropLast(5)) }).isSuperset(of: Self.shippedNames), "\(files)")
        for file in files {
            let path = themesFolder + "/" + file
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let defined = try ThemeFile.definedRoles(text, file: path)
            let missing = Theme.Role.allCases.filter { !defined.contains($0) }.map(\.rawValue)
            #expect(missing.isEmpty, "\(file) leaves out \(missing)")
            _ = try library.theme(named: String(file.dropLast(5)))
        }
    }

    @Test func transparentHasNoBackgroundColours() throws {
        let transparent = try library.theme(named: "transparent")
        for role in Theme.Role.allCases {
            #expect(transparent[role].background == .default, "\(role.rawValue)")
        }
    }

    @Test func truecolorThemesUseThePublishedPalettes() throws {
        let dracula = try library.theme(named: "dracula")
        #expect(dracula[.selected].background == .rgb(0xbd, 0x93, 0xf9))  // purple
        #expect(dracula[.statusRunning].foreground == .rgb(0x50, 0xfa, 0x7b))  // green
        let solarized = try library.theme(named: "solarized-dark")
        #expect(solarized[.header].background == .rgb(0x07, 0x36, 0x42))  // base02
        #expect(solarized[.unhealthy].foreground == .rgb(0xdc, 0x32, 0x2f))  // red
    }

    @Test func definedRolesListOnlyWhatTheFileSays() throws {
        let roles = try ThemeFile.definedRoles("header: { fg: red }\nselected: { reverse: true }\n", file: "t.yaml")
        #expect(roles == [.header, .selected])
    }

    @Test func coloursParseInEveryForm() {
        #expect(ThemeFile.color(named: "cyan") == .indexed(6))
        #expect(ThemeFile.color(named: "213") == .indexed(213))
        #expect(ThemeFile.color(named: "#ff8800") == .rgb(255, 136, 0))
        #expect(ThemeFile.color(named: "default") == .default)
        #expect(ThemeFile.color(named: "256") == nil)
        #expect(ThemeFile.color(named: "#12345") == nil)
    }

    @Test func brokenFilesNameFileLineAndKey() {
        let cases: [(String, Int, String?)] = [
            ("header: { fg: white }\nbogus_role: { fg: red }\n", 2, "bogus_role"),
            ("header: { fg: white }\nborder: { fg: nocolour }\n", 2, "border.fg"),
            ("header: { fg: white }\n\nborder: { bold: maybe }\n", 3, "border.bold"),
            ("header: [unclosed\n", 2, nil),
            ("- a list\n", 1, nil),
            ("header: { fg: white }\nrow: { bg: \"#12345g\" }\n", 2, "row.bg"),
            ("header: { fg: white }\nrow: { bg: 300 }\n", 2, "row.bg"),
            ("header: { fg: white }\nrow: { colour: red }\n", 2, "row.colour"),
            ("header: { fg: white }\nrow: red\n", 2, "row"),
            ("header: { fg: white }\n\theader: { fg: red }\n", 2, nil),
        ]
        for (text, line, key) in cases {
            #expect {
                try ThemeFile.parse(text, name: "broken", file: "/tmp/broken.yaml")
            } throws: { error in
                guard let error = error as? ThemeError else { return false }
                return error.file == "/tmp/broken.yaml" && error.line == line && error.key == key
            }
        }
    }

    @Test func missingThemeIsAnErrorButDefaultAlwaysExists() throws {
        let empty = ThemeLibrary(folders: ["/nonexistent"])
        #expect(throws: ThemeError.self) { try empty.theme(named: "solarized") }
        #expect(try empty.theme(named: "default") == .default)
        #expect(throws: ThemeError.self) { try empty.theme(named: "../etc/passwd") }
    }

    @Test func userFolderComesBeforeShippedThemes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ecstop-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "header: { fg: red }\n".write(to: folder.appendingPathComponent("mono.yaml"), atomically: true, encoding: .utf8)
        let theme = try ThemeLibrary(folders: [folder.path, themesFolder]).theme(named: "mono")
        #expect(theme[.header].foreground == .red)
    }

    @Test func aRoleGivenTwiceIsAnError() {
        #expect {
            try ThemeFile.parse("header: { fg: white }\nheader: { fg: red }\n", name: "twice", file: "/tmp/twice.yaml")
        } throws: { error in
            "\(error)".hasPrefix("/tmp/twice.yaml:") && "\(error)".contains("given twice: header")
        }
    }

    @Test func brokenFileInTheLibraryNamesItsPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ecstop-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("broken.yaml").path
        try "header: { fg: white }\n\nborder: { fg: \"#zzzzzz\" }\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try ThemeLibrary(folders: [folder.path, themesFolder]).theme(named: "broken")
        } throws: { error in
            "\(error)".hasPrefix("\(path):3: border.fg: '#zzzzzz' is not a colour")
        }
    }

    @Test func colourMapsDownToSmallerPalettes() {
        #expect(Color.rgb(255, 0, 0).paletteIndex(colors: 256) == 196)
        #expect(Color.rgb(255, 0, 0).paletteIndex(colors: 8) == 1)
        #expect(Color.indexed(196).paletteIndex(colors: 8) == 1)
        #expect(Color.indexed(45).paletteIndex(colors: 256) == 45)
        #expect(Color.default.paletteIndex(colors: 256) == nil)
    }

    @Test func colourDepthFollowsWhatCursesReports() {
        #expect(Color.Depth(colors: 1 << 24) == .direct)
        #expect(Color.Depth(colors: 256) == .palette(256))
        #expect(Color.Depth(colors: 88) == .palette(16))
        #expect(Color.Depth(colors: 8) == .palette(8))
        #expect(Color.Depth(colors: 0) == Color.Depth.none)
        #expect(Color.Depth.announcesTrueColor(environment: ["COLORTERM": "truecolor"]))
        #expect(Color.Depth.announcesTrueColor(environment: ["COLORTERM": "24bit"]))
        #expect(!Color.Depth.announcesTrueColor(environment: ["COLORTERM": "yes"]))
        #expect(!Color.Depth.announcesTrueColor(environment: [:]))
    }

    @Test func truecolourAnnouncedByTheTerminalPicksTheDirectEntry() {
        let truecolor = ["COLORTERM": "truecolor"]
        #expect(Color.Depth.directVariant(ofTerminal: "xterm-256color", environment: truecolor) == "xterm-direct")
        #expect(Color.Depth.directVariant(ofTerminal: "tmux-256color", environment: truecolor) == "tmux-direct")
        #expect(Color.Depth.directVariant(ofTerminal: "xterm", environment: truecolor) == "xterm-direct")
        #expect(Color.Depth.directVariant(ofTerminal: "xterm-direct", environment: truecolor) == nil)
        #expect(Color.Depth.directVariant(ofTerminal: "xterm-kitty", environment: truecolor) == nil)
        #expect(Color.Depth.directVariant(ofTerminal: "xterm-256color", environment: [:]) == nil)
    }

    @Test func truecolourGoesStraightThroughOrMapsDown() {
        let purple = Color.rgb(0xbd, 0x93, 0xf9)
        #expect(purple.terminalNumber(depth: .direct) == 0xbd93f9)
        #expect(purple.terminalNumber(depth: .palette(256)) == 141)  // cube (3, 2, 5): #af87ff
        #expect(purple.terminalNumber(depth: .palette(8)) == 7)
        let red = Color.rgb(0xff, 0x55, 0x55)
        #expect(red.terminalNumber(depth: .palette(16)) == 9)  // bright red
        #expect(red.terminalNumber(depth: .palette(8)) == 1)
        #expect(purple.terminalNumber(depth: .none) == nil)
        #expect(Color.rgb(0x80, 0x80, 0x80).terminalNumber(depth: .palette(256)) == 244)  // the grey ramp
        // In direct colour a palette index is sent as its RGB, except the 8 ANSI colours the terminal themes.
        #expect(Color.indexed(45).terminalNumber(depth: .direct) == 0x00d7ff)
        #expect(Color.indexed(232).terminalNumber(depth: .direct) == 0x080808)
        #expect(Color.indexed(3).terminalNumber(depth: .direct) == 3)
        #expect(Color.rgb(0, 0, 0).terminalNumber(depth: .direct) == 8)  // not ANSI black
        #expect(Color.default.terminalNumber(depth: .direct) == nil)
        #expect(Color.indexed(45).terminalNumber(depth: .palette(256)) == 45)
    }
}
