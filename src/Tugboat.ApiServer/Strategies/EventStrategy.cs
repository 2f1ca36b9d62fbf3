using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;
using CoreEvent = Tugboat.Api.Core.V1.Event;
using EventsEvent = Tugboat.Api.Events.V1.Event;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// Events, core/v1 and events.k8s.io/v1 (ValidateEventCreate / Update). Core events get only the legacy checks
/// upstream keeps for v1 clients (the involved object's namespace, and for events with an eventTime the reporting
/// fields); events.k8s.io events must also have an eventTime, a Normal or Warning type and no deprecated fields.
/// Names are path segments (the generic check). A PUT of a missing event creates it.
/// </summary>
public sealed class EventStrategy() : GenericStrategy(hasStatus: false, namespaced: true, NameRule.PathSegment)
{
    public const int ReportingInstanceLengthLimit = 128;
    public const int ActionLengthLimit = 128;
    public const int ReasonLengthLimit = 128;
    public const int NoteLengthLimit = 1024;

    public override bool AllowCreateOnUpdate => true;

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>();
        Validate(obj, errors);
        errors.AddRange(base.ValidateCreate(obj));
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>();
        Validate(obj, errors);
        errors.AddRange(base.ValidateUpdate(obj, old));
        return errors;
    }

    private static void Validate(IKubernetesObject obj, List<FieldError> errors)
    {
        switch (obj)
        {
            case CoreEvent e:
                Legacy(e.Metadata.Namespace ?? "", e.InvolvedObject?.Namespace ?? "", e.EventTime, e.ReportingController, "reportingComponent",
                    e.ReportingInstance, e.Action, e.Reason, e.Message, errors);
                break;
            case EventsEvent e:
                Legacy(e.Metadata.Namespace ?? "", e.Regarding?.Namespace ?? "", e.EventTime, e.ReportingController, "reportingController",
                    e.ReportingInstance, e.Action, e.Reason, e.Note, errors);
                if (e.EventTime is null) errors.Add(FieldError.Required("eventTime"));
                if (e.Type is not ("Normal" or "Warning")) errors.Add(FieldError.Invalid("type", "", $"has invalid value: {e.Type}"));
                if (e.DeprecatedFirstTimestamp is not null) errors.Add(FieldError.Invalid("deprecatedFirstTimestamp", "", "needs to be unset"));
                if (e.DeprecatedLastTimestamp is not null) errors.Add(FieldError.Invalid("deprecatedLastTimestamp", "", "needs to be unset"));
                if (e.DeprecatedCount is > 0) errors.Add(FieldError.Invalid("deprecatedCount", "", "needs to be unset"));
                if (e.DeprecatedSource is { } source && (!string.IsNullOrEmpty(source.Component) || !string.IsNullOrEmpty(source.Host)))
                    errors.Add(FieldError.Invalid("deprecatedSource", "", "needs to be unset"));
                break;
        }
    }

    /// <summary>legacyValidateEvent.</summary>
    private static void Legacy(string ns, string involvedNamespace, DateTimeOffset? eventTime, string? reportingController, string controllerField,
        string? reportingInstance, string? action, string? reason, string? message, List<FieldError> errors)
    {
        if (eventTime is null)
        {
            if (involvedNamespace.Length == 0)
            {
                if (ns is not ("" or "default"))
                    errors.Add(FieldError.Invalid("involvedObject.namespace", involvedNamespace, "does not match event.namespace"));
            }
            else if (ns != involvedNamespace)
                errors.Add(FieldError.Invalid("involvedObject.namespace", involvedNamespace, "does not match event.namespace"));
        }
        else
        {
            if (involvedNamespace.Length == 0 && ns is not ("default" or "kube-system"))
                errors.Add(FieldError.Invalid("involvedObject.namespace", involvedNamespace, "does not match event.namespace"));
            if (string.IsNullOrEmpty(reportingController)) errors.Add(FieldError.Required(controllerField));
            Checks.QualifiedName(reportingController ?? "", controllerField, errors);
            if (string.IsNullOrEmpty(reportingInstance)) errors.Add(FieldError.Required("reportingInstance"));
            if (reportingInstance?.Length > ReportingInstanceLengthLimit)
                errors.Add(FieldError.Invalid("reportingInstance", "", $"can have at most {ReportingInstanceLengthLimit} characters"));
            if (string.IsNullOrEmpty(action)) errors.Add(FieldError.Required("action"));
            if (action?.Length > ActionLengthLimit) errors.Add(FieldError.Invalid("action", "", $"can have at most {ActionLengthLimit} characters"));
            if (string.IsNullOrEmpty(reason)) errors.Add(FieldError.Required("reason"));
            if (reason?.Length > ReasonLengthLimit) errors.Add(FieldError.Invalid("reason", "", $"can have at most {ReasonLengthLimit} characters"));
            if (message?.Length > NoteLengthLimit) errors.Add(FieldError.Invalid("message", "", $"can have at most {NoteLengthLimit} characters"));
        }
        Checks.Dns1123Subdomain(ns, "namespace", errors);
    }

    /// <summary>Events are selectable by the object they are about; kubectl describe asks for them so.</summary>
    public override string? SelectableField(IKubernetesObject obj, string path)
    {
        if (obj is not CoreEvent e) return base.SelectableField(obj, path);
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
