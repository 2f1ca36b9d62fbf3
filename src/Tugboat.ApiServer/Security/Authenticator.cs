using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;
using Tugboat.ApiServer.Handlers;

namespace Tugboat.ApiServer.Security;

/// <summary>Who is calling: the CN (user) and O (groups) of a client certificate that TLS already verified against the cluster CA.</summary>
public sealed class Authenticator
{
    public UserInfo? Authenticate(HttpContext ctx)
    {
        var cert = ctx.Connection.ClientCertificate;
        if (cert is null) return null;
        var user = cert.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        if (string.IsNullOrEmpty(user)) return null;
        var groups = cert.SubjectName.EnumerateRelativeDistinguishedNames()
            .Where(rdn => rdn.GetSingleElementType().Value == "2.5.4.10")
            .Select(rdn => rdn.GetSingleElementValue() ?? "")
            .Where(g => g.Length > 0)
            .Append("system:authenticated")
            .ToList();
        return new UserInfo(user, groups);
    }
}
