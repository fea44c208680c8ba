"""A `valuenet lsp` process spoken to as an editor would: LSP's Content-Length framed JSON-RPC on its stdio.

Used by lsp_client.py (start-up) and lsp_edit.py (edits). Standard library only.
"""
import json
import subprocess
import sys
import threading
import time


class Server:
    def __init__(self, valuenet):
        self.process = subprocess.Popen([valuenet, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
        self.messages = []  # (time.monotonic() on arrival, message)
        self.arrived = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            body = json.loads(stream.read(length))
            with self.arrived:
                self.messages.append((time.monotonic(), body))
                self.arrived.notify_all()

    def send(self, message):
        data = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.process.stdin.flush()

    def wait(self, predicate, what, timeout=1800, after=float("-inf")):
        """The arrival time and the first message after `after` (a time.monotonic()) that `predicate` accepts."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while True:
                for at, message in self.messages:
                    if at > after and predicate(message):
                        return at, message
                if time.monotonic() > deadline:
                    sys.exit("no %s within %d s" % (what, timeout))
                self.arrived.wait(1)

    def stop(self):
        self.send({"jsonrpc": "2.0", "id": "shutdown", "method": "shutdown", "params": None})
        self.wait(lambda m: m.get("id") == "shutdown", "shutdown reply", 60)
        self.send({"jsonrpc": "2.0", "method": "exit", "params": None})
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
