import ArgumentParser
import Simulator

// `--chaos off|low|high`: the raw values are the spellings, and ArgumentParser lists them in errors.
extension ChaosLevel: ExpressibleByArgument {}
