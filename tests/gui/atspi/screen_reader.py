#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""What a screen reader gets from one application over AT-SPI, for the GUI tests.

    screen_reader.py PID

Listens, as Orca does, on the accessibility bus for the events of the application whose process is PID and
writes each as one JSON line on standard output:

    {"event": "object:property-change:accessible-name", "role": "label", "name": "...", "showing": true}

It answers commands, one JSON line each on standard input, with one JSON line that has "reply":

    {"op": "tree"}                          every object of the application's showing windows
    {"op": "press", "role": R, "name": N}   the first action (press, click) of the showing object R named N
    {"op": "type", "role": R, "name": N, "text": T}
                                            puts T into the editable text R named N

The tree leaves out the rows of tables and lists (the cards are data, not controls). A first line
{"ready": true} says the application was found and the listeners are in place.
"""
import json
import sys

import pyatspi
from gi.repository import GLib

EVENTS = [
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:text-changed:insert",
    "object:state-changed:showing",
    "object:state-changed:focused",
    "window:activate",
]
# Their children are rows and cells; the object itself is still reported.
DATA_ROLES = {"table", "tree table", "list", "tree", "list box"}

pid = int(sys.argv[1])


def write(message):
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def states_of(accessible):
    return sorted(pyatspi.stateToString(s) for s in accessible.getState().getStates())


def text_of(accessible):
    try:
        text = accessible.queryText()
    except NotImplementedError:
        return None
    return text.getText(0, -1)


def describe(accessible, path):
    return {
        "path": path,
        "role": accessible.getRoleName(),
        "name": accessible.name or "",
        "description": accessible.description or "",
        "states": states_of(accessible),
        "text": text_of(accessible),
    }


def application():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except GLib.Error:
            continue
    return None


def walk(accessible, path, nodes):
    node = describe(accessible, path)
    nodes.append(node)
    if node["role"] in DATA_ROLES:
        return
    for index in range(accessible.childCount):
        child = accessible.getChildAtIndex(index)
        if child is not None:
            walk(child, path + [index], nodes)


def tree():
    app = application()
    nodes = []
    if app is None:
        return {"reply": "tree", "error": "the application is not on the accessibility bus"}
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        if window is not None and "showing" in states_of(window):
            walk(window, [index], nodes)
    return {"reply": "tree", "nodes": nodes}


def find(accessible, role, name):
    if accessible.getRoleName() == role and accessible.name == name and "showing" in states_of(accessible):
        return accessible
    if accessible.getRoleName() in DATA_ROLES:
        return None
    for index in range(accessible.childCount):
        child = accessible.getChildAtIndex(index)
        found = find(child, role, name) if child is not None else None
        if found is not None:
            return found
    return None


def target(command):
    app = application()
    found = find(app, command["role"], command["name"]) if app is not None else None
    if found is None:
        raise LookupError("no showing %s named %r" % (command["role"], command["name"]))
    return found


def press(command):
    target(command).queryAction().doAction(0)
    return {"reply": "press"}


def type_text(command):
    target(command).queryEditableText().setTextContents(command["text"])
    return {"reply": "type"}


OPS = {"tree": lambda command: tree(), "press": press, "type": type_text}


def on_command(channel, condition):
    line = channel.readline()
    if not line:
        pyatspi.Registry.stop()
        return False
    command = json.loads(line)
    try:
        write(OPS[command["op"]](command))
    except Exception as error:  # any failure is the test's to report, with what went wrong
        write({"reply": command.get("op"), "error": "%s: %s" % (type(error).__name__, error)})
    return True


def on_event(event):
    source = event.source
    try:
        if source is None or source.get_process_id() != pid:
            return
        message = {"event": event.type, "detail": event.detail1}
        message.update(describe(source, []))
        del message["path"]
        write(message)
    except GLib.Error:
        pass  # the object went away before it could be read


def wait_for_application(tries=[0]):
    if application() is None:
        tries[0] += 1
        if tries[0] > 200:
            write({"ready": False, "error": "no application with process %d on the accessibility bus" % pid})
            pyatspi.Registry.stop()
            return False
        return True
    write({"ready": True})
    GLib.io_add_watch(GLib.IOChannel.unix_new(sys.stdin.fileno()), GLib.IO_IN | GLib.IO_HUP, on_command)
    return False


for kind in EVENTS:
    pyatspi.Registry.registerEventListener(on_event, kind)
GLib.timeout_add(50, wait_for_application)
pyatspi.Registry.start()
