using System.Text.Json.Serialization;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Meta;

/// <summary>The metav1.Status returned for errors and some deletes.</summary>
public sealed class Status
{
    [ProtoField(0)] public string ApiVersion { get; set; } = "v1";
    [ProtoField(0)] public string Kind { get; set; } = "Status";
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [JsonPropertyName("status"), ProtoField(2, OmitEmpty = true)] public string? StatusValue { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? Message { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(5)] public StatusDetails? Details { get; set; }
    [ProtoField(6, OmitEmpty = true)] public int? Code { get; set; }
}

public sealed class StatusDetails
{
    [ProtoField(1, OmitEmpty = true)] public string? Name { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? Group { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? Kind { get; set; }
    [ProtoField(6, OmitEmpty = true)] public string? Uid { get; set; }
    [ProtoField(4)] public List<StatusCause>? Causes { get; set; }
    [ProtoField(5, OmitEmpty = true)] public int? RetryAfterSeconds { get; set; }
}

public sealed class StatusCause
{
    [ProtoField(1, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? Message { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? Field { get; set; }
}
