using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authorization.V1;

public sealed class NonResourceAttributes
{
    [Doc("URL path of the request.")]
    [ProtoField(1, OmitEmpty = true)] public string? Path { get; set; }
    [Doc("HTTP verb of the request, lower case.")]
    [ProtoField(2, OmitEmpty = true)] public string? Verb { get; set; }
}
