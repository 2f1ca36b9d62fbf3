namespace Tugboat.ApiServer.Printers;

/// <summary>Column definitions shared by many printers (upstream's names, types and formats; descriptions in short words).</summary>
internal static class Col
{
    public static readonly TableColumn Name = new("Name", "string", "name", "Name must be unique within a namespace.");
    public static readonly TableColumn Age = new("Age", "string", "", "Time since the object was created (metadata.creationTimestamp).");

    public static TableColumn String(string name, string description, int priority = 0) => new(name, "string", "", description, priority);
    public static TableColumn Integer(string name, string description, int priority = 0) => new(name, "integer", "", description, priority);
    public static TableColumn Boolean(string name, string description, int priority = 0) => new(name, "boolean", "", description, priority);

    /// <summary>The -o wide Containers, Images and (optionally) Selector columns of the workload printers.</summary>
    public static TableColumn Containers(int priority = 1) => String("Containers", "Names of the containers in the pod template.", priority);
    public static TableColumn Images(int priority = 1) => String("Images", "Images of the containers in the pod template.", priority);
    public static TableColumn Selector(string description, int priority = 1) => String("Selector", description, priority);
}
