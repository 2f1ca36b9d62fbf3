using System.Text.Json.Serialization;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Coordination.V1;

[KubernetesKind("coordination.k8s.io", "v1", "Lease")]
[Doc("A lock with an expiry, used for leader election and node heartbeats.")]
public sealed class Lease : KubernetesObject
{
    [Doc("The current holder and timing of the lease.")]
    [ProtoField(2)] public LeaseSpec? Spec { get; set; }
}

public sealed class LeaseList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<Lease> Items { get; set; } = [];
}

public sealed class LeaseSpec
{
    [Doc("Identity of the current holder.")]
    [ProtoField(1)] public string? HolderIdentity { get; set; }
    [Doc("Seconds other candidates wait after the last renewal before taking over.")]
    [ProtoField(2)] public int? LeaseDurationSeconds { get; set; }
    [JsonConverter(typeof(MicroTimeJsonConverter)), Doc("When the current holder took the lease.")]
    [ProtoField(3)] public DateTimeOffset? AcquireTime { get; set; }
    [JsonConverter(typeof(MicroTimeJsonConverter)), Doc("When the holder last renewed the lease.")]
    [ProtoField(4)] public DateTimeOffset? RenewTime { get; set; }
    [Doc("How many times the lease has changed holder.")]
    [ProtoField(5)] public int? LeaseTransitions { get; set; }
    [ProtoField(6)] public string? Strategy { get; set; }
    [ProtoField(7)] public string? PreferredHolder { get; set; }
}
