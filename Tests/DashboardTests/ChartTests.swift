@testable import Dashboard
import Testing

/// The history chart and the usage bar, glyph by glyph.
@Suite struct ChartTests {
    private func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

    @Test func samplesBecomeEighthsOfRowsFromTheBottomUp() {
        let lines = Chart.lines(title: "CPU", samples: [0, 0.5, 1], height: 2, width: 3, range: 0...1, format: percent)
        #expect(lines.map(\.text) == ["CPU  100%   min 0%  max 100%", "  █", "▁██"])
    }

    @Test func axisShowsTheRangeAndOlderColumnsStayBlank() {
        let lines = Chart.lines(
            title: "CPU", samples: [0.25, 0.5, 0.75, 1], height: 2, width: 10, range: 0...1, format: percent)
        #expect(lines.map(\.text) == ["CPU  100%   min 25%  max 100%", "100%│   ▄█", "  0%│ ▄███"])
        #expect(lines[1].spans.map(\.role) == [.dim, .chart])
    }

    @Test func partialBlocksAtEveryLevel() {
        let samples = (1...8).map { Double($0) / 8 }
        let lines = Chart.lines(title: "x", samples: samples, height: 1, width: 13, range: 0...1, format: percent)
        #expect(lines[1].text == "100%│▁▂▃▄▅▆▇█")
    }

    @Test func onlyTheNewestSamplesThatFitAreDrawn() {
        let samples = [1.0, 1, 1, 0, 0]
        let lines = Chart.lines(title: "x", samples: samples, height: 1, width: 3, range: 0...1, format: percent)
        #expect(lines[1].text == "█▁▁")
    }

    @Test func withoutARangeTheSamplesSpanTheirOwnMinimumAndMaximum() {
        let lines = Chart.lines(title: "req", samples: [100, 200, 300], height: 2, width: 3, format: { "\(Int($0))" })
        #expect(lines.map(\.text) == ["req  300   min 100  max 300", "  █", "▁██"])
        let flat = Chart.lines(title: "req", samples: [5, 5], height: 2, width: 2, format: { "\(Int($0))" })
        #expect(flat.map(\.text).suffix(2) == ["  ", "▁▁"])
    }

    @Test func noSamplesSaySoAndTinyWidthsDoNotCrash() {
        #expect(Chart.lines(title: "CPU", samples: [], height: 4, width: 40, format: percent).map(\.text)
            == ["CPU  no data yet"])
        let narrow = Chart.lines(title: "CPU", samples: [0.5, 1], height: 3, width: 1, range: 0...1, format: percent)
        #expect(narrow.count == 4)
        #expect(narrow.dropFirst().allSatisfy { $0.width == 1 })
        #expect(Chart.lines(title: "CPU", samples: [0.5], height: 0, width: 0, format: percent).count == 1)
    }

    @Test func barFillsWhatTheLabelAndDetailLeave() {
        let line = TextBar.line(label: "CPU", fraction: 0.75, detail: "75%", width: 30)
        // 2 + 9 label + 1 + bar + 2 + 3 detail = 30: a bar of 13, 10 of them full.
        #expect(line.text == "  CPU       " + String(repeating: "█", count: 10) + String(repeating: "░", count: 3) + "  75%")
        #expect(line.width == 30)
        #expect(line.spans[2].role == .barMedium)
        #expect(TextBar.line(label: "CPU", fraction: 0.75, detail: "75%", width: 1).text == "  CPU       75%")
    }
}
