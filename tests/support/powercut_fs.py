"""A power-cut file system for tests: FUSE (mfusepy on libfuse3) over a backing folder.

Reads and writes pass straight through to the backing folder, and the file system
remembers what is not yet durable, as a disk with a volatile cache would lose it:

* per file, the writes and truncations since its last `fsync`/`fdatasync`;
* per folder, the entries created, unlinked or renamed since its last `fsync` of the
  folder (opened with `os.open(folder, O_RDONLY)` and fsynced, as SQLite and our
  atomic writer do).

Durability model (harsher than ext4, as POSIX allows):
* `fsync` of a file makes its *content* durable, not its name. A new file whose folder
  was never fsynced after its creation is gone after a cut (its content with it); a
  renamed file keeps its old name. Only an `fsync` of the folder makes the folder's
  entries durable, and then all of them at once, as they are at that moment.
* A rename across two folders is two changes: each side becomes durable with an fsync
  of its own folder.
* Metadata (mode, times) is passed through and not modelled.

A *power cut* is an unmount with nothing flushed, then the backing folder is rewritten
to a durable state, chosen by `mode`:
    drop     every non-durable change is lost
    prefix   folder changes and each file's writes survive up to a random point (in order)
    pages    folder changes up to a random point; each file keeps a random subset of its
             non-durable writes, split into 4 KiB pages (a volatile cache that reorders)
    sync     nothing is lost (a clean unmount)

Layout of one use: a *zygote* process (`python -m tests.support.powercut_fs`) that has
imported libfuse forks one server per mount. Protocol, one line each:
    test -> zygote   "mount <backing> <mountpoint> <mode> <seed>"
    server -> test   "ready"                      the mount is up
    (the test runs its workload, kills it, and unmounts with `fusermount3 -u`)
    server -> test   "cut <json summary>"         the backing folder holds the durable state
The test side is `PowerCutFS` below; `missing()` says why FUSE cannot be used here.
"""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

PAGE = 4096
MODES = ("drop", "prefix", "pages")


