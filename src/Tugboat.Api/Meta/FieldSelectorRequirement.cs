using Tugboat.Api.Schema;

namespace Tugboat.Api.Meta;

[Doc("One term of a field selector: a key, an operator and values.")]
public sealed class FieldSelectorRequirement
{
    [RequiredField, ProtoField(1)] public string Key { get; set; } = "";
    [Doc("In, NotIn, Exists or DoesNotExist.")]
    [RequiredField, ProtoField(2)] public string Operator { get; set; } = "";
    [ListType("atomic"), ProtoField(3)] public List<string>? Values { get; set; }
}
