#!/usr/bin/env bash
# The steps that make a service's image, kept in one place: deploy/docker/Dockerfile runs them to build the image, and
# deploy/test/images.int-spec.ts runs them to build the same file system in a directory and start the service from
# it, so the two cannot drift apart. Run from the repository root.
#
#   image.sh dependencies DEST       the production node_modules (npm ci --omit=dev) into DEST
#   image.sh build SERVICE...        the libs and the services compiled into dist/; with the gateway, the web app
#   image.sh service SERVICE DEST    a service's compiled files, the libs', their node flags (with the gateway, the web
#                                    app) into DEST
set -euo pipefail

fail() { printf 'image: %s\n' "$*" >&2; exit 1; }

# Every runtime package is in the root package.json's dependencies, so the lockfile alone gives the production
# install: the workspaces' folders are not needed (dist imports the libs by relative paths). No install scripts: no
# runtime package needs one (native code comes prebuilt in optional packages), and @scarf/scarf's only reports the
# install to its vendor.
dependencies() {
  local dest="$1"
  mkdir -p "$dest"
  cp package.json package-lock.json "$dest/"
  (cd "$dest" && npm ci --omit=dev --ignore-scripts --prefer-offline --no-audit --no-fund --loglevel=error)
}

# ./platform build installs the development dependencies when the lockfile changed since the last install (always, in
# a fresh checkout: the Dockerfile's), then compiles what changed.
build() {
  ./platform build "$@"
  if [[ " $* " == *" gateway "* ]]; then npm run build -w web --silent; fi
}

service() {
  local name="$1" dest="$2"
  [[ -f "dist/services/$name/src/main.js" ]] || fail "dist/services/$name is not built; run: image.sh build $name"
  mkdir -p "$dest/dist/services"
  cp -R dist/libs "$dest/dist/"
  cp -R "dist/services/$name" "$dest/dist/services/"
  # The node flags every compiled service runs with, which the image's command reads.
  mkdir -p "$dest/infra/build"
  cp infra/build/node-options "$dest/infra/build/"
  if [[ "$name" == gateway ]]; then
    mkdir -p "$dest/web"
    cp -R web/dist "$dest/web/"
  fi
}

case "${1:-}" in
  dependencies) (($# == 2)) || fail "usage: image.sh dependencies DEST"; dependencies "$2" ;;
  build) (($# >= 2)) || fail "usage: image.sh build SERVICE..."; shift; build "$@" ;;
  service) (($# == 3)) || fail "usage: image.sh service SERVICE DEST"; service "$2" "$3" ;;
  *) fail "usage: image.sh dependencies DEST | build SERVICE... | service SERVICE DEST" ;;
esac
