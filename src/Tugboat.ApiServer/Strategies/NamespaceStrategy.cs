using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>Namespaces are Active on create and Terminating once deleted, held by spec.finalizers until emptied.</summary>
public sealed class NamespaceStrategy() : GenericStrategy(hasStatus: true, namespaced: false, NameRule.Dns1123Label)
{
    public const string KubernetesFinalizer = "kubernetes";

    public override void PrepareForCreate(IKubernetesObject obj)
    {
        base.PrepareForCreate(obj);
        var ns = (Namespace)obj;
        ns.Status = new NamespaceStatus { Phase = "Active" };
        ns.Spec ??= new NamespaceSpec();
        ns.Spec.Finalizers ??= [];
        if (!ns.Spec.Finalizers.Contains(KubernetesFinalizer)) ns.Spec.Finalizers.Add(KubernetesFinalizer);
    }

    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var ns = (Namespace)obj;
        ns.Metadata.Labels ??= [];
        ns.Metadata.Labels["kubernetes.io/metadata.name"] = ns.Metadata.Name ?? "";
    }

    public override void PrepareForDelete(IKubernetesObject obj) =>
        ((Namespace)obj).Status = new NamespaceStatus { Phase = "Terminating" };

    public override bool ReadyToRemove(IKubernetesObject obj) =>
        base.ReadyToRemove(obj) && ((Namespace)obj).Spec?.Finalizers is null or { Count: 0 };

    public override string? SelectableField(IKubernetesObject obj, string path) => path switch
    {
        "status.phase" => ((Namespace)obj).Status?.Phase ?? "",
        _ => base.SelectableField(obj, path),
    };
}
