#!/usr/bin/env bash
# Decides which release archive the action downloads. Prints `version=`, `url=` (the
# archive), `dir=` (where the binary is kept and cached); `version=` empty means no release
# matches and the action builds iqlint from source.
#   INPUT_VERSION        explicit version (1.2.3 or v1.2.3); wins over the action's ref
#   INPUT_DOWNLOAD_URL   base URL, default $GITHUB_SERVER_URL/<action repo>/releases/download;
#                        the archive is <base>/v<version>/iqlint-<version>-linux-<arch>.tar.gz
#   IQLINT_ACTION_REF, IQLINT_ACTION_REPOSITORY  github.action_ref / action_repository; when
#                        empty (a runner bug in some jobs) they are read from GITHUB_ACTION_PATH
#                        (…/_actions/OWNER/REPO/REF)
# A ref vX.Y.Z is release X.Y.Z; a ref vX or vX.Y is the release in the action's VERSION
# file when it starts with X. or X.Y.; any other ref (a branch, a commit) matches none.
# Standard output goes to $GITHUB_OUTPUT: messages and workflow commands go to stderr.
set -euo pipefail
action_path=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}
ref=${IQLINT_ACTION_REF:-}
repository=${IQLINT_ACTION_REPOSITORY:-}
if [ -z "$ref" ] && [[ $action_path =~ /_actions/([^/]+)/([^/]+)/([^/]+)/?$ ]]; then
  repository=${repository:-${BASH_REMATCH[1]}/${BASH_REMATCH[2]}}
  ref=${BASH_REMATCH[3]}
fi

version=${INPUT_VERSION:-}
version=${version#v}
source="the version input"
if [ -z "$version" ]; then
  source="the action's ref ${ref:-(none)}"
  file_version=$(tr -d '[:space:]' < "$action_path/VERSION" 2>/dev/null || true)
  if [[ $ref =~ ^v([0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.+-]*)?)$ ]]; then
    version=${BASH_REMATCH[1]}
  elif [[ $ref =~ ^v([0-9]+(\.[0-9]+)?)$ ]] && [[ $file_version == "${BASH_REMATCH[1]}".* ]]; then
    version=$file_version
  fi
fi
if [ -n "$version" ] && ! [[ $version =~ ^[0-9A-Za-z.+-]+$ ]]; then
  echo "::error title=iqlint::version must look like 1.2.3, not '$version'" >&2
  exit 2
fi

if [ -z "$version" ]; then
  echo "no iqlint release matches $source; building iqlint from source" >&2
  echo "version="
  exit 0
fi
base=${INPUT_DOWNLOAD_URL:-}
if [ -z "$base" ]; then
  [ -n "$repository" ] || { echo "::error title=iqlint::cannot tell which repository the action comes from; set download-url" >&2; exit 2; }
  base=${GITHUB_SERVER_URL:-https://github.com}/$repository/releases/download
fi
arch=$(uname -m)
name="iqlint-$version-linux-$arch"
echo "iqlint $version from $source" >&2
echo "version=$version"
echo "url=${base%/}/v$version/$name.tar.gz"
echo "dir=${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:-/tmp}}/iqlint/$version/$arch"
