#!/usr/bin/env python3
"""Helps finish translations/tokendesk_{de,fr,ja}.ts after lupdate.

  translations-todo.py list [LANG...]        the unfinished entries, as JSON lines
                                             {"lang","context","source","numerus","translation"}
  translations-todo.py reuse [LANG...]       finishes entries whose source text has a finished
                                             translation in another context of the same file
                                             (moved code keeps its words)
  translations-todo.py accept [LANG...]      finishes unfinished entries that already hold a
                                             translation (lupdate's same-text heuristic fills
                                             them in from the old text of moved code: check the
                                             list first)
  translations-todo.py apply FILE.jsonl      writes translations from JSON lines
                                             {"lang","context","source","translation"} where
                                             "translation" is a string, or a list of numerus forms
"""
import json
import sys
import xml.etree.ElementTree as ET

LANGS = ["de", "fr", "ja"]


def path(lang):
    return f"translations/tokendesk_{lang}.ts"


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            yield name, message


def forms(translation):
    return [n.text or "" for n in translation.findall("numerusform")]


def write(tree, lang):
    tree.write(path(lang), encoding="utf-8", xml_declaration=True)


def cmd_list(langs):
    for lang in langs:
        tree = ET.parse(path(lang))
        for context, message in messages(tree):
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            numerus = message.get("numerus") == "yes"
            print(json.dumps({"lang": lang, "context": context,
                              "source": message.findtext("source"), "numerus": numerus,
                              "translation": forms(translation) if numerus else translation.text},
                             ensure_ascii=False))


def cmd_reuse(langs):
    for lang in langs:
        tree = ET.parse(path(lang))
        done = {}
        for _, message in messages(tree):
            translation = message.find("translation")
            if translation.get("type") is None and (translation.text or forms(translation)):
                done[message.findtext("source")] = translation
        count = 0
        for _, message in messages(tree):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation.get("type") != "unfinished" or source not in done:
                continue
            known = done[source]
            for child in list(translation):
                translation.remove(child)
            translation.text = known.text
            for form in forms(known):
                ET.SubElement(translation, "numerusform").text = form
            del translation.attrib["type"]
            count += 1
        write(tree, lang)
        print(f"{lang}: {count} reused")


def cmd_accept(langs):
    for lang in langs:
        tree = ET.parse(path(lang))
        count = 0
        for _, message in messages(tree):
            translation = message.find("translation")
            filled = all(forms(translation)) if message.get("numerus") == "yes" else translation.text
            if translation.get("type") == "unfinished" and filled:
                del translation.attrib["type"]
                count += 1
        write(tree, lang)
        print(f"{lang}: {count} accepted")


def cmd_apply(file):
    wanted = {}
    with open(file, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                entry = json.loads(line)
                wanted[(entry["lang"], entry["context"], entry["source"])] = entry["translation"]
    for lang in LANGS:
        tree = ET.parse(path(lang))
        count = 0
        for context, message in messages(tree):
            key = (lang, context, message.findtext("source"))
            if key not in wanted:
                continue
            translation = message.find("translation")
            for child in list(translation):
                translation.remove(child)
            value = wanted.pop(key)
            if isinstance(value, list):
                translation.text = None
                for form in value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            count += 1
        write(tree, lang)
        print(f"{lang}: {count} applied")
    for key in wanted:
        print("not found:", key, file=sys.stderr)
    return 1 if wanted else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    command, args = sys.argv[1], sys.argv[2:]
    if command == "list":
        cmd_list(args or LANGS)
    elif command == "reuse":
        cmd_reuse(args or LANGS)
    elif command == "accept":
        cmd_accept(args or LANGS)
    elif command == "apply":
        sys.exit(cmd_apply(args[0]))
    else:
        sys.exit(__doc__)
