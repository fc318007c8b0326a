#!/usr/bin/env python3
"""Fills termlens_en.ts, which lupdate -pluralonly keeps: for "%n day(s)" the English forms are
"%n day" and "%n days". Sources written without "(s)" keep their own words in both forms (the
code already chose singular or plural). Run after `cmake --build build --target termlens_lupdate`."""
import re
import sys
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("termlens_en.ts"))
text = path.read_text(encoding="utf-8")

def unescape(s):
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")

def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def fill(match):
    source = unescape(match.group(1))
    one = source.replace("(s)", "").replace("(es)", "")
    many = source.replace("(s)", "s").replace("(es)", "es")
    return (f"<source>{match.group(1)}</source>\n        <translation>\n"
            f"            <numerusform>{escape(one)}</numerusform>\n"
            f"            <numerusform>{escape(many)}</numerusform>\n        </translation>")

pattern = re.compile(r"<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>", re.S)
path.write_text(pattern.sub(fill, text), encoding="utf-8")
