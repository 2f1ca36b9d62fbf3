namespace Tugboat.ApiServer.Http;

/// <summary>The /version document. Tugboat serves the API of Kubernetes 1.32, so it reports that version.</summary>
public sealed record VersionInfo(string Major, string Minor, string GitVersion, string GitCommit, string GitTreeState, string BuildDate, string GoVersion, string Compiler, string Platform)
{
    public static readonly VersionInfo Current = new("1", "32", "v1.32.0+tug", "tugboat", "clean", "2026-11-21T00:00:00Z", "dotnet" + Environment.Version, "dotnet", "linux/amd64");
}