# -- the file system (runs in the server process) ---------------------------------------
def _fs_class():
    import mfusepy

    class PowerCut(mfusepy.Operations):
        use_ns = True

        def __init__(self, backing: str, mode: str, seed: int) -> None:
            self.backing = backing
            self.mode = mode
            self.rng = random.Random(seed)
            self.kind: dict[int, str] = {0: "d"}
            self.live: dict[int, dict[str, int]] = {0: {}}
            self.next_id = 1
            self._scan(0, backing)
            self.durable = {d: dict(entries) for d, entries in self.live.items()}
            self.log: list[list[tuple[int, str, int | None]]] = []  # folder changes
            self.data: dict[int, bytearray] = {}  # durable content of changed files
            self.pending: dict[int, list[tuple]] = {}  # non-durable writes per file
            self.handles: dict[int, int] = {}  # fh -> id
            self.dir_handles: dict[int, int] = {}
            self.next_dir_fh = 1
            self.stats = {"writes": 0, "fsyncs": 0, "dir_fsyncs": 0}

        def _scan(self, dir_id: int, real: str) -> None:
            for name in sorted(os.listdir(real)):
                node = self.next_id
                self.next_id += 1
                self.live[dir_id][name] = node
                path = os.path.join(real, name)
                if os.path.isdir(path) and not os.path.islink(path):
                    self.kind[node] = "d"
                    self.live[node] = {}
                    self._scan(node, path)
                else:
                    self.kind[node] = "f"

        # helpers
        def _real(self, path: str) -> str:
            return os.path.join(self.backing, path.lstrip("/"))

        def _split(self, path: str) -> tuple[int, str]:
            parts = [p for p in path.split("/") if p]
            node = 0
            for part in parts[:-1]:
                node = self.live[node][part]
            return node, parts[-1]

        def _id(self, path: str) -> int:
            if path.strip("/") == "":
                return 0
            parent, name = self._split(path)
            return self.live[parent][name]

        def _snapshot(self, node: int, *, fh: int | None = None, path: str | None = None):
            """Keep the durable content of a file before its first non-durable change."""
            if node in self.data or self.kind.get(node) != "f":
                return
            if fh is not None:  # read through a fresh handle: `fh` may be write-only
                reader = os.open(f"/proc/self/fd/{fh}", os.O_RDONLY)
                try:
                    size = os.fstat(reader).st_size
                    self.data[node] = bytearray(os.pread(reader, size, 0))
                finally:
                    os.close(reader)
            else:
                with open(self._real(path), "rb") as handle:
                    self.data[node] = bytearray(handle.read())
            self.pending.setdefault(node, [])

        def _note(self, *sides: tuple[int, str, int | None]) -> None:
            self.log.append(list(sides))

        # metadata
        def getattr(self, path, fh=None):
            st = os.fstat(fh) if fh is not None else os.lstat(self._real(path))
            return {key: getattr(st, key) for key in (
                "st_mode", "st_nlink", "st_size", "st_uid", "st_gid",
                "st_atime_ns", "st_mtime_ns", "st_ctime_ns")} | {
                "st_atime": st.st_atime_ns, "st_mtime": st.st_mtime_ns,
                "st_ctime": st.st_ctime_ns}

        def access(self, path, amode):
            if not os.access(self._real(path), amode):
                raise mfusepy.FuseOSError(errno.EACCES)
            return 0

        def chmod(self, path, mode):
            os.chmod(self._real(path), mode)
            return 0

        def chown(self, path, uid, gid):
            os.chown(self._real(path), uid, gid)
            return 0

        def utimens(self, path, times=None):
            os.utime(self._real(path), ns=times)
            return 0

        def statfs(self, path):
            sv = os.statvfs(self._real(path))
            return {key: getattr(sv, key) for key in (
                "f_bavail", "f_bfree", "f_blocks", "f_bsize", "f_favail", "f_ffree",
                "f_files", "f_flag", "f_frsize", "f_namemax")}

        # folders
        def opendir(self, path):
            fh = self.next_dir_fh
            self.next_dir_fh += 1
            self.dir_handles[fh] = self._id(path)
            return fh

        def releasedir(self, path, fh):
            self.dir_handles.pop(fh, None)
            return 0

        def readdir(self, path, fh):
            return [".", "..", *os.listdir(self._real(path))]

        def fsyncdir(self, path, datasync, fh):
            node = self.dir_handles.get(fh)
            if node is None:
                node = self._id(path)
            self.stats["dir_fsyncs"] += 1
            self.durable[node] = dict(self.live[node])
            kept = []
            for sides in self.log:
                rest = [side for side in sides if side[0] != node]
                if rest:
                    kept.append(rest)
            self.log = kept
            return 0

        def mkdir(self, path, mode):
            os.mkdir(self._real(path), mode)
            parent, name = self._split(path)
            node = self.next_id
            self.next_id += 1
            self.kind[node] = "d"
            self.live[node] = {}
            self.durable[node] = {}
            self.live[parent][name] = node
            self._note((parent, name, node))
            return 0

        def rmdir(self, path):
            os.rmdir(self._real(path))
            parent, name = self._split(path)
            del self.live[parent][name]
            self._note((parent, name, None))
            return 0

        def unlink(self, path):
            parent, name = self._split(path)
            node = self.live[parent][name]
            self._snapshot(node, path=path)
            os.unlink(self._real(path))
            del self.live[parent][name]
            self._note((parent, name, None))
            return 0

        def rename(self, old, new):
            old_parent, old_name = self._split(old)
            new_parent, new_name = self._split(new)
            node = self.live[old_parent][old_name]
            replaced = self.live[new_parent].get(new_name)
            if replaced is not None:
                self._snapshot(replaced, path=new)
            os.rename(self._real(old), self._real(new))
            del self.live[old_parent][old_name]
            self.live[new_parent][new_name] = node
            self._note((old_parent, old_name, None), (new_parent, new_name, node))
            return 0

        def link(self, target, source):
            raise mfusepy.FuseOSError(errno.EPERM)

        def symlink(self, target, source):
            raise mfusepy.FuseOSError(errno.EPERM)

        # files
        def create(self, path, mode, fi=None):
            fh = os.open(self._real(path), os.O_RDWR | os.O_CREAT | os.O_EXCL, mode)
            parent, name = self._split(path)
            node = self.next_id
            self.next_id += 1
            self.kind[node] = "f"
            self.data[node] = bytearray()  # never fsynced: durable content is empty
            self.pending[node] = []
            self.live[parent][name] = node
            self._note((parent, name, node))
            self.handles[fh] = node
            return fh

        def open(self, path, flags):
            node = self._id(path)
            if flags & os.O_TRUNC:
                self._snapshot(node, path=path)
            fh = os.open(self._real(path), flags & ~os.O_CREAT & ~os.O_EXCL)
            if flags & os.O_TRUNC:
                self.pending[node].append(("t", 0))
            self.handles[fh] = node
            return fh

        def read(self, path, size, offset, fh):
            return os.pread(fh, size, offset)

        def write(self, path, data, offset, fh):
            node = self.handles[fh]
            self._snapshot(node, fh=fh)
            written = os.pwrite(fh, data, offset)
            self.pending[node].append(("w", offset, bytes(data[:written])))
            self.stats["writes"] += 1
            return written

        def truncate(self, path, length, fh=None):
            if fh is not None:
                node = self.handles[fh]
                self._snapshot(node, fh=fh)
                os.ftruncate(fh, length)
            else:
                node = self._id(path)
                self._snapshot(node, path=path)
                os.truncate(self._real(path), length)
            self.pending[node].append(("t", length))
            return 0

        def fsync(self, path, datasync, fh):
            node = self.handles[fh]
            self.stats["fsyncs"] += 1
            if node in self.data:
                _apply(self.data[node], self.pending[node])
                self.pending[node] = []
            return 0

        def flush(self, path, fh):
            return 0

        def release(self, path, fh):
            self.handles.pop(fh, None)
            os.close(fh)
            return 0

        def init(self, path):
            sys.stdout.write("ready\n")
            sys.stdout.flush()

        # the power cut
        def cut(self) -> dict:
            """Rewrite the backing folder to a durable state (after the unmount)."""
            summary = dict(self.stats, mode=self.mode, lost_folder_changes=0, kept_writes=0,
                           pending_writes=sum(op[0] == "w" for ops in self.pending.values()
                                              for op in ops))
            if self.mode == "sync":
                return summary
            durable = {d: dict(entries) for d, entries in self.durable.items()}
            keep = 0 if self.mode == "drop" else self.rng.randint(0, len(self.log))
            for sides in self.log[:keep]:
                for parent, name, node in sides:
                    if node is None:
                        durable.setdefault(parent, {}).pop(name, None)
                    else:
                        durable.setdefault(parent, {})[name] = node
            summary["lost_folder_changes"] = len(self.log) - keep
            where = self._live_paths()
            tree: list[tuple[str, bytes | None]] = []

            def walk(dir_id: int, rel: str, seen: set[int]) -> None:
                for name, node in sorted(durable.get(dir_id, {}).items()):
                    if node in seen:
                        continue  # a folder moved into itself by half a rename
                    path = f"{rel}/{name}" if rel else name
                    if self.kind[node] == "d":
                        tree.append((path, None))
                        walk(node, path, seen | {node})
                    else:
                        tree.append((path, self._durable_content(node, where, summary)))

            walk(0, "", {0})
            for name in os.listdir(self.backing):
                path = os.path.join(self.backing, name)
                if os.path.isdir(path) and not os.path.islink(path):
                    shutil.rmtree(path)
                else:
                    os.unlink(path)
            for rel, content in tree:
                path = os.path.join(self.backing, rel)
                if content is None:
                    os.mkdir(path, 0o700)
                else:
                    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                    try:
                        os.write(fd, content)
                    finally:
                        os.close(fd)
            summary["files"] = sum(1 for _, c in tree if c is not None)
            return summary

        def _live_paths(self) -> dict[int, str]:
            where: dict[int, str] = {}

            def walk(dir_id: int, rel: str) -> None:
                for name, node in self.live.get(dir_id, {}).items():
                    path = os.path.join(rel, name)
                    where[node] = path
                    if self.kind[node] == "d":
                        walk(node, path)
            walk(0, self.backing)
            return where

        def _durable_content(self, node: int, where: dict[int, str], summary: dict) -> bytes:
            if node not in self.data:  # never changed since the mount
                with open(where[node], "rb") as handle:
                    return handle.read()
            content = bytearray(self.data[node])
            ops = self.pending.get(node, [])
            if self.mode == "drop":
                kept = []
            elif self.mode == "prefix":
                kept = ops[:self.rng.randint(0, len(ops))]
            else:
                kept = [op for op in _pages(ops) if self.rng.random() < 0.5]
            summary["kept_writes"] += sum(1 for op in kept if op[0] == "w")
            _apply(content, kept)
            return bytes(content)

    return PowerCut


