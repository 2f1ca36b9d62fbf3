using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Tugboat.ApiServer.Security;

/// <summary>Writes a kubeconfig with the cluster CA and a client certificate embedded, as k3s writes its admin kubeconfig.</summary>
public static class KubeconfigWriter
{
    public static void Write(string path, string serverUrl, X509Certificate2 ca, X509Certificate2 client, string name = "default")
    {
        static string B64(string pem) => Convert.ToBase64String(Encoding.ASCII.GetBytes(pem));
        var yaml = $"""
            apiVersion: v1
            kind: Config
            clusters:
            - cluster:
                certificate-authority-data: {B64(ClusterCertificates.ToPem(ca))}
                server: {serverUrl}
              name: {name}
            contexts:
            - context:
                cluster: {name}
                user: {name}
              name: {name}
            current-context: {name}
            preferences: {"{}"}
            users:
            - name: {name}
              user:
                client-certificate-data: {B64(ClusterCertificates.ToPem(client))}
                client-key-data: {B64(ClusterCertificates.KeyToPem(client))}

            """;
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        var temp = path + ".tmp";
        File.WriteAllText(temp, yaml);
        File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temp, path, overwrite: true);
    }
}
