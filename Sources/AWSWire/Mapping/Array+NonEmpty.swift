extension Array {
    /// nil for an empty list: an absent member, where ECS's default is none.
    var nonEmpty: Self? { isEmpty ? nil : self }
}
