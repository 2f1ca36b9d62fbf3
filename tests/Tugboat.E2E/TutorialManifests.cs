namespace Tugboat.E2E;

/// <summary>
/// Multi-document manifests as the Kubernetes tutorials write them. Namespaced objects go to the given namespace;
/// cluster-scoped names carry <c>suffix</c> so several tests can share a server.
/// </summary>
public static class TutorialManifests
{
    /// <summary>A Pod, and Services of every type: ClusterIP, NodePort, headless, ExternalName, and one without selector plus its Endpoints.</summary>
    public static string PodsAndServices(string ns, int nodePort) => $"""
        apiVersion: v1
        kind: Pod
        metadata:
          name: nginx
          namespace: {ns}
          labels:
            app: nginx
        spec:
          containers:
          - name: nginx
            image: nginx:1.14.2
            ports:
            - containerPort: 80
            resources:
              requests:
                cpu: 100m
                memory: 64Mi
              limits:
                memory: 128Mi
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: nginx
          namespace: {ns}
        spec:
          selector:
            app: nginx
          ports:
          - protocol: TCP
            port: 80
            targetPort: 80
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: nginx-np
          namespace: {ns}
        spec:
          type: NodePort
          selector:
            app: nginx
          ports:
          - port: 80
            targetPort: 80
            nodePort: {nodePort}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: nginx-headless
          namespace: {ns}
        spec:
          clusterIP: None
          selector:
            app: nginx
          ports:
          - port: 80
            name: web
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: external-db
          namespace: {ns}
        spec:
          type: ExternalName
          externalName: db.example.com
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: legacy
          namespace: {ns}
        spec:
          ports:
          - protocol: TCP
            port: 9376
            targetPort: 9376
        ---
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: legacy
          namespace: {ns}
        subsets:
        - addresses:
          - ip: 192.0.2.42
          ports:
          - port: 9376
        """;

    /// <summary>A hostPath PersistentVolume, a claim, an Opaque Secret (data and stringData) and a TLS Secret.</summary>
    public static string Storage(string ns, string suffix) => $"""
        apiVersion: v1
        kind: PersistentVolume
        metadata:
          name: task-pv-{suffix}
          labels:
            type: local
        spec:
          storageClassName: manual
          capacity:
            storage: 10Gi
          accessModes:
          - ReadWriteOnce
          persistentVolumeReclaimPolicy: Retain
          hostPath:
            path: /mnt/data
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: task-pv-claim
          namespace: {ns}
        spec:
          storageClassName: manual
          accessModes:
          - ReadWriteOnce
          resources:
            requests:
              storage: 3Gi
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: db-pass
          namespace: {ns}
        type: Opaque
        data:
          username: YWRtaW4=
        stringData:
          password: s3cr3t
        """;

    /// <summary>A Namespace with a ServiceAccount, a ClusterRole bound to it, and a Role bound to a user.</summary>
    public static string Rbac(string ns, string suffix) => $"""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: {ns}
          labels:
            team: builders
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: builder
          namespace: {ns}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: reader-{suffix}
        rules:
        - apiGroups: [""]
          resources: ["pods", "services"]
          verbs: ["get", "list", "watch"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: reader-{suffix}
        subjects:
        - kind: ServiceAccount
          name: builder
          namespace: {ns}
        roleRef:
          kind: ClusterRole
          name: reader-{suffix}
          apiGroup: rbac.authorization.k8s.io
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: pod-reader
          namespace: {ns}
        rules:
        - apiGroups: [""]
          resources: ["pods"]
          verbs: ["get", "watch", "list"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: read-pods
          namespace: {ns}
        subjects:
        - kind: User
          name: jane
          apiGroup: rbac.authorization.k8s.io
        roleRef:
          kind: Role
          name: pod-reader
          apiGroup: rbac.authorization.k8s.io
        """;

    /// <summary>A ReplicaSet, a StatefulSet with volumeClaimTemplates, and a Deployment scaled by an autoscaling/v2 HPA.</summary>
    public static string Workloads(string ns) => $"""
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata:
          name: frontend
          namespace: {ns}
          labels:
            app: guestbook
            tier: frontend
        spec:
          replicas: 3
          selector:
            matchLabels:
              tier: frontend
          template:
            metadata:
              labels:
                tier: frontend
            spec:
              containers:
              - name: php-redis
                image: us-docker.pkg.dev/google-samples/containers/gke/gb-frontend:v5
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: web
          namespace: {ns}
        spec:
          selector:
            matchLabels:
              app: nginx
          serviceName: nginx
          replicas: 3
          minReadySeconds: 10
          template:
            metadata:
              labels:
                app: nginx
            spec:
              terminationGracePeriodSeconds: 10
              containers:
              - name: nginx
                image: registry.k8s.io/nginx-slim:0.24
                ports:
                - containerPort: 80
                  name: web
                volumeMounts:
                - name: www
                  mountPath: /usr/share/nginx/html
          volumeClaimTemplates:
          - metadata:
              name: www
            spec:
              accessModes: [ "ReadWriteOnce" ]
              storageClassName: "my-storage-class"
              resources:
                requests:
                  storage: 1Gi
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: php-apache
          namespace: {ns}
        spec:
          selector:
            matchLabels:
              run: php-apache
          template:
            metadata:
              labels:
                run: php-apache
            spec:
              containers:
              - name: php-apache
                image: registry.k8s.io/hpa-example
                ports:
                - containerPort: 80
                resources:
                  limits:
                    cpu: 500m
                  requests:
                    cpu: 200m
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: php-apache
          namespace: {ns}
        spec:
          scaleTargetRef:
            apiVersion: apps/v1
            kind: Deployment
            name: php-apache
          minReplicas: 1
          maxReplicas: 10
          metrics:
          - type: Resource
            resource:
              name: cpu
              target:
                type: Utilization
                averageUtilization: 50
        """;

    /// <summary>A TLS Secret, a production Ingress and an nginx canary Ingress for the same host.</summary>
    public static string Ingress(string ns) => $"""
        apiVersion: v1
        kind: Secret
        metadata:
          name: shop-tls
          namespace: {ns}
        type: kubernetes.io/tls
        data:
          tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==
          tls.key: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCg==
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: shop
          namespace: {ns}
        spec:
          ingressClassName: nginx
          tls:
          - hosts:
            - shop.example.com
            secretName: shop-tls
          rules:
          - host: shop.example.com
            http:
              paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: shop-v1
                    port:
                      number: 80
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: shop-canary
          namespace: {ns}
          annotations:
            nginx.ingress.kubernetes.io/canary: "true"
            nginx.ingress.kubernetes.io/canary-weight: "20"
            nginx.ingress.kubernetes.io/canary-by-header: "X-Canary"
        spec:
          ingressClassName: nginx
          tls:
          - hosts:
            - shop.example.com
            secretName: shop-tls
          rules:
          - host: shop.example.com
            http:
              paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: shop-v2
                    port:
                      number: 80
        """;

    /// <summary>Everything above in one namespace (created by the RBAC part, which comes first).</summary>
    public static string All(string ns, string suffix, int nodePort) =>
        string.Join("\n---\n", Rbac(ns, suffix), PodsAndServices(ns, nodePort), Storage(ns, suffix), Workloads(ns), Ingress(ns));
}
