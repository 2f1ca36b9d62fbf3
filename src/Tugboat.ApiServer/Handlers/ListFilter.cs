using Tugboat.Api.Meta;
using Tugboat.Api.Selection;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Handlers;

/// <summary>A list or watch's labelSelector and fieldSelector, matched against objects of one resource.</summary>
public sealed class ListFilter
{
    private readonly Selector _labels;
    private readonly FieldSelector _fields;
    private readonly ResourceEndpoint _endpoint;

    private ListFilter(Selector labels, FieldSelector fields, ResourceEndpoint endpoint)
    {
        _labels = labels;
        _fields = fields;
        _endpoint = endpoint;
    }

    public static ListFilter Parse(string? labelSelector, string? fieldSelector, ResourceEndpoint endpoint)
    {
        var labels = Selector.Everything;
        if (!string.IsNullOrEmpty(labelSelector) && !LabelSelectorParser.TryParse(labelSelector, out labels, out var labelError))
            throw Errors.BadRequest($"unable to parse requirement: {labelError}");
        var fields = FieldSelector.Everything;
        if (!string.IsNullOrEmpty(fieldSelector))
        {
            if (!FieldSelectorParser.TryParse(fieldSelector, out fields, out var fieldError)) throw Errors.BadRequest(fieldError);
            foreach (var requirement in fields.Requirements)
                if (!IsSelectable(endpoint, requirement.Field))
                    throw Errors.BadRequest($"field label not supported: {requirement.Field}");
        }
        return new ListFilter(labels!, fields!, endpoint);
    }

    public bool IsEverything => _labels.IsEmpty && _fields.IsEmpty;

    public bool Matches(IKubernetesObject obj) =>
        (_labels.IsEmpty || _labels.Matches(obj.Metadata.Labels)) &&
        (_fields.IsEmpty || _fields.Matches(path => _endpoint.Strategy.SelectableField(obj, path)));

    // A field is selectable when the strategy answers for it on an empty object of the kind.
    private static bool IsSelectable(ResourceEndpoint endpoint, string field)
    {
        var blank = (IKubernetesObject)Activator.CreateInstance(endpoint.Cache.ClrType)!;
        blank.Metadata = new ObjectMeta { Name = "", Namespace = "" };
        try { return endpoint.Strategy.SelectableField(blank, field) is not null; }
        catch (NullReferenceException) { return false; }
    }
}
