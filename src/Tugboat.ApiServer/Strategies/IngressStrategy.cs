using Tugboat.Api.Meta;
using Tugboat.Api.Networking.V1;
using Tugboat.Api.Validation;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// Ingresses (networking.k8s.io/v1): ValidateIngressCreate / Update — rules or a default backend, hosts, paths and
/// their pathType, service backends (name, port name or number), TLS hosts and secrets, ingressClassName, and the
/// legacy class annotation agreeing with it.
/// </summary>
public sealed class IngressStrategy() : GenericStrategy(hasStatus: true, namespaced: true)
{
    private const string ClassAnnotation = "kubernetes.io/ingress.class";
    private static readonly string[] PathTypes = ["Exact", "ImplementationSpecific", "Prefix"];
    private static readonly string[] InvalidPathSequences = ["//", "/./", "/../", "%2f", "%2F"];
    private static readonly string[] InvalidPathSuffixes = ["/..", "/."];

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var ingress = (Ingress)obj;
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        ValidateSpec(ingress.Spec ?? new IngressSpec(), errors, allowInvalidSecretName: false, allowInvalidWildcardRule: false);
        if (ingress.Metadata.Annotations?.GetValueOrDefault(ClassAnnotation) is { } annotation
            && ingress.Spec?.IngressClassName is { } className && annotation != className)
            errors.Add(FieldError.Invalid($"annotations.{ClassAnnotation}", annotation, "must match `ingressClassName` when both are specified"));
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        var oldSpec = ((Ingress)old).Spec ?? new IngressSpec();
        // Invalid values an existing Ingress already has stay allowed.
        var oldErrors = new List<FieldError>();
        ValidateTls(oldSpec, oldErrors, false);
        var allowSecret = oldErrors.Count > 0;
        oldErrors.Clear();
        ValidateRules(oldSpec.Rules ?? [], "spec.rules", oldErrors, allowInvalidWildcardRule: false, onlyWildcard: true);
        ValidateSpec(((Ingress)obj).Spec ?? new IngressSpec(), errors, allowSecret, oldErrors.Count > 0);
        return errors;
    }

    private static void ValidateSpec(IngressSpec spec, List<FieldError> errors, bool allowInvalidSecretName, bool allowInvalidWildcardRule)
    {
        if (spec.Rules is not { Count: > 0 } && spec.DefaultBackend is null)
            errors.Add(FieldError.Invalid("spec", GoValue.Raw(spec.Rules is null ? "[]networking.IngressRule(nil)" : "[]networking.IngressRule{}"),
                "either `defaultBackend` or `rules` must be specified"));
        if (spec.DefaultBackend is { } backend) ValidateBackend(backend, "spec.defaultBackend", errors);
        if (spec.Rules is { Count: > 0 } rules) ValidateRules(rules, "spec.rules", errors, allowInvalidWildcardRule, onlyWildcard: false);
        if (spec.Tls is { Count: > 0 }) ValidateTls(spec, errors, allowInvalidSecretName);
        if (spec.IngressClassName is { } className) Checks.Dns1123Subdomain(className, "spec.ingressClassName", errors);
    }

    private static void ValidateTls(IngressSpec spec, List<FieldError> errors, bool allowInvalidSecretName)
    {
        for (var t = 0; t < (spec.Tls?.Count ?? 0); t++)
        {
            var tls = spec.Tls![t];
            for (var i = 0; i < (tls.Hosts?.Count ?? 0); i++)
            {
                var host = tls.Hosts![i];
                var messages = host.Contains('*') ? NameValidation.IsWildcardDns1123Subdomain(host) : NameValidation.IsDns1123Subdomain(host);
                foreach (var m in messages) errors.Add(FieldError.Invalid($"spec.tls[{t}].hosts[{i}]", host, m));
            }
            if (!allowInvalidSecretName && !string.IsNullOrEmpty(tls.SecretName))
                foreach (var m in NameValidation.IsDns1123Subdomain(tls.SecretName))
                    errors.Add(FieldError.Invalid($"spec.tls[{t}].secretName", tls.SecretName, m));
        }
    }

    private static void ValidateRules(List<IngressRule> rules, string path, List<FieldError> errors, bool allowInvalidWildcardRule, bool onlyWildcard)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var wildcard = false;
            if (!string.IsNullOrEmpty(rule.Host) && !onlyWildcard)
            {
                var hostPath = $"{path}[{i}].host";
                if (Checks.IsIP(rule.Host)) errors.Add(FieldError.Invalid(hostPath, rule.Host, "must be a DNS name, not an IP address"));
                var messages = rule.Host.Contains('*') ? NameValidation.IsWildcardDns1123Subdomain(rule.Host) : NameValidation.IsDns1123Subdomain(rule.Host);
                foreach (var m in messages) errors.Add(FieldError.Invalid(hostPath, rule.Host, m));
            }
            wildcard = rule.Host?.Contains('*') == true;
            if (onlyWildcard && !wildcard) continue;
            if ((!wildcard || !allowInvalidWildcardRule) && rule.Http is { } http)
            {
                var httpPath = $"{path}[{i}].http";
                if (http.Paths is not { Count: > 0 }) errors.Add(FieldError.Required($"{httpPath}.paths"));
                for (var j = 0; j < (http.Paths?.Count ?? 0); j++) ValidatePath(http.Paths![j], $"{httpPath}.paths[{j}]", errors);
            }
        }
    }

    private static void ValidatePath(HTTPIngressPath path, string fieldPath, List<FieldError> errors)
    {
        if (path.PathType is not { } pathType)
        {
            errors.Add(FieldError.Required($"{fieldPath}.pathType", "pathType must be specified"));
            return;
        }
        var value = path.Path ?? "";
        switch (pathType)
        {
            case "Exact" or "Prefix":
                if (!value.StartsWith('/')) errors.Add(FieldError.Invalid($"{fieldPath}.path", value, "must be an absolute path"));
                if (value.Length > 0)
                {
                    foreach (var seq in InvalidPathSequences)
                        if (value.Contains(seq, StringComparison.Ordinal)) errors.Add(FieldError.Invalid($"{fieldPath}.path", value, $"must not contain '{seq}'"));
                    foreach (var suffix in InvalidPathSuffixes)
                        if (value.EndsWith(suffix, StringComparison.Ordinal)) errors.Add(FieldError.Invalid($"{fieldPath}.path", value, $"cannot end with '{suffix}'"));
                }
                break;
            case "ImplementationSpecific":
                if (value.Length > 0 && !value.StartsWith('/')) errors.Add(FieldError.Invalid($"{fieldPath}.path", value, "must be an absolute path"));
                break;
            default:
                errors.Add(FieldError.NotSupported($"{fieldPath}.pathType", pathType, PathTypes));
                break;
        }
        ValidateBackend(path.Backend, $"{fieldPath}.backend", errors);
    }

    /// <summary>validateIngressBackend.</summary>
    private static void ValidateBackend(IngressBackend backend, string path, List<FieldError> errors)
    {
        switch (backend.Resource, backend.Service)
        {
            case (not null, not null):
                errors.Add(FieldError.Invalid(path, "", "cannot set both resource and service backends"));
                return;
            case ({ } resource, null):
                TypedLocalObjectReference(resource.APIGroup, resource.Kind, resource.Name, $"{path}.resource", errors);
                return;
            case (null, { } service):
                if (service.Name.Length == 0) errors.Add(FieldError.Required($"{path}.service.name"));
                else foreach (var m in NameValidation.IsDns1035Label(service.Name)) errors.Add(FieldError.Invalid($"{path}.service.name", service.Name, m));
                var name = service.Port?.Name ?? "";
                var number = service.Port?.Number ?? 0;
                if (name.Length > 0 && number != 0) errors.Add(FieldError.Invalid(path, "", "cannot set both port name & port number"));
                else if (name.Length > 0) foreach (var m in NameValidation.IsValidPortName(name)) errors.Add(FieldError.Invalid($"{path}.service.port.name", name, m));
                else if (number != 0) foreach (var m in NameValidation.IsValidPortNum(number)) errors.Add(FieldError.Invalid($"{path}.service.port.number", number, m));
                else errors.Add(FieldError.Required(path, "port name or number is required"));
                return;
            default:
                errors.Add(FieldError.Invalid(path, "", "resource or service backend is required"));
                return;
        }
    }

    /// <summary>validateIngressTypedLocalObjectReference.</summary>
    public static void TypedLocalObjectReference(string? apiGroup, string kind, string name, string path, List<FieldError> errors)
    {
        if (apiGroup is not null) Checks.Dns1123Subdomain(apiGroup, $"{path}.apiGroup", errors);
        if (kind.Length == 0) errors.Add(FieldError.Required($"{path}.kind", "kind is required"));
        else foreach (var m in Checks.PathSegmentName(kind)) errors.Add(FieldError.Invalid($"{path}.kind", kind, m));
        if (name.Length == 0) errors.Add(FieldError.Required($"{path}.name", "name is required"));
        else foreach (var m in Checks.PathSegmentName(name)) errors.Add(FieldError.Invalid($"{path}.name", name, m));
    }
}
