using Tugboat.Api.Apps.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>ControllerRevisions: data is required and never changes; the revision is not negative.</summary>
public sealed class ControllerRevisionStrategy() : GenericStrategy(hasStatus: false, namespaced: true)
{
    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        Validate((ControllerRevision)obj, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        var revision = (ControllerRevision)obj;
        Validate(revision, errors);
        var data = revision.Data?.ToJsonString();
        var oldData = ((ControllerRevision)old).Data?.ToJsonString();
        if (data != oldData) errors.Add(FieldError.Invalid("data", GoValue.Raw("runtime.RawExtension{...}"), Checks.FieldImmutableErrorMsg));
        return errors;
    }

    private static void Validate(ControllerRevision revision, List<FieldError> errors)
    {
        if (revision.Data is null) errors.Add(FieldError.Required("data", "data is mandatory"));
        Checks.NonNegative(revision.Revision, "revision", errors);
    }
}
