using System.Text;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;

namespace Tugboat.ApiServer.Strategies;

/// <summary>Secrets: type Opaque by default; stringData is write-only and lands in data, base64 on the wire.</summary>
public sealed class SecretStrategy() : GenericStrategy(hasStatus: false, namespaced: true)
{
    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var secret = (Secret)obj;
        secret.Type ??= "Opaque";
        if (secret.StringData is not { } strings) return;
        secret.Data ??= [];
        foreach (var (key, value) in strings) secret.Data[key] = Encoding.UTF8.GetBytes(value);
        secret.StringData = null;
    }
}
