{{/* The objects of one service; each takes (dict "root" $ "name" <service> "service" <its entry over the defaults>). */}}

{{- define "mesh.metadata" -}}
metadata:
  name: {{ include "mesh.name" . }}
  labels:
  {{- include "mesh.labels" . | nindent 4 }}
{{- end }}

{{- define "mesh.serviceAccount" -}}
apiVersion: v1
kind: ServiceAccount
{{ include "mesh.metadata" . }}
automountServiceAccountToken: false
{{- end }}

{{- define "mesh.kubernetesService" -}}
apiVersion: v1
kind: Service
{{ include "mesh.metadata" . }}
spec:
  type: ClusterIP
  selector:
  {{- include "mesh.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ .service.port }}
      targetPort: http
{{- end }}

{{- define "mesh.deployment" -}}
apiVersion: apps/v1
kind: Deployment
{{ include "mesh.metadata" . }}
spec:
  {{- if not .service.autoscaling.enabled }}
  replicas: {{ .service.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate: { maxUnavailable: 0, maxSurge: 1 }
  selector:
    matchLabels:
    {{- include "mesh.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
      {{- include "mesh.labels" . | nindent 8 }}
      annotations:
        prometheus.io/scrape: "true"
        prometheus.io/port: {{ .service.port | quote }}
        prometheus.io/path: /metrics
        {{- if .root.Values.secrets.create }}
        # A changed Secret rolls the pods: variables are read once, at start.
        checksum/secret: {{ include "mesh.secret" . | sha256sum }}
        {{- end }}
    spec:
    {{- include "mesh.podSpec" . | nindent 6 }}
{{- end }}

{{- define "mesh.podDisruptionBudget" -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
{{ include "mesh.metadata" . }}
spec:
  maxUnavailable: {{ .service.podDisruptionBudget.maxUnavailable }}
  selector:
    matchLabels:
    {{- include "mesh.selectorLabels" . | nindent 6 }}
{{- end }}

{{- define "mesh.horizontalPodAutoscaler" -}}
{{- $scaling := .service.autoscaling }}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
{{ include "mesh.metadata" . }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "mesh.name" . }}
  minReplicas: {{ $scaling.minReplicas }}
  maxReplicas: {{ $scaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target: { type: Utilization, averageUtilization: {{ $scaling.targetCPUUtilizationPercentage }} }
{{- end }}

{{/*
The migration job, a hook before install and upgrade: the new version's image under MIGRATE_ONLY=1, so that the
schema is migrated once, before any of the new version's pods start (they then find nothing to run). Migrations must
keep the previous version working while its pods still run (add before drop).
*/}}
{{- define "mesh.migrationJob" -}}
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ include "mesh.name" . }}-migrate
  labels:
  {{- include "mesh.labels" . | nindent 4 }}
  annotations:
    helm.sh/hook: pre-install,pre-upgrade
    helm.sh/hook-weight: "0"
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  backoffLimit: {{ .service.migration.backoffLimit }}
  activeDeadlineSeconds: {{ .service.migration.activeDeadlineSeconds }}
  template:
    metadata:
      labels:
      {{- include "mesh.selectorLabels" . | nindent 8 }}
    spec:
      {{- include "mesh.podSpec" (merge (dict "job" true) .) | nindent 6 }}
{{- end }}

{{/*
The service's Secret, from services.<name>.secretEnv, when the chart makes the Secrets (secrets.create). A hook before
install and upgrade too, weighted before the migration jobs, which read it.
*/}}
{{- define "mesh.secret" -}}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "mesh.name" . }}
  labels:
  {{- include "mesh.labels" . | nindent 4 }}
  annotations:
    helm.sh/hook: pre-install,pre-upgrade
    helm.sh/hook-weight: "-10"
    helm.sh/hook-delete-policy: before-hook-creation
type: Opaque
stringData:
  {{- toYaml (.service.secretEnv | default dict) | nindent 2 }}
{{- end }}
