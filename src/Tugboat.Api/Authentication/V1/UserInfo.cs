using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authentication.V1;

[Doc("A user as the authenticator sees it.")]
public sealed class UserInfo
{
    [Doc("Name of the user.")]
    [ProtoField(1, OmitEmpty = true)] public string? Username { get; set; }
    [Doc("Unique identifier of the user.")]
    [ProtoField(2, OmitEmpty = true)] public string? Uid { get; set; }
    [ListType("atomic"), Doc("Groups the user belongs to.")]
    [ProtoField(3)] public List<string>? Groups { get; set; }
    [Doc("Extra attributes given by the authenticator.")]
    [ProtoField(4)] public Dictionary<string, List<string>>? Extra { get; set; }
}
