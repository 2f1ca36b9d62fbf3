using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;

namespace Tugboat.ApiServer.Strategies;

/// <summary>Core Events: created or replaced by PUT, and selectable by the object they are about (kubectl describe asks so).</summary>
public sealed class EventStrategy() : GenericStrategy(hasStatus: false, namespaced: true)
{
    public override bool AllowCreateOnUpdate => true;

    public override string? SelectableField(IKubernetesObject obj, string path)
    {
        var e = (Event)obj;
        var involved = e.InvolvedObject;
        return path switch
        {
            "involvedObject.kind" => involved.Kind ?? "",
            "involvedObject.namespace" => involved.Namespace ?? "",
            "involvedObject.name" => involved.Name ?? "",
            "involvedObject.uid" => involved.UID ?? "",
            "involvedObject.apiVersion" => involved.APIVersion ?? "",
            "involvedObject.resourceVersion" => involved.ResourceVersion ?? "",
            "involvedObject.fieldPath" => involved.FieldPath ?? "",
            "reason" => e.Reason ?? "",
            "reportingComponent" => e.ReportingController ?? "",
            "source" => e.Source?.Component ?? "",
            "type" => e.Type ?? "",
            _ => base.SelectableField(obj, path),
        };
    }
}
