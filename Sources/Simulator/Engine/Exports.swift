// Users of the simulator speak ECSModel's vocabulary; importing Simulator is enough.
@_exported import ECSModel
