import Dashboard
import Testing

/// The layout follows the terminal: side by side when wide, stacked when tall and narrow, one pane
/// with tabs when small; and toasts on the status line fade.
@Suite struct LayoutTests {
    let snapshot = SnapshotFixture.make()

    @Test func modesFollowTheSize() {
        #expect(DashboardLayout(width: 160, height: 48).mode == .grid)
        #expect(DashboardLayout(width: 120, height: 36).mode == .grid)
        #expect(DashboardLayout(width: 80, height: 50).mode == .stacked)
        #expect(DashboardLayout(width: 80, height: 24).mode == .tabs)
        #expect(DashboardLayout(width: 60, height: 20).mode == .tabs)
        #expect(DashboardLayout(width: 200, height: 20).mode == .tabs)
    }

    @Test func everyModeKeepsPanesInsideTheBodyWithoutOverlap() {
        for (width, height) in [(160, 48), (100, 24), (80, 50), (99, 40), (60, 18), (80, 24)] {
            let layout = DashboardLayout(width: width, height: height, topRows: 5)
            let rects = Array(layout.panes.values) + (layout.tabBar.map { [$0] } ?? [])
            for rect in rects {
                #expect(rect.x >= 0 && rect.maxX <= width && rect.y >= 1 && rect.maxY <= height - 1, "\(width)x\(height)")
            }
            for (i, a) in rects.enumerated() {
                for b in rects.dropFirst(i + 1) {
                    let overlaps = a.x < b.maxX && b.x < a.maxX && a.y < b.maxY && b.y < a.maxY
                    #expect(!overlaps, "\(width)x\(height): \(a) and \(b)")
                }
            }
        }
    }

    @Test func smallScreensShowTheFocusedPaneUnderTabs() {
        var dashboard = Dashboard()
        dashboard.resize(width: 80, height: 24)
        var screen = dashboard.render(snapshot, width: 80, height: 24)
        #expect(screen.lines[1].hasPrefix(" 1 Clusters  2 Services · prod "))
        #expect(screen.text.contains("┌ 2 Services · prod"))
        #expect(!screen.text.contains("┌ 3 Tasks"))
        // The active tab is drawn in its own style.
        let servicesTab = screen.lines[1].range(of: "2 Services")!
        let x = screen.lines[1].distance(from: screen.lines[1].startIndex, to: servicesTab.lowerBound)
        #expect(screen[x, 1].style == Theme.default[.tabActive])
        _ = dashboard.handle(.character("3"), in: snapshot)
        screen = dashboard.render(snapshot, width: 80, height: 24)
        #expect(screen.text.contains("┌ 3 Tasks · web (4)"))
    }

    @Test func pagingInTabsModeUsesTheWholePane() {
        var dashboard = Dashboard()
        dashboard.resize(width: 80, height: 24)
        let layout = DashboardLayout(width: 80, height: 24, topRows: 2, focus: .tasks)
        #expect(layout.visibleRows(in: .tasks) == 24 - 2 - 1 - 3)
    }

    @Test func toastsFadeThenGo() {
        var dashboard = Dashboard()
        _ = dashboard.handle(.character("+"), in: snapshot)
        #expect(dashboard.state.status?.text == "web: desired count 3 → 4")
        #expect(dashboard.needsTimedRedraw)
        dashboard.tick(wallElapsed: .seconds(4.5))
        #expect(dashboard.state.status?.isFading == true)
        let footer = dashboard.render(snapshot, width: 120, height: 36)
        #expect(footer[1, 35].style == Theme.default[.dim])
        dashboard.tick(wallElapsed: .seconds(1))
        #expect(dashboard.state.status == nil)
        #expect(!dashboard.needsTimedRedraw)
    }

    @Test func errorsStayLonger() {
        var dashboard = Dashboard()
        _ = dashboard.handle(.character("z"), in: snapshot)
        #expect(dashboard.state.status?.isError == true)
        dashboard.tick(wallElapsed: .seconds(6))
        #expect(dashboard.state.status != nil)
        dashboard.tick(wallElapsed: .seconds(5))
        #expect(dashboard.state.status == nil)
    }

    @Test func columnsWidenToTheirContentAndCutWithAnEllipsisWhenShort() {
        var dashboard = Dashboard()
        dashboard.resize(width: 160, height: 48)
        let ec2 = snapshot.clusters[0].instances[0].ec2InstanceID
        let tasksPane = { (screen: CellBuffer) in screen.lines.filter { $0.contains(SnapshotFixture.hex(1).prefix(8)) }.first ?? "" }
        let wide = tasksPane(dashboard.render(snapshot, width: 160, height: 48))
        #expect(wide.contains(ec2 + " "), "a whole EC2 id where there is room: \(wide)")
        let narrow = tasksPane(dashboard.render(snapshot, width: 120, height: 36))
        #expect(!narrow.contains(ec2) && narrow.contains(ec2.prefix(6)), "cut: \(narrow)")
    }
}

/// Wide characters take two columns: CJK names and emoji line up and are cut whole.
@Suite struct WideCharacterTests {
    @Test func cjkAndEmojiNamesKeepTheColumnsAligned() {
        var snapshot = SnapshotFixture.make()
        snapshot.clusters[0].services[0].service.name = "결제-서비스"
        snapshot.clusters[0].services[1].service.name = "🚀launch-pad-service-with-a-very-long-name"
        let screen = Dashboard().render(snapshot, width: 120, height: 36)
        let rows = screen.lines.filter { ($0.contains("결제") || $0.contains("🚀")) && $0.contains(" EC2 ") }
        #expect(rows.count == 2)
        // Both rows end their Services pane at the same column: display widths, not characters, count.
        let borders = rows.map { row in
            var column = 0
            var found: [Int] = []
            for character in row {
                if character == "│" { found.append(column) }
                column += DisplayWidth.of(character)
            }
            return found
        }
        #expect(borders[0] == borders[1])
        #expect(rows[1].contains("…"), "the long name is cut with an ellipsis")
        #expect(DisplayWidth.of("결제-서비스") == 11)
        #expect(DisplayWidth.of("🚀") == 2)
    }
}
