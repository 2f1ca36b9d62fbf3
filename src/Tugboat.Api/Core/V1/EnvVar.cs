using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("An environment variable set in a container.")]
public sealed class EnvVar
{
    [Doc("Variable name.")]
    [RequiredField] public string Name { get; set; } = "";
    [Doc("Literal value; $(VAR) references to earlier variables are expanded.")]
    public string? Value { get; set; }
    [Doc("Take the value from a field, resource, ConfigMap key or Secret key instead.")]
    public EnvVarSource? ValueFrom { get; set; }
}

[Doc("Where an environment variable's value comes from.")]
public sealed class EnvVarSource
{
    [Doc("A field of the pod, e.g. metadata.name or status.podIP.")]
    public ObjectFieldSelector? FieldRef { get; set; }
    [Doc("A resource limit or request of a container.")]
    public ResourceFieldSelector? ResourceFieldRef { get; set; }
    [Doc("A key of a ConfigMap.")]
    public ConfigMapKeySelector? ConfigMapKeyRef { get; set; }
    [Doc("A key of a Secret.")]
    public SecretKeySelector? SecretKeyRef { get; set; }
}

[MapType("atomic")]
[Doc("Selects one key of a ConfigMap.")]
public sealed class ConfigMapKeySelector
{
    public string? Name { get; set; }
    [RequiredField] public string Key { get; set; } = "";
    public bool? Optional { get; set; }
}

[MapType("atomic")]
[Doc("Selects one key of a Secret.")]
public sealed class SecretKeySelector
{
    public string? Name { get; set; }
    [RequiredField] public string Key { get; set; } = "";
    public bool? Optional { get; set; }
}

[Doc("A ConfigMap or Secret whose keys all become environment variables.")]
public sealed class EnvFromSource
{
    [Doc("Prefix added to every variable name from this source.")]
    public string? Prefix { get; set; }
    public ConfigMapEnvSource? ConfigMapRef { get; set; }
    public SecretEnvSource? SecretRef { get; set; }
}

[Doc("A ConfigMap whose keys become environment variables.")]
public sealed class ConfigMapEnvSource
{
    public string? Name { get; set; }
    public bool? Optional { get; set; }
}

[Doc("A Secret whose keys become environment variables.")]
public sealed class SecretEnvSource
{
    public string? Name { get; set; }
    public bool? Optional { get; set; }
}
