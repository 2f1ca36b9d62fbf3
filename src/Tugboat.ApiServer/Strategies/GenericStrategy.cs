using System.Reflection;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Caching;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// The behaviour every kind shares: a status subresource owns .status, a spec change bumps metadata.generation,
/// metadata is validated. Kinds with more rules derive from it.
/// </summary>
public class GenericStrategy(bool hasStatus, bool namespaced, NameRule nameRule = NameRule.Dns1123Subdomain) : IResourceStrategy
{
    /// <summary>Set for kinds whose PUT creates a missing object.</summary>
    public bool CreateOnUpdate { get; init; }

    public virtual bool AllowCreateOnUpdate => CreateOnUpdate;

    /// <summary>
    /// Upstream defaults an object when it is decoded, before the strategy sees it; so defaults are applied here
    /// too (ApplyDefaults is idempotent), which keeps an update that only omits defaulted fields from bumping the
    /// generation.
    /// </summary>
    public virtual void PrepareForCreate(IKubernetesObject obj)
    {
        ApplyDefaults(obj);
        if (hasStatus) SetStatus(obj, null);
        if (SpecOf(obj) is not null || HasSpec(obj)) obj.Metadata.Generation = 1;
    }

    public virtual void PrepareForUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        ApplyDefaults(obj);
        if (hasStatus) SetStatus(obj, StatusOf(old));
        if (!HasSpec(obj)) return;
        obj.Metadata.Generation = old.Metadata.Generation ?? 1;
        if (!SameSpec(obj, old)) obj.Metadata.Generation++;
    }

    public virtual void PrepareForStatusUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var status = StatusOf(obj);
        var copy = ObjectCodec.Clone(old);
        SetStatus(copy, status);
        CopyInto(copy, obj);
    }

    public virtual void ApplyDefaults(IKubernetesObject obj) { }

    public virtual long? DeletionGracePeriod(IKubernetesObject obj, long? requested) => null;

    public virtual void PrepareForDelete(IKubernetesObject obj) { }

    public virtual bool ReadyToRemove(IKubernetesObject obj) =>
        obj.Metadata.DeletionTimestamp is not null
        && (obj.Metadata.Finalizers is null || obj.Metadata.Finalizers.Count == 0)
        && (obj.Metadata.DeletionGracePeriodSeconds ?? 0) == 0;

    public virtual bool ReturnDeletedObject => false;

    public virtual IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj) =>
        ObjectMetaValidation.Validate(obj.Metadata, namespaced, nameRule);

    public virtual IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old) =>
        ObjectMetaValidation.ValidateUpdate(obj.Metadata, old.Metadata, namespaced, nameRule);

    public virtual string? SelectableField(IKubernetesObject obj, string path) => path switch
    {
        "metadata.name" => obj.Metadata.Name ?? "",
        "metadata.namespace" => namespaced ? obj.Metadata.Namespace ?? "" : null,
        _ => null,
    };

    protected bool Namespaced => namespaced;

    protected static object? StatusOf(IKubernetesObject obj) => obj.GetType().GetProperty("Status")?.GetValue(obj);
    protected static object? SpecOf(IKubernetesObject obj) => obj.GetType().GetProperty("Spec")?.GetValue(obj);
    private static bool HasSpec(IKubernetesObject obj) => obj.GetType().GetProperty("Spec") is not null;

    private static void SetStatus(IKubernetesObject obj, object? status)
    {
        var property = obj.GetType().GetProperty("Status");
        if (property is { CanWrite: true } && (status is null || property.PropertyType.IsInstanceOfType(status)))
            property.SetValue(obj, status);
    }

    private static bool SameSpec(IKubernetesObject a, IKubernetesObject b)
    {
        var sa = SpecOf(a);
        var sb = SpecOf(b);
        if (sa is null || sb is null) return sa is null && sb is null;
        return ApiJson.Serialize(sa).AsSpan().SequenceEqual(ApiJson.Serialize(sb));
    }

    private static void CopyInto(IKubernetesObject source, IKubernetesObject target)
    {
        foreach (var p in source.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            if (p is { CanRead: true, CanWrite: true } && p.Name is not ("Status" or "Metadata"))
                p.SetValue(target, p.GetValue(source));
        var rv = target.Metadata.ResourceVersion;
        var meta = source.Metadata;
        meta.ResourceVersion = rv;
        target.Metadata = meta;
    }
}
