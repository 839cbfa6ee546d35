import Foundation
import Dashboard
import Testing

@Suite struct ScreenTests {
    let snapshot = SnapshotFixture.make()

    @Test func mainScreenAt120x36() {
        let dashboard = Dashboard()
        expectScreen(dashboard.render(snapshot, width: 120, height: 36), named: "main-120x36")
    }

    @Test func mainScreenAt80x24() {
        let dashboard = Dashboard()
        expectScreen(dashboard.render(snapshot, width: 80, height: 24), named: "main-80x24")
    }

    @Test func monoThemeAndASCIIGlyphs() throws {
        let mono = try ThemeLibrary(folders: [themesFolder]).theme(named: "mono")
        let dashboard = Dashboard(theme: mono, glyphs: .ascii)
        let screen = dashboard.render(snapshot, width: 100, height: 30)
        #expect(!screen.text.contains("─"), "ASCII mode draws no box characters")
        expectScreen(screen, named: "mono-ascii-100x30")
    }

    @Test func tooSmallScreenSaysSo() {
        let screen = Dashboard().render(snapshot, width: 40, height: 10)
        #expect(screen.text.contains("Terminal too small: 40x10"))
        #expect(screen.text.contains("60x18"))
    }

    @Test func everySizeDownToOneCellRendersWithoutCrashing() {
        let dashboard = Dashboard()
        for width in [0, 1, 2, 5, 59, 60, 61, 79, 200] {
            for height in [0, 1, 2, 14, 15, 16, 50] {
                let screen = dashboard.render(snapshot, width: width, height: height)
                #expect(screen.width == max(0, width) && screen.height == max(0, height))
            }
        }
    }

    @Test func asciiModeWritesOnlyASCII() {
        var dashboard = Dashboard(glyphs: .ascii)
        for key: [Key] in [[], [.character("?")], [.character("3"), .character("K")], [.character(":")]] {
            for k in key { _ = dashboard.handle(k, in: snapshot) }
            for (width, height) in [(120, 36), (80, 24), (40, 10)] {
                let screen = dashboard.render(snapshot, width: width, height: height)
                let offending = screen.cells.map(\.character).filter { !$0.isASCII && $0 != Cell.continuation.character }
                #expect(offending.isEmpty, "non-ASCII at \(width)x\(height): \(Set(offending))")
            }
            _ = dashboard.handle(.escape, in: snapshot)
        }
    }

    @Test func footerAlwaysKeepsHelpAndQuit() {
        for width in [60, 80, 100] {
            let footer = Dashboard().render(snapshot, width: width, height: 24).lines.last!
            #expect(footer.contains("? help") && footer.contains("q quit"), "at \(width): \(footer)")
        }
    }

    @Test func helpOverlayListsEveryBindingLabel() {
        var dashboard = Dashboard()
        _ = dashboard.handle(.character("?"), in: snapshot)
        let screen = dashboard.render(snapshot, width: 120, height: 90).text
        for binding in Keymap.standard.applicable(readOnly: false, simulated: true) {
            #expect(screen.contains(binding.label), "help shows '\(binding.label)'")
        }
    }

    @Test func pausedSimulationShowsInHeader() {
        let screen = Dashboard().render(SnapshotFixture.make(paused: true), width: 160, height: 48)
        #expect(screen.lines[0].contains("PAUSED  . steps"))
    }
}

let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("themes").path