def _apply(content: bytearray, ops: list[tuple]) -> None:
    for op in ops:
        if op[0] == "t":
            del content[op[1]:]
            content.extend(b"\0" * (op[1] - len(content)))
        else:
            _, offset, data = op
            if offset > len(content):
                content.extend(b"\0" * (offset - len(content)))
            content[offset:offset + len(data)] = data


def _pages(ops: list[tuple]) -> list[tuple]:
    """Writes split at 4 KiB page boundaries (a cache writes back whole pages)."""
    out = []
    for op in ops:
        if op[0] != "w":
            out.append(op)
            continue
        _, offset, data = op
        start = 0
        while start < len(data):
            end = min(len(data), (offset + start) // PAGE * PAGE + PAGE - offset)
            out.append(("w", offset + start, data[start:end]))
            start = end
    return out


def serve(backing: str, mountpoint: str, mode: str, seed: int) -> None:
    import mfusepy

    ops = _fs_class()(backing, mode, seed)
    mfusepy.FUSE(ops, mountpoint, foreground=True, nothreads=True, hard_remove=True,
                 fsname="powercut", default_permissions=False)
    summary = ops.cut()
    sys.stdout.write(f"cut {json.dumps(summary)}\n")
    sys.stdout.flush()


def zygote() -> None:
    import mfusepy  # noqa: F401 - loaded once, before the forks

    for line in sys.stdin:
        _, backing, mountpoint, mode, seed = line.split()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                serve(backing, mountpoint, mode, int(seed))
            except BaseException as exc:  # reported to the test, never hidden
                sys.stdout.write(f"error {type(exc).__name__}: {exc}\n")
                sys.stdout.flush()
                code = 1
            finally:
                os._exit(code)
        os.waitpid(pid, 0)


# -- the test side ---------------------------------------------------------------------------
def missing() -> list[str]:
    """What this machine lacks to run the power-cut tests (empty: all there)."""
    lacks = []
    if not Path("/dev/fuse").exists():
        lacks.append("/dev/fuse")
    if shutil.which("fusermount3") is None:
        lacks.append("fuse3 (fusermount3)")
    try:
        import mfusepy  # noqa: F401
    except (ImportError, OSError) as exc:
        lacks.append(f"mfusepy/libfuse3 ({exc})")
    return lacks


class PowerCutFS:
    """A backing folder and a mount point; `mount` then `cut`, as often as needed."""

    def __init__(self, base: Path) -> None:
        self.backing = Path(base) / "backing"
        self.mountpoint = Path(base) / "mnt"
        self.backing.mkdir(parents=True, exist_ok=True)
        self.mountpoint.mkdir(parents=True, exist_ok=True)
        root = Path(__file__).resolve().parents[2]
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.support.powercut_fs"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, bufsize=1, cwd=root)
        self.mounted = False
        self.summaries: list[dict] = []

    def mount(self, mode: str = "sync", seed: int = 0) -> Path:
        assert not self.mounted
        self.proc.stdin.write(f"mount {self.backing} {self.mountpoint} {mode} {seed}\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line == "ready\n", f"the power-cut file system did not mount: {line!r}"
        self.mounted = True
        return self.mountpoint

    def cut(self) -> dict:
        """Cut the power: unmount with nothing flushed; the backing folder is rewritten to
        what was durable (as chosen at `mount`). Close every file on the mount first."""
        assert self.mounted
        done = subprocess.run(["fusermount3", "-u", str(self.mountpoint)],
                              capture_output=True, text=True)
        assert done.returncode == 0, f"unmount failed (a file still open?): {done.stderr}"
        self.mounted = False
        line = self.proc.stdout.readline()
        assert line.startswith("cut "), f"the power cut failed: {line!r}"
        summary = json.loads(line[4:])
        self.summaries.append(summary)
        return summary

    def close(self) -> None:
        if self.mounted:
            subprocess.run(["fusermount3", "-u", "-z", str(self.mountpoint)],
                           capture_output=True)
            self.proc.stdout.readline()
            self.mounted = False
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


if __name__ == "__main__":
    zygote()
