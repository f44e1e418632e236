"""Two real Syncthing instances sharing one folder, on loopback only, for the sync test.

Both run inside one private network namespace that has only `lo` (made by
`unshare -n`; each instance is started in it with `nsenter`): they can reach
each other on 127.0.0.1 and nothing else. Global discovery, relays, NAT
traversal, STUN, local announcements, usage and crash reporting are all off,
so not a packet could leave the machine even if the namespace let it. The
test talks to each instance's REST API through a unix socket (a file, which the
namespace does not hide) forwarded inside the namespace to the API's loopback
port, and waits on conditions, never fixed sleeps.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

FOLDER = "mg-journal"
API_KEY = "mg-journal-test-key"
PORTS = (22101, 22102)  # inside the private namespace: nothing else listens there
GUI_PORTS = (8401, 8402)
FORWARD = Path(__file__).with_name("unix_forward.py")


class Unavailable(Exception):
    """Why the real-engine test cannot run here (the test is skipped with this reason)."""


class _UnixHTTP(http.client.HTTPConnection):
    def __init__(self, path: Path) -> None:
        super().__init__("localhost", timeout=10)
        self.socket_path = str(path)

    def connect(self) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(10)
        self.sock.connect(self.socket_path)


def wait_for(what: str, done: Callable[[], bool], timeout: float = 60.0) -> None:
    """Poll `done` until true; fail with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    delay = 0.05
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout:.0f} s for {what}")
        time.sleep(delay)
        delay = min(delay * 1.5, 0.5)


