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

    @Test func colourMapsDownToSmallerPalettes() {
        #expect(Color.rgb(255, 0, 0).paletteIndex(colors: 256) == 196)
        #expect(Color.rgb(255, 0, 0).paletteIndex(colors: 8) == 1)
        #expect(Color.indexed(196).paletteIndex(colors: 8) == 1)
        #expect(Color.indexed(45).paletteIndex(colors: 256) == 45)
        #expect(Color.default.paletteIndex(colors: 256) == nil)
    }
}
