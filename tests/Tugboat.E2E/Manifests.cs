namespace Tugboat.E2E;

/// <summary>Small manifests the tests apply.</summary>
public static class Manifests
{
    public static string Namespace(string name) => $"""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: {name}
        """;

    public static string ConfigMap(string name, string ns, params (string Key, string Value)[] data)
    {
        var yaml = $"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {name}
              namespace: {ns}

            """;
        if (data.Length > 0) yaml += "data:\n" + string.Join("", data.Select(d => $"  {d.Key}: \"{d.Value}\"\n"));
        return yaml;
    }

    /// <summary>A Pod with one nginx container, a port, an env var and a readiness probe.</summary>
    public static string Pod(string name, string ns, string app = "web") => $"""
        apiVersion: v1
        kind: Pod
        metadata:
          name: {name}
          namespace: {ns}
          labels:
            app: {app}
        spec:
          containers:
          - name: nginx
            image: nginx:1.27
            ports:
            - containerPort: 80
            env:
            - name: GREETING
              value: hello
            readinessProbe:
              httpGet:
                path: /
                port: 80
        """;

    /// <summary>A ClusterIP Service with a named port.</summary>
    public static string Service(string name, string ns, string app = "web") => $"""
        apiVersion: v1
        kind: Service
        metadata:
          name: {name}
          namespace: {ns}
          labels:
            app: {app}
        spec:
          selector:
            app: {app}
          ports:
          - name: http
            port: 80
            targetPort: 8080
        """;

    /// <summary>A Deployment; <paramref name="extraEnv"/> adds a second env var and <paramref name="tier"/> a label (both dropped by a later apply in the tests).</summary>
    public static string Deployment(string name, string ns, int replicas = 2, bool extraEnv = true, bool tier = true, string image = "nginx:1.27")
    {
        var labels = tier ? "    app: web\n    tier: front\n" : "    app: web\n";
        var env = "        - name: A\n          value: \"1\"\n" + (extraEnv ? "        - name: B\n          value: \"2\"\n" : "");
        return $"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {name}
              namespace: {ns}
              labels:

            """ + labels + $"""
            spec:
              replicas: {replicas}
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  containers:
                  - name: nginx
                    image: {image}
                    env:

            """ + env;
    }
}
