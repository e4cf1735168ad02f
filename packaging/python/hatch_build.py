"""Hatchling build hook: puts iqlint's release binary into the wheel as the script `iqlint`.

The binary comes from the release archive of the project's version (VERSION), checked
against the archive's .sha256; IQLINT_ARCHIVE or IQLINT_DOWNLOAD_URL point elsewhere (see
packaging/python/README.md). The wheel is tagged manylinux_2_<N>_<arch>, N being the newest
glibc symbol version the binary needs, so pip refuses it where it could not run.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import shutil
import sys
import tarfile
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

DEFAULT_DOWNLOAD_URL = "https://github.com/iqlint/iqlint/releases/download"


class BinaryBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        if not sys.platform.startswith("linux"):
            raise SystemExit(
                "iqlint-bin: release binaries exist for Linux only; on other systems use the "
                "`iqlint` hook (language: swift), which builds from source"
            )
        machine = {"amd64": "x86_64", "arm64": "aarch64"}.get(platform.machine().lower(), platform.machine().lower())
        project_version = self.metadata.version
        name = f"iqlint-{project_version}-linux-{machine}.tar.gz"
        archive = os.environ.get("IQLINT_ARCHIVE") or (
            os.environ.get("IQLINT_DOWNLOAD_URL", DEFAULT_DOWNLOAD_URL).rstrip("/") + f"/v{project_version}/{name}"
        )
        self._work = tempfile.mkdtemp(prefix="iqlint-bin-")
        local = os.path.join(self._work, "archive.tar.gz")
        fetch(archive, local)
        checksum = os.path.join(self._work, "archive.sha256")
        fetch(archive + ".sha256", checksum)
        with open(checksum, encoding="utf-8") as handle:
            fields = handle.read().split()
        expected = fields[0] if fields else ""
        actual = sha256_of(local)
        if expected != actual:
            raise SystemExit(f"iqlint-bin: checksum mismatch for {archive}: expected {expected or 'nothing'}, got {actual}")
        binary = os.path.join(self._work, "iqlint")
        with tarfile.open(local) as bundle:
            member = next((m for m in bundle.getmembers() if m.isfile() and m.name.endswith("/iqlint")), None)
            if member is None:
                raise SystemExit(f"iqlint-bin: {archive} holds no iqlint binary")
            source = bundle.extractfile(member)
            assert source is not None
            with open(binary, "wb") as target:
                shutil.copyfileobj(source, target)
        os.chmod(binary, 0o755)
        build_data["pure_python"] = False
        build_data["tag"] = f"py3-none-manylinux_2_{newest_glibc_minor(binary)}_{machine}"
        build_data["shared_scripts"][binary] = "iqlint"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work:
            shutil.rmtree(work, ignore_errors=True)


def fetch(location: str, target: str) -> None:
    """Copies a path, file: URL or http(s): URL to target; any failure ends the build with one line."""
    try:
        if "://" not in location:
            shutil.copyfile(location, target)
            return
        if urllib.parse.urlsplit(location).scheme not in ("https", "http", "file"):
            raise SystemExit(f"iqlint-bin: cannot download {location}: only https, http and file URLs")
        with urllib.request.urlopen(location, timeout=60) as response, open(target, "wb") as output:
            shutil.copyfileobj(response, output)
    except (OSError, urllib.error.URLError) as error:
        raise SystemExit(f"iqlint-bin: cannot download {location}: {error}") from None


def sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def newest_glibc_minor(binary: str) -> int:
    """The N of the newest GLIBC_2.N symbol version named in the binary (its version needs)."""
    with open(binary, "rb") as handle:
        minors = [int(m) for m in re.findall(rb"GLIBC_2\.([0-9]+)", handle.read())]
    if not minors:
        raise SystemExit(f"iqlint-bin: {binary} names no glibc version; not a dynamically linked Linux binary")
    return max(minors)
