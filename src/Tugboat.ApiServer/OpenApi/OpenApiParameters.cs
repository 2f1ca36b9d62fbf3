using System.Text.Json;

namespace Tugboat.ApiServer.OpenApi;

/// <summary>The path and query parameters of the REST operations, as upstream declares them.</summary>
internal static class OpenApiParameters
{
    public sealed record Parameter(string Name, string In, string Type, string Description)
    {
        public void Write(Utf8JsonWriter w)
        {
            w.WriteStartObject();
            w.WriteString("description", Description);
            w.WriteString("in", In);
            w.WriteString("name", Name);
            if (In == "path") w.WriteBoolean("required", true);
            w.WriteStartObject("schema");
            w.WriteString("type", Type);
            w.WriteBoolean("uniqueItems", true);
            w.WriteEndObject();
            w.WriteEndObject();
        }
    }

    public static Parameter Name(string kind) => new("name", "path", "string", $"name of the {kind}");

    public static readonly Parameter Namespace = new("namespace", "path", "string",
        "object name and auth scope, such as for teams and projects");

    public static readonly Parameter Pretty = Query("pretty", "string",
        "If 'true', then the output is pretty printed.");

    public static readonly Parameter DryRun = Query("dryRun", "string",
        "When present, indicates that modifications should not be persisted. Valid values are: - All: all dry run stages will be processed");

    public static readonly Parameter FieldManager = Query("fieldManager", "string",
        "fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters.");

    public static readonly Parameter PatchFieldManager = Query("fieldManager", "string",
        "fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).");

    public static readonly Parameter FieldValidation = Query("fieldValidation", "string",
        "fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: unknown fields are silently dropped and the last of duplicate fields wins. - Warn: each unknown or duplicate field produces a warning header; the request still succeeds. This is the default. - Strict: the request fails with a BadRequest error listing every unknown and duplicate field.");

    public static readonly Parameter Force = Query("force", "boolean",
        "Force is going to \"force\" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.");

    public static readonly Parameter GracePeriodSeconds = Query("gracePeriodSeconds", "integer",
        "The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used.");

    public static readonly Parameter IgnoreStoreReadError = Query("ignoreStoreReadErrorWithClusterBreakingPotential", "boolean",
        "If true, deletes an object whose stored data cannot be read or decoded, skipping finalizers and preconditions. Unsafe: it may break the cluster.");

    public static readonly Parameter OrphanDependents = Query("orphanDependents", "boolean",
        "Deprecated: please use the PropagationPolicy. Should the dependent objects be orphaned.");

    public static readonly Parameter PropagationPolicy = Query("propagationPolicy", "string",
        "Whether and how garbage collection will be performed. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.");

    public static readonly Parameter AllowWatchBookmarks = Query("allowWatchBookmarks", "boolean",
        "allowWatchBookmarks requests watch events with type \"BOOKMARK\". If this is not a watch, this field is ignored.");

    public static readonly Parameter Continue = Query("continue", "string",
        "The continue option should be set when retrieving more results from the server: the continue value of the previous page, with otherwise identical query parameters.");

    public static readonly Parameter FieldSelector = Query("fieldSelector", "string",
        "A selector to restrict the list of returned objects by their fields. Defaults to everything.");

    public static readonly Parameter LabelSelector = Query("labelSelector", "string",
        "A selector to restrict the list of returned objects by their labels. Defaults to everything.");

    public static readonly Parameter Limit = Query("limit", "integer",
        "limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results.");

    public static readonly Parameter ResourceVersion = Query("resourceVersion", "string",
        "resourceVersion sets a constraint on what resource versions a request may be served from. Defaults to unset");

    public static readonly Parameter ResourceVersionMatch = Query("resourceVersionMatch", "string",
        "resourceVersionMatch determines how resourceVersion is applied to list calls. Defaults to unset");

    public static readonly Parameter SendInitialEvents = Query("sendInitialEvents", "boolean",
        "`sendInitialEvents=true` may be set together with `watch=true`. The watch stream then begins with synthetic events for the current state of the collection, followed by a bookmark.");

    public static readonly Parameter TimeoutSeconds = Query("timeoutSeconds", "integer",
        "Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.");

    public static readonly Parameter Watch = Query("watch", "boolean",
        "Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.");

    public static readonly Parameter[] Create = [DryRun, FieldManager, FieldValidation];
    public static readonly Parameter[] Update = [DryRun, FieldManager, FieldValidation];
    public static readonly Parameter[] PatchParameters = [DryRun, PatchFieldManager, FieldValidation, Force];
    public static readonly Parameter[] Delete = [DryRun, GracePeriodSeconds, IgnoreStoreReadError, OrphanDependents, PropagationPolicy];

    public static readonly Parameter[] List =
        [AllowWatchBookmarks, Continue, FieldSelector, LabelSelector, Limit, ResourceVersion, ResourceVersionMatch, SendInitialEvents, TimeoutSeconds, Watch];

    public static readonly Parameter[] DeleteCollection =
    [
        Continue, DryRun, FieldSelector, GracePeriodSeconds, IgnoreStoreReadError, LabelSelector, Limit, OrphanDependents,
        PropagationPolicy, ResourceVersion, ResourceVersionMatch, SendInitialEvents, TimeoutSeconds,
    ];

    private static Parameter Query(string name, string type, string description) => new(name, "query", type, description);
}
