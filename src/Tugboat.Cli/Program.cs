using System.CommandLine;
using Tugboat.Cli.Commands;

var root = new RootCommand("tug: a Kubernetes-compatible cluster in one binary")
{
    ServerCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
