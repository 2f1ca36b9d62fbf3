namespace Tugboat.Api.Schema;

/// <summary>Strategic-merge-patch merge key of a list field (Go tag patchMergeKey).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PatchMergeKeyAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}

/// <summary>Strategic-merge-patch strategy of a field (Go tag patchStrategy): "merge", "replace", "retainKeys", "merge,retainKeys".</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PatchStrategyAttribute(string strategy) : Attribute
{
    public string Strategy { get; } = strategy;
}

/// <summary>x-kubernetes-list-type: "atomic", "set" or "map".</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ListTypeAttribute(string type) : Attribute
{
    public string Type { get; } = type;
}

/// <summary>x-kubernetes-list-map-keys for a list of type map.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ListMapKeysAttribute(params string[] keys) : Attribute
{
    public string[] Keys { get; } = keys;
}

/// <summary>x-kubernetes-map-type: "atomic" or "granular".</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class)]
public sealed class MapTypeAttribute(string type) : Attribute
{
    public string Type { get; } = type;
}

/// <summary>The field is required in the OpenAPI schema.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RequiredFieldAttribute : Attribute;

/// <summary>Documentation shown by `kubectl explain` for a type or field.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class)]
public sealed class DocAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}

/// <summary>The field holds arbitrary JSON (x-kubernetes-preserve-unknown-fields) or is an embedded object of any kind.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PreserveUnknownFieldsAttribute : Attribute;

/// <summary>Binds a root API type to its group, version and kind.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class KubernetesKindAttribute(string group, string version, string kind) : Attribute
{
    public string Group { get; } = group;
    public string Version { get; } = version;
    public string Kind { get; } = kind;
    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";
}
