/// Whose tags ECS copies onto a task when it launches it (CreateService, UpdateService, RunTask).
public enum PropagateTags: String, Hashable, Sendable {
    case taskDefinition = "TASK_DEFINITION"
    case service = "SERVICE"
    case none = "NONE"
}
