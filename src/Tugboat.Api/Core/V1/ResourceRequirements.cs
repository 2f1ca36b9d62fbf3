using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("Compute resources a container requests and the limits it may not exceed.")]
public sealed class ResourceRequirements
{
    [Doc("Maximum amount of each resource the container may use.")]
    [ProtoField(1)] public Dictionary<string, Quantity>? Limits { get; set; }
    [Doc("Minimum amount of each resource the container needs; used for scheduling. Defaults to the limits.")]
    [ProtoField(2)] public Dictionary<string, Quantity>? Requests { get; set; }
    [Doc("Names of pod resource claims this container uses.")]
    [ListType("map")] [ListMapKeys("name"), ProtoField(3)] public List<ResourceClaim>? Claims { get; set; }
}

[Doc("A reference to one of the pod's resourceClaims.")]
public sealed class ResourceClaim
{
    [RequiredField, ProtoField(1)] public string Name { get; set; } = "";
    [ProtoField(2, OmitEmpty = true)] public string? Request { get; set; }
}
