import Foundation

/// Finds theme files by name: the user's folder first (`$XDG_CONFIG_HOME/ecstop/themes`, else
/// `~/.config/ecstop/themes`), then the shipped `themes/` folder.
public struct ThemeLibrary: Sendable {
    public var folders: [String]

    public init(folders: [String]) {
        self.folders = folders
    }

    /// The usual folders for this environment and executable.
    public init(environment: [String: String], executablePath: String = CommandLine.arguments.first ?? "") {
        var folders: [String] = []
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            folders.append(config + "/ecstop/themes")
        } else if let home = environment["HOME"], !home.isEmpty {
            folders.append(home + "/.config/ecstop/themes")
        }
        let executableFolder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        // Installed next to the binary, in a share folder, or run from a checkout's build folder.
        for relative in ["themes", "../share/ecstop/themes", "../../themes", "../../../themes"] {
            folders.append(executableFolder.appendingPathComponent(relative).standardizedFileURL.path)
        }
        folders.append(FileManager.default.currentDirectoryPath + "/themes")
        self.folders = folders
    }

    /// The theme called `name`. `default` needs no file: the built-in one stands in when none is found.
    public func theme(named name: String) throws(ThemeError) -> Theme {
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !name.isEmpty else {
            throw ThemeError(file: name, problem: "a theme name is letters, digits, - and _")
        }
        for folder in folders {
            let path = folder + "/\(name).yaml"
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ThemeError(file: path, problem: "not UTF-8 text")
            }
            return try ThemeFile.parse(text, name: name, file: path)
        }
        if name == Theme.default.name { return .default }
        throw ThemeError(file: "\(name).yaml", problem: "no such theme in \(folders.joined(separator: ", "))")
    }

    /// Names of every theme found, sorted.
    public func availableThemes() -> [String] {
        var names: Set<String> = [Theme.default.name]
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in files where file.hasSuffix(".yaml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }
}
