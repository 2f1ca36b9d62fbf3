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
    public LeaseSpec? Spec { get; set; }
}

public sealed class LeaseList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<Lease> Items { get; set; } = [];
}

public sealed class LeaseSpec
{
    [Doc("Identity of the current holder.")]
    public string? HolderIdentity { get; set; }
    [Doc("Seconds other candidates wait after the last renewal before taking over.")]
    public int? LeaseDurationSeconds { get; set; }
    [JsonConverter(typeof(MicroTimeJsonConverter)), Doc("When the current holder took the lease.")]
    public DateTimeOffset? AcquireTime { get; set; }
    [JsonConverter(typeof(MicroTimeJsonConverter)), Doc("When the holder last renewed the lease.")]
    public DateTimeOffset? RenewTime { get; set; }
    [Doc("How many times the lease has changed holder.")]
    public int? LeaseTransitions { get; set; }
    public string? Strategy { get; set; }
    public string? PreferredHolder { get; set; }
}
