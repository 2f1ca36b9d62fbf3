using Tugboat.Api.Schema;

namespace Tugboat.Api.Meta;

// metav1.Condition lives in the Meta namespace; it is declared here because core/v1 ServiceStatus is
// its first user. Move it to src/Tugboat.Api/Meta/ when other groups need it too.
[Doc("A standard condition of an object's state (metav1.Condition).")]
public sealed class Condition
{
    [Doc("Type of the condition in CamelCase or foo.example.com/CamelCase.")]
    [RequiredField] public string Type { get; set; } = "";
    [Doc("True, False or Unknown.")]
    [RequiredField] public string Status { get; set; } = "";
    [Doc("The metadata.generation the condition was set for.")]
    public long? ObservedGeneration { get; set; }
    [Doc("When the condition last changed status.")]
    [RequiredField] public DateTimeOffset? LastTransitionTime { get; set; }
    [Doc("Programmatic CamelCase identifier of the reason for the last transition.")]
    [RequiredField] public string Reason { get; set; } = "";
    [Doc("Human-readable details of the last transition.")]
    [RequiredField] public string Message { get; set; } = "";
}
