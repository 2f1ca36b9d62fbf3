using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// Per-kind behaviour of the generic REST handlers, as upstream's pkg/registry/*/strategy.go: what is reset on
/// create and update, defaulting, validation, and the fields a field selector can use.
/// </summary>
public interface IResourceStrategy
{
    /// <summary>Clears fields a client may not set on create (status for kinds with a status subresource).</summary>
    void PrepareForCreate(IKubernetesObject obj);

    /// <summary>Carries over fields a main-resource update may not change (status) and bumps generation on spec change.</summary>
    void PrepareForUpdate(IKubernetesObject obj, IKubernetesObject old);

    /// <summary>For an update of the status subresource: everything but status comes from the old object.</summary>
    void PrepareForStatusUpdate(IKubernetesObject obj, IKubernetesObject old);

    void ApplyDefaults(IKubernetesObject obj);

    IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj);

    IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old);

    /// <summary>A PUT of an object that does not exist creates it (Endpoints, Leases, ...).</summary>
    bool AllowCreateOnUpdate { get; }

    /// <summary>The grace period a DELETE gets (null: deleted at once), given the one the client asked for.</summary>
    long? DeletionGracePeriod(IKubernetesObject obj, long? requested);

    /// <summary>Marks an object whose deletion is pending (a namespace turns Terminating).</summary>
    void PrepareForDelete(IKubernetesObject obj);

    /// <summary>True when an object marked for deletion has nothing left holding it (finalizers, grace period).</summary>
    bool ReadyToRemove(IKubernetesObject obj);

    /// <summary>DELETE answers with the deleted object (pods, ...) rather than a Status.</summary>
    bool ReturnDeletedObject { get; }

    /// <summary>The value of a field-selector path for this object, or null when the field is not selectable.</summary>
    string? SelectableField(IKubernetesObject obj, string path);
}
