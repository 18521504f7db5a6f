{{/*
Named templates of the mesh chart. Every object is made per service from one map, .Values.services (templates/
services.yaml ranges over it); each service's entry is merged over .Values.defaults first ("mesh.service").
*/}}

{{- define "mesh.fullname" -}}
{{- if contains .Chart.Name .Release.Name }}{{ .Release.Name | trunc 40 | trimSuffix "-" }}
{{- else }}{{ printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" }}{{ end }}
{{- end }}

{{/* A service's objects' name: <release>-<service>. */}}
{{- define "mesh.name" -}}
{{ include "mesh.fullname" .root }}-{{ .name }}
{{- end }}

{{/* A service's entry over the defaults. */}}
{{- define "mesh.service" -}}
{{ toYaml (mergeOverwrite (deepCopy .root.Values.defaults) (deepCopy .service)) }}
{{- end }}

{{- define "mesh.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end }}

{{- define "mesh.labels" -}}
{{ include "mesh.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Values.image.tag | default .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end }}

{{- define "mesh.image" -}}
{{- $image := .root.Values.image }}
{{- $repository := printf "%s%s" $image.prefix .name }}
{{- with $image.registry }}{{ $repository = printf "%s/%s" . $repository }}{{ end }}
{{- printf "%s:%s" $repository ($image.tag | default .root.Chart.AppVersion) }}
{{- end }}

{{/* A service's address inside the cluster: its Service. */}}
{{- define "mesh.url" -}}
{{- $service := index .root.Values.services .name }}
{{- printf "http://%s:%v" (include "mesh.name" .) $service.port }}
{{- end }}

{{/* The catalog as clients outside the cluster reach it (publicUrls.catalog), else inside. */}}
{{- define "mesh.catalogPublicUrl" -}}
{{ .root.Values.publicUrls.catalog | default (include "mesh.url" (dict "root" .root "name" "catalog")) }}
{{- end }}

{{/*
The variables of what a service uses (services.<name>.uses): another service by name (<NAME>_URL; the catalog is
CATALOG_URI), or one of the stack's parts. Their names are the services' configuration's (src/config.ts). Redis's and
OpenSearch's URLs may carry a password: left empty here, they come from the service's Secret.
*/}}
{{- define "mesh.usesEnv" -}}
{{- $root := .root }}
{{- range .service.uses }}
{{- if eq . "catalog" }}
- name: CATALOG_URI
  value: {{ include "mesh.url" (dict "root" $root "name" "catalog") | quote }}
{{- else if eq . "catalog-public" }}
- name: CATALOG_URI
  value: {{ include "mesh.catalogPublicUrl" (dict "root" $root) | quote }}
{{- else if hasKey $root.Values.services . }}
- name: {{ upper . }}_URL
  value: {{ include "mesh.url" (dict "root" $root "name" .) | quote }}
{{- else if eq . "redis" }}
{{- with $root.Values.redis.url }}
- name: REDIS_URL
  value: {{ . | quote }}
{{- end }}
{{- else if eq . "opensearch" }}
{{- with $root.Values.opensearch.url }}
- name: OPENSEARCH_URL
  value: {{ . | quote }}
{{- end }}
{{- else if eq . "s3" }}
- name: S3_ENDPOINT
  value: {{ required "s3.endpoint is required" $root.Values.s3.endpoint | quote }}
- name: S3_REGION
  value: {{ $root.Values.s3.region | quote }}
{{- else if eq . "warehouse" }}
- name: CATALOG_WAREHOUSE
  value: {{ required "s3.warehouse (s3://bucket/prefix) is required" $root.Values.s3.warehouse | quote }}
- name: CATALOG_URL
  value: {{ include "mesh.catalogPublicUrl" (dict "root" $root) | quote }}
{{- else if eq . "public-urls" }}
- name: CATALOG_PUBLIC_URL
  value: {{ include "mesh.catalogPublicUrl" (dict "root" $root) | quote }}
- name: SCHEMA_REGISTRY_PUBLIC_URL
  value: {{ $root.Values.publicUrls.schemaRegistry | default (printf "%s/schema-registry" (include "mesh.url" (dict "root" $root "name" "registry"))) | quote }}
{{- else }}
{{- fail (printf "services.*.uses: %q is neither a service nor redis, opensearch, s3, warehouse, catalog-public or public-urls" .) }}
{{- end }}
{{- end }}
{{- end }}

{{/* A Secret's key as a variable, the Secret's name from a pattern in which {service} is the service's name. */}}
{{- define "mesh.secretEnv" -}}
- name: {{ .variable }}
  valueFrom:
    secretKeyRef:
      name: {{ replace "{service}" .name .pattern | quote }}
      key: {{ .key | quote }}
{{- end }}

{{/* DATABASE_URL from the operator's Secret (postgres.uriSecret), else the service's own Secret has it. */}}
{{- define "mesh.databaseEnv" -}}
{{- $postgres := .root.Values.postgres }}
{{- if and .service.database $postgres.uriSecret }}
{{ include "mesh.secretEnv" (dict "variable" "DATABASE_URL" "name" .name "pattern" $postgres.uriSecret "key" $postgres.uriKey) }}
{{- end }}
{{- end }}

{{/* The container's environment: the service's port and logins, what it uses, and its own variables. */}}
{{- define "mesh.env" -}}
{{- $root := .root }}
{{- $values := $root.Values -}}
- name: PORT
  value: {{ .service.port | quote }}
- name: LOG_LEVEL
  value: {{ $values.logLevel | quote }}
- name: MESH_TOPIC_PREFIX
  value: {{ $values.topicPrefix | quote }}
- name: KAFKA_BROKERS
  value: {{ required "kafka.bootstrapServers is required" $values.kafka.bootstrapServers | quote }}
- name: KAFKA_USERNAME
  value: {{ .name | quote }}
- name: KAFKA_SASL_MECHANISM
  value: {{ $values.kafka.saslMechanism | quote }}
{{- with $values.kafka.passwordSecret }}
{{ include "mesh.secretEnv" (dict "variable" "KAFKA_PASSWORD" "name" $.name "pattern" . "key" $values.kafka.passwordKey) }}
{{- end }}
{{- include "mesh.databaseEnv" . }}
{{- include "mesh.usesEnv" . }}
{{- range $variable, $value := .service.env }}
- name: {{ $variable }}
  value: {{ $value | quote }}
{{- end }}
{{- with .service.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
The pod of a service, or of its migration job (.job): the image run as its unprivileged user on a read-only root file
system with a writable /tmp (quality's cache of S3 files, DuckDB's spill), its Secret's variables beside the others.
*/}}
{{- define "mesh.podSpec" -}}
{{- $labels := dict "root" .root "name" .name -}}
automountServiceAccountToken: false
{{- if not .job }}
{{- /* A hook runs before the release's objects exist: the job runs as the namespace's default account. */}}
serviceAccountName: {{ include "mesh.name" $labels }}
{{- end }}
{{- with .root.Values.imagePullSecrets }}
imagePullSecrets:
{{- toYaml . | nindent 2 }}
{{- end }}
securityContext:
  runAsNonRoot: true
  runAsUser: 1000
  runAsGroup: 1000
  fsGroup: 1000
  seccompProfile: { type: RuntimeDefault }
{{- if .job }}
restartPolicy: Never
{{- else }}
terminationGracePeriodSeconds: 30
{{- end }}
containers:
  - name: {{ .name }}
    image: {{ include "mesh.image" $labels | quote }}
    imagePullPolicy: {{ .root.Values.image.pullPolicy }}
    securityContext:
      allowPrivilegeEscalation: false
      readOnlyRootFilesystem: true
      capabilities: { drop: [ALL] }
    env:
      {{- if .job }}
      {{- /* The migrations need the database alone: no Kafka login, no other service. */}}
      - name: MIGRATE_ONLY
        value: "1"
      - name: LOG_LEVEL
        value: {{ .root.Values.logLevel | quote }}
      {{- with include "mesh.databaseEnv" . | trim }}{{ . | nindent 6 }}{{ end }}
      {{- else }}
      {{- include "mesh.env" . | nindent 6 }}
      {{- end }}
    envFrom:
      - secretRef:
          name: {{ include "mesh.name" $labels }}
    {{- if not .job }}
    ports:
      - name: http
        containerPort: {{ .service.port }}
    startupProbe:
      httpGet: { path: /health, port: http }
      periodSeconds: 2
      failureThreshold: 60
    livenessProbe:
      httpGet: { path: /health, port: http }
      periodSeconds: 10
      timeoutSeconds: 3
      failureThreshold: 3
    readinessProbe:
      httpGet: { path: /ready, port: http }
      periodSeconds: 5
      timeoutSeconds: 3
      failureThreshold: 2
    {{- end }}
    {{- with .service.resources }}
    resources:
    {{- toYaml . | nindent 6 }}
    {{- end }}
    volumeMounts:
      - name: tmp
        mountPath: /tmp
volumes:
  - name: tmp
    emptyDir: {}
{{- with .service.nodeSelector }}
nodeSelector:
{{- toYaml . | nindent 2 }}
{{- end }}
{{- with .service.tolerations }}
tolerations:
{{- toYaml . | nindent 2 }}
{{- end }}
{{- if and (not .job) .service.antiAffinity }}
affinity:
  podAntiAffinity:
    {{- if eq .service.antiAffinity "required" }}
    requiredDuringSchedulingIgnoredDuringExecution:
      - topologyKey: kubernetes.io/hostname
        labelSelector:
          matchLabels:
          {{- include "mesh.selectorLabels" $labels | nindent 12 }}
    {{- else if eq .service.antiAffinity "preferred" }}
    preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 100
        podAffinityTerm:
          topologyKey: kubernetes.io/hostname
          labelSelector:
            matchLabels:
            {{- include "mesh.selectorLabels" $labels | nindent 14 }}
    {{- else }}
    {{- fail (printf "services.%s.antiAffinity: %q is not \"\", preferred or required" .name .service.antiAffinity) }}
    {{- end }}
{{- end }}
{{- end }}
