using Tugboat.Api.Schema;

namespace Tugboat.Api.Meta;

[Doc("One term of a field selector: a key, an operator and values.")]
public sealed class FieldSelectorRequirement
{
    [RequiredField] public string Key { get; set; } = "";
    [Doc("In, NotIn, Exists or DoesNotExist.")]
    [RequiredField] public string Operator { get; set; } = "";
    [ListType("atomic")] public List<string>? Values { get; set; }
}
