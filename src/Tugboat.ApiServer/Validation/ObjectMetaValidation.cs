using Tugboat.Api.Meta;
using Tugboat.Api.Validation;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Validation;

/// <summary>Validation of metadata shared by all kinds (upstream's ValidateObjectMeta).</summary>
public static class ObjectMetaValidation
{
    private const int TotalAnnotationSizeLimit = 256 * 1024;

    public static List<FieldError> Validate(ObjectMeta meta, bool namespaced, NameRule rule)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrEmpty(meta.Name))
        {
            if (string.IsNullOrEmpty(meta.GenerateName)) errors.Add(FieldError.Required("metadata.name", "name or generateName is required"));
        }
        else
        {
            foreach (var message in NameErrors(meta.Name, rule))
                errors.Add(FieldError.Invalid("metadata.name", meta.Name, message));
        }
        if (namespaced)
        {
            if (string.IsNullOrEmpty(meta.Namespace)) errors.Add(FieldError.Required("metadata.namespace"));
            else foreach (var message in NameValidation.IsDns1123Label(meta.Namespace))
                errors.Add(FieldError.Invalid("metadata.namespace", meta.Namespace, message));
        }
        else if (!string.IsNullOrEmpty(meta.Namespace))
        {
            errors.Add(FieldError.Forbidden("metadata.namespace", "not allowed on this type"));
        }
        ValidateLabels(meta.Labels, "metadata.labels", errors);
        ValidateAnnotations(meta.Annotations, "metadata.annotations", errors);
        ValidateFinalizers(meta.Finalizers, errors);
        if (meta.Generation < 0) errors.Add(FieldError.Invalid("metadata.generation", meta.Generation, "must be greater than or equal to 0"));
        ValidateOwnerReferences(meta, errors);
        return errors;
    }

    public static List<FieldError> ValidateUpdate(ObjectMeta meta, ObjectMeta old, bool namespaced, NameRule rule)
    {
        var errors = Validate(meta, namespaced, rule);
        if (meta.Name != old.Name) errors.Add(FieldError.Invalid("metadata.name", meta.Name, "field is immutable"));
        if (meta.Namespace != old.Namespace) errors.Add(FieldError.Invalid("metadata.namespace", meta.Namespace, "field is immutable"));
        if (meta.Uid != old.Uid) errors.Add(FieldError.Invalid("metadata.uid", meta.Uid, "field is immutable"));
        if (meta.CreationTimestamp != old.CreationTimestamp)
            errors.Add(FieldError.Invalid("metadata.creationTimestamp", meta.CreationTimestamp?.ToString("yyyy-MM-dd HH:mm:ss +0000 UTC"), "field is immutable"));
        return errors;
    }

    public static IReadOnlyList<string> NameErrors(string name, NameRule rule) => rule switch
    {
        NameRule.Dns1123Label => NameValidation.IsDns1123Label(name),
        NameRule.Dns1035Label => NameValidation.IsDns1035Label(name),
        NameRule.PathSegment => PathSegmentErrors(name),
        _ => NameValidation.IsDns1123Subdomain(name),
    };

    public static void ValidateLabels(Dictionary<string, string>? labels, string path, List<FieldError> errors)
    {
        if (labels is null) return;
        foreach (var (key, value) in labels)
        {
            foreach (var message in NameValidation.IsQualifiedName(key)) errors.Add(FieldError.Invalid(path, key, message));
            foreach (var message in NameValidation.IsValidLabelValue(value)) errors.Add(FieldError.Invalid(path, value, message));
        }
    }

    public static void ValidateAnnotations(Dictionary<string, string>? annotations, string path, List<FieldError> errors)
    {
        if (annotations is null) return;
        long total = 0;
        foreach (var (key, value) in annotations)
        {
            foreach (var message in NameValidation.IsQualifiedName(key.ToLowerInvariant()))
                errors.Add(FieldError.Invalid(path, key, message));
            total += key.Length + value.Length;
        }
        if (total > TotalAnnotationSizeLimit)
            errors.Add(FieldError.TooLong(path, TotalAnnotationSizeLimit));
    }

    private static readonly string[] StandardFinalizers = ["kubernetes", "orphan", "foregroundDeletion"];

    /// <summary>ValidateFinalizers (qualified names, not both orphan and foregroundDeletion) and core's standard-name rule.</summary>
    private static void ValidateFinalizers(List<string>? finalizers, List<FieldError> errors)
    {
        if (finalizers is null) return;
        foreach (var f in finalizers)
            foreach (var message in NameValidation.IsQualifiedName(f))
                errors.Add(FieldError.Invalid("metadata.finalizers", f, message));
        if (finalizers.Contains("orphan") && finalizers.Contains("foregroundDeletion"))
            errors.Add(FieldError.Invalid("metadata.finalizers", finalizers, "finalizer orphan and foregroundDeletion cannot be both set"));
        for (var i = 0; i < finalizers.Count; i++)
            if (!finalizers[i].Contains('/') && !StandardFinalizers.Contains(finalizers[i]))
                errors.Add(FieldError.Invalid($"metadata.finalizers[{i}]", finalizers[i], "name is neither a standard finalizer name nor is it fully qualified"));
    }

    private static void ValidateOwnerReferences(ObjectMeta meta, List<FieldError> errors)
    {
        if (meta.OwnerReferences is null) return;
        var controllers = 0;
        for (var i = 0; i < meta.OwnerReferences.Count; i++)
        {
            var r = meta.OwnerReferences[i];
            var path = $"metadata.ownerReferences[{i}]";
            if (string.IsNullOrEmpty(r.ApiVersion)) errors.Add(FieldError.Invalid($"{path}.apiVersion", r.ApiVersion, "version must not be empty"));
            if (string.IsNullOrEmpty(r.Kind)) errors.Add(FieldError.Invalid($"{path}.kind", r.Kind, "kind must not be empty"));
            if (string.IsNullOrEmpty(r.Name)) errors.Add(FieldError.Invalid($"{path}.name", r.Name, "name must not be empty"));
            if (string.IsNullOrEmpty(r.Uid)) errors.Add(FieldError.Invalid($"{path}.uid", r.Uid, "uid must not be empty"));
            if (r.Controller == true) controllers++;
        }
        if (controllers > 1)
            errors.Add(FieldError.Invalid("metadata.ownerReferences", "", "Only one reference can have Controller set to true"));
    }

    private static IReadOnlyList<string> PathSegmentErrors(string name) => Checks.PathSegmentName(name);
}
