using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.Api.Validation;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>ConfigMaps: key names, a 1 MiB total, no key in both data and binaryData; data frozen once immutable.</summary>
public sealed class ConfigMapStrategy() : GenericStrategy(hasStatus: false, namespaced: true)
{
    public const int MaxSize = 1024 * 1024;
    public const string ImmutableMessage = "field is immutable when `immutable` is set";

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        Validate((ConfigMap)obj, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        var cm = (ConfigMap)obj;
        var previous = (ConfigMap)old;
        if (previous.Immutable == true)
        {
            if (cm.Immutable != true) errors.Add(FieldError.Forbidden("immutable", ImmutableMessage));
            if (!Checks.SameValue(cm.Data, previous.Data)) errors.Add(FieldError.Forbidden("data", ImmutableMessage));
            if (!Checks.SameValue(cm.BinaryData, previous.BinaryData)) errors.Add(FieldError.Forbidden("binaryData", ImmutableMessage));
        }
        Validate(cm, errors);
        return errors;
    }

    private static void Validate(ConfigMap cm, List<FieldError> errors)
    {
        long total = 0;
        foreach (var (key, value) in cm.Data ?? [])
        {
            foreach (var m in NameValidation.IsConfigMapKey(key)) errors.Add(FieldError.Invalid($"data[{key}]", key, m));
            if (cm.BinaryData?.ContainsKey(key) == true) errors.Add(FieldError.Invalid($"data[{key}]", key, "duplicate of key present in binaryData"));
            total += System.Text.Encoding.UTF8.GetByteCount(value);
        }
        foreach (var (key, value) in cm.BinaryData ?? [])
        {
            foreach (var m in NameValidation.IsConfigMapKey(key)) errors.Add(FieldError.Invalid($"binaryData[{key}]", key, m));
            total += value.Length;
        }
        if (total > MaxSize) errors.Add(FieldError.TooLong("", MaxSize));
    }
}