class Namespace:
    """A network namespace with only `lo`, held open by a child process."""

    def __init__(self) -> None:
        for tool in ("unshare", "nsenter", "ip"):
            if shutil.which(tool) is None:
                raise Unavailable(f"`{tool}` is not installed (util-linux, iproute2)")
        root = os.geteuid() == 0
        # Without root, a user namespace of our own gives the right to make one.
        self.enter_flags = ["-n"] if root else ["-U", "-n", "--preserve-credentials"]
        unshare = ["unshare", "-n"] if root else ["unshare", "-r", "-n"]
        self.holder = subprocess.Popen(
            [*unshare, "sh", "-c", "ip link set lo up && echo ready && exec cat"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.holder.stdout is not None
        if self.holder.stdout.readline().strip() != "ready":
            why = self.holder.stderr.read().strip() if self.holder.stderr else ""
            self.close()
            raise Unavailable(f"cannot make a private network namespace here ({why})")

    def command(self, *args: str) -> list[str]:
        return ["nsenter", "-t", str(self.holder.pid), *self.enter_flags, "--", *args]

    def links(self) -> list[str]:
        out = subprocess.run(
            self.command("ip", "-o", "link"), capture_output=True, text=True, check=True
        ).stdout
        return [line.split(":")[1].strip() for line in out.splitlines() if line.strip()]

    def close(self) -> None:
        if self.holder.poll() is None:
            assert self.holder.stdin is not None
            self.holder.stdin.close()
            self.holder.wait(timeout=10)


def _set(parent: ET.Element, tag: str, value: str) -> None:
    node = parent.find(tag)
    if node is None:
        node = ET.SubElement(parent, tag)
    node.text = value


class Instance:
    def __init__(self, ns: Namespace, home: Path, folder: Path, port: int, gui: int) -> None:
        self.ns, self.home, self.folder, self.port, self.gui = ns, home, folder, port, gui
        self.sock = home / "gui.sock"
        self.process: subprocess.Popen[bytes] | None = None
        self.forward: subprocess.Popen[str] | None = None
        self.env = {
            **os.environ,
            "HOME": str(home),
            "STNODEFAULTFOLDER": "1",
            "STNOUPGRADE": "1",
            "STNORESTART": "1",
        }
        subprocess.run(
            ["syncthing", "generate", f"--home={home}", "--no-default-folder"],
            env=self.env,
            capture_output=True,
            check=True,
            timeout=60,
        )
        out = subprocess.run(
            ["syncthing", "serve", f"--home={home}", "--device-id"],
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        self.device_id = out.stdout.strip()

    def configure(self, other: Instance) -> None:
        path = self.home / "config.xml"
        tree = ET.parse(path)
        config = tree.getroot()
        options = config.find("options")
        assert options is not None
        for server in options.findall("globalAnnounceServer"):
            options.remove(server)
        for server in options.findall("stunServer"):
            options.remove(server)
        for tag, value in {
            "listenAddress": f"tcp://127.0.0.1:{self.port}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "crashReportingEnabled": "false",
            "urAccepted": "-1",
            "startBrowser": "false",
            "autoUpgradeIntervalH": "0",
            "stunKeepaliveStartS": "0",
            "reconnectionIntervalS": "1",
        }.items():
            _set(options, tag, value)
        gui = config.find("gui")
        assert gui is not None
        _set(gui, "address", f"127.0.0.1:{self.gui}")
        _set(gui, "apikey", API_KEY)
        device = ET.SubElement(config, "device", id=other.device_id, name=other.home.name)
        ET.SubElement(device, "address").text = f"tcp://127.0.0.1:{other.port}"
        folder = ET.Element(
            "folder",
            id=FOLDER,
            label=FOLDER,
            path=str(self.folder),
            type="sendreceive",
            rescanIntervalS="1",
            fsWatcherEnabled="true",
            fsWatcherDelayS="1",
        )
        for device_id in (self.device_id, other.device_id):
            ET.SubElement(folder, "device", id=device_id)
        # Without it Syncthing keeps no conflict copies: the older change is dropped.
        ET.SubElement(folder, "maxConflicts").text = "-1"
        config.insert(0, folder)
        tree.write(path)
        (self.folder / ".stfolder").mkdir(parents=True, exist_ok=True)

    def start(self) -> None:
        log = (self.home / "log.txt").open("ab")
        self.process = subprocess.Popen(
            self.ns.command(
                "syncthing", "serve", f"--home={self.home}", "--no-browser", "--no-restart"
            ),
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        if self.forward is None:  # Syncthing 1.19 cannot serve its API on a unix socket itself
            self.forward = subprocess.Popen(
                self.ns.command(sys.executable, str(FORWARD), str(self.sock), str(self.gui)),
                stdout=subprocess.PIPE,
                text=True,
            )
            assert self.forward.stdout is not None
            if self.forward.stdout.readline().strip() != "ready":
                raise RuntimeError("the REST forwarder did not start")
        wait_for(f"{self.home.name} to answer", self._answers, timeout=60)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
        self.process = None

    def close(self) -> None:
        self.stop()
        if self.forward is not None:
            self.forward.terminate()
            self.forward.wait(timeout=10)

    def _answers(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            tail = (self.home / "log.txt").read_text(errors="replace").splitlines()[-15:]
            raise RuntimeError(f"syncthing in {self.home} exited:\n" + "\n".join(tail))
        try:
            return self.rest("/rest/system/ping").get("ping") == "pong"
        except OSError:
            return False

    def rest(self, path: str, method: str = "GET") -> Any:
        conn = _UnixHTTP(self.sock)
        try:
            conn.request(method, path, headers={"X-API-Key": API_KEY})
            response = conn.getresponse()
            body = response.read()
        finally:
            conn.close()
        if response.status != 200:
            raise OSError(f"{path}: HTTP {response.status} {body[:200]!r}")
        return json.loads(body) if body.strip() else {}

    def settled_with(self, other: Instance) -> bool:
        """Connected, nothing left to scan or pull, and the other has all we have."""
        connections = self.rest("/rest/system/connections")["connections"]
        if not connections.get(other.device_id, {}).get("connected"):
            return False
        status = self.rest(f"/rest/db/status?folder={FOLDER}")
        if status["state"] != "idle" or status["needTotalItems"]:
            return False
        done = self.rest(f"/rest/db/completion?folder={FOLDER}&device={other.device_id}")
        return bool(done["completion"] == 100 and not done["needItems"])

    def scan(self) -> None:
        self.rest(f"/rest/db/scan?folder={FOLDER}", method="POST")


def synced_files(folder: Path, local_only: tuple[str, ...]) -> dict[str, bytes]:
    """The files Syncthing is meant to carry, by path: not the .stignore'd ones."""
    found = {}
    for path in folder.rglob("*"):
        name = str(path.relative_to(folder))
        top = name.split("/")[0]
        if (
            path.is_dir()
            or top in local_only
            or top in (".stfolder", ".stignore", ".stversions")
            or path.name.endswith(".tmp")
        ):
            continue
        found[name] = path.read_bytes()
    return found


class Pair:
    """Instances `a` and `b` syncing folders `base/a` and `base/b`."""

    def __init__(self, base: Path) -> None:
        if shutil.which("syncthing") is None:
            raise Unavailable("syncthing is not installed (Debian: apt-get install syncthing)")
        self.ns = Namespace()
        try:
            self.a = Instance(self.ns, base / "home-a", base / "a", PORTS[0], GUI_PORTS[0])
            self.b = Instance(self.ns, base / "home-b", base / "b", PORTS[1], GUI_PORTS[1])
            self.a.configure(self.b)
            self.b.configure(self.a)
        except BaseException:
            self.ns.close()
            raise

    def settle(self, local_only: tuple[str, ...], timeout: float = 60.0) -> None:
        """Wait until both are connected and idle and the two folders hold the same files."""

        def settled() -> bool:
            for one, other in ((self.a, self.b), (self.b, self.a)):
                one.scan()
                if not one.settled_with(other):
                    return False
            return synced_files(self.a.folder, local_only) == synced_files(
                self.b.folder, local_only
            )

        wait_for("the two folders to settle", settled, timeout)

    def close(self) -> None:
        for instance in (self.a, self.b):
            instance.close()
        self.ns.close()
