"""Cloud-synced folders and network shares are recognised, with the reason."""

from pathlib import Path

import pytest

from models.storage import location_check as storage_location
from models.storage.location_check import location_warning


@pytest.mark.parametrize(("folder", "service"), [
    ("/home/li/Dropbox/Fieldbrief", "Dropbox"), ("/home/li/Dropbox (Personal)/fb", "Dropbox"),
    ("C:/Users/li/OneDrive - Contoso/Fieldbrief", "OneDrive"),
    ("/Users/li/Library/Mobile Documents/com~apple~CloudDocs/fb", "iCloud Drive"),
    ("/Users/li/Google Drive/My Drive/fb", "Google Drive"), ("/home/li/坚果云/fb", "Nutstore")])
def test_cloud_folders_are_named(folder, service):
    warning = location_warning(Path(folder))
    assert warning and service in warning and "locking" in warning


def test_ordinary_folders_and_look_alikes_are_fine(tmp_path):
    assert location_warning(tmp_path) is None
    assert location_warning(Path("/home/li/dropboxes-of-paper")) is None


def test_a_network_mount_is_recognised_by_its_file_system(monkeypatch):
    monkeypatch.setattr(storage_location, "_mounts", lambda: [(Path("/"), "ext4"), (Path("/mnt/share"), "cifs"),
                                                               (Path("/mnt/share/local"), "ext4")])
    assert "network share (cifs)" in location_warning(Path("/mnt/share/fieldbrief"))
    assert location_warning(Path("/mnt/share/local/fb")) is None  # the deepest mount decides
    assert location_warning(Path("/home/li")) is None
