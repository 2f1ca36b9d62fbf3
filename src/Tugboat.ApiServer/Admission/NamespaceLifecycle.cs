using Tugboat.Api.Meta;
using Tugboat.ApiServer.Caching;
using Tugboat.ApiServer.Handlers;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Admission;

/// <summary>No new objects in a namespace that does not exist or is being deleted (upstream's NamespaceLifecycle).</summary>
public sealed class NamespaceLifecycle(ResourceCache namespaces) : IAdmissionPlugin
{
    public void AdmitCreate(RequestScope scope, IKubernetesObject obj)
    {
        if (!scope.Endpoint.Info.Namespaced || obj.Metadata.Namespace is not { Length: > 0 } ns) return;
        var found = namespaces.Get($"{namespaces.Prefix}{ns}");
        if (found is null)
            throw Errors.New(404, "NotFound", $"namespaces \"{ns}\" not found", new StatusDetails { Name = ns, Kind = "namespaces" });
        if (found.Metadata.DeletionTimestamp is not null)
            throw Errors.New(403, "Forbidden", $"{Errors.Qualified(scope.Endpoint.Info)} \"{obj.Metadata.Name}\" is forbidden: unable to create new content in namespace {ns} because it is being terminated",
                new StatusDetails { Name = obj.Metadata.Name, Kind = scope.Endpoint.Info.Resource, Causes = [new StatusCause { Reason = "NamespaceTerminating", Message = $"namespace {ns} is being terminated", Field = "metadata.namespace" }] });
    }

    public void AdmitUpdate(RequestScope scope, IKubernetesObject obj, IKubernetesObject old) { }
}
