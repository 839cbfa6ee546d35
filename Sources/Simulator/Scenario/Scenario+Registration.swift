extension Scenario.TaskDefinitionSpec {
    /// Why ECS's RegisterTaskDefinition would refuse this spec, in ECS's words; nil when it would
    /// register it. Lets a scenario file report the refusal at the definition's own line.
    public var registrationError: String? {
        do {
            try TaskDefinitionRules.validate(definition(arn: ""))
            return nil
        } catch {
            return error.message
        }
    }
}
