using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Tugboat.ApiServer.Security;

/// <summary>
/// The cluster CA and the certificates signed by it, created under &lt;data-dir&gt;/tls on first start and reused after:
/// the API server's serving certificate and the admin client certificate (CN=admin, O=system:masters).
/// </summary>
public sealed class ClusterCertificates
{
    private ClusterCertificates(X509Certificate2 ca, X509Certificate2 serving, X509Certificate2 admin, string directory)
    {
        Ca = ca;
        Serving = serving;
        Admin = admin;
        Directory = directory;
    }

    public X509Certificate2 Ca { get; }
    public X509Certificate2 Serving { get; }
    public X509Certificate2 Admin { get; }
    public string Directory { get; }

    public static ClusterCertificates LoadOrCreate(string dataDir, IEnumerable<string> extraNames)
    {
        var dir = Path.Combine(dataDir, "tls");
        System.IO.Directory.CreateDirectory(dir);
        var ca = LoadOrCreateCa(dir);
        var names = new[] { "localhost", "kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster.local", Dns.GetHostName(), "127.0.0.1", "::1", "10.43.0.1" }
            .Concat(extraNames).Distinct().ToArray();
        var serving = LoadOrIssue(dir, "server", ca, "kube-apiserver", [], names, serverAuth: true);
        var admin = LoadOrIssue(dir, "admin", ca, "admin", ["system:masters"], [], serverAuth: false);
        return new ClusterCertificates(ca, serving, admin, dir);
    }

    /// <summary>Issues a client certificate for a user, e.g. for a node or a test user.</summary>
    public X509Certificate2 IssueClient(string user, IReadOnlyList<string> groups) => Issue(Ca, user, groups, [], serverAuth: false);

    /// <summary>True when the certificate was signed by this cluster's CA and is within its validity period.</summary>
    public bool IsTrusted(X509Certificate2 cert)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.NoFlag;
        return chain.Build(cert);
    }

    private static X509Certificate2 LoadOrCreateCa(string dir)
    {
        var certPath = Path.Combine(dir, "ca.crt");
        var keyPath = Path.Combine(dir, "ca.key");
        if (File.Exists(certPath) && File.Exists(keyPath)) return X509Certificate2.CreateFromPemFile(certPath, keyPath);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN=tug-ca@{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(10));
        Save(dir, "ca", cert, key);
        return X509Certificate2.CreateFromPemFile(certPath, keyPath);
    }

    private static X509Certificate2 LoadOrIssue(string dir, string name, X509Certificate2 ca, string commonName, IReadOnlyList<string> organizations,
        IReadOnlyList<string> sans, bool serverAuth)
    {
        var certPath = Path.Combine(dir, name + ".crt");
        var keyPath = Path.Combine(dir, name + ".key");
        if (File.Exists(certPath) && File.Exists(keyPath))
        {
            var existing = X509Certificate2.CreateFromPemFile(certPath, keyPath);
            if (!serverAuth || sans.All(n => existing.MatchesHostname(n, allowWildcards: false, allowCommonName: false))) return existing;
        }
        var cert = Issue(ca, commonName, organizations, sans, serverAuth);
        Save(dir, name, cert, cert.GetECDsaPrivateKey()!);
        return X509Certificate2.CreateFromPemFile(certPath, keyPath);
    }

    private static X509Certificate2 Issue(X509Certificate2 ca, string commonName, IReadOnlyList<string> organizations, IReadOnlyList<string> sans, bool serverAuth)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var subject = new X500DistinguishedNameBuilder();
        foreach (var o in organizations) subject.AddOrganizationName(o);
        subject.AddCommonName(commonName);
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        var usage = new OidCollection { new Oid(serverAuth ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2") };
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(usage, false));
        if (sans.Count > 0)
        {
            var san = new SubjectAlternativeNameBuilder();
            foreach (var n in sans)
            {
                if (IPAddress.TryParse(n, out var ip)) san.AddIpAddress(ip);
                else san.AddDnsName(n);
            }
            request.CertificateExtensions.Add(san.Build());
        }
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7f;
        using var signed = request.Create(ca, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(1), serial);
        return signed.CopyWithPrivateKey(key);
    }

    private static void Save(string dir, string name, X509Certificate2 cert, ECDsa key)
    {
        var keyPath = Path.Combine(dir, name + ".key");
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllText(Path.Combine(dir, name + ".crt"), cert.ExportCertificatePem());
    }

    public static string ToPem(X509Certificate2 cert) => cert.ExportCertificatePem();

    public static string KeyToPem(X509Certificate2 cert) => cert.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem();
}
