import Dashboard
import Foundation

/// The theme library for this environment: the user's folder, then the shipped `themes/`.
func themeLibrary() -> ThemeLibrary {
    ThemeLibrary(environment: ProcessInfo.processInfo.environment)
}

/// The theme called `name`. A theme that does not exist is a mistake on the command line; one whose
/// file is broken gives a warning naming the file, line and key, and the default stands in.
func loadTheme(name: String) throws(UsageError) -> (theme: Theme, warning: String?) {
    let library = themeLibrary()
    do {
        return (try library.theme(named: name), nil)
    } catch where error.line == nil && error.problem.hasPrefix("no such theme") {
        throw UsageError("--theme: no theme named '\(name)' (available: \(library.availableThemes().joined(separator: ", ")))")
    } catch {
        return (.default, "theme \(error); using the default theme")
    }
}

/// One warning line on standard error.
func warn(_ message: String) {
    FileHandle.standardError.write(Data("ecstop: warning: \(message)\n".utf8))
}
