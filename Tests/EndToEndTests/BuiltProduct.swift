import Foundation

/// Where `swift build` / `swift test` put the `ecstop` executable: the same folder as the test bundle.
enum BuiltProduct {
    struct NotFound: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            "ecstop executable not found in \(searched.joined(separator: ", ")); run `swift build` first"
        }
    }

    static func ecstop() throws -> URL {
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        folders += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }.map { $0.deletingLastPathComponent() }
        // Fallback: the package's own debug build folder, found from this source file.
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        for folder in folders {
            let candidate = folder.appendingPathComponent("ecstop")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw NotFound(searched: folders.map(\.path))
    }
}
