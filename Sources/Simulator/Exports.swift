@_exported import ECSModel
