#!/usr/bin/env python3
"""Finishes translations/tokendesk_en.ts after lupdate, so that every entry is finished:
numerus messages get the two English forms ("%n token(s)" -> "%n token" / "%n tokens"),
every other message gets its source text as translation. Vanished and obsolete entries
(left by lupdate without -no-obsolete) are dropped: the English file mirrors the sources."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/tokendesk_en.ts"
tree = ET.parse(path)
for context in tree.getroot().iter("context"):
    for message in list(context.findall("message")):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("vanished", "obsolete"):
            context.remove(message)
            continue
        source = message.findtext("source")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in (re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source)):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as f:
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    if not text.endswith("\n"):
        text += "\n"
    f.seek(0); f.write(text); f.truncate()
