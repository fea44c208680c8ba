#!/usr/bin/env python3
"""Times `valuenet lsp` start-up as an editor sees it: initialize, then the first diagnostics of FILE.

Usage: lsp_client.py VALUENET FILE
Prints one line: initialize_s first_diagnostics_s diagnostics_count (wall seconds from the process start).
Standard library only (lsp_io.py beside it).
"""
import os
import pathlib
import sys
import time

from lsp_io import Server

valuenet, file = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
start = time.monotonic()
server = Server(valuenet)
uri = file.as_uri()
server.send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
             "params": {"processId": os.getpid(), "rootUri": file.parent.as_uri(), "capabilities": {}}})
initialized, _ = server.wait(lambda m: m.get("id") == 1, "initialize reply")
server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
             "params": {"textDocument": {"uri": uri, "languageId": "vnet", "version": 1, "text": file.read_text(encoding="utf-8")}}})
diagnosed, message = server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri,
                                 "diagnostics of " + uri)
print("%.2f %.2f %d" % (initialized - start, diagnosed - start, len(message["params"]["diagnostics"])))
server.stop()
