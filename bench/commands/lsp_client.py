#!/usr/bin/env python3
"""Times `valuenet lsp` start-up as an editor sees it: initialize, then the first diagnostics of FILE.

Usage: lsp_client.py VALUENET FILE
Prints one line: initialize_s first_diagnostics_s diagnostics_count (wall seconds from the process start).
Standard library only; speaks LSP's Content-Length framed JSON-RPC on the server's stdio.
"""
import json
import os
import pathlib
import subprocess
import sys
import threading
import time

valuenet, file = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
start = time.monotonic()
server = subprocess.Popen([valuenet, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
messages = []
arrived = threading.Condition()


def reader():
    stream = server.stdout
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
        with arrived:
            messages.append((time.monotonic() - start, body))
            arrived.notify_all()


def send(message):
    data = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
    server.stdin.flush()


def wait(predicate, what, timeout=1800):
    deadline = time.monotonic() + timeout
    with arrived:
        while True:
            for at, m in messages:
                if predicate(m):
                    return at, m
            if time.monotonic() > deadline:
                sys.exit("lsp_client: no %s within %d s" % (what, timeout))
            arrived.wait(1)


threading.Thread(target=reader, daemon=True).start()
uri = file.as_uri()
send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": {"processId": os.getpid(), "rootUri": file.parent.as_uri(), "capabilities": {}}})
initialized, _ = wait(lambda m: m.get("id") == 1, "initialize reply")
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "vnet", "version": 1, "text": file.read_text(encoding="utf-8")}}})
diagnosed, message = wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri,
                          "diagnostics of " + uri)
print("%.2f %.2f %d" % (initialized, diagnosed, len(message["params"]["diagnostics"])))
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
wait(lambda m: m.get("id") == 2, "shutdown reply", 60)
send({"jsonrpc": "2.0", "method": "exit", "params": None})
try:
    server.wait(30)
except subprocess.TimeoutExpired:
    server.kill()
