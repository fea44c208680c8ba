#!/usr/bin/env python3
"""Times the language server's answer to an edit of a large file: from a didChange with the whole new text
to the file's publishDiagnostics (a full build with every check, as after a save right after the edit).

Usage: lsp_edit.py VALUENET FILE [ROUNDS]
Opens FILE, waits for its diagnostics, then alternately inserts a duplicate of the first actor as a new line
(an error appears) and takes it out again (the original text), ROUNDS times each. Prints one line per edit,
"insert|restore SECONDS DIAGNOSTICS", then the medians, then the median time of three requests for the
file's semantic tokens (the editor's colours). Standard library only (lsp_io.py beside it).
"""
import os
import pathlib
import re
import statistics
import sys
import time

from lsp_io import Server

valuenet, file = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
server = Server(valuenet)
uri = file.as_uri()
text = file.read_text(encoding="utf-8")
match = re.search(r"\n(  actor (\w+) : \w+)", text)
line = match.start() + 1
edited = text[:line] + "  actor %s : firm \"a second %s\"\n" % (match.group(2), match.group(2)) + text[line:]


def diagnostics_after(sent):
    return server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri,
                       "diagnostics of " + uri, 600, sent)


server.send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
             "params": {"processId": os.getpid(), "rootUri": file.parent.as_uri(), "capabilities": {}}})
server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
opened = time.monotonic()
server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
             "params": {"textDocument": {"uri": uri, "languageId": "vnet", "version": 1, "text": text}}})
diagnostics_after(opened)
times = {"insert": [], "restore": []}
version = 1
for _ in range(rounds):
    for what, content in (("insert", edited), ("restore", text)):
        time.sleep(2)  # let the server finish what the last answer started (colours are not asked for)
        version += 1
        sent = time.monotonic()
        server.send({"jsonrpc": "2.0", "method": "textDocument/didChange",
                     "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": content}]}})
        at, message = diagnostics_after(sent)
        times[what].append(at - sent)
        print("%s %.3f %d" % (what, at - sent, len(message["params"]["diagnostics"])), flush=True)
print("median insert %.3f s, restore %.3f s" % (statistics.median(times["insert"]), statistics.median(times["restore"])))
tokens = []
for request in range(3):
    time.sleep(2)
    sent = time.monotonic()
    server.send({"jsonrpc": "2.0", "id": 10 + request, "method": "textDocument/semanticTokens/full",
                 "params": {"textDocument": {"uri": uri}}})
    at, _ = server.wait(lambda m, r=request: m.get("id") == 10 + r, "semantic tokens", 600, sent)
    tokens.append(at - sent)
print("semantic tokens: median %.3f s" % statistics.median(tokens))
server.stop()
