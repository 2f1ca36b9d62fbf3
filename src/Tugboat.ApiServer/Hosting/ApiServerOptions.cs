namespace Tugboat.ApiServer.Hosting;

public sealed class ApiServerOptions
{
    public required string DataDir { get; init; }
    public string BindAddress { get; init; } = "127.0.0.1";
    public int HttpsPort { get; init; } = 6443;
    public string? KubeconfigPath { get; init; }
    public string KubeconfigOrDefault => KubeconfigPath ?? Path.Combine(DataDir, "kubeconfig.yaml");
}
