using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("An environment variable set in a container.")]
public sealed class EnvVar
{
    [Doc("Variable name.")]
    [RequiredField, ProtoField(1)] public string Name { get; set; } = "";
    [Doc("Literal value; $(VAR) references to earlier variables are expanded.")]
    [ProtoField(2, OmitEmpty = true)] public string? Value { get; set; }
    [Doc("Take the value from a field, resource, ConfigMap key or Secret key instead.")]
    [ProtoField(3)] public EnvVarSource? ValueFrom { get; set; }
}

[Doc("Where an environment variable's value comes from.")]
public sealed class EnvVarSource
{
    [Doc("A field of the pod, e.g. metadata.name or status.podIP.")]
    [ProtoField(1)] public ObjectFieldSelector? FieldRef { get; set; }
    [Doc("A resource limit or request of a container.")]
    [ProtoField(2)] public ResourceFieldSelector? ResourceFieldRef { get; set; }
    [Doc("A key of a ConfigMap.")]
    [ProtoField(3)] public ConfigMapKeySelector? ConfigMapKeyRef { get; set; }
    [Doc("A key of a Secret.")]
    [ProtoField(4)] public SecretKeySelector? SecretKeyRef { get; set; }
}

[MapType("atomic")]
[Doc("Selects one key of a ConfigMap.")]
public sealed class ConfigMapKeySelector
{
    [ProtoField(1, Embedded = 1, OmitEmpty = true)] public string? Name { get; set; }
    [RequiredField, ProtoField(2)] public string Key { get; set; } = "";
    [ProtoField(3)] public bool? Optional { get; set; }
}

[MapType("atomic")]
[Doc("Selects one key of a Secret.")]
public sealed class SecretKeySelector
{
    [ProtoField(1, Embedded = 1, OmitEmpty = true)] public string? Name { get; set; }
    [RequiredField, ProtoField(2)] public string Key { get; set; } = "";
    [ProtoField(3)] public bool? Optional { get; set; }
}

[Doc("A ConfigMap or Secret whose keys all become environment variables.")]
public sealed class EnvFromSource
{
    [Doc("Prefix added to every variable name from this source.")]
    [ProtoField(1, OmitEmpty = true)] public string? Prefix { get; set; }
    [ProtoField(2)] public ConfigMapEnvSource? ConfigMapRef { get; set; }
    [ProtoField(3)] public SecretEnvSource? SecretRef { get; set; }
}

[Doc("A ConfigMap whose keys become environment variables.")]
public sealed class ConfigMapEnvSource
{
    [ProtoField(1, Embedded = 1, OmitEmpty = true)] public string? Name { get; set; }
    [ProtoField(2)] public bool? Optional { get; set; }
}

[Doc("A Secret whose keys become environment variables.")]
public sealed class SecretEnvSource
{
    [ProtoField(1, Embedded = 1, OmitEmpty = true)] public string? Name { get; set; }
    [ProtoField(2)] public bool? Optional { get; set; }
}
