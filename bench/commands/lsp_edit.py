#!/usr/bin/env python3
"""Times the language server's answer to an edit of a large file: from a didChange with the whole new text
to the file's publishDiagnostics (a full build with every check, as after a save right after the edit).

Usage: lsp_edit.py VALUENET FILE [ROUNDS]
Opens FILE, waits for its diagnostics, then alternately inserts a duplicate of the first actor as a new line
(an error appears) and takes it out again (the original text), ROUNDS times each. Prints one line per edit,
"insert|restore SECONDS DIAGNOSTICS", then the medians, then the median time of three requests for the
file's semantic tokens (the editor's colours). Standard library only.
"""
import json
import os
import pathlib
import re
import statistics
import subprocess
import sys
import threading
import time

valuenet, file = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
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
            messages.append((time.monotonic(), body))
            arrived.notify_all()


def send(message):
    data = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
    server.stdin.flush()


def wait_diagnostics(after, timeout=600):
    """The first diagnostics of the file that arrived after the monotonic time `after`."""
    deadline = time.monotonic() + timeout
    with arrived:
        while True:
            for at, m in messages:
                if at > after and m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri:
                    return at, m["params"]["diagnostics"]
            if time.monotonic() > deadline:
                sys.exit("lsp_edit: no diagnostics within %d s" % timeout)
            arrived.wait(1)


threading.Thread(target=reader, daemon=True).start()
uri = file.as_uri()
text = file.read_text(encoding="utf-8")
match = re.search(r"\n(  actor (\w+) : \w+)", text)
line = match.start() + 1
edited = text[:line] + "  actor %s : firm \"a second %s\"\n" % (match.group(2), match.group(2)) + text[line:]
send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": {"processId": os.getpid(), "rootUri": file.parent.as_uri(), "capabilities": {}}})
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
start = time.monotonic()
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "vnet", "version": 1, "text": text}}})
wait_diagnostics(start)
times = {"insert": [], "restore": []}
version = 1
for _ in range(rounds):
    for what, content in (("insert", edited), ("restore", text)):
        time.sleep(2)  # let the server finish what the last answer started (colours are not asked for)
        version += 1
        sent = time.monotonic()
        send({"jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": content}]}})
        at, diagnostics = wait_diagnostics(sent)
        times[what].append(at - sent)
        print("%s %.3f %d" % (what, at - sent, len(diagnostics)), flush=True)
print("median insert %.3f s, restore %.3f s" % (statistics.median(times["insert"]), statistics.median(times["restore"])))
tokens = []
for request in range(3):
    time.sleep(2)
    sent = time.monotonic()
    send({"jsonrpc": "2.0", "id": 10 + request, "method": "textDocument/semanticTokens/full", "params": {"textDocument": {"uri": uri}}})
    deadline = sent + 600
    with arrived:
        while not any(m.get("id") == 10 + request for _, m in messages):
            if time.monotonic() > deadline:
                sys.exit("lsp_edit: no semantic tokens within 600 s")
            arrived.wait(1)
        at = next(at for at, m in messages if m.get("id") == 10 + request)
    tokens.append(at - sent)
print("semantic tokens: median %.3f s" % statistics.median(tokens))
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
send({"jsonrpc": "2.0", "method": "exit", "params": None})
try:
    server.wait(30)
except subprocess.TimeoutExpired:
    server.kill()
