using System.Text.Json.Nodes;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Tests.Patch;

// Test-only API types carrying the same patch metadata as their upstream counterparts (core/v1 Pod, apps/v1
// Deployment), so strategic merge patch can be exercised without the real API types.

[KubernetesKind("", "v1", "Pod")]
public sealed class TestPod
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public TestObjectMeta? Metadata { get; set; }
    public TestPodSpec? Spec { get; set; }
}

[KubernetesKind("apps", "v1", "Deployment")]
public sealed class TestDeployment
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public TestObjectMeta? Metadata { get; set; }
    public TestDeploymentSpec? Spec { get; set; }
}

public sealed class TestObjectMeta
{
    public string? Name { get; set; }
    public string? Namespace { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public Dictionary<string, string>? Annotations { get; set; }

    [PatchStrategy("merge"), ListType("set")]
    public List<string>? Finalizers { get; set; }

    [PatchMergeKey("uid"), PatchStrategy("merge"), ListType("map"), ListMapKeys("uid")]
    public List<TestOwnerReference>? OwnerReferences { get; set; }
}

public sealed class TestOwnerReference
{
    public string? Uid { get; set; }
    public string? Kind { get; set; }
    public string? Name { get; set; }
}

public sealed class TestDeploymentSpec
{
    public int? Replicas { get; set; }
    public TestLabelSelector? Selector { get; set; }
    public TestPodTemplateSpec? Template { get; set; }

    [PatchStrategy("retainKeys")]
    public TestDeploymentStrategy? Strategy { get; set; }
}

public sealed class TestLabelSelector
{
    public Dictionary<string, string>? MatchLabels { get; set; }

    [ListType("atomic")]
    public List<TestLabelSelectorRequirement>? MatchExpressions { get; set; }
}

public sealed class TestLabelSelectorRequirement
{
    public string? Key { get; set; }
    public string? Operator { get; set; }
    public List<string>? Values { get; set; }
}

public sealed class TestDeploymentStrategy
{
    public string? Type { get; set; }
    public TestRollingUpdate? RollingUpdate { get; set; }
}

public sealed class TestRollingUpdate
{
    public IntOrString? MaxSurge { get; set; }
    public IntOrString? MaxUnavailable { get; set; }
}

public sealed class TestPodTemplateSpec
{
    public TestObjectMeta? Metadata { get; set; }
    public TestPodSpec? Spec { get; set; }
}

public sealed class TestPodSpec
{
    [PatchMergeKey("name"), PatchStrategy("merge"), ListType("map"), ListMapKeys("name")]
    public List<TestContainer>? Containers { get; set; }

    [PatchMergeKey("name"), PatchStrategy("merge"), ListType("map"), ListMapKeys("name")]
    public List<TestContainer>? InitContainers { get; set; }

    [PatchMergeKey("name"), PatchStrategy("merge,retainKeys"), ListType("map"), ListMapKeys("name")]
    public List<TestVolume>? Volumes { get; set; }

    public Dictionary<string, string>? NodeSelector { get; set; }

    [ListType("atomic")]
    public List<TestToleration>? Tolerations { get; set; }

    /// <summary>A field whose upstream counterpart has patchStrategy "replace".</summary>
    [PatchStrategy("replace")]
    public TestSecurityContext? SecurityContext { get; set; }

    [PreserveUnknownFields]
    public JsonNode? Extension { get; set; }
}

public sealed class TestContainer
{
    public string? Name { get; set; }
    public string? Image { get; set; }

    [ListType("atomic")]
    public List<string>? Command { get; set; }

    [ListType("atomic")]
    public List<string>? Args { get; set; }

    [PatchMergeKey("containerPort"), PatchStrategy("merge"), ListType("map"), ListMapKeys("containerPort", "protocol")]
    public List<TestContainerPort>? Ports { get; set; }

    [PatchMergeKey("name"), PatchStrategy("merge"), ListType("map"), ListMapKeys("name")]
    public List<TestEnvVar>? Env { get; set; }

    [PatchMergeKey("mountPath"), PatchStrategy("merge"), ListType("map"), ListMapKeys("mountPath")]
    public List<TestVolumeMount>? VolumeMounts { get; set; }

    public TestResources? Resources { get; set; }
}

public sealed class TestContainerPort
{
    public string? Name { get; set; }
    public int ContainerPort { get; set; }
    public string? Protocol { get; set; }
}

public sealed class TestEnvVar
{
    public string? Name { get; set; }
    public string? Value { get; set; }
}

public sealed class TestVolumeMount
{
    public string? Name { get; set; }
    public string? MountPath { get; set; }
}

public sealed class TestResources
{
    public Dictionary<string, string>? Limits { get; set; }
    public Dictionary<string, string>? Requests { get; set; }
}

public sealed class TestVolume
{
    public string? Name { get; set; }
    public TestConfigMapVolumeSource? ConfigMap { get; set; }
    public TestEmptyDirVolumeSource? EmptyDir { get; set; }
    public TestHostPathVolumeSource? HostPath { get; set; }
}

public sealed class TestConfigMapVolumeSource
{
    public string? Name { get; set; }
    public int? DefaultMode { get; set; }
}

public sealed class TestEmptyDirVolumeSource
{
    public string? Medium { get; set; }
}

public sealed class TestHostPathVolumeSource
{
    public string? Path { get; set; }
    public string? Type { get; set; }
}

public sealed class TestToleration
{
    public string? Key { get; set; }
    public string? Operator { get; set; }
    public string? Effect { get; set; }
}

public sealed class TestSecurityContext
{
    public long? RunAsUser { get; set; }
    public long? RunAsGroup { get; set; }
    public bool? RunAsNonRoot { get; set; }
}
