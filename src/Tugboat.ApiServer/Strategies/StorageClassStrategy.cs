using Tugboat.Api.Meta;
using Tugboat.Api.Storage.V1;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// StorageClasses: reclaimPolicy Delete and volumeBindingMode Immediate by default; ValidateStorageClass;
/// provisioner, parameters, reclaimPolicy and volumeBindingMode never change.
/// </summary>
public sealed class StorageClassStrategy() : GenericStrategy(hasStatus: false, namespaced: false)
{
    private static readonly string[] ReclaimPolicies = ["Delete", "Retain"];
    private static readonly string[] BindingModes = ["Immediate", "WaitForFirstConsumer"];

    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var sc = (StorageClass)obj;
        if (string.IsNullOrEmpty(sc.ReclaimPolicy)) sc.ReclaimPolicy = "Delete";
        if (string.IsNullOrEmpty(sc.VolumeBindingMode)) sc.VolumeBindingMode = "Immediate";
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        Validate((StorageClass)obj, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        var sc = (StorageClass)obj;
        var previous = (StorageClass)old;
        if (!Checks.SameValue(NonEmpty(sc.Parameters), NonEmpty(previous.Parameters)))
            errors.Add(FieldError.Forbidden("parameters", "updates to parameters are forbidden."));
        if (sc.Provisioner != previous.Provisioner) errors.Add(FieldError.Forbidden("provisioner", "updates to provisioner are forbidden."));
        if (sc.ReclaimPolicy != previous.ReclaimPolicy) errors.Add(FieldError.Forbidden("reclaimPolicy", "updates to reclaimPolicy are forbidden."));
        Checks.Immutable(sc.VolumeBindingMode, previous.VolumeBindingMode, "volumeBindingMode", errors);
        return errors;
    }

    private static Dictionary<string, string>? NonEmpty(Dictionary<string, string>? map) => map is { Count: > 0 } ? map : null;

    private static void Validate(StorageClass sc, List<FieldError> errors)
    {
        if (sc.Provisioner.Length == 0) errors.Add(FieldError.Required("provisioner"));
        else Checks.QualifiedName(sc.Provisioner.ToLowerInvariant(), "provisioner", errors);
        var parameters = sc.Parameters ?? [];
        if (parameters.Count > 512) errors.Add(FieldError.TooLong("parameters", 512));
        else
        {
            long total = 0;
            foreach (var (key, value) in parameters)
            {
                if (key.Length == 0) errors.Add(FieldError.Invalid("parameters", key, "field can not be empty."));
                total += key.Length + value.Length;
            }
            if (total > 256 * 1024) errors.Add(FieldError.TooLong("parameters", 256 * 1024));
        }
        if (!string.IsNullOrEmpty(sc.ReclaimPolicy) && !ReclaimPolicies.Contains(sc.ReclaimPolicy))
            errors.Add(FieldError.NotSupported("reclaimPolicy", sc.ReclaimPolicy, ReclaimPolicies));
        if (sc.VolumeBindingMode is null) errors.Add(FieldError.Required("volumeBindingMode"));
        else if (!BindingModes.Contains(sc.VolumeBindingMode)) errors.Add(FieldError.NotSupported("volumeBindingMode", sc.VolumeBindingMode, BindingModes));
        for (var i = 0; i < (sc.AllowedTopologies?.Count ?? 0); i++)
        {
            var term = sc.AllowedTopologies![i];
            var keys = new HashSet<string>();
            for (var j = 0; j < (term.MatchLabelExpressions?.Count ?? 0); j++)
            {
                var expr = term.MatchLabelExpressions![j];
                var p = $"allowedTopologies[{i}].matchLabelExpressions[{j}]";
                Checks.LabelName(expr.Key, $"{p}.key", errors);
                if (expr.Values is not { Count: > 0 }) errors.Add(FieldError.Required($"{p}.values", "must specify as least one value"));
                if (!keys.Add(expr.Key)) errors.Add(FieldError.Duplicate($"{p}.key", expr.Key));
            }
        }
    }
}
