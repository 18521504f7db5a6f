#!/usr/bin/env bash
# What the Helm chart's test needs, installed once per version into $MESH_HOME (default <repo>/.mesh); a second run
# only checks. It prints where each is, as JSON, for deploy/test/chart.int-spec.ts:
#   helm and kubeconform   built from their Go modules into $MESH_HOME/bin (Go 1.24 or newer: GO, or go on PATH)
#   Kubernetes' JSON schemas   from the kubernetes-validate package on PyPI, for the versions below, made standalone
#                          for kubeconform (which would otherwise download them from the web)
set -euo pipefail

HELM_VERSION=v3.21.4
KUBECONFORM_VERSION=v0.8.0
KUBERNETES_VALIDATE_VERSION=1.37.0
# The oldest Kubernetes the chart supports (Chart.yaml's kubeVersion) and the newest the schemas package knows.
KUBERNETES_VERSIONS=(1.30.0 1.37.0)

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MESH_HOME="${MESH_HOME:-$REPO/.mesh}"
BIN="$MESH_HOME/bin"
SCHEMAS="$MESH_HOME/kubernetes-json-schema"

fail() { printf 'tools: %s\n' "$*" >&2; exit 1; }
say() { printf 'tools: %s\n' "$*" >&2; }

# A Go module's command into $BIN, unless the stamp says this version is already there.
go_install() {
  local name="$1" module="$2" version="$3" stamp="$BIN/.$1.version"
  [[ -x "$BIN/$name" && "$(cat "$stamp" 2>/dev/null)" == "$version" ]] && return 0
  local go="${GO:-$(command -v go || echo /usr/local/go/bin/go)}"
  [[ -x "$go" ]] || fail "Go is needed to build $name: install Go 1.24 or newer, or set GO to its go binary"
  say "building $name $version from its Go module (a few minutes the first time)..."
  mkdir -p "$BIN"
  GOBIN="$BIN" GOFLAGS=-buildvcs=false "$go" install "$module@$version" >&2 || fail "go install $module@$version failed"
  echo "$version" >"$stamp"
}

# kubernetes-validate ships each version's schemas with their references pointing into its own site
# (`$id` https://kubernetes.io/api/..., `$ref` /api/_definitions.json#...): made relative to the file beside them,
# kubeconform resolves them on disk and fetches nothing.
install_schemas() {
  local stamp="$SCHEMAS/.version" wanted="$KUBERNETES_VALIDATE_VERSION ${KUBERNETES_VERSIONS[*]}"
  [[ "$(cat "$stamp" 2>/dev/null)" == "$wanted" ]] && return 0
  say "installing Kubernetes JSON schemas (kubernetes-validate $KUBERNETES_VALIDATE_VERSION from PyPI)..."
  local downloads="$MESH_HOME/downloads/kubernetes-validate"
  mkdir -p "$downloads"
  python3 -m pip download -q --no-deps --only-binary=:all: -d "$downloads" \
    "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION" >&2 || fail "pip download kubernetes-validate failed"
  rm -rf "$SCHEMAS" && mkdir -p "$SCHEMAS"
  python3 - "$downloads/kubernetes_validate-$KUBERNETES_VALIDATE_VERSION-py3-none-any.whl" "$SCHEMAS" \
    "${KUBERNETES_VERSIONS[@]}" <<'PYTHON'
import json, os, sys, zipfile
wheel, target, versions = sys.argv[1], sys.argv[2], sys.argv[3:]
PREFIX = 'kubernetes_validate/kubernetes-json-schema/'
def relative(node):
    if isinstance(node, dict):
        if str(node.get('$ref', '')).startswith('/api/'):
            node['$ref'] = node['$ref'][len('/api/'):]
        for value in node.values():
            relative(value)
    elif isinstance(node, list):
        for value in node:
            relative(value)
with zipfile.ZipFile(wheel) as archive:
    for name in archive.namelist():
        folder = name[len(PREFIX):].split('/')[0] if name.startswith(PREFIX) else ''
        if folder not in [f'v{version}-local-strict' for version in versions] or not name.endswith('.json'):
            continue
        schema = json.loads(archive.read(name))
        schema.pop('$id', None)
        relative(schema)
        path = f'{target}/{name[len(PREFIX):]}'
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as out:
            json.dump(schema, out)
PYTHON
  echo "$wanted" >"$stamp"
}

go_install helm helm.sh/helm/v3/cmd/helm "$HELM_VERSION"
go_install kubeconform github.com/yannh/kubeconform/cmd/kubeconform "$KUBECONFORM_VERSION"
install_schemas
versions="$(printf '"%s",' "${KUBERNETES_VERSIONS[@]}")"
printf '{"helm":"%s","kubeconform":"%s","schemaLocation":"%s","kubernetesVersions":[%s]}\n' "$BIN/helm" \
  "$BIN/kubeconform" "$SCHEMAS/{{ .NormalizedKubernetesVersion }}-local{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json" \
  "${versions%,}"
