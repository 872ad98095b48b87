"""Is the database folder somewhere SQLite cannot be trusted? Network shares and cloud-synced folders
break its file locking and its write-ahead log: two machines (or the sync client) writing the same file
corrupt it, and a sync may upload a half-written database or separate it from its -wal file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from models.runtime.translatable import QT_TRANSLATE_NOOP, Text

CLOUD_FOLDERS = {
    "dropbox": "Dropbox", "onedrive": "OneDrive", "icloud drive": "iCloud Drive", "mobile documents": "iCloud Drive", "clouddocs": "iCloud Drive", "google drive": "Google Drive",
    "googledrive": "Google Drive", "my drive": "Google Drive", "坚果云": "Nutstore", "百度网盘": "Baidu Netdisk",
}
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "afpfs", "webdav", "davfs", "fuse.sshfs", "sshfs",
                       "9p", "ncpfs", "fuse.rclone", "fuse.s3fs", "afs", "glusterfs", "ceph"}


def location_warning(folder: Path) -> Text | None:
    """Why ``folder`` is a risky home for the database, or None."""
    folder = folder.expanduser().absolute()
    for part in folder.parts:
        lowered = part.casefold()
        for marker, service in CLOUD_FOLDERS.items():
            # "Dropbox", "Dropbox (Personal)", "OneDrive - Contoso"
            if lowered == marker or lowered.startswith((marker + " ", marker + "-")):
                return Text("errors", QT_TRANSLATE_NOOP(
                    "errors", "The data folder %1 is inside a %2 folder. Cloud sync breaks SQLite's locking and can "
                              "upload a half-written database: move the data folder out of it (backups can still be "
                              "copied there)."), folder, service)
    network = _network_filesystem(folder)
    if network:
        return Text("errors", QT_TRANSLATE_NOOP(
            "errors", "The data folder %1 is on a network share (%2). SQLite's locking and write-ahead log do not "
                      "work reliably there: keep the data folder on this computer's own disk."), folder, network)
    return None


def _network_filesystem(folder: Path) -> str | None:
    if os.name == "nt":
        return _windows_remote(folder)
    mounts = _mounts()
    best = None
    for mount_point, fs_type in mounts:
        inside = folder == mount_point or mount_point in folder.parents
        if inside and (best is None or len(mount_point.parts) > len(best[0].parts)):
            best = (mount_point, fs_type)
    if best and best[1] in NETWORK_FILESYSTEMS:
        return best[1]
    return None


def _mounts() -> list[tuple[Path, str]]:
    """(mount point, file-system type) of every mount: /proc/self/mounts on Linux, ``mount`` on macOS."""
    if sys.platform.startswith("linux"):
        try:
            lines = Path("/proc/self/mounts").read_text().splitlines()
        except OSError:
            return []
        found = []
        for line in lines:
            fields = line.split()
            if len(fields) >= 3:
                found.append((Path(fields[1].replace("\\040", " ")), fields[2]))
        return found
    if sys.platform == "darwin":
        import re
        import subprocess

        try:
            out = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            return []
        return [(Path(m.group(1)), m.group(2)) for m in re.finditer(r" on (.+?) \((\w+)", out)]
    return []


def _windows_remote(folder: Path) -> str | None:
    text = str(folder)
    if text.startswith("\\\\"):
        return "a UNC path"
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    DRIVE_REMOTE = 4
    if ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE:  # type: ignore[attr-defined]
        return "a network drive"
    return None
