"""Saves a document with a password through LibreOffice's UNO API (used by make-spreadsheet-fixtures.ts).

usage: python3 lo-store-with-password.py SOURCE TARGET PASSWORD FILTER PROFILE_DIR
Needs Debian's python3-uno (it comes with libreoffice-calc). Starts its own headless
LibreOffice on a private pipe and stops it again.
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    source, target, password, filter_name, profile = sys.argv[1:6]
    pipe = f"tgfixtures{os.getpid()}"
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", f"-env:UserInstallation=file://{profile}", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        for _ in range(150):
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.2)
        if context is None:
            raise SystemExit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", filter_name), prop("Password", password)))
        document.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
        office.wait(timeout=30)
    finally:
        if office.poll() is None:
            office.kill()


main()
