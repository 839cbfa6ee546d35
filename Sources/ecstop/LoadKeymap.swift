import Dashboard
import Foundation

/// The keymap with the user's `keys.yaml` applied. A broken file is not fatal: the warning names every
/// problem with its line, and the standard keymap stands in, as a broken theme's default does.
func loadKeymap(environment: [String: String] = ProcessInfo.processInfo.environment) -> (keymap: Keymap, warning: String?) {
    guard let path = KeymapFile.path(environment: environment) else { return (.standard, nil) }
    do {
        return (try KeymapFile.load(path: path), nil)
    } catch {
        return (.standard, "keys \(error); using the default keys")
    }
}
